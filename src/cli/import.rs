//! `plinth import mermaid FILE [-o WORKSPACE]`: a hand-drawn or exported
//! flowchart becomes a workspace with one candidate.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Subcommand;

use crate::catalog::Catalog;
use crate::import::mermaid::import_mermaid;
use crate::storage;
use crate::workspace::{Workspace, file};

#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// Read a mermaid flowchart; nodes named like a pattern become that pattern.
    ///
    /// Unsupported lines are reported with their line number.
    Mermaid {
        file: PathBuf,
        /// The workspace file to write (it must not exist); without it the
        /// workspace is printed.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
}

pub fn run(
    command: &ImportCommand,
    catalog: &Catalog,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<ExitCode> {
    let ImportCommand::Mermaid { file: path, output } = command;
    let name = path.display().to_string();
    let text = match super::read_text(path) {
        Ok(text) => text,
        Err(message) => {
            writeln!(err, "error: {message}")?;
            return Ok(ExitCode::FAILURE);
        }
    };
    let title = path.file_stem().map_or_else(
        || "Imported".to_owned(),
        |s| s.to_string_lossy().into_owned(),
    );
    let mut ws = Workspace::new(&title);
    let import = match import_mermaid(&text, &title, catalog, ws.fresh_id()) {
        Ok(import) => import,
        Err(e) => {
            writeln!(err, "error: {name}: {e}")?;
            return Ok(ExitCode::FAILURE);
        }
    };
    for warning in &import.warnings {
        writeln!(err, "warning: {name}: {warning}")?;
    }
    let summary = format!(
        "{} node(s), {} edge(s), {} pattern(s) recognised",
        import.candidate.node_count(),
        import.candidate.edge_count(),
        import.candidate.pattern_ids().len()
    );
    ws.push_candidate(import.candidate);
    match output {
        None => {
            let text = file::to_ron(&ws).map_err(|p| io::Error::other(p.to_string()))?;
            write!(out, "{text}")?;
        }
        Some(target) if target.exists() => {
            writeln!(
                err,
                "error: {} already exists; nothing was overwritten",
                target.display()
            )?;
            return Ok(ExitCode::FAILURE);
        }
        Some(target) => {
            if let Err(problem) = storage::save_workspace(target, &ws) {
                writeln!(err, "error: {problem}")?;
                return Ok(ExitCode::FAILURE);
            }
            writeln!(out, "wrote {} ({summary})", target.display())?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
