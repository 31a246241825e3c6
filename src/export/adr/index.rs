//! The folder's decisions as one Markdown table (`plinth adr index`, the
//! export dialog): number, title linked to its file, status, date and the
//! ADR that supersedes it. `--write` keeps the table between two marker
//! comments inside an existing README or index file; writing it again with
//! nothing changed leaves the file byte-for-byte as it was.

use std::fmt::Write as _;
use std::path::{Component, Path, PathBuf};

use super::folder::{AdrFolderError, ExistingAdr, FolderScan, io_error, replace};
use super::markdown::{Md, table_row};
use super::read::{SupersededBy, superseded_by};

/// The comment lines the table is kept between.
pub const START_MARKER: &str = "<!-- plinth:adr-index -->";
pub const END_MARKER: &str = "<!-- /plinth:adr-index -->";

/// One row of the index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexRow {
    pub number: Option<u32>,
    pub title: String,
    pub file: String,
    /// One lowercase word (`superseded` for any "superseded by …").
    pub status: Option<String>,
    pub date: Option<String>,
    /// The superseding ADR: its number (when known) and file.
    pub superseded_by: Option<(Option<u32>, String)>,
}

/// The rows of a scanned folder, by number (unnumbered ones last, by name).
pub fn index_rows(scan: &FolderScan) -> Vec<IndexRow> {
    let mut rows: Vec<IndexRow> = scan.adrs.iter().map(|a| row(scan, a)).collect();
    rows.sort_by(|a, b| {
        (a.number.is_none(), a.number, &a.file).cmp(&(b.number.is_none(), b.number, &b.file))
    });
    rows
}

fn row(scan: &FolderScan, adr: &ExistingAdr) -> IndexRow {
    let link = adr.status.as_deref().and_then(superseded_by);
    let superseded = link.and_then(|to| match to {
        SupersededBy::Number(n) => {
            let file = scan.adrs.iter().find(|a| a.number == Some(n))?.file_name();
            Some((Some(n), file))
        }
        SupersededBy::File(target) => {
            let file = target.split('#').next().unwrap_or_default().to_owned();
            let number = scan
                .adrs
                .iter()
                .find(|a| a.file_name() == file)
                .and_then(|a| a.number);
            Some((number, file))
        }
        SupersededBy::Unstated => None,
    });
    IndexRow {
        number: adr.number,
        title: adr.title.clone(),
        file: adr.file_name(),
        status: adr.status.as_deref().map(status_word),
        date: adr.date.clone(),
        superseded_by: superseded,
    }
}

/// `Accepted` -> `accepted`; `Superceded by [3. X](…)` -> `superseded`.
fn status_word(status: &str) -> String {
    if superseded_by(status).is_some() {
        return "superseded".to_owned();
    }
    status.trim().to_lowercase()
}

/// The Markdown table, links relative to `link_base` (the folder of the file
/// the table goes into; `None` for links relative to the ADR folder).
pub fn index_table(rows: &[IndexRow], dir: &Path, link_base: Option<&Path>) -> String {
    let prefix = link_base
        .map(|base| relative(base, dir))
        .unwrap_or_default();
    let href = |file: &str| {
        if prefix.as_os_str().is_empty() {
            file.to_owned()
        } else {
            format!("{}/{file}", prefix.display()).replace('\\', "/")
        }
    };
    let mut out = String::new();
    let header = ["Number", "Decision", "Status", "Date", "Superseded by"].map(Md::text);
    let _ = writeln!(out, "{}", table_row(&header));
    let _ = writeln!(out, "|---|---|---|---|---|");
    for row in rows {
        let number = row
            .number
            .map_or_else(Md::default, |n| Md::text(&format!("{n:04}")));
        let title = Md::link(&Md::text(&row.title), &href(&row.file));
        let by = row
            .superseded_by
            .as_ref()
            .map_or_else(Md::default, |(n, file)| {
                let name = n.map_or_else(|| file.clone(), |n| format!("ADR-{n:04}"));
                Md::link(&Md::text(&name), &href(file))
            });
        let cells = [
            number,
            title,
            Md::text(row.status.as_deref().unwrap_or_default()),
            Md::text(row.date.as_deref().unwrap_or_default()),
            by,
        ];
        let _ = writeln!(out, "{}", table_row(&cells));
    }
    if rows.is_empty() {
        let _ = writeln!(
            out,
            "{}",
            table_row(&[
                Md::default(),
                Md::text("No ADR yet"),
                Md::default(),
                Md::default(),
                Md::default()
            ])
        );
    }
    out
}

