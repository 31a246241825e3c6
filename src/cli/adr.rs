//! `plinth adr doctor DIR`: checks a folder of ADRs as the tools that read them would.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Subcommand;

use crate::export::adr::doctor;

#[derive(Debug, Subcommand)]
pub enum AdrCommand {
    /// Report duplicate numbers, missing status or date, broken supersede links,
    /// file names other tools skip, and each file's dialect. Exits 1 on any problem.
    Doctor { dir: PathBuf },
}

pub fn run(command: &AdrCommand, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<ExitCode> {
    let AdrCommand::Doctor { dir } = command;
    match doctor(dir) {
        Ok(report) => {
            write!(out, "{report}")?;
            Ok(if report.is_clean() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
        Err(e) => {
            writeln!(err, "error: {}: {e}", dir.display())?;
            Ok(ExitCode::FAILURE)
        }
    }
}
