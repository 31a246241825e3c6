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
use super::lines::{edit_lines, set_front_field};
use super::markdown::{Md, line};
use super::status::{set_header_item, set_nygard_status};

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
    edit_lines(text, |lines| {
        match dialect {
        Some(Dialect::Madr) => {
            madr(lines, new);
            Ok(())
        }
        Some(Dialect::Log4brains) => log4brains(lines, new),
        Some(Dialect::Nygard) => nygard(lines, new),
        None => Err("its format is not recognised (no front matter, `- Status:` list or `## Status` section)".to_owned()),
    }
    })
}

fn madr(lines: &mut Vec<String>, new: &Successor) {
    let status = format!("superseded by ADR-{:04}", new.number);
    set_front_field(lines, "status", &status, None);
}

fn log4brains(lines: &mut Vec<String>, new: &Successor) -> Result<(), String> {
    let mut status = Md::lit("Status: superseded by ");
    status.push(&Md::link(&Md::text(new.title), new.file));
    set_header_item(lines, "status", &line(&status))
}

fn nygard(lines: &mut Vec<String>, new: &Successor) -> Result<(), String> {
    let mut text = Md::fragment(&format!("{}. ", new.number));
    text.push_text(new.title);
    let mut status = Md::lit("Superceded by ");
    status.push(&Md::link(&text, new.file));
    set_nygard_status(lines, &line(&status))
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
        assert_eq!(
            mark_superseded("# Old\n", Some(Dialect::Madr), &NEW).unwrap(),
            "---\nstatus: superseded by ADR-0007\n---\n\n# Old\n",
            "a MADR record without front matter gets one"
        );
    }
}
