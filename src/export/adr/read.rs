//! Reading what an existing ADR file says about itself: its dialect, title,
//! status, date, the number of a Nygard `# N. Title` heading, and where a
//! "superseded" status points. Tolerant: anything missing is `None`.
//!
//! Dialects are told apart the way their readers do: YAML front matter is
//! MADR (3 or 4); `# N. Title` with a `## Status` section is Nygard; a
//! `- Status:` list between the H1 and the first `##` is log4brains (and
//! MADR 2, which looks the same).

use super::Dialect;

/// What one ADR file says about itself.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AdrMeta {
    pub dialect: Option<Dialect>,
    /// The H1 without a Nygard number.
    pub title: Option<String>,
    pub status: Option<String>,
    pub date: Option<String>,
    /// The number of a Nygard `# N. Title` heading.
    pub heading_number: Option<u32>,
}

/// Where a superseded ADR says its successor is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SupersededBy {
    /// A Markdown link target (`[2. Title](0002-title.md)`).
    File(String),
    /// MADR's `superseded by ADR-0007`.
    Number(u32),
    /// The status says superseded but not by what.
    Unstated,
}

/// Reads the metadata of an ADR's text.
pub fn read_meta(text: &str) -> AdrMeta {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let lines: Vec<&str> = text.lines().collect();
    let (front, body_start) = front_matter(&lines);
    let h1 = lines
        .iter()
        .enumerate()
        .skip(body_start)
        .find(|(_, l)| l.starts_with("# "));
    let heading_number = h1.and_then(|(_, l)| nygard_number(l));
    let mut meta = AdrMeta {
        title: h1.map(|(_, l)| title_of(l)),
        heading_number,
        ..AdrMeta::default()
    };
    if let Some(front) = front {
        meta.dialect = Some(Dialect::Madr);
        meta.status = field(&front, "status");
        meta.date = field(&front, "date");
    } else if let (Some(_), Some(status)) =
        (heading_number, section_first_line(&lines, "## Status"))
    {
        meta.dialect = Some(Dialect::Nygard);
        meta.status = Some(status);
        meta.date = nygard_date(&lines);
    } else if let Some((h1_index, _)) = h1 {
        let header = header_list(&lines[h1_index + 1..]);
        if !header.is_empty() {
            meta.dialect = Some(Dialect::Log4brains);
            meta.status = field(&header, "status");
            meta.date = field(&header, "date");
        } else if heading_number.is_some() && has_any(&lines, &NYGARD_SECTIONS) {
            meta.dialect = Some(Dialect::Nygard);
            meta.date = nygard_date(&lines);
        } else if has_any(&lines, &MADR_SECTIONS) {
            meta.dialect = Some(Dialect::Madr);
        }
    }
    meta.status = meta.status.filter(|s| !s.is_empty());
    meta.date = meta.date.filter(|d| !d.is_empty());
    meta
}

/// Sections only a Nygard record has (with a `# N. Title` heading).
const NYGARD_SECTIONS: [&str; 2] = ["## Context", "## Decision"];
/// Sections that make a record without front matter MADR (whose front
/// matter is optional: MADR's own decisions folder has records without it).
const MADR_SECTIONS: [&str; 4] = [
    "## Context and Problem Statement",
    "## Considered Options",
    "## Decision Outcome",
    "## Decision Drivers",
];

fn has_any(lines: &[&str], headings: &[&str]) -> bool {
    lines.iter().any(|l| {
        headings
            .iter()
            .any(|h| l.trim_end().eq_ignore_ascii_case(h))
    })
}

fn nygard_date(lines: &[&str]) -> Option<String> {
    lines
        .iter()
        .find_map(|l| l.strip_prefix("Date:"))
        .map(|d| d.trim().to_owned())
}

type Fields = Vec<(String, String)>;

/// The `key: value` pairs of a leading `---` block and the index after it.
fn front_matter(lines: &[&str]) -> (Option<Fields>, usize) {
    if lines.first().map(|l| l.trim_end()) != Some("---") {
        return (None, 0);
    }
    let Some(end) = lines
        .iter()
        .skip(1)
        .position(|l| matches!(l.trim_end(), "---" | "..."))
    else {
        return (None, 0);
    };
    let fields = lines[1..=end]
        .iter()
        .filter_map(|l| split_field(l))
        .collect();
    (Some(fields), end + 2)
}

/// The `- Key: value` (or `* Key: value`) items right after the H1.
fn header_list(lines: &[&str]) -> Fields {
    lines
        .iter()
        .take_while(|l| !l.starts_with("## "))
        .filter_map(|l| l.strip_prefix("- ").or_else(|| l.strip_prefix("* ")))
        .filter_map(split_field)
        .collect()
}

fn split_field(line: &str) -> Option<(String, String)> {
    let (key, value) = line.split_once(':')?;
    let key = key.trim();
    if key.is_empty() || key.contains(' ') {
        return None;
    }
    Some((key.to_ascii_lowercase(), unquote(value.trim())))
}

fn field(fields: &Fields, key: &str) -> Option<String> {
    fields
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.clone())
}

