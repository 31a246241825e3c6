//! Records that live on: changing the status of an ADR already in a folder
//! (`plinth adr status`, the export dialog). Superseding writes both links,
//! as `write_adr` does for a new ADR: the old record's status points at its
//! successor and the successor links back. Files are rewritten through a
//! temporary file and a rename; a record that is not UTF-8 text is refused
//! rather than rewritten with replacement characters.

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use super::folder::{AdrFolderError, ExistingAdr, find_one, io_error, replace, scan_folder};
use super::status::{Predecessor, add_supersedes_link, set_date, set_status};
use super::supersede::{Successor, mark_superseded};
use crate::workspace::Status;

/// The status a record gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NewStatus {
    /// Proposed, accepted, rejected or deprecated.
    Plain(Status),
    /// Superseded by the ADR with this number (in the same folder).
    SupersededBy(u32),
}

impl NewStatus {
    /// From the command line's words: `superseded` needs `by`, the others
    /// refuse it.
    pub fn parse(word: &str, by: Option<u32>) -> Result<Self, String> {
        let key = word.trim().to_ascii_lowercase();
        let status = Status::ALL
            .into_iter()
            .find(|s| s.key() == key || (key == "superceded" && *s == Status::Superseded))
            .ok_or_else(|| {
                format!("unknown status `{word}`: use proposed, accepted, rejected, deprecated or superseded")
            })?;
        match (status, by) {
            (Status::Superseded, Some(n)) => Ok(Self::SupersededBy(n)),
            (Status::Superseded, None) => {
                Err("`superseded` needs the number of the ADR that replaces it (--by N)".to_owned())
            }
            (other, None) => Ok(Self::Plain(other)),
            (other, Some(_)) => Err(format!(
                "--by goes with `superseded` only, not `{}`",
                other.key()
            )),
        }
    }
}

impl fmt::Display for NewStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Plain(status) => f.write_str(status.key()),
            Self::SupersededBy(n) => write!(f, "superseded by ADR {n}"),
        }
    }
}

/// The files a status change rewrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusChanged {
    pub file: PathBuf,
    /// The superseding ADR, which now links back.
    pub successor: Option<PathBuf>,
}

/// Sets the status (and, when given, the date) of ADR `number` in `dir`.
pub fn change_status(
    dir: &Path,
    number: u32,
    new: NewStatus,
    date: Option<&str>,
) -> Result<StatusChanged, AdrFolderError> {
    let scan = scan_folder(dir)?;
    let adr = find_one(dir, &scan, number)?;
    let text = read_utf8(adr)?;
    let refused = |adr: &ExistingAdr| {
        let file = adr.file.clone();
        move |reason| AdrFolderError::CannotChangeStatus { file, reason }
    };
    match new {
        NewStatus::Plain(status) => {
            let changed = set_status(&text, adr.dialect, status, date).map_err(refused(adr))?;
            replace(&adr.file, &changed)?;
            Ok(StatusChanged {
                file: adr.file.clone(),
                successor: None,
            })
        }
        NewStatus::SupersededBy(by) => {
            if by == number {
                return Err(refused(adr)("an ADR cannot supersede itself".to_owned()));
            }
            let successor = find_one(dir, &scan, by)?;
            let successor_text = read_utf8(successor)?;
            let new_file = successor.file_name();
            let marked = mark_superseded(
                &text,
                adr.dialect,
                &Successor {
                    number: by,
                    title: &successor.title,
                    file: &new_file,
                },
            );
            let marked = match date {
                Some(date) => marked.and_then(|t| set_date(&t, adr.dialect, date)),
                None => marked,
            }
            .map_err(refused(adr))?;
            let old_file = adr.file_name();
            let linked = add_supersedes_link(
                &successor_text,
                successor.dialect,
                &Predecessor {
                    number: adr.number,
                    title: &adr.title,
                    file: &old_file,
                },
            )
            .map_err(refused(successor))?;
            replace(&successor.file, &linked)?;
            if let Err(e) = replace(&adr.file, &marked) {
                let _ = replace(&successor.file, &successor_text);
                return Err(e);
            }
            Ok(StatusChanged {
                file: adr.file.clone(),
                successor: Some(successor.file.clone()),
            })
        }
    }
}

fn read_utf8(adr: &ExistingAdr) -> Result<String, AdrFolderError> {
    let bytes = fs::read(&adr.file).map_err(io_error(&adr.file))?;
    String::from_utf8(bytes).map_err(|_| AdrFolderError::CannotChangeStatus {
        file: adr.file.clone(),
        reason: "it is not UTF-8 text; it is left as it is".to_owned(),
    })
}
