//! `plinth import mermaid FILE [-o WORKSPACE|-] [--quiet] [--explain]`: a
//! hand-drawn or exported flowchart becomes a workspace with one candidate.
//!
//! What was guessed (a shape or a word read as a database, an arrow read
//! as a write) is noted on standard error; `--explain` prints what every
//! node, edge and dropped line became.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Subcommand;

use super::output::Output;
use super::plural::count;
use crate::catalog::Catalog;
use crate::import::mermaid::{MermaidImport, import_mermaid};
use crate::workspace::{Workspace, file};

#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// Read a mermaid flowchart; shapes, words and arrows give nodes and
    /// edges their kinds, and nodes named like a pattern become that pattern.
    ///
    /// Unsupported lines are reported with their line number, and what was
    /// guessed is noted on standard error.
    Mermaid {
        /// The flowchart file; `-` reads standard input.
        file: PathBuf,
        /// The workspace file to write; `-` or none prints the workspace.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Replace the workspace file when it exists.
        #[arg(long)]
        force: bool,
        /// Do not print the notes on what was guessed.
        #[arg(short, long)]
        quiet: bool,
        /// Print what each line became (every node, edge and dropped line)
        /// instead of the workspace; with `-o FILE` the file is written too,
        /// with `-o -` the table goes to standard error.
        #[arg(long)]
        explain: bool,
    },
}

pub fn run(
    command: &ImportCommand,
    catalog: &Catalog,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<ExitCode> {
    let ImportCommand::Mermaid {
        file: path,
        output,
        force,
        quiet,
        explain,
    } = command;
    let name = super::input::display_name(path);
    let text = match super::read_text(path) {
        Ok(text) => text,
        Err(message) => {
            writeln!(err, "error: {message}")?;
            return Ok(ExitCode::FAILURE);
        }
    };
    let title = match path.file_stem() {
        Some(stem) if name != "<stdin>" => stem.to_string_lossy().into_owned(),
        _ => "Imported".to_owned(),
    };
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
    if !quiet && !explain {
        for note in import.guesses() {
            writeln!(err, "note: {name}: {note}")?;
        }
    }
    let summary = format!(
        "{}, {}, {} recognised",
        count(import.candidate.node_count(), "node", "nodes"),
        count(import.candidate.edge_count(), "edge", "edges"),
        count(import.candidate.pattern_ids().len(), "pattern", "patterns")
    );
    let target = Output::from_arg(output.as_deref());
    if *explain {
        let table = explain_table(&import);
        match (target, output) {
            (Output::Stdout, Some(_)) => write!(err, "{table}")?,
            _ => write!(out, "{table}")?,
        }
    }
    ws.push_candidate(import.candidate);
    match target {
        Output::Stdout if *explain && output.is_none() => {}
        Output::Stdout => {
            let text = file::to_ron(&ws).map_err(|p| io::Error::other(p.to_string()))?;
            write!(out, "{text}")?;
        }
        Output::File(target) => {
            let text = file::to_ron(&ws).map_err(|p| io::Error::other(p.to_string()))?;
            if let Err(message) = super::output::write_file(target, text.as_bytes(), *force) {
                writeln!(err, "error: {message}")?;
                return Ok(ExitCode::FAILURE);
            }
            writeln!(out, "wrote {} ({summary})", target.display())?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// One row per node, edge and dropped line, in line order: `~` marks a
/// guess, `!` a line (or part of one) that was dropped.
fn explain_table(import: &MermaidImport) -> String {
    let mut rows: Vec<(usize, String)> = import
        .notes
        .iter()
        .map(|n| {
            let mark = if n.guessed { '~' } else { ' ' };
            (n.line, format!("{mark} {:<28} {}", n.source, n.message))
        })
        .collect();
    rows.extend(
        import
            .warnings
            .iter()
            .map(|w| (w.line, format!("! {:<28} {}", "(dropped)", w.message))),
    );
    rows.sort_by_key(|(line, _)| *line);
    let mut table = String::from("line  what                           became\n");
    for (line, row) in rows {
        table.push_str(&format!("{line:>4}  {row}\n"));
    }
    table.push_str("(~ inferred from shapes, words or what an arrow connects; ! dropped)\n");
    table
}