/// `target` relative to `base` (both made absolute first).
fn relative(base: &Path, target: &Path) -> PathBuf {
    let absolute = crate::storage::canonical_path;
    let (base, target) = (absolute(base), absolute(target));
    let base: Vec<Component> = base.components().collect();
    let target: Vec<Component> = target.components().collect();
    let common = base.iter().zip(&target).take_while(|(a, b)| a == b).count();
    let mut out = PathBuf::new();
    for _ in common..base.len() {
        out.push("..");
    }
    for part in &target[common..] {
        out.push(part);
    }
    out
}

/// What writing the index did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IndexWritten {
    /// The table between the markers changed.
    Updated,
    /// The markers were missing: they and the table were added at the end.
    Added,
    /// The file already held this table.
    Unchanged,
}

/// `text` with `table` between the markers (added at the end when missing).
pub fn with_index(text: &str, table: &str) -> (String, IndexWritten) {
    let eol = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let table = table.trim_end().replace('\n', eol);
    let block = format!("{START_MARKER}{eol}{eol}{table}{eol}{eol}{END_MARKER}");
    let start = text.find(START_MARKER);
    let end = start.and_then(|s| text[s..].find(END_MARKER).map(|e| s + e + END_MARKER.len()));
    match (start, end) {
        (Some(start), Some(end)) => {
            let out = format!("{}{block}{}", &text[..start], &text[end..]);
            let how = if out == text {
                IndexWritten::Unchanged
            } else {
                IndexWritten::Updated
            };
            (out, how)
        }
        _ => {
            let trimmed = text.trim_end_matches(['\n', '\r']);
            let gap = if trimmed.is_empty() {
                String::new()
            } else {
                format!("{eol}{eol}")
            };
            (format!("{trimmed}{gap}{block}{eol}"), IndexWritten::Added)
        }
    }
}

/// Puts the index of `dir` into the existing file `file`.
pub fn write_index(
    dir: &Path,
    scan: &FolderScan,
    file: &Path,
) -> Result<IndexWritten, AdrFolderError> {
    let bytes = std::fs::read(file).map_err(io_error(file))?;
    let text = String::from_utf8(bytes).map_err(|_| AdrFolderError::CannotChangeStatus {
        file: file.to_path_buf(),
        reason: "it is not UTF-8 text; the index is not written into it".to_owned(),
    })?;
    let base = file
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let table = index_table(&index_rows(scan), dir, Some(base));
    let (new, how) = with_index(&text, &table);
    if how != IndexWritten::Unchanged {
        replace(file, &new)?;
    }
    Ok(how)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_goes_between_the_markers_once() {
        let table = "| a |\n|---|\n";
        let text = format!("# Decisions\n\n{START_MARKER}\nold\n{END_MARKER}\n\nAfter.\n");
        let (once, how) = with_index(&text, table);
        assert_eq!(how, IndexWritten::Updated);
        assert_eq!(
            once,
            format!("# Decisions\n\n{START_MARKER}\n\n| a |\n|---|\n\n{END_MARKER}\n\nAfter.\n")
        );
        assert_eq!(
            with_index(&once, table),
            (once.clone(), IndexWritten::Unchanged)
        );
        let (added, how) = with_index("# Decisions\r\n", table);
        assert_eq!(how, IndexWritten::Added);
        assert_eq!(
            added,
            format!(
                "# Decisions\r\n\r\n{START_MARKER}\r\n\r\n| a |\r\n|---|\r\n\r\n{END_MARKER}\r\n"
            )
        );
        assert_eq!(with_index(&added, table).1, IndexWritten::Unchanged);
    }

    #[test]
    fn statuses_read_as_one_word() {
        assert_eq!(status_word("Accepted"), "accepted");
        assert_eq!(status_word("Superceded by [3. X](0003-x.md)"), "superseded");
        assert_eq!(status_word("superseded by ADR-0004"), "superseded");
    }

    #[test]
    fn links_are_relative_to_the_index_file() {
        assert_eq!(
            relative(Path::new("/a/b"), Path::new("/a/b/c")),
            PathBuf::from("c")
        );
        assert_eq!(
            relative(Path::new("/a/x"), Path::new("/a/b")),
            PathBuf::from("../b")
        );
    }
}
