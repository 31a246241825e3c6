//! Test helpers: the example workspace, and reading a rendered document's
//! structure back (headings, front matter, tables, lines outside code
//! blocks) independently of the code that wrote it.

use crate::catalog::Catalog;
use crate::design::{Candidate, Finding, NodeId, Severity};
use crate::scoring::{Ranking, rank, score_candidate};
use crate::workspace::{Workspace, file};

pub const STARTUP: &str = include_str!("../../../assets/examples/startup.ron");

pub const DIAGRAM: &str = "flowchart LR\n  n1[\"Web and mobile clients\"]\n  n2[\"Shop application\"]\n  n1 -->|\"HTTPS\"| n2\n";

pub fn startup() -> Workspace {
    file::from_str("startup.ron", STARTUP).unwrap()
}

/// Ranks a workspace with the findings `review` gives each candidate.
pub fn ranking(
    ws: &Workspace,
    catalog: &Catalog,
    review: impl Fn(&Candidate) -> Vec<Finding>,
) -> Ranking {
    rank(
        ws.candidates()
            .iter()
            .map(|c| score_candidate(c, catalog, &ws.context, &review(c)))
            .collect(),
    )
}

/// Two findings on the monolith (what `review` might raise), none elsewhere.
pub fn monolith_findings(candidate: &Candidate) -> Vec<Finding> {
    if candidate.name != "Monolith" {
        return Vec::new();
    }
    vec![
        Finding {
            rule: "sync-chain-depth".to_owned(),
            severity: Severity::Info,
            nodes: Vec::new(),
            edges: Vec::new(),
            message: "Checkout waits on Stripe inside the request.".to_owned(),
            fix: None,
            fix_at: None,
        },
        Finding {
            rule: "dual-write".to_owned(),
            severity: Severity::Warning,
            nodes: vec![NodeId(102)],
            edges: Vec::new(),
            message: "Shop application writes to PostgreSQL and calls Stripe in one request; a crash between them loses one side.".to_owned(),
            fix: Some("transactional-outbox".to_owned()),
            fix_at: None,
        },
    ]
}

/// Whether a line opens or closes a fence, and with what.
fn fence_of(line: &str) -> Option<(char, usize)> {
    let c = line.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let n = line.chars().take_while(|x| *x == c).count();
    (n >= 3).then_some((c, n))
}

/// Lines outside the front matter and outside fenced code blocks.
pub fn body_lines(text: &str) -> Vec<&str> {
    let mut lines: Vec<&str> = text.lines().collect();
    if let Some(front) = front_matter(text) {
        lines.drain(..front.len() + 2);
    }
    let mut out = Vec::new();
    let mut open: Option<(char, usize)> = None;
    for line in lines {
        match (open, fence_of(line)) {
            (None, Some(fence)) => open = Some(fence),
            (None, None) => out.push(line),
            (Some((c, n)), Some((c2, n2)))
                if c == c2 && n2 >= n && line.trim_end().chars().all(|x| x == c) =>
            {
                open = None;
            }
            (Some(_), _) => {}
        }
    }
    assert!(open.is_none(), "a code block is never closed");
    out
}

/// The front matter's lines (between the leading `---` lines).
pub fn front_matter(text: &str) -> Option<Vec<&str>> {
    let mut lines = text.lines();
    if lines.next()? != "---" {
        return None;
    }
    let inner: Vec<&str> = lines.by_ref().take_while(|l| *l != "---").collect();
    Some(inner)
}

pub fn headings(text: &str) -> Vec<String> {
    body_lines(text)
        .into_iter()
        .filter(|l| l.starts_with('#'))
        .map(str::to_owned)
        .collect()
}

