//! Marking an existing ADR as superseded, in its own dialect, touching only
//! its status:
//! - MADR: the front matter's `status: superseded by ADR-NNNN`;
//! - log4brains: `- Status: superseded by [title](file)` (keeping its marker);
//! - Nygard: the `## Status` section becomes adr-tools' `Superceded by
//!   [N. Title](file)` (spelled that way on purpose), keeping link lines
//!   such as `Supercedes …` and dropping the old status word.
//!
//! Line endings (LF or CRLF) and a byte-order mark are preserved.

use super::Dialect;
use super::markdown::{Md, line};

/// The ADR that replaces the old one.
pub(super) struct Successor<'a> {
    pub number: u32,
    pub title: &'a str,
    pub file: &'a str,
}

/// The old ADR's text with its status pointing at `new`, or why not.
pub(super) fn mark_superseded(
    text: &str,
    dialect: Option<Dialect>,
    new: &Successor,
) -> Result<String, String> {
    let (bom, body) = match text.strip_prefix('\u{FEFF}') {
        Some(rest) => ("\u{FEFF}", rest),
        None => ("", text),
    };
    let eol = if body.contains("\r\n") { "\r\n" } else { "\n" };
    let mut lines: Vec<String> = body.lines().map(str::to_owned).collect();
    match dialect {
        Some(Dialect::Madr) => madr(&mut lines, new)?,
        Some(Dialect::Log4brains) => log4brains(&mut lines, new)?,
        Some(Dialect::Nygard) => nygard(&mut lines, new)?,
        None => {
            return Err("its format is not recognised (no front matter, `- Status:` list or `## Status` section)".to_owned());
        }
    }
    let mut out = format!("{bom}{}", lines.join(eol));
    if body.ends_with('\n') {
        out.push_str(eol);
    }
    Ok(out)
}

fn madr(lines: &mut Vec<String>, new: &Successor) -> Result<(), String> {
    let end = lines
        .iter()
        .skip(1)
        .position(|l| matches!(l.trim_end(), "---" | "..."))
        .filter(|_| lines.first().map(|l| l.trim_end()) == Some("---"))
        .ok_or("its front matter has no closing `---`")?;
    let status = format!("status: superseded by ADR-{:04}", new.number);
    match (1..=end).find(|&i| lines[i].starts_with("status:")) {
        Some(i) => lines[i] = status,
        None => lines.insert(1, status),
    }
    Ok(())
}

fn log4brains(lines: &mut Vec<String>, new: &Successor) -> Result<(), String> {
    let h1 = lines
        .iter()
        .position(|l| l.starts_with("# "))
        .ok_or("it has no `# ` title")?;
    let mut status = Md::lit("Status: superseded by ");
    status.push(&Md::link(&Md::text(new.title), new.file));
    let status = line(&status);
    let header_end = lines[h1..]
        .iter()
        .position(|l| l.starts_with("## "))
        .map_or(lines.len(), |i| i + h1);
    let existing = (h1 + 1..header_end).find(|&i| {
        let item = lines[i]
            .strip_prefix("- ")
            .or_else(|| lines[i].strip_prefix("* "));
        item.is_some_and(|rest| rest.to_ascii_lowercase().starts_with("status:"))
    });
    match existing {
        Some(i) => {
            let marker = &lines[i][..1];
            lines[i] = format!("{marker} {status}");
        }
        None => lines
            .splice(h1 + 1..h1 + 1, [String::new(), format!("- {status}")])
            .for_each(drop),
    }
    Ok(())
}

fn nygard(lines: &mut Vec<String>, new: &Successor) -> Result<(), String> {
    let start = lines
        .iter()
        .position(|l| l.trim_end() == "## Status")
        .ok_or("it has no `## Status` section")?;
    let end = lines[start + 1..]
        .iter()
        .position(|l| l.starts_with('#'))
        .map_or(lines.len(), |i| i + start + 1);
    let kept: Vec<String> = lines[start + 1..end]
        .iter()
        .filter(|l| l.contains("](") && !l.to_ascii_lowercase().starts_with("superceded by"))
        .cloned()
        .collect();
    let mut text = Md::fragment(&format!("{}. ", new.number));
    text.push_text(new.title);
    let mut status = Md::lit("Superceded by ");
    status.push(&Md::link(&text, new.file));
    let mut section = vec![String::new(), line(&status)];
    for link in kept {
        section.push(String::new());
        section.push(link);
    }
    section.push(String::new());
    lines.splice(start + 1..end, section).for_each(drop);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const NEW: Successor = Successor {
        number: 7,
        title: "Use <Z> | now",
        file: "0007-use-z-now.md",
    };

    #[test]
    fn madr_status_line_is_replaced() {
        let old = "---\nstatus: accepted\ndate: 2026-01-01\n---\n\n# Old\n\nstatus: text stays\n";
        let new = mark_superseded(old, Some(Dialect::Madr), &NEW).unwrap();
        assert_eq!(
            new,
            "---\nstatus: superseded by ADR-0007\ndate: 2026-01-01\n---\n\n# Old\n\nstatus: text stays\n"
        );
    }

    #[test]
    fn log4brains_status_keeps_its_marker_and_crlf() {
        let old = "# Old\r\n\r\n* Status: accepted\r\n* Date: 2026-01-01\r\n\r\n## Links\r\n";
        let new = mark_superseded(old, Some(Dialect::Log4brains), &NEW).unwrap();
        assert_eq!(
            new,
            "# Old\r\n\r\n* Status: superseded by [Use &lt;Z> \\| now](0007-use-z-now.md)\r\n* Date: 2026-01-01\r\n\r\n## Links\r\n"
        );
    }

    #[test]
    fn nygard_status_section_is_rewritten_and_links_kept() {
        let old = "# 2. Old\n\nDate: 2026-01-01\n\n## Status\n\nAccepted\n\nSupercedes [1. First](0001-first.md)\n\n## Context\n\nx\n";
        let new = mark_superseded(old, Some(Dialect::Nygard), &NEW).unwrap();
        assert_eq!(
            new,
            "# 2. Old\n\nDate: 2026-01-01\n\n## Status\n\nSuperceded by [7. Use &lt;Z> \\| now](0007-use-z-now.md)\n\nSupercedes [1. First](0001-first.md)\n\n## Context\n\nx\n"
        );
    }

    #[test]
    fn unknown_formats_are_refused() {
        assert!(mark_superseded("# Notes\n", None, &NEW).is_err());
        assert!(mark_superseded("# 1. Old\n", Some(Dialect::Nygard), &NEW).is_err());
    }
}
