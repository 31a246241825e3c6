//! The one escaping module of the ADR and table exports: every piece of user
//! text reaches a document through [`Md`] (inline Markdown) or
//! [`yaml_scalar`] (a front-matter value), never raw.
//!
//! The guarantees, whatever the input:
//! - an [`Md`] is one line: newlines, tabs and control characters become
//!   single spaces;
//! - it holds no raw `<` (so nothing renders as HTML or an autolink), no
//!   unescaped `` ` ``, `*`, `#`, `[`, `]`, `|` or `\`, and no `_` that could
//!   open emphasis;
//! - [`line`] escapes what a block could start with (`-`, `+`, `=`, `>`, `~`,
//!   `1.`), so user text never begins a list, quote, heading, rule or fence;
//! - a [`yaml_scalar`] is one plain or double-quoted scalar that reads back as
//!   the (collapsed) text.
//!
//! Must not import anything outside `std`.

use std::fmt;

/// Safe inline Markdown: a single line with every structural character of
/// user text escaped. Build it only through the constructors below.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Md(String);

impl Md {
    /// User (or any) text, collapsed to one line and escaped.
    pub fn text(raw: &str) -> Self {
        Self(escape_inline(&collapse(raw)))
    }

    /// A fragment to be joined with others: like [`Md::text`], but a leading
    /// or trailing space survives (as one space).
    pub fn fragment(raw: &str) -> Self {
        let mut md = Self::default();
        md.push_text(raw);
        md
    }

    /// Text of our own that needs no escaping (fixed words and punctuation).
    pub(crate) fn lit(fixed: &'static str) -> Self {
        Self(fixed.to_owned())
    }

    /// A code span; falls back to escaped text when the content holds `|`
    /// (a pipe inside a code span would still split a table cell).
    pub fn code(raw: &str) -> Self {
        let content = collapse(raw);
        if content.is_empty() || content.contains('|') {
            return Self::text(&content);
        }
        let fence = "`".repeat(longest_run(&content, '`') + 1);
        let pad = if content.starts_with('`') || content.ends_with('`') {
            " "
        } else {
            ""
        };
        Self(format!("{fence}{pad}{content}{pad}{fence}"))
    }

    /// `**inner**`, or nothing when `inner` is empty.
    pub fn strong(inner: &Md) -> Self {
        if inner.0.is_empty() {
            Self::default()
        } else {
            Self(format!("**{}**", inner.0))
        }
    }

    /// `[text](target)`, the target percent-encoded so it cannot end early.
    pub fn link(text: &Md, target: &str) -> Self {
        Self(format!("[{}]({})", text.0, link_target(target)))
    }

    /// Appends another safe fragment.
    pub fn push(&mut self, other: &Md) -> &mut Self {
        self.0.push_str(&other.0);
        self
    }

    /// Appends user text, escaped; unlike [`Md::text`] a leading or trailing
    /// space is kept (as one space), so fragments can be joined.
    pub fn push_text(&mut self, raw: &str) -> &mut Self {
        let space = |yes: bool| if yes { " " } else { "" };
        let before = space(raw.starts_with(|c: char| c.is_whitespace()));
        let after = space(raw.ends_with(|c: char| c.is_whitespace()) && !collapse(raw).is_empty());
        self.0.push_str(before);
        self.0.push_str(&escape_inline(&collapse(raw)));
        self.0.push_str(after);
        self
    }

    /// Appends fixed text of our own.
    pub(crate) fn push_lit(&mut self, fixed: &'static str) -> &mut Self {
        self.0.push_str(fixed);
        self
    }

    /// The same text starting with a lowercase letter when it starts with a
    /// capitalised word ("Makes" but not "ACID"), to follow "because".
    pub fn lower_first(&self) -> Self {
        let mut chars = self.0.chars();
        match (chars.next(), chars.next()) {
            (Some(a), b) if a.is_uppercase() && !b.is_some_and(char::is_uppercase) => Self(
                a.to_lowercase()
                    .chain(self.0[a.len_utf8()..].chars())
                    .collect(),
            ),
            _ => self.clone(),
        }
    }

