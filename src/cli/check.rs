//! `plinth check`: the design review of every candidate, under the team
//! and constraints it states first (some rules depend on the team size).

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use serde_json::json;

use super::input::{ContextArgs, load_inputs};
use crate::catalog::Catalog;
use crate::design::{Candidate, Severity};
use crate::review::review;

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// A workspace file or a mermaid file (`.mmd`).
    pub file: PathBuf,
    #[command(flatten)]
    pub context: ContextArgs,
    /// Print JSON: `{"context": {...}, "candidates": [{"name", "findings": [...]}]}`.
    #[arg(long)]
    pub json: bool,
    /// Exit 1 when any finding is an error.
    #[arg(long)]
    pub strict: bool,
}

pub fn run(
    args: &CheckArgs,
    catalog: &Catalog,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<ExitCode> {
    let mut warnings = Vec::new();
    let loaded = load_inputs(Some(&args.file), &[], catalog, &mut warnings);
    for warning in &warnings {
        writeln!(err, "warning: {warning}")?;
    }
    let ws = match loaded {
        Ok(ws) => ws,
        Err(message) => {
            writeln!(err, "error: {message}")?;
            return Ok(ExitCode::FAILURE);
        }
    };
    let context = args.context.apply(ws.context.clone());
    let scored_with =
        crate::evaluate::ScoredWith::new(&context, &crate::scoring::Ranking { scores: Vec::new() });
    let reviews: Vec<(&Candidate, Vec<crate::design::Finding>)> = ws
        .candidates()
        .iter()
        .map(|c| (c, review(c, catalog, &context)))
        .collect();
    if args.json {
        let candidates: Vec<_> = reviews
            .iter()
            .map(|(c, f)| json!({ "name": c.name, "findings": f }))
            .collect();
        let context = json!({
            "team_size": scored_with.team_size,
            "experience": scored_with.experience,
            "complexity_budget": scored_with.complexity_budget,
            "constraints": scored_with.constraints,
        });
        let report = json!({ "context": context, "candidates": candidates });
        writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&report).unwrap_or_default()
        )?;
    } else {
        writeln!(
            out,
            "Reviewed for {}; hard constraints: {}",
            scored_with.team_line(),
            scored_with.constraints_line()
        )?;
        for (candidate, findings) in &reviews {
            writeln!(out, "{}: {} finding(s)", candidate.name, findings.len())?;
            for f in findings {
                let nodes: Vec<&str> = f
                    .nodes
                    .iter()
                    .filter_map(|n| candidate.node(*n))
                    .map(|n| n.label.as_str())
                    .collect();
                let fix = f
                    .fix
                    .as_deref()
                    .map(|p| format!(" Fix: {p}."))
                    .unwrap_or_default();
                writeln!(
                    out,
                    "  {:<7} {:<26} {} [{}]{fix}",
                    f.severity.key(),
                    f.rule,
                    f.message,
                    nodes.join(", ")
                )?;
            }
        }
    }
    let has_error = reviews
        .iter()
        .any(|(_, f)| f.iter().any(|f| f.severity == Severity::Error));
    Ok(if args.strict && has_error {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
