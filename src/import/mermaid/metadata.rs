//! The `@{ ... }` metadata of a node or an edge: the small part of YAML
//! mermaid hands it to. On one line it is a flow mapping (`shape: cyl,
//! label: "Orders DB"`); over several lines a block mapping, where a value
//! may be a `|` (literal) or `>` (folded) block.
//!
//! Values are double-quoted (`\"`, `\\`, `\n` escapes), single-quoted (`''`
//! for a quote) or plain. As in mermaid's lexer, a line break inside quotes
//! is a label line break (`<br/>`), so a quoted value may span lines. Only
//! the text is kept: `true` stays the text `true`.

/// The keys and values of one `@{ ... }`, in order.
pub(super) type Pairs = Vec<(String, String)>;

/// Reads the text between `@{` and its `}`.
pub(super) fn read(body: &str) -> Result<Pairs, String> {
    let body = join_quoted_lines(body);
    if body.contains('\n') {
        block(&body)
    } else {
        flow(&body)
    }
}

/// The value of `key`, the last one given.
pub(super) fn get<'a>(pairs: &'a Pairs, key: &str) -> Option<&'a str> {
    pairs
        .iter()
        .rev()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

/// A line break inside double quotes, and the indentation after it, become
/// `<br/>` (mermaid's lexer does this before YAML sees the text).
fn join_quoted_lines(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut quoted = false;
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => quoted = !quoted,
            '\n' | '\r' if quoted => {
                while chars.peek().is_some_and(|c| c.is_whitespace()) {
                    chars.next();
                }
                out.push_str("<br/>");
                continue;
            }
            _ => {}
        }
        out.push(c);
    }
    out
}

/// `key: value, key: "value"` (the braces are already gone).
fn flow(body: &str) -> Result<Pairs, String> {
    let mut pairs = Vec::new();
    let mut rest = body.trim();
    while !rest.is_empty() {
        let (key, after) = key(rest)?;
        let (value, after) = scalar(after.trim_start(), &[',', '}'])?;
        pairs.push((key, value));
        rest = after.trim_start();
        rest = rest.strip_prefix(',').unwrap_or(rest).trim_start();
    }
    Ok(pairs)
}

/// One `key:` at the start of `text`; returns the key and what follows `:`.
fn key(text: &str) -> Result<(String, &str), String> {
    let (key, after) = match text.chars().next() {
        Some(q @ ('"' | '\'')) => quoted(text, q)?,
        _ => {
            let end = text.find(':').ok_or_else(|| {
                format!(
                    "expected `key: value` in the `@{{ }}` data, found `{}`",
                    cut(text)
                )
            })?;
            (text[..end].trim().to_owned(), &text[end..])
        }
    };
    let after = after.trim_start();
    let after = after
        .strip_prefix(':')
        .ok_or_else(|| format!("expected `:` after `{key}` in the `@{{ }}` data"))?;
    Ok((key, after))
}

/// A quoted or plain scalar; a plain one ends at one of `stops` or the end.
fn scalar<'a>(text: &'a str, stops: &[char]) -> Result<(String, &'a str), String> {
    match text.chars().next() {
        Some(q @ ('"' | '\'')) => quoted(text, q),
        Some('{' | '[') => {
            let end = balanced_end(text)?;
            Ok((text[..end].to_owned(), &text[end..]))
        }
        _ => {
            let end = text.find(stops).unwrap_or(text.len());
            Ok((text[..end].trim().to_owned(), &text[end..]))
        }
    }
}

/// A quoted scalar at the start of `text` (which starts with `quote`).
fn quoted(text: &str, quote: char) -> Result<(String, &str), String> {
    let mut value = String::new();
    let mut chars = text.char_indices().skip(1).peekable();
    while let Some((at, c)) = chars.next() {
        match c {
            _ if c == quote => {
                if quote == '\'' && chars.peek().is_some_and(|&(_, n)| n == '\'') {
                    chars.next();
                    value.push('\'');
                    continue;
                }
                return Ok((value, &text[at + 1..]));
            }
            '\\' if quote == '"' => match chars.next().map(|(_, e)| e) {
                Some('n') => value.push('\n'),
                Some('t') => value.push('\t'),
                Some(other) => value.push(other),
                None => break,
            },
            _ => value.push(c),
        }
    }
    Err(format!(
        "a quoted value in the `@{{ }}` data is not closed: `{}`",
        cut(text)
    ))
}

