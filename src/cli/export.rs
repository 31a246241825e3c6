//! `plinth export adr|mermaid|table`: the decision record, the diagram and
//! the comparison table, exactly as the window's export dialog produces them.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Subcommand;

use super::date::{is_iso_date, today};
use crate::catalog::Catalog;
use crate::evaluate::evaluate;
use crate::export::adr::{
    AdrSource, Detail, Dialect, default_folder, render_adr_with, scan_folder, write_adr_with,
};
use crate::export::mermaid::{Direction, MermaidOptions, candidate_to_mermaid, mermaid_limits};
use crate::export::svg::{SvgOptions, candidate_to_svg, png::svg_to_png};
use crate::export::table::comparison_table;
use crate::geometry::colours::Theme;
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
        /// short (default): the points that decide the case; full: adds an
        /// appendix with every pro, con and scored point.
        #[arg(long, default_value = "short", value_parser = parse_detail)]
        detail: Detail,
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
        /// Write to this file instead of printing (it must not exist); `-`
        /// prints.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Print the Markdown comparison table of scores.
    Table { workspace: PathBuf },
    /// Print or write the picture of one candidate as a self-contained SVG
    /// (default: the winner), drawn as the canvas draws it.
    Svg {
        workspace: PathBuf,
        #[command(flatten)]
        picture: PictureArgs,
    },
    /// Write the picture of one candidate as PNG (the SVG, rasterised).
    Png {
        workspace: PathBuf,
        #[command(flatten)]
        picture: PictureArgs,
        /// Pixels per canvas unit (2 for sharp slides).
        #[arg(long, default_value_t = 2.0, value_parser = parse_scale)]
        scale: f32,
    },
    /// Write the decision report: one self-contained HTML file (decision,
    /// candidates, comparison, sensitivity, ADR, patterns used).
    Report(super::report::ReportArgs),
}

/// What `export svg` and `export png` share.
#[derive(Debug, clap::Args)]
pub struct PictureArgs {
    /// The candidate's name.
    #[arg(long)]
    candidate: Option<String>,
    /// Write to this file (it must not exist); SVG is printed without it.
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// light (default) or dark.
    #[arg(long, default_value = "light", value_parser = parse_theme)]
    theme: Theme,
    /// No background, for pages and slides of any colour.
    #[arg(long)]
    transparent: bool,
}

fn parse_theme(text: &str) -> Result<Theme, String> {
    match text.to_ascii_lowercase().as_str() {
        "light" => Ok(Theme::Light),
        "dark" => Ok(Theme::Dark),
        _ => Err(format!("unknown theme `{text}`; use light or dark")),
    }
}

fn parse_scale(text: &str) -> Result<f32, String> {
    match text.parse::<f32>() {
        Ok(v) if (0.1..=8.0).contains(&v) => Ok(v),
        _ => Err(format!("`{text}` is not a scale from 0.1 to 8")),
    }
}

fn parse_dialect(text: &str) -> Result<Dialect, String> {
    text.parse()
        .map_err(|_| format!("unknown dialect `{text}`; use madr, log4brains or nygard"))
}

fn parse_detail(text: &str) -> Result<Detail, String> {
    text.parse()
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
        | ExportCommand::Table { workspace }
        | ExportCommand::Svg { workspace, .. }
        | ExportCommand::Png { workspace, .. } => workspace,
        ExportCommand::Report(args) => &args.workspace,
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
            detail,
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
                detail: *detail,
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
        ExportCommand::Svg { picture, .. } => picture_export(&ws, catalog, picture, None, out, err),
        ExportCommand::Png { picture, scale, .. } => {
            picture_export(&ws, catalog, picture, Some(*scale), out, err)
        }
        ExportCommand::Report(args) => super::report::run(args, &ws, catalog, out, err),
    }
}

struct AdrOptions {
    dialect: Dialect,
    dir: PathBuf,
    supersedes: Option<u32>,
    to_stdout: bool,
    date: Option<String>,
    detail: Detail,
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
            render_adr_with(
                &source.numbered(number, None),
                options.dialect,
                options.detail
            )
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    match write_adr_with(
        &options.dir,
        &source,
        options.dialect,
        options.supersedes,
        options.detail,
    ) {
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
    match super::output::Output::from_arg(output) {
        super::output::Output::Stdout => write!(out, "{text}")?,
        super::output::Output::File(path) => {
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

/// `export svg` (`scale` is `None`) and `export png`.
fn picture_export(
    ws: &Workspace,
    catalog: &Catalog,
    args: &PictureArgs,
    scale: Option<f32>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<ExitCode> {
    let ranking = evaluate(ws, catalog);
    let chosen = match &args.candidate {
        Some(name) => ws.candidate_named(name),
        None => ranking
            .scores
            .first()
            .and_then(|s| ws.candidate(s.candidate)),
    };
    let Some(candidate) = chosen else {
        let names: Vec<&str> = ws.candidates().iter().map(|c| c.name.as_str()).collect();
        let asked = args.candidate.as_deref().unwrap_or("");
        writeln!(
            err,
            "error: no candidate `{asked}`; the candidates are: {}",
            names.join(", ")
        )?;
        return Ok(ExitCode::FAILURE);
    };
    let findings = crate::review::review(candidate, catalog, &ws.context);
    let options = SvgOptions {
        theme: args.theme,
        transparent: args.transparent,
    };
    let svg = candidate_to_svg(candidate, catalog, &findings, options);
    let bytes = match scale {
        None => svg.into_bytes(),
        Some(scale) => match svg_to_png(&svg, scale) {
            Ok(png) => png,
            Err(e) => {
                writeln!(err, "error: {e}")?;
                return Ok(ExitCode::FAILURE);
            }
        },
    };
    let Some(path) = &args.output else {
        if scale.is_some() {
            writeln!(err, "error: give the PNG file to write with -o FILE")?;
            return Ok(ExitCode::FAILURE);
        }
        out.write_all(&bytes)?;
        return Ok(ExitCode::SUCCESS);
    };
    if let Err(e) = crate::storage::atomic::create_new(path, &bytes) {
        writeln!(err, "error: {}: {e}", path.display())?;
        return Ok(ExitCode::FAILURE);
    }
    writeln!(
        out,
        "wrote the picture of {} to {}",
        candidate.name,
        path.display()
    )?;
    Ok(ExitCode::SUCCESS)
}
