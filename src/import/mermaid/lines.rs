//! From text to statements: physical lines (`\n`, `\r\n` or `\r`), YAML
//! front matter, `%%` comments, `%%{...}%%` directives (also over several
//! lines), `accTitle:`/`accDescr:` lines and `accDescr { ... }` blocks are
//! recognised and dropped here; what remains is split into statements at
//! `;` outside quotes, brackets, `|edge text|` and entity codes (`#quot;`).
//! A `@{ ... }` block left open at the end of a line goes on over the next
//! lines, as one statement. As in mermaid, a line holding `direction TB`
//! (`BT`, `LR`, `RL`) anywhere is a direction statement and nothing else.
//!
//! Each statement keeps its 1-based line number for warnings.

use super::{ImportWarning, MermaidError};

/// One statement of the flowchart, trimmed, with its line number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Statement<'a> {
    pub line: usize,
    pub text: &'a str,
}

/// What a multi-line construct is still skipping, from which line.
#[derive(Clone, Copy)]
enum Skipping {
    Nothing,
    Directive(usize),
    Description(usize),
}

/// Splits `text` into statements.
pub(super) fn statements<'a>(
    text: &'a str,
    warnings: &mut Vec<ImportWarning>,
) -> Result<Vec<Statement<'a>>, MermaidError> {
    let lines = physical_lines(text);
    let first = skip_front_matter(&lines)?;
    let mut out = Vec::new();
    let mut state = Skipping::Nothing;
    let mut index = first;
    while index < lines.len() {
        let raw = lines[index];
        let line = index + 1;
        index += 1;
        state = match state {
            Skipping::Directive(from) if !raw.contains("}%%") => Skipping::Directive(from),
            Skipping::Description(from) if !raw.contains('}') => Skipping::Description(from),
            Skipping::Directive(_) | Skipping::Description(_) => Skipping::Nothing,
            Skipping::Nothing => {
                let (logical, extra) = with_open_data(text, &lines, index - 1);
                index += extra;
                if extra == 0 && swallowed_by_direction(raw, line, warnings) {
                    continue;
                }
                read_line(line, logical, &mut out)
            }
        };
    }
    match state {
        Skipping::Nothing => {}
        Skipping::Directive(from) => warnings.push(ImportWarning::new(
            from,
            "this `%%{` directive is never closed with `}%%`; the rest of the text was skipped",
        )),
        Skipping::Description(from) => warnings.push(ImportWarning::new(
            from,
            "this `accDescr {` block is never closed with `}`; the rest of the text was skipped",
        )),
    }
    Ok(out)
}

/// The line at `index`, extended over the following lines while a `@{`
/// block is open (quotes may hold `}`); returns it and how many lines it
/// took beyond the first.
fn with_open_data<'a>(text: &'a str, lines: &[&'a str], index: usize) -> (&'a str, usize) {
    let first = lines[index].trim_start();
    let not_statement = first.starts_with("%%")
        || keyword_then(first, "accTitle", ':')
        || keyword_then(first, "accDescr", ':')
        || keyword_then(first, "accDescr", '{');
    if not_statement {
        return (lines[index], 0);
    }
    let mut open = DataScan::default();
    let mut last = index;
    loop {
        open.scan(lines[last]);
        if !open.in_data || last + 1 == lines.len() {
            break;
        }
        last += 1;
    }
    if last == index {
        return (lines[index], 0);
    }
    let start = offset(text, lines[index]);
    let end = offset(text, lines[last]) + lines[last].len();
    (&text[start..end], last - index)
}

/// Where `part` (a slice of `text`) starts in `text`.
fn offset(text: &str, part: &str) -> usize {
    part.as_ptr() as usize - text.as_ptr() as usize
}

/// Whether the scan is inside `@{ ... }` data, and inside quotes there.
#[derive(Default)]
struct DataScan {
    in_data: bool,
    quoted: bool,
    quoted_outside: bool,
}