/// The end of a nested `{...}` or `[...]` value, quotes respected.
fn balanced_end(text: &str) -> Result<usize, String> {
    let (mut depth, mut quote) = (0usize, None);
    for (at, c) in text.char_indices() {
        match (quote, c) {
            (Some(q), _) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '{' | '[') => depth += 1,
            (None, '}' | ']') => {
                depth -= 1;
                if depth == 0 {
                    return Ok(at + 1);
                }
            }
            _ => {}
        }
    }
    Err(format!("a nested value is not closed: `{}`", cut(text)))
}

/// Several lines: `key: value` at one indentation, block scalars deeper.
fn block(body: &str) -> Result<Pairs, String> {
    let lines: Vec<&str> = body.lines().filter(|l| !l.trim().is_empty()).collect();
    let indent = |l: &str| l.len() - l.trim_start().len();
    let base = lines.first().map_or(0, |l| indent(l));
    let mut pairs: Pairs = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        if indent(line) != base {
            return Err(format!(
                "this line of the `@{{ }}` data is not aligned with the others: `{}`",
                cut(line.trim())
            ));
        }
        let (key, after) = key(line.trim())?;
        let after = after.trim();
        let deeper = lines[i + 1..]
            .iter()
            .take_while(|l| indent(l) > base)
            .count();
        let more: Vec<&str> = lines[i + 1..=i + deeper].iter().map(|l| l.trim()).collect();
        let value = match after.chars().next() {
            Some('|') => more.join("\n"),
            Some('>') => more.join(" "),
            Some('"' | '\'') => scalar(after, &[])?.0,
            _ => std::iter::once(after)
                .chain(more.iter().copied())
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" "),
        };
        pairs.push((key, value));
        i += 1 + deeper;
    }
    Ok(pairs)
}

/// At most 30 characters, for messages.
fn cut(text: &str) -> String {
    text.chars().take(30).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(body: &str) -> Vec<(String, String)> {
        read(body).unwrap()
    }

    fn pair(k: &str, v: &str) -> (String, String) {
        (k.to_owned(), v.to_owned())
    }

    #[test]
    fn flow_mappings_with_every_kind_of_value() {
        assert_eq!(
            pairs(r#" shape: cyl, label: "Orders } @ DB", icon: 'it''s', n: 3 "#),
            [
                pair("shape", "cyl"),
                pair("label", "Orders } @ DB"),
                pair("icon", "it's"),
                pair("n", "3")
            ]
        );
        assert_eq!(
            pairs(r#"label: "a \"b\"\nc""#),
            [pair("label", "a \"b\"\nc")]
        );
        assert_eq!(pairs("pos: {x: 1}, a: [1, 2]")[1], pair("a", "[1, 2]"));
        assert!(pairs("").is_empty());
    }

    #[test]
    fn block_mappings_literal_and_folded() {
        let body = "\n  shape: docs\n  label: |\n    first\n    second\n  note: >\n    one\n    two\n  plain: a\n    b\n";
        assert_eq!(
            pairs(body),
            [
                pair("shape", "docs"),
                pair("label", "first\nsecond"),
                pair("note", "one two"),
                pair("plain", "a b")
            ]
        );
    }

    #[test]
    fn quoted_values_over_lines_become_breaks() {
        let body = "\n  shape: cyl\n  label: \"Orders\n     DB\"\n";
        assert_eq!(get(&pairs(body), "label"), Some("Orders<br/>DB"));
        assert_eq!(get(&pairs("label: \"a\n  b\""), "label"), Some("a<br/>b"));
    }

    #[test]
    fn broken_data_is_an_error() {
        assert!(read("shape cyl").is_err());
        assert!(read("label: \"open").is_err());
        assert!(read("\n  a: 1\n b: 2").is_err());
        assert!(read("a: {b: 1").is_err());
    }
}