/// Removes YAML quotes: `"a \"b\""` -> `a "b"`, `'it''s'` -> `it's`.
fn unquote(value: &str) -> String {
    if let Some(inner) = value.strip_prefix('"').and_then(|v| v.strip_suffix('"')) {
        return inner.replace("\\\"", "\"").replace("\\\\", "\\");
    }
    if let Some(inner) = value.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')) {
        return inner.replace("''", "'");
    }
    value.to_owned()
}

/// `# 12. Title` -> 12.
fn nygard_number(h1: &str) -> Option<u32> {
    let rest = h1.strip_prefix("# ")?;
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    if digits.is_empty() || !rest[digits.len()..].starts_with('.') {
        return None;
    }
    digits.parse().ok()
}

fn title_of(h1: &str) -> String {
    let rest = h1.trim_start_matches('#').trim();
    match nygard_number(h1) {
        Some(n) => rest
            .strip_prefix(&format!("{n}."))
            .unwrap_or(rest)
            .trim()
            .to_owned(),
        None => rest.to_owned(),
    }
}

/// The first non-empty line of a section, before the next heading.
fn section_first_line(lines: &[&str], heading: &str) -> Option<String> {
    let start = lines.iter().position(|l| l.trim_end() == heading)?;
    lines[start + 1..]
        .iter()
        .take_while(|l| !l.starts_with('#'))
        .map(|l| l.trim())
        .find(|l| !l.is_empty())
        .map(str::to_owned)
}

/// Where a superseded status points; `None` when the status is not
/// "superseded" (or adr-tools' "superceded").
pub fn superseded_by(status: &str) -> Option<SupersededBy> {
    let lower = status.to_ascii_lowercase();
    if !lower.contains("supersed") && !lower.contains("superced") {
        return None;
    }
    if let Some(target) = link_target(status) {
        return Some(SupersededBy::File(target));
    }
    let number = lower.split("adr-").nth(1).and_then(|rest| {
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        digits.parse().ok()
    });
    Some(number.map_or(SupersededBy::Unstated, SupersededBy::Number))
}

/// The target of the first `[text](target)` link, percent-decoded.
fn link_target(text: &str) -> Option<String> {
    let start = text.find("](")? + 2;
    let end = text[start..].find(')')? + start;
    let target = text[start..end]
        .trim()
        .trim_start_matches('<')
        .trim_end_matches('>');
    Some(percent_decode(target))
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = text
            .get(i + 1..i + 3)
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn madr_front_matter_is_read_and_unquoted() {
        let meta = read_meta(
            "---\nstatus: \"superseded by ADR-0002\"\ndate: 2026-01-02\n---\n\n# Use X\n",
        );
        assert_eq!(meta.dialect, Some(Dialect::Madr));
        assert_eq!(meta.title.as_deref(), Some("Use X"));
        assert_eq!(meta.status.as_deref(), Some("superseded by ADR-0002"));
        assert_eq!(meta.date.as_deref(), Some("2026-01-02"));
        assert_eq!(
            superseded_by(meta.status.as_deref().unwrap()),
            Some(SupersededBy::Number(2))
        );
    }

    #[test]
    fn nygard_is_read_from_heading_and_status_section() {
        let text = "# 3. Use Y\n\nDate: 2026-01-03\n\n## Status\n\nSuperceded by [4. Z](0004-z%20a.md)\n\n## Context\n";
        let meta = read_meta(text);
        assert_eq!(meta.dialect, Some(Dialect::Nygard));
        assert_eq!(meta.heading_number, Some(3));
        assert_eq!(meta.title.as_deref(), Some("Use Y"));
        assert_eq!(meta.date.as_deref(), Some("2026-01-03"));
        let status = meta.status.unwrap();
        assert_eq!(
            superseded_by(&status),
            Some(SupersededBy::File("0004-z a.md".to_owned()))
        );
    }

    #[test]
    fn log4brains_list_is_read_and_later_lists_are_not() {
        let text = "# Use Z\n\n* Status: accepted\n- Date: 2026-01-04\n\n## Decision Drivers\n\n- Status: rejected\n";
        let meta = read_meta(text);
        assert_eq!(meta.dialect, Some(Dialect::Log4brains));
        assert_eq!(meta.status.as_deref(), Some("accepted"));
        assert_eq!(meta.date.as_deref(), Some("2026-01-04"));
    }

    #[test]
    fn records_without_their_status_still_have_a_dialect() {
        let madr = read_meta("# Use dashes\n\nWhy.\n\n## Considered Options\n\n* a\n");
        assert_eq!(madr.dialect, Some(Dialect::Madr));
        assert_eq!((madr.status, madr.date), (None, None));
        let nygard = read_meta("# 2. Use Y\n\nDate: 2026-01-03\n\n## Context\n\nx\n");
        assert_eq!(nygard.dialect, Some(Dialect::Nygard));
        assert_eq!(nygard.status, None);
        assert_eq!(nygard.date.as_deref(), Some("2026-01-03"));
    }

    #[test]
    fn anything_else_is_unknown() {
        let meta = read_meta("# Notes\n\nSome text.\n");
        assert_eq!(meta.dialect, None);
        assert_eq!(meta.status, None);
        assert_eq!(superseded_by("accepted"), None);
        assert_eq!(superseded_by("Superseded"), Some(SupersededBy::Unstated));
    }
}
