//! `plinth export adr|mermaid|table|svg|png|report`: the decision record, the
//! diagram, the comparison table, the pictures and the decision report,
//! exactly as the window's export dialog produces them. Every export scores
//! the workspace, so each takes the context options of `score`.

mod adr;
mod picture;
mod report;
mod table;

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Subcommand};

use super::input::{ContextArgs, load_workspace};
use super::output::{OutputArgs, deliver};
use crate::catalog::Catalog;
use crate::evaluate::evaluate;
use crate::export::mermaid::{Direction, MermaidOptions, candidate_to_mermaid, mermaid_limits};
use crate::workspace::Workspace;

pub use adr::AdrArgs;
pub use picture::{PictureArgs, PngArgs};
pub use report::ReportArgs;
pub use table::TableArgs;

/// What every export reads: the workspace and the context to score it with.
#[derive(Debug, Args)]
pub struct Source {
    /// The workspace file; `-` reads standard input.
    pub workspace: PathBuf,
    #[command(flatten)]
    pub context: ContextArgs,
}

#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// Write an Architecture Decision Record generated from the workspace.
    ///
    /// The next free number in the folder is used; nothing is overwritten,
    /// and an unchanged decision is not written twice.
    Adr(AdrArgs),
    /// Print or write the mermaid flowchart of one candidate (default: the winner).
    Mermaid(MermaidArgs),
    /// Print or write the Markdown comparison table of scores, with the
    /// context it was scored with and the datum comparison.
    Table(TableArgs),
    /// Print or write the picture of one candidate as a self-contained SVG
    /// (default: the winner), drawn as the canvas draws it.
    Svg(PictureArgs),
    /// Write the picture of one candidate as PNG (the SVG, rasterised).
    Png(PngArgs),
    /// Write the decision report: one self-contained HTML file (decision,
    /// candidates, comparison, sensitivity, ADR, patterns used).
    Report(ReportArgs),
}

#[derive(Debug, Args)]
pub struct MermaidArgs {
    #[command(flatten)]
    pub source: Source,
    /// The candidate's name (default: the winner).
    #[arg(long, value_name = "NAME")]
    pub candidate: Option<String>,
    /// LR (left to right, default) or TB (top to bottom).
    #[arg(long, default_value = "LR", value_parser = parse_direction)]
    pub direction: Direction,
    #[command(flatten)]
    pub output: OutputArgs,
}

fn parse_direction(text: &str) -> Result<Direction, String> {
    match text.to_ascii_uppercase().as_str() {
        "LR" => Ok(Direction::LeftRight),
        "TB" | "TD" => Ok(Direction::TopBottom),
        _ => Err(format!("unknown direction `{text}`; use LR or TB")),
    }
}

impl ExportCommand {
    fn source(&self) -> &Source {
        match self {
            Self::Adr(args) => &args.source,
            Self::Mermaid(args) => &args.source,
            Self::Table(args) => &args.source,
            Self::Svg(args) => &args.source,
            Self::Png(args) => &args.picture.source,
            Self::Report(args) => &args.source,
        }
    }
}

pub fn run(
    command: &ExportCommand,
    catalog: &Catalog,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<ExitCode> {
    let Some(ws) = read_source(command.source(), catalog, err)? else {
        return Ok(ExitCode::FAILURE);
    };
    let needs_candidates = !matches!(command, ExportCommand::Adr(_));
    if needs_candidates && ws.candidates().is_empty() {
        let path = command.source().workspace.display();
        writeln!(
            err,
            "error: {path}: the workspace has no candidate design yet; draw one in the window (plinth {path})"
        )?;
        return Ok(ExitCode::FAILURE);
    }
    match command {
        ExportCommand::Adr(args) => adr::run(args, &ws, catalog, out, err),
        ExportCommand::Mermaid(args) => deliver(&args.output, out, err, |out, err| {
            mermaid(args, &ws, catalog, out, err)
        }),
        ExportCommand::Table(args) => table::run(args, &ws, catalog, out, err),
        ExportCommand::Svg(args) => picture::run(args, None, &ws, catalog, out, err),
        ExportCommand::Png(args) => {
            picture::run(&args.picture, Some(args.scale), &ws, catalog, out, err)
        }
        ExportCommand::Report(args) => report::run(args, &ws, catalog, out, err),
    }
}

/// The workspace with the context options applied; problems are printed
/// (unknown pattern ids as warnings) and `None` returned on an error.
fn read_source(
    source: &Source,
    catalog: &Catalog,
    err: &mut dyn Write,
) -> io::Result<Option<Workspace>> {
    let (mut ws, unknown) = match load_workspace(&source.workspace, catalog) {
        Ok(loaded) => loaded,
        Err(message) => {
            writeln!(err, "error: {message}")?;
            return Ok(None);
        }
    };
    for problem in &unknown {
        writeln!(err, "warning: {problem}")?;
    }
    ws.context = source.context.apply(ws.context.clone());
    if let Some(problem) = ws.context.problems().first() {
        writeln!(err, "error: {problem}")?;
        return Ok(None);
    }
    Ok(Some(ws))
}

/// The candidate called `name`, or the winner; the error lists the names.
fn chosen<'w>(
    ws: &'w Workspace,
    catalog: &Catalog,
    name: Option<&str>,
) -> Result<&'w crate::design::Candidate, String> {
    let found = match name {
        Some(name) => ws.candidate_named(name),
        None => evaluate(ws, catalog)
            .scores
            .first()
            .and_then(|s| ws.candidate(s.candidate)),
    };
    found.ok_or_else(|| {
        let names: Vec<&str> = ws.candidates().iter().map(|c| c.name.as_str()).collect();
        format!(
            "no candidate `{}`; the candidates are: {}",
            name.unwrap_or(""),
            names.join(", ")
        )
    })
}

fn mermaid(
    args: &MermaidArgs,
    ws: &Workspace,
    catalog: &Catalog,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<ExitCode> {
    let candidate = match chosen(ws, catalog, args.candidate.as_deref()) {
        Ok(candidate) => candidate,
        Err(message) => {
            writeln!(err, "error: {message}")?;
            return Ok(ExitCode::FAILURE);
        }
    };
    let options = MermaidOptions {
        direction: args.direction,
        title: None,
    };
    let text = candidate_to_mermaid(candidate, catalog, &options);
    for warning in mermaid_limits(&text, candidate.edge_count()) {
        writeln!(err, "warning: {warning}")?;
    }
    write!(out, "{text}")?;
    Ok(ExitCode::SUCCESS)
}
