//! A problem with a file: what went wrong, in which file, where, and in
//! which field. The one error type of every reader (pattern files,
//! workspace files, the autosave, flowcharts and ADRs).
//!
//! A problem never stops the app: the catalog loader collects them and
//! skips the broken file, the window shows them, the CLI prints them.
//! Messages are written for architects, not for serde: "complexity must be
//! between 1 and 5, found 7".

use std::fmt;

/// Where a problem sits in a file (1-based line and column).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct Location {
    pub line: usize,
    pub column: usize,
}

/// One problem found while reading or validating a file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Problem {
    /// The file, or `embedded:NAME` for the built-in catalog.
    pub file: String,
    pub location: Option<Location>,
    /// The field path (`team_size.min`, `related[2]`), when known.
    pub field: Option<String>,
    pub message: String,
}

impl Problem {
    pub fn new(file: &str, message: impl Into<String>) -> Self {
        Self {
            file: file.to_owned(),
            location: None,
            field: None,
            message: message.into(),
        }
    }

    #[must_use]
    pub fn at(mut self, location: Option<Location>) -> Self {
        self.location = location;
        self
    }

    #[must_use]
    pub fn in_field(mut self, field: impl Into<String>) -> Self {
        let field = field.into();
        self.field = (!field.is_empty()).then_some(field);
        self
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if let Some(loc) = self.location {
            write!(f, ":{}:{}", loc.line, loc.column)?;
        }
        if let Some(field) = &self.field {
            write!(f, ": field `{field}`")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for Problem {}
