//! `plinth export adr`: the next-numbered ADR in the folder of its dialect,
//! or printed with `--stdout`.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;

use super::Source;
use crate::catalog::Catalog;
use crate::cli::date::{is_iso_date, record_date};
use crate::cli::input::DatumArgs;
use crate::evaluate::evaluate;
use crate::export::adr::{
    AdrSource, Detail, Dialect, default_folder, render_adr_with, scan_folder, write_adr_with,
};
use crate::export::mermaid::{MermaidOptions, candidate_to_mermaid};
use crate::workspace::Workspace;

#[derive(Debug, Args)]
pub struct AdrArgs {
    #[command(flatten)]
    pub source: Source,
    /// madr (MADR 4, default), log4brains, or nygard (adr-tools).
    #[arg(long, default_value = "madr", value_parser = parse_dialect)]
    pub dialect: Dialect,
    /// The ADR folder (default: docs/decisions, docs/adr or doc/adr by dialect).
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
    /// The number of an ADR in the folder that this one supersedes (both get links).
    #[arg(long, value_name = "N")]
    pub supersedes: Option<u32>,
    /// Print the ADR instead of writing a file.
    #[arg(long)]
    pub stdout: bool,
    /// The ADR's date, YYYY-MM-DD (default: the decision's date, else today).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
    #[command(flatten)]
    pub datum: DatumArgs,
    /// short (default): the points that decide the case; full: adds an
    /// appendix with every pro, con and scored point.
    #[arg(long, default_value = "short", value_parser = parse_detail)]
    pub detail: Detail,
}

/// An ADR in the folder with exactly the text this export would give it
/// (an unchanged decision exported again).
fn identical_record(dir: &Path, source: &AdrSource, args: &AdrArgs) -> Option<PathBuf> {
    let scan = scan_folder(dir).ok()?;
    scan.adrs.into_iter().find_map(|adr| {
        let text = std::fs::read_to_string(&adr.file).ok()?;
        let numbered = source.numbered(adr.number?, None);
        let rendered = render_adr_with(&numbered, args.dialect, args.detail);
        (text == rendered).then_some(adr.file)
    })
}

fn parse_dialect(text: &str) -> Result<Dialect, String> {
    text.parse()
        .map_err(|_| format!("unknown dialect `{text}`; use madr, log4brains or nygard"))
}

fn parse_detail(text: &str) -> Result<Detail, String> {
    text.parse()
}

pub fn run(
    args: &AdrArgs,
    ws: &Workspace,
    catalog: &Catalog,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<ExitCode> {
    let date = record_date(args.date.as_deref(), &ws.decision.date);
    if !is_iso_date(&date) {
        writeln!(err, "error: the date `{date}` is not YYYY-MM-DD")?;
        return Ok(ExitCode::FAILURE);
    }
    let dir = args
        .dir
        .clone()
        .unwrap_or_else(|| PathBuf::from(default_folder(args.dialect)));
    let ranking = evaluate(ws, catalog);
    let datum = match args.datum.choice(&ranking) {
        Ok(choice) => choice,
        Err(message) => {
            writeln!(err, "error: {message}")?;
            return Ok(ExitCode::FAILURE);
        }
    };
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
        datum,
    };
    if args.stdout {
        let number = scan_folder(&dir).map_or(1, |scan| scan.next_number);
        let text = render_adr_with(&source.numbered(number, None), args.dialect, args.detail);
        write!(out, "{text}")?;
        return Ok(ExitCode::SUCCESS);
    }
    if args.supersedes.is_none()
        && let Some(same) = identical_record(&dir, &source, args)
    {
        writeln!(
            out,
            "identical to {}; nothing written (the decision has not changed)",
            same.display()
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    match write_adr_with(&dir, &source, args.dialect, args.supersedes, args.detail) {
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