/// Whether a line would start a block other than a paragraph.
pub fn starts_block(line: &str) -> bool {
    let first = line.chars().next();
    let second = line.chars().nth(1);
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    let breaks = |c: char| {
        line.chars().filter(|x| *x == c).count() >= 3 && line.chars().all(|x| x == c || x == ' ')
    };
    matches!(first, Some('#' | '>' | '<' | '=' | ' ' | '\t'))
        || matches!((first, second), (Some('-' | '+' | '*'), Some(' ') | None))
        || (digits > 0 && matches!(line[digits..].chars().next(), Some('.' | ')')))
        || fence_of(line).is_some()
        || breaks('-')
        || breaks('*')
        || breaks('_')
}

/// Cells of a table row, split at unescaped pipes.
pub fn cell_count(row: &str) -> usize {
    let mut pipes = 0;
    let mut backslashes = 0;
    for c in row.chars() {
        if c == '|' && backslashes % 2 == 0 {
            pipes += 1;
        }
        backslashes = if c == '\\' { backslashes + 1 } else { 0 };
    }
    pipes - 1
}

/// Groups of consecutive body lines that start with `|`.
pub fn tables(text: &str) -> Vec<Vec<String>> {
    let mut tables: Vec<Vec<String>> = Vec::new();
    let mut previous_was_row = false;
    for line in body_lines(text) {
        let row = line.starts_with('|');
        if row && previous_was_row {
            tables.last_mut().unwrap().push(line.to_owned());
        } else if row {
            tables.push(vec![line.to_owned()]);
        }
        previous_was_row = row;
    }
    tables
}

/// Decodes the value of one `key: value` front-matter line as YAML would,
/// failing unless it is exactly one plain or double-quoted string scalar.
pub fn yaml_value(line: &str) -> Result<(String, String), String> {
    let (key, value) = line
        .split_once(": ")
        .ok_or_else(|| format!("no `key: ` in {line:?}"))?;
    let decoded = if value.starts_with('"') {
        double_quoted(value)?
    } else {
        plain(key, value)?
    };
    Ok((key.to_owned(), decoded))
}

fn double_quoted(value: &str) -> Result<String, String> {
    let inner = value[1..].strip_suffix('"').ok_or("no closing quote")?;
    let mut out = String::new();
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => return Err(format!("unescaped quote in {value:?}")),
            '\\' => {
                let hex = |n: usize, chars: &mut std::str::Chars| {
                    let code: String = chars.take(n).collect();
                    u32::from_str_radix(&code, 16)
                        .ok()
                        .and_then(char::from_u32)
                        .ok_or(format!("bad escape in {value:?}"))
                };
                match chars.next() {
                    Some('\\') => out.push('\\'),
                    Some('"') => out.push('"'),
                    Some('u') => out.push(hex(4, &mut chars)?),
                    Some('U') => out.push(hex(8, &mut chars)?),
                    other => return Err(format!("unknown escape {other:?}")),
                }
            }
            c if c.is_control() => return Err(format!("control character in {value:?}")),
            c => out.push(c),
        }
    }
    Ok(out)
}

fn plain(key: &str, value: &str) -> Result<String, String> {
    let indicators = "-?:,[]{}#&*!|>'\"%@`";
    let bad = value.is_empty()
        || value.starts_with(|c| indicators.contains(c))
        || value != value.trim()
        || value.contains(": ")
        || value.contains(" #")
        || value.ends_with(':')
        || value.chars().any(|c| c.is_control() || c == '\u{FEFF}');
    let keyword = [
        "null", "~", "true", "false", "yes", "no", "on", "off", "y", "n",
    ]
    .iter()
    .any(|w| value.eq_ignore_ascii_case(w));
    let numeric = value.chars().any(|c| c.is_ascii_digit())
        && (value.parse::<f64>().is_ok()
            || value
                .chars()
                .all(|c| c.is_ascii_digit() || ":._+-".contains(c))
            || (["0x", "0o", "0b"]
                .iter()
                .any(|p| value.to_ascii_lowercase().starts_with(p))
                && value[2..]
                    .chars()
                    .all(|c| c.is_ascii_hexdigit() || c == '_')));
    let typed = keyword || (numeric && key != "date");
    if bad || typed {
        return Err(format!("{value:?} is not a plain string scalar"));
    }
    Ok(value.to_owned())
}
