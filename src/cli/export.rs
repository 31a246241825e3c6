//! `plinth export adr|mermaid|table`: the decision record, the diagram and
//! the comparison table, exactly as the window's export dialog produces them.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Subcommand;

use super::date::{is_iso_date, today};
use crate::catalog::Catalog;
use crate::evaluate::evaluate;
use crate::export::adr::{AdrSource, Dialect, default_folder, render_adr, scan_folder, write_adr};
use crate::export::mermaid::{Direction, MermaidOptions, candidate_to_mermaid, mermaid_limits};
use crate::export::table::comparison_table;
use crate::storage;
use crate::workspace::Workspace;

#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// Write an Architecture Decision Record generated from the workspace.
    ///
    /// The next free number in the folder is used; nothing is overwritten.
    Adr {
        workspace: PathBuf,
        /// madr (MADR 4, default), log4brains, or nygard (adr-tools).
        #[arg(long, default_value = "madr", value_parser = parse_dialect)]
        dialect: Dialect,
        /// The ADR folder (default: docs/decisions, docs/adr or doc/adr by dialect).
        #[arg(long)]
        dir: Option<PathBuf>,
        /// The number of an ADR in the folder that this one supersedes (both get links).
        #[arg(long, value_name = "N")]
        supersedes: Option<u32>,
        /// Print the ADR instead of writing a file.
        #[arg(long)]
        stdout: bool,
        /// The ADR's date, YYYY-MM-DD (default: the decision's date, else today).
        #[arg(long)]
        date: Option<String>,
    },
    /// Print or write the mermaid flowchart of one candidate (default: the winner).
    Mermaid {
        workspace: PathBuf,
        /// The candidate's name.
        #[arg(long)]
        candidate: Option<String>,
        /// LR (left to right, default) or TB (top to bottom).
        #[arg(long, default_value = "LR", value_parser = parse_direction)]
        direction: Direction,
        /// Write to this file instead of printing (it must not exist).
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Print the Markdown comparison table of scores.
    Table { workspace: PathBuf },
}

fn parse_dialect(text: &str) -> Result<Dialect, String> {
    text.parse()
        .map_err(|_| format!("unknown dialect `{text}`; use madr, log4brains or nygard"))
}

fn parse_direction(text: &str) -> Result<Direction, String> {
    match text.to_ascii_uppercase().as_str() {
        "LR" => Ok(Direction::LeftRight),
        "TB" | "TD" => Ok(Direction::TopBottom),
        _ => Err(format!("unknown direction `{text}`; use LR or TB")),
    }
}

pub fn run(
    command: &ExportCommand,
    catalog: &Catalog,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<ExitCode> {
    let path = match command {
        ExportCommand::Adr { workspace, .. }
        | ExportCommand::Mermaid { workspace, .. }
        | ExportCommand::Table { workspace } => workspace,
    };
    let ws = match storage::load_workspace(path) {
        Ok(ws) => ws,
        Err(problem) => {
            writeln!(err, "error: {problem}")?;
            return Ok(ExitCode::FAILURE);
        }
    };
    let needs_candidates = !matches!(command, ExportCommand::Adr { .. });
    if needs_candidates && ws.candidates().is_empty() {
        writeln!(
            err,
            "error: {}: the workspace has no candidate design yet; draw one in the window (plinth {})",
            path.display(),
            path.display()
        )?;
        return Ok(ExitCode::FAILURE);
    }
    match command {
        ExportCommand::Adr {
            dialect,
            dir,
            supersedes,
            stdout,
            date,
            ..
        } => {
            let options = AdrOptions {
                dialect: *dialect,
                dir: dir
                    .clone()
                    .unwrap_or_else(|| PathBuf::from(default_folder(*dialect))),
                supersedes: *supersedes,
                to_stdout: *stdout,
                date: date.clone(),
            };
            adr(&ws, catalog, &options, out, err)
        }
        ExportCommand::Mermaid {
            candidate,
            direction,
            output,
            ..
        } => mermaid(
            &ws,
            catalog,
            candidate.as_deref(),
            *direction,
            output.as_deref(),
            out,
            err,
        ),
        ExportCommand::Table { .. } => {
            write!(out, "{}", comparison_table(&evaluate(&ws, catalog)))?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

struct AdrOptions {
    dialect: Dialect,
    dir: PathBuf,
    supersedes: Option<u32>,
    to_stdout: bool,
    date: Option<String>,
}

fn adr(
    ws: &Workspace,
    catalog: &Catalog,
    options: &AdrOptions,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<ExitCode> {
    let date = options
        .date
        .clone()
        .or_else(|| Some(ws.decision.date.clone()).filter(|d| is_iso_date(d)))
        .unwrap_or_else(today);
    if !is_iso_date(&date) {
        writeln!(err, "error: the date `{date}` is not YYYY-MM-DD")?;
        return Ok(ExitCode::FAILURE);
    }
    let ranking = evaluate(ws, catalog);
    let diagram = ranking
        .winner()
        .and_then(|w| ws.candidate(w.candidate))
        .map(|c| candidate_to_mermaid(c, catalog, &MermaidOptions::default()));
    let source = AdrSource {
        workspace: ws,
        catalog,
        ranking: &ranking,
        date: &date,
        diagram: diagram.as_deref(),
    };
    if options.to_stdout {
        let number = scan_folder(&options.dir).map_or(1, |scan| scan.next_number);
        write!(
            out,
            "{}",
            render_adr(&source.numbered(number, None), options.dialect)
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    match write_adr(&options.dir, &source, options.dialect, options.supersedes) {
        Ok(written) => {
            for (number, files) in &written.duplicates {
                let names: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
                writeln!(
                    err,
                    "warning: ADR number {number} is used by several files: {}",
                    names.join(", ")
                )?;
            }
            writeln!(
                out,
                "wrote ADR {} to {}",
                written.number,
                written.path.display()
            )?;
            if let Some(old) = &written.superseded {
                writeln!(out, "marked {} as superseded", old.display())?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            writeln!(err, "error: {e}")?;
            Ok(ExitCode::FAILURE)
        }
    }
}

fn mermaid(
    ws: &Workspace,
    catalog: &Catalog,
    name: Option<&str>,
    direction: Direction,
    output: Option<&Path>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<ExitCode> {
    let ranking = evaluate(ws, catalog);
    let candidate = match name {
        Some(name) => ws.candidate_named(name),
        None => ranking
            .scores
            .first()
            .and_then(|s| ws.candidate(s.candidate)),
    };
    let Some(candidate) = candidate else {
        let names: Vec<&str> = ws.candidates().iter().map(|c| c.name.as_str()).collect();
        writeln!(
            err,
            "error: no candidate `{}`; the candidates are: {}",
            name.unwrap_or(""),
            names.join(", ")
        )?;
        return Ok(ExitCode::FAILURE);
    };
    let text = candidate_to_mermaid(
        candidate,
        catalog,
        &MermaidOptions {
            direction,
            title: None,
        },
    );
    for warning in mermaid_limits(&text, candidate.edge_count()) {
        writeln!(err, "warning: {warning}")?;
    }
    match output {
        None => write!(out, "{text}")?,
        Some(path) => {
            if let Err(e) = crate::storage::atomic::create_new(path, text.as_bytes()) {
                writeln!(err, "error: {}: {e}", path.display())?;
                return Ok(ExitCode::FAILURE);
            }
            writeln!(
                out,
                "wrote the mermaid diagram of {} to {}",
                candidate.name,
                path.display()
            )?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
