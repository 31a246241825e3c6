//! Changing an existing ADR's status (and date) in its own dialect, every
//! other line left byte-for-byte as it was:
//! - MADR: the front matter's `status:` and `date:` (a front matter is added
//!   when the record has none; MADR makes it optional);
//! - log4brains: the `- Status:` and `- Date:` items after the H1 (keeping
//!   their marker);
//! - Nygard: the value line of `## Status` (keeping `Supercedes …` links,
//!   dropping a `Superceded by …` one) and the `Date:` line.
//!
//! And the link back a superseding ADR gets, as `write_adr` writes it in a
//! new ADR: MADR's `## More Information`, log4brains' `## Links`, adr-tools'
//! `Supercedes` line under `## Status`.

use super::lines::{append_to_section, edit_lines, section, set_front_field};
use super::markdown::{Md, line, yaml_scalar};
use super::{Dialect, madr, nygard};
use crate::workspace::Status;

/// The ADR a superseding one links back to.
pub(super) struct Predecessor<'a> {
    pub number: Option<u32>,
    pub title: &'a str,
    pub file: &'a str,
}

/// A new record's status word, with its successor when it is known:
/// `superseded by ADR-0007` (the form MADR and the doctor read).
pub(super) fn with_successor(word: &str, status: Status, by: Option<u32>) -> String {
    match (status, by) {
        (Status::Superseded, Some(n)) => format!("{word} by ADR-{n:04}"),
        _ => word.to_owned(),
    }
}

fn unknown() -> String {
    "its format is not recognised (no front matter, `- Status:` list or `## Status` section)"
        .to_owned()
}

/// The text with its status set to `status` (not `Superseded`, which needs a
/// link: see `supersede::mark_superseded`) and, when given, its date.
pub(super) fn set_status(
    text: &str,
    dialect: Option<Dialect>,
    status: Status,
    date: Option<&str>,
) -> Result<String, String> {
    edit_lines(text, |lines| match dialect {
        Some(Dialect::Madr) => {
            set_front_field(lines, "status", &yaml_scalar(madr::status(status)), None);
            Ok(())
        }
        Some(Dialect::Log4brains) => {
            let mut value = Md::lit("Status: ");
            value.push_text(status.key());
            set_header_item(lines, "status", &line(&value))
        }
        Some(Dialect::Nygard) => set_nygard_status(lines, nygard::status(status)),
        None => Err(unknown()),
    })
    .and_then(|text| match date {
        Some(date) => set_date(&text, dialect, date),
        None => Ok(text),
    })
}

/// The text with its date set to `date`.
pub(super) fn set_date(text: &str, dialect: Option<Dialect>, date: &str) -> Result<String, String> {
    edit_lines(text, |lines| match dialect {
        Some(Dialect::Madr) => {
            set_front_field(lines, "date", &yaml_scalar(date), Some("status"));
            Ok(())
        }
        Some(Dialect::Log4brains) => {
            set_header_item(lines, "date", &line(&Md::text(&format!("Date: {date}"))))
        }
        Some(Dialect::Nygard) => {
            let dated = line(&Md::text(&format!("Date: {date}")));
            match lines.iter().position(|l| l.starts_with("Date:")) {
                Some(i) => lines[i] = dated,
                None => {
                    let h1 = lines
                        .iter()
                        .position(|l| l.starts_with("# "))
                        .ok_or("it has no `# ` title")?;
                    lines
                        .splice(h1 + 1..h1 + 1, [String::new(), dated])
                        .for_each(drop);
                }
            }
            Ok(())
        }
        None => Err(unknown()),
    })
}

/// Sets the `- Key: value` item (`item` is the text after the marker) of
/// log4brains' list after the H1; a missing item goes after the last one,
/// or starts the list.
pub(super) fn set_header_item(
    lines: &mut Vec<String>,
    key: &str,
    item: &str,
) -> Result<(), String> {
    let h1 = lines
        .iter()
        .position(|l| l.starts_with("# "))
        .ok_or("it has no `# ` title")?;
    let end = lines[h1..]
        .iter()
        .position(|l| l.starts_with("## "))
        .map_or(lines.len(), |i| i + h1);
    let is_item = |l: &str| l.starts_with("- ") || l.starts_with("* ");
    let prefix = format!("{key}:");
    let existing = (h1 + 1..end)
        .find(|&i| is_item(&lines[i]) && lines[i][2..].to_ascii_lowercase().starts_with(&prefix));
    if let Some(i) = existing {
        let marker = lines[i][..1].to_owned();
        lines[i] = format!("{marker} {item}");
    } else if let Some(last) = (h1 + 1..end).rev().find(|&i| is_item(&lines[i])) {
        let marker = lines[last][..1].to_owned();
        lines.insert(last + 1, format!("{marker} {item}"));
    } else {
        lines
            .splice(h1 + 1..h1 + 1, [String::new(), format!("- {item}")])
            .for_each(drop);
    }
    Ok(())
}

/// Replaces the value of Nygard's `## Status` section with `value`, keeping
/// the link lines other than a previous `Superceded by`.
pub(super) fn set_nygard_status(lines: &mut Vec<String>, value: &str) -> Result<(), String> {
    let (start, end) = section(lines, "## Status").ok_or("it has no `## Status` section")?;
    let kept: Vec<String> = lines[start..end]
        .iter()
        .filter(|l| {
            let lower = l.to_ascii_lowercase();
            l.contains("](")
                && !lower.starts_with("superceded by")
                && !lower.starts_with("superseded by")
        })
        .cloned()
        .collect();
    let mut new = vec![String::new(), value.to_owned()];
    for link in kept {
        new.push(String::new());
        new.push(link);
    }
    if end < lines.len() {
        new.push(String::new());
    }
    lines.splice(start..end, new).for_each(drop);
    Ok(())
}

/// The text of the superseding ADR with a link back to `old`, unless it
/// links to it already.
pub(super) fn add_supersedes_link(
    text: &str,
    dialect: Option<Dialect>,
    old: &Predecessor,
) -> Result<String, String> {
    let target = super::markdown::link_target(old.file);
    let linked = text.lines().any(|l| {
        let lower = l.to_ascii_lowercase();
        (lower.contains("supersedes") || lower.contains("supercedes"))
            && l.contains(&format!("]({target})"))
    });
    if linked {
        return Ok(text.to_owned());
    }
    edit_lines(text, |lines| {
        match dialect {
            Some(Dialect::Madr) => {
                let mut name = old
                    .number
                    .map(|n| Md::fragment(&format!("ADR-{n:04}: ")))
                    .unwrap_or_default();
                name.push_text(old.title);
                let mut md = Md::lit("Supersedes ");
                md.push(&Md::link(&name, old.file)).push_lit(".");
                append_to_section(lines, "## More Information", line(&md));
            }
            Some(Dialect::Log4brains) => {
                let mut md = Md::lit("Supersedes ");
                md.push(&Md::link(&Md::text(old.title), old.file));
                append_to_section(lines, "## Links", format!("- {}", line(&md)));
            }
            Some(Dialect::Nygard) => {
                let mut name = old
                    .number
                    .map(|n| Md::fragment(&format!("{n}. ")))
                    .unwrap_or_default();
                name.push_text(old.title);
                let mut md = Md::lit("Supercedes ");
                md.push(&Md::link(&name, old.file));
                if section(lines, "## Status").is_none() {
                    return Err("it has no `## Status` section".to_owned());
                }
                append_to_section(lines, "## Status", line(&md));
            }
            None => return Err(unknown()),
        }
        Ok(())
    })
}

#[cfg(test)]
#[path = "status_tests.rs"]
mod tests;
