//! `plinth adr doctor|status|index DIR`: check a folder of ADRs as the tools
//! that read them would, move one record's status on, and list the folder's
//! decisions as a table.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Subcommand;

use super::date::is_iso_date;
use crate::export::adr::doctor::doctor_with;
use crate::export::adr::index::{IndexWritten, index_rows, index_table, write_index};
use crate::export::adr::{NewStatus, change_status, scan_folder};

#[derive(Debug, Subcommand)]
pub enum AdrCommand {
    /// Report each file's dialect, its problems (duplicate numbers, broken
    /// supersede links, unreadable files, names other tools skip, a status or
    /// date the dialect needs) and its notes (fields the dialect makes
    /// optional). Exits 1 on any problem; notes alone exit 0.
    Doctor {
        dir: PathBuf,
        /// Count notes as problems (exit 1 on a missing optional field too).
        #[arg(long)]
        strict: bool,
    },
    /// Change the status of ADR N in its own dialect, leaving every other
    /// line as it is. `superseded --by M` also links ADR M back to N.
    Status {
        dir: PathBuf,
        /// The ADR's number (from its file name).
        number: u32,
        /// proposed, accepted, rejected, deprecated or superseded.
        status: String,
        /// With `superseded`: the number of the ADR that replaces it.
        #[arg(long, value_name = "M")]
        by: Option<u32>,
        /// Also set the record's date, YYYY-MM-DD (default: left as it is).
        #[arg(long)]
        date: Option<String>,
    },
    /// Print the folder's decisions as a Markdown table: number, title linked
    /// to the file, status, date, superseded by.
    Index {
        dir: PathBuf,
        /// Keep the table inside this existing README or index file, between
        /// `<!-- plinth:adr-index -->` and `<!-- /plinth:adr-index -->`
        /// (added at its end the first time).
        #[arg(long, value_name = "FILE")]
        write: Option<PathBuf>,
    },
}

pub fn run(command: &AdrCommand, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<ExitCode> {
    match command {
        AdrCommand::Doctor { dir, strict } => match doctor_with(dir, *strict) {
            Ok(report) => {
                write!(out, "{report}")?;
                Ok(if report.is_clean() {
                    ExitCode::SUCCESS
                } else {
                    ExitCode::FAILURE
                })
            }
            Err(e) => fail(err, &format!("{}: {e}", dir.display())),
        },
        AdrCommand::Status {
            dir,
            number,
            status,
            by,
            date,
        } => set_status(dir, *number, status, *by, date.as_deref(), out, err),
        AdrCommand::Index { dir, write } => index(dir, write.as_deref(), out, err),
    }
}

fn fail(err: &mut dyn Write, message: &str) -> io::Result<ExitCode> {
    writeln!(err, "error: {message}")?;
    Ok(ExitCode::FAILURE)
}

fn set_status(
    dir: &Path,
    number: u32,
    status: &str,
    by: Option<u32>,
    date: Option<&str>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<ExitCode> {
    let new = match NewStatus::parse(status, by) {
        Ok(new) => new,
        Err(message) => return fail(err, &message),
    };
    if let Some(date) = date.filter(|d| !is_iso_date(d)) {
        return fail(err, &format!("the date `{date}` is not YYYY-MM-DD"));
    }
    match change_status(dir, number, new, date) {
        Ok(changed) => {
            writeln!(out, "ADR {number} is now {new}: {}", changed.file.display())?;
            if let Some(successor) = changed.successor {
                writeln!(out, "linked back from {}", successor.display())?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => fail(err, &e.to_string()),
    }
}

fn index(
    dir: &Path,
    write: Option<&Path>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<ExitCode> {
    if !dir.is_dir() {
        return fail(err, &format!("{}: not a folder", dir.display()));
    }
    let scan = match scan_folder(dir) {
        Ok(scan) => scan,
        Err(e) => return fail(err, &e.to_string()),
    };
    let Some(file) = write else {
        write!(out, "{}", index_table(&index_rows(&scan), dir, None))?;
        return Ok(ExitCode::SUCCESS);
    };
    match write_index(dir, &scan, file) {
        Ok(how) => {
            let what = match how {
                IndexWritten::Updated => "updated the index in",
                IndexWritten::Added => "added the index to",
                IndexWritten::Unchanged => "the index is up to date in",
            };
            writeln!(out, "{what} {}", file.display())?;
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => fail(err, &e.to_string()),
    }
}
