//! `plinth adr doctor|status|index DIR`: check a folder of ADRs as the tools
//! that read them would, move one record's status on, and list the folder's
//! decisions as a table.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Subcommand;

use serde_json::json;

use super::date::is_iso_date;
use super::output::{OutputArgs, deliver};
use crate::export::adr::doctor::{dialect_label, doctor_with};
use crate::export::adr::index::{IndexWritten, index_rows, index_table, write_index};
use crate::export::adr::{NewStatus, change_status, scan_folder};

#[derive(Debug, Subcommand)]
pub enum AdrCommand {
    /// Report the folder's problems first, each with its severity and counted
    /// once (duplicate numbers, broken supersede links, unreadable files,
    /// names other tools skip, a status or date the dialect needs), then its
    /// notes (fields the dialect makes optional), then each file's dialect.
    /// Exits 1 on any problem; notes alone exit 0.
    Doctor {
        /// The ADR folder (default: the first of docs/decisions, docs/adr and
        /// doc/adr that exists, as `export adr` writes them).
        dir: Option<PathBuf>,
        /// Count notes as problems (exit 1 on a missing optional field too).
        #[arg(long)]
        strict: bool,
        /// Print JSON: `{"dir", "problems", "notes", "findings": [{"severity",
        /// "file", "message"}], "files": [{"name", "number", "dialect"}]}`.
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        output: OutputArgs,
    },
    /// Change the status of ADR N in its own dialect, leaving every other
    /// line as it is. `superseded --by M` also links ADR M back to N.
    Status {
        /// The ADR folder.
        dir: PathBuf,
        /// The ADR's number (from its file name).
        #[arg(value_name = "N")]
        number: u32,
        /// proposed, accepted, rejected, deprecated or superseded.
        #[arg(value_name = "STATUS")]
        status: String,
        /// With `superseded`: the number of the ADR that replaces it.
        #[arg(long, value_name = "M")]
        by: Option<u32>,
        /// Also set the record's date, YYYY-MM-DD (default: left as it is).
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
    },
    /// Print the folder's decisions as a Markdown table: number, title linked
    /// to the file, status, date, superseded by.
    Index {
        /// The ADR folder (default: the first of docs/decisions, docs/adr and
        /// doc/adr that exists).
        dir: Option<PathBuf>,
        /// Keep the table inside this existing README or index file, between
        /// `<!-- plinth:adr-index -->` and `<!-- /plinth:adr-index -->`
        /// (added at its end the first time).
        #[arg(long, value_name = "FILE", conflicts_with = "output")]
        write: Option<PathBuf>,
        /// Print JSON: `[{"number", "title", "file", "status", "date", "superseded_by"}]`.
        #[arg(long, conflicts_with = "write")]
        json: bool,
        #[command(flatten)]
        output: OutputArgs,
    },
}

/// The folders `export adr` writes to, by dialect, in the order looked for.
const DEFAULT_FOLDERS: [&str; 3] = ["docs/decisions", "docs/adr", "doc/adr"];

/// The folder given, or the first default folder that exists.
fn folder(dir: Option<&PathBuf>) -> Result<PathBuf, String> {
    if let Some(dir) = dir {
        return Ok(dir.clone());
    }
    DEFAULT_FOLDERS
        .iter()
        .map(PathBuf::from)
        .find(|dir| dir.is_dir())
        .ok_or_else(|| {
            format!(
                "no ADR folder here ({}); give the folder, e.g. `plinth adr doctor docs/adr`",
                DEFAULT_FOLDERS.join(", ")
            )
        })
}

pub fn run(command: &AdrCommand, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<ExitCode> {
    match command {
        AdrCommand::Doctor {
            dir,
            strict,
            json,
            output,
        } => {
            let dir = match folder(dir.as_ref()) {
                Ok(dir) => dir,
                Err(message) => return fail(err, &message),
            };
            deliver(output, out, err, |out, err| {
                doctor(&dir, *strict, *json, out, err)
            })
        }
        AdrCommand::Status {
            dir,
            number,
            status,
            by,
            date,
        } => set_status(dir, *number, status, *by, date.as_deref(), out, err),
        AdrCommand::Index {
            dir,
            write,
            json,
            output,
        } => {
            let dir = match folder(dir.as_ref()) {
                Ok(dir) => dir,
                Err(message) => return fail(err, &message),
            };
            deliver(output, out, err, |out, err| {
                index(&dir, write.as_deref(), *json, out, err)
            })
        }
    }
}

fn doctor(
    dir: &Path,
    strict: bool,
    json: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<ExitCode> {
    let report = match doctor_with(dir, strict) {
        Ok(report) => report,
        Err(e) => {
            let message = e.to_string();
            let message = if message.starts_with(&dir.display().to_string()) {
                message
            } else {
                format!("{}: {message}", dir.display())
            };
            return fail(err, &message);
        }
    };
    if json {
        let findings: Vec<_> = report
            .findings()
            .into_iter()
            .map(|(severity, file, what)| {
                json!({ "severity": severity.key(), "file": file, "message": what.to_string() })
            })
            .collect();
        let files: Vec<_> = report
            .files
            .iter()
            .map(|f| json!({ "name": f.name, "number": f.number, "dialect": dialect_label(f.dialect) }))
            .collect();
        let value = json!({
            "dir": report.dir.display().to_string(),
            "problems": report.problem_count(),
            "notes": report.note_count(),
            "findings": findings,
            "files": files,
        });
        writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&value).unwrap_or_default()
        )?;
    } else {
        write!(out, "{report}")?;
    }
    Ok(if report.is_clean() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
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
    json: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<ExitCode> {
    if !dir.is_dir() {
        return fail(
            err,
            &format!(
                "{}: not a folder (give the folder of the ADRs)",
                dir.display()
            ),
        );
    }
    let scan = match scan_folder(dir) {
        Ok(scan) => scan,
        Err(e) => return fail(err, &e.to_string()),
    };
    if json {
        let rows: Vec<_> = index_rows(&scan)
            .into_iter()
            .map(|r| {
                json!({
                    "number": r.number,
                    "title": r.title,
                    "file": r.file,
                    "status": r.status,
                    "date": r.date,
                    "superseded_by": r.superseded_by.map(|(number, file)| json!({ "number": number, "file": file })),
                })
            })
            .collect();
        writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&rows).unwrap_or_default()
        )?;
        return Ok(ExitCode::SUCCESS);
    }
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