impl DataScan {
    fn scan(&mut self, line: &str) {
        let bytes = line.as_bytes();
        for (i, &byte) in bytes.iter().enumerate() {
            match (self.in_data, byte) {
                (true, b'"') => self.quoted = !self.quoted,
                (true, b'}') if !self.quoted => self.in_data = false,
                (false, b'"') => self.quoted_outside = !self.quoted_outside,
                (false, b'{') if !self.quoted_outside && i > 0 && bytes[i - 1] == b'@' => {
                    self.in_data = true;
                }
                _ => {}
            }
        }
        self.quoted_outside = false;
    }
}

/// Mermaid reads a line holding `direction TB|BT|LR|RL` as a direction
/// statement, whatever else it holds. A plain `direction X` is layout only;
/// anything more is reported as dropped.
fn swallowed_by_direction(raw: &str, line: usize, warnings: &mut Vec<ImportWarning>) -> bool {
    if raw.trim_start().starts_with("%%") {
        return false;
    }
    let Some(at) = direction_at(raw) else {
        return false;
    };
    let plain = raw.trim_start().starts_with("direction") && raw[..at].trim().is_empty();
    let only = raw.split_whitespace().count() == 2;
    if !(plain && only) {
        warnings.push(ImportWarning::new(
            line,
            "mermaid reads any line holding `direction` and TB, BT, LR or RL as a direction \
             statement: the rest of this line was dropped, as mermaid drops it",
        ));
    }
    true
}

/// Where `direction` followed by whitespace and a direction key starts.
fn direction_at(raw: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(found) = raw[from..].find("direction") {
        let at = from + found;
        let after = &raw[at + "direction".len()..];
        let key = after.trim_start();
        if key.len() < after.len() && ["TB", "BT", "LR", "RL"].iter().any(|k| key.starts_with(k)) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// Lines split at `\n`, `\r\n` and lone `\r` (as mermaid does).
fn physical_lines(text: &str) -> Vec<&str> {
    let bytes = text.as_bytes();
    let mut lines = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < bytes.len() {
        if matches!(bytes[i], b'\n' | b'\r') {
            lines.push(&text[start..i]);
            if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
            start = i + 1;
        }
        i += 1;
    }
    lines.push(&text[start..]);
    lines
}

/// The index of the first line after the YAML front matter (`---` ...
/// `---` before anything else), or of the first line when there is none.
fn skip_front_matter(lines: &[&str]) -> Result<usize, MermaidError> {
    let Some(open) = lines.iter().position(|l| !l.trim().is_empty()) else {
        return Ok(0);
    };
    if lines[open].trim() != "---" {
        return Ok(0);
    }
    lines[open + 1..]
        .iter()
        .position(|l| l.trim() == "---")
        .map(|close| open + close + 2)
        .ok_or(MermaidError::UnclosedFrontMatter { line: open + 1 })
}

fn read_line<'a>(line: usize, raw: &'a str, out: &mut Vec<Statement<'a>>) -> Skipping {
    let text = raw.trim();
    if let Some(directive) = text.strip_prefix("%%{") {
        return match directive.find("}%%") {
            Some(end) => read_line(line, &directive[end + 3..], out),
            None => Skipping::Directive(line),
        };
    }
    if text.is_empty() || text.starts_with("%%") || keyword_then(text, "accTitle", ':') {
        return Skipping::Nothing;
    }
    if keyword_then(text, "accDescr", ':') {
        return Skipping::Nothing;
    }
    if keyword_then(text, "accDescr", '{') {
        return if text.contains('}') {
            Skipping::Nothing
        } else {
            Skipping::Description(line)
        };
    }
    split_statements(line, text, out);
    Skipping::Nothing
}

/// Whether `text` is `keyword`, optional whitespace, then `c`.
fn keyword_then(text: &str, keyword: &str, c: char) -> bool {
    text.strip_prefix(keyword)
        .is_some_and(|rest| rest.trim_start().starts_with(c))
}

/// Splits one line at `;` that sit outside quotes, brackets and `|...|`
/// and do not end an entity code; a `%%` outside quotes ends the line.
fn split_statements<'a>(line: usize, text: &'a str, out: &mut Vec<Statement<'a>>) {
    let bytes = text.as_bytes();
    let (mut start, mut end) = (0, bytes.len());
    let (mut depth, mut quoted, mut piped) = (0usize, false, false);
    for (i, &byte) in bytes.iter().enumerate() {
        match byte {
            b'"' => quoted = !quoted,
            _ if quoted => {}
            b'%' if depth == 0 && bytes.get(i + 1) == Some(&b'%') => {
                end = i;
                break;
            }
            b'[' | b'(' | b'{' => depth += 1,
            b']' | b')' | b'}' => depth = depth.saturating_sub(1),
            b'|' if depth == 0 => piped = !piped,
            b';' if depth == 0 && !piped && !ends_entity(&bytes[..i]) => {
                push(line, &text[start..i], out);
                start = i + 1;
            }
            _ => {}
        }
    }
    push(line, &text[start..end], out);
}

