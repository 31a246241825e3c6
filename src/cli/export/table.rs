//! `plinth export table`: the Markdown comparison table, under the context
//! it was scored with, and the datum table when there is a datum.

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Args;
use serde_json::json;

use super::Source;
use crate::catalog::Catalog;
use crate::cli::input::DatumArgs;
use crate::cli::output::{OutputArgs, deliver};
use crate::evaluate::{ScoredWith, evaluate};
use crate::export::table::{comparison_table, datum_table};
use crate::workspace::Workspace;

#[derive(Debug, Args)]
pub struct TableArgs {
    #[command(flatten)]
    pub source: Source,
    #[command(flatten)]
    pub datum: DatumArgs,
    /// Print JSON: `{"context": {...}, "candidates": [...], "datum": {...} or null}`,
    /// the same objects as `score --json`.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub output: OutputArgs,
}

pub fn run(
    args: &TableArgs,
    ws: &Workspace,
    catalog: &Catalog,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<ExitCode> {
    deliver(&args.output, out, err, |out, err| {
        let ranking = evaluate(ws, catalog);
        let datum = match args.datum.choice(&ranking) {
            Ok(choice) => choice.view(&ranking),
            Err(message) => {
                writeln!(err, "error: {message}")?;
                return Ok(ExitCode::FAILURE);
            }
        };
        let scored_with = ScoredWith::new(&ws.context, &ranking);
        if args.json {
            let candidates: Vec<_> = ranking
                .scores
                .iter()
                .enumerate()
                .map(|(i, s)| crate::cli::score::candidate_json(i + 1, s))
                .collect();
            let value = json!({ "context": scored_with, "candidates": candidates, "datum": datum });
            writeln!(
                out,
                "{}",
                serde_json::to_string_pretty(&value).unwrap_or_default()
            )?;
            return Ok(ExitCode::SUCCESS);
        }
        writeln!(out, "Scored with:\n")?;
        for line in scored_with.lines() {
            writeln!(out, "- {}", line.trim())?;
        }
        for note in crate::workspace::pattern_notes::pattern_notes(ws, catalog) {
            writeln!(out, "- Note: {note}")?;
        }
        write!(out, "\n{}", comparison_table(&ranking))?;
        if let Some(view) = &datum {
            write!(out, "\n{}", datum_table(view))?;
        }
        Ok(ExitCode::SUCCESS)
    })
}
