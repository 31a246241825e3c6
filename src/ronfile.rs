//! Reading RON files with errors that name the file, line, column and field.
//!
//! Shared by pattern files and workspace files. Nothing here panics on any
//! input: size, encoding, syntax and type problems all become a [`Problem`].

use serde::de::DeserializeOwned;

use crate::diagnostics::{Location, Problem, location_of};

/// Parses RON text into `T`, or a problem at the right place. An error at
/// the very end of the text says the file looks truncated.
pub fn parse<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, Problem> {
    parse_inner(file, text).map_err(|mut problem| {
        let end = location_of(text, text.trim_end().len());
        let at_end = problem.location.is_some_and(|at| {
            at.line > end.line || (at.line == end.line && at.column + 1 >= end.column)
        });
        if at_end && !problem.message.contains("truncated") {
            problem.message = format!(
                "the file ends too early (is it truncated?): {}",
                problem.message
            );
        }
        problem
    })
}

/// Parses fast first; only a file that fails is parsed again with field-path
/// tracking, which costs about a third more and is needed only for the message.
fn parse_inner<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, Problem> {
    let fast = ron::Deserializer::from_str(text).and_then(|mut de| {
        let value = T::deserialize(&mut de).map_err(|e| de.span_error(e))?;
        de.end().map_err(|e| de.span_error(e))?;
        Ok(value)
    });
    match fast {
        Ok(value) => Ok(value),
        Err(_) => parse_with_path(file, text),
    }
}

fn parse_with_path<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, Problem> {
    let mut de = ron::Deserializer::from_str(text).map_err(|e| spanned(file, &e))?;
    let value = serde_path_to_error::deserialize(&mut de).map_err(|err| {
        let path = clean_path(&err.path().to_string());
        let inner = err.into_inner();
        let field = match &inner {
            ron::Error::MissingStructField { field, .. } if path.is_empty() => (*field).to_owned(),
            ron::Error::MissingStructField { field, .. } => format!("{path}.{field}"),
            _ => path,
        };
        spanned(file, &de.span_error(inner)).in_field(field)
    })?;
    de.end()
        .map_err(|e| spanned(file, &de.span_error(e)).in_field(""))?;
    Ok(value)
}

fn spanned(file: &str, err: &ron::error::SpannedError) -> Problem {
    let location = Location {
        line: err.span.start.line,
        column: err.span.start.col,
    };
    Problem::new(file, describe(&err.code)).at(Some(location))
}

/// serde_path_to_error writes `?` for an unknown position and `.` at the root.
fn clean_path(path: &str) -> String {
    if path == "." || path == "?" {
        String::new()
    } else {
        path.replace(".?", "").trim_end_matches('?').to_owned()
    }
}

/// Words an architect understands for ron's error codes.
pub fn describe(code: &ron::Error) -> String {
    use ron::Error as E;
    match code {
        E::Eof => "the file ends too early: is it truncated?".to_owned(),
        E::MissingStructField { field, .. } => format!("required field `{field}` is missing"),
        E::NoSuchStructField {
            expected, found, ..
        } => {
            format!(
                "unknown field `{found}`; the known fields are {}",
                quoted_list(expected)
            )
        }
        E::NoSuchEnumVariant {
            expected, found, ..
        } => {
            format!(
                "`{found}` is not allowed here; use one of {}",
                quoted_list(expected)
            )
        }
        E::DuplicateStructField { field, .. } => format!("field `{field}` is given twice"),
        E::InvalidValueForType { expected, found } => format!("expected {expected}, found {found}"),
        E::TrailingCharacters => "unexpected text after the end of the file's value".to_owned(),
        E::ExpectedAttribute | E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => {
            "this is not the expected RON structure: it should start with `(`".to_owned()
        }
        E::ExpectedStringEnd => {
            "a text value is not closed with `\"`: is the file truncated?".to_owned()
        }
        E::ExpectedInteger | E::InvalidIntegerDigit { .. } => "expected a whole number".to_owned(),
        E::IntegerOutOfBounds => "the number is too large for this field".to_owned(),
        E::ExpectedFloat => "expected a number".to_owned(),
        E::ExpectedString => "expected text in double quotes".to_owned(),
        E::ExpectedArray => "expected a list in `[ ]`".to_owned(),
        E::ExpectedArrayEnd => "the list is not closed with `]`".to_owned(),
        E::ExpectedMap => "expected a map in `{ }`".to_owned(),
        E::ExpectedStructLikeEnd => "expected `,` or `)`: a comma may be missing".to_owned(),
        E::ExpectedComma => "a comma is missing".to_owned(),
        E::ExpectedOption => "expected `None` or `Some(...)`".to_owned(),
        E::ExceededRecursionLimit => "the file nests too deeply".to_owned(),
        other => other.to_string(),
    }
}

fn quoted_list(items: &[&str]) -> String {
    items
        .iter()
        .map(|s| format!("`{s}`"))
        .collect::<Vec<_>>()
        .join(", ")
}