fn push<'a>(line: usize, text: &'a str, out: &mut Vec<Statement<'a>>) {
    let text = text.trim();
    if !text.is_empty() {
        out.push(Statement { line, text });
    }
}

/// Whether the text before a `;` ends like `#quot`, `#35`, `&amp` or `&#35`.
fn ends_entity(before: &[u8]) -> bool {
    let name = before
        .iter()
        .rev()
        .take(33)
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    if name == 0 || name > 32 {
        return false;
    }
    matches!(before[..before.len() - name].last(), Some(b'#' | b'&'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(input: &str) -> Vec<(usize, String)> {
        let mut warnings = Vec::new();
        statements(input, &mut warnings)
            .unwrap()
            .into_iter()
            .map(|s| (s.line, s.text.to_owned()))
            .collect()
    }

    #[test]
    fn splits_at_semicolons_outside_quotes_brackets_and_entities() {
        let got = texts("graph TD;A-->B;  C[\"x;y\"] --> D[a;b];E -->|p;q| F; G[#quot;hi#quot;]");
        let want = [
            "graph TD",
            "A-->B",
            "C[\"x;y\"] --> D[a;b]",
            "E -->|p;q| F",
            "G[#quot;hi#quot;]",
        ];
        assert_eq!(
            got.iter().map(|(_, t)| t.as_str()).collect::<Vec<_>>(),
            want
        );
    }

    #[test]
    fn comments_directives_and_accessibility_are_dropped() {
        let input = "%%{init: {'theme': 'dark'}}%%\nflowchart LR\n  %% a comment\n  accTitle: T\n  accDescr : D\n  accDescr {\n  many\n  lines }\n  A --> B %% trailing\n  C[\"50%% off\"]\n%%{\n multi\n}%%\nD";
        let got = texts(input);
        assert_eq!(
            got,
            [
                (2, "flowchart LR".into()),
                (9, "A --> B".into()),
                (10, "C[\"50%% off\"]".into()),
                (14, "D".into())
            ]
        );
    }

    #[test]
    fn line_numbers_follow_every_newline_kind_and_front_matter() {
        let got = texts("\n---\ntitle: x\n---\r\nflowchart TB\r\nA\rB\n\nC");
        assert_eq!(
            got,
            [
                (5, "flowchart TB".into()),
                (6, "A".into()),
                (7, "B".into()),
                (9, "C".into())
            ]
        );
    }

    #[test]
    fn shape_data_goes_on_over_lines_and_direction_swallows_a_line() {
        let mut warnings = Vec::new();
        let text = "flowchart LR\nA@{\n  label: \"x }\n  y\"\n} --> B\nC[direction LR] --> D\n  direction TB\nE";
        let got: Vec<(usize, String)> = statements(text, &mut warnings)
            .unwrap()
            .into_iter()
            .map(|s| (s.line, s.text.to_owned()))
            .collect();
        assert_eq!(
            got,
            [
                (1, "flowchart LR".into()),
                (2, "A@{\n  label: \"x }\n  y\"\n} --> B".into()),
                (8, "E".into())
            ]
        );
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].line, 6);
    }

    #[test]
    fn unclosed_constructs() {
        let mut warnings = Vec::new();
        assert_eq!(
            statements("---\ntitle: x\nflowchart LR", &mut warnings),
            Err(MermaidError::UnclosedFrontMatter { line: 1 })
        );
        let got = statements("flowchart LR\n%%{init:\nA --> B", &mut warnings).unwrap();
        assert_eq!(got.len(), 1);
        assert_eq!(warnings[0].line, 2);
    }
}