    /// The same text starting with a capital letter, to start a list item.
    pub fn upper_first(&self) -> Self {
        match self.0.chars().next() {
            Some(a) if a.is_lowercase() => Self(
                a.to_uppercase()
                    .chain(self.0[a.len_utf8()..].chars())
                    .collect(),
            ),
            _ => self.clone(),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Display for Md {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Collapses every run of whitespace and control characters (newlines,
/// tabs, U+2028) into one space and trims the ends.
pub fn collapse(raw: &str) -> String {
    raw.split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn escape_inline(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '\\' | '`' | '*' | '#' | '[' | ']' | '|' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '_' if !intraword(&chars, i) => out.push_str("\\_"),
            '&' if chars
                .get(i + 1)
                .is_some_and(|n| n.is_alphanumeric() || *n == '#') =>
            {
                out.push_str("\\&");
            }
            _ => out.push(c),
        }
    }
    out
}

/// An underscore between two letters or digits can neither open nor close
/// emphasis (CommonMark's flanking rules), so `snake_case` stays readable.
fn intraword(chars: &[char], i: usize) -> bool {
    let before = i.checked_sub(1).and_then(|j| chars.get(j));
    let after = chars.get(i + 1);
    before.is_some_and(|c| c.is_alphanumeric()) && after.is_some_and(|c| c.is_alphanumeric())
}

fn longest_run(text: &str, wanted: char) -> usize {
    let (mut longest, mut current) = (0, 0);
    for c in text.chars() {
        current = if c == wanted { current + 1 } else { 0 };
        longest = longest.max(current);
    }
    longest
}

/// A fragment placed at the start of a line (after a list marker, a heading
/// marker, or alone): escapes a leading block marker.
pub fn line(md: &Md) -> String {
    let text = md.as_str().trim_start();
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    let after_digits = text[digits..].chars().next();
    if digits > 0 && matches!(after_digits, Some('.' | ')')) {
        return format!("{}\\{}", &text[..digits], &text[digits..]);
    }
    match text.chars().next() {
        Some('-' | '+' | '=' | '>' | '~' | ':') => format!("\\{text}"),
        _ => text.to_owned(),
    }
}

/// A heading line: `level` hashes, a space, the text (or `fallback` when it
/// is empty).
pub fn heading(level: usize, md: &Md, fallback: &'static str) -> String {
    let text = if md.is_empty() {
        fallback.to_owned()
    } else {
        line(md)
    };
    format!("{} {text}", "#".repeat(level))
}

/// A list item with the given marker (`*` or `-`).
pub fn bullet(marker: char, md: &Md) -> String {
    format!("{marker} {}", line(md))
}

/// One row of a Markdown table.
pub fn table_row(cells: &[Md]) -> String {
    let inner: Vec<String> = cells
        .iter()
        .map(|c| {
            if c.is_empty() {
                " ".to_owned()
            } else {
                c.as_str().to_owned()
            }
        })
        .collect();
    format!("| {} |", inner.join(" | "))
}

/// A fenced code block whose fence is longer than any backtick run in
/// `body`, so no line of the body can close it early.
pub fn fenced(info: &str, body: &str) -> String {
    let fence = "`".repeat((longest_run(body, '`') + 1).max(3));
    let body = body.trim_end_matches(['\n', '\r']);
    format!("{fence}{info}\n{body}\n{fence}")
}

/// Percent-encodes every byte outside `A-Z a-z 0-9 - . _ ~ /`.
pub fn link_target(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for byte in raw.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// A YAML value for a `key: value` front-matter line: plain when YAML reads
/// it back as the same string, double-quoted otherwise. Dates (`2026-11-26`)
/// stay plain on purpose: MADR means them as dates.
pub fn yaml_scalar(raw: &str) -> String {
    let value = collapse(raw);
    if plain_is_safe(&value) {
        value
    } else {
        double_quoted(&value)
    }
}

const YAML_INDICATORS: &[char] = &[
    '-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`',
    '.',
];

fn plain_is_safe(value: &str) -> bool {
    !value.is_empty()
        && !value.starts_with(YAML_INDICATORS)
        && !value.contains(": ")
        && !value.contains(" #")
        && !value.ends_with(':')
        && value.chars().all(yaml_printable)
        && !yaml_keyword(value)
        && (is_iso_date(value) || !number_like(value))
}

fn yaml_printable(c: char) -> bool {
    matches!(c, '\u{20}'..='\u{7E}' | '\u{A0}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
        && c != '\u{FEFF}'
}

/// Words YAML 1.1 or 1.2 reads as null or booleans.
fn yaml_keyword(value: &str) -> bool {
    const WORDS: &[&str] = &[
        "null", "~", "true", "false", "yes", "no", "on", "off", "y", "n",
    ];
    WORDS.iter().any(|w| value.eq_ignore_ascii_case(w))
}

/// Anything a YAML 1.1 or 1.2 reader might take for a number (decimal,
/// hex, octal, binary, sexagesimal, `.inf`): quoted to be safe.
fn number_like(value: &str) -> bool {
    value.chars().any(|c| c.is_ascii_digit())
        && value
            .chars()
            .all(|c| c.is_ascii_hexdigit() || "+-._:xXoO".contains(c))
}

fn is_iso_date(value: &str) -> bool {
    let bytes = value.as_bytes();
    bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                *b == b'-'
            } else {
                b.is_ascii_digit()
            }
        })
}

fn double_quoted(value: &str) -> String {
    let mut out = String::from("\"");
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            c if yaml_printable(c) => out.push(c),
            c if u32::from(c) <= 0xFFFF => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push_str(&format!("\\U{:08X}", u32::from(c))),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
#[path = "markdown_tests.rs"]
mod tests;
