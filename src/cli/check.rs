//! `plinth check`: the design review of every candidate, under the team
//! and constraints it states first (some rules depend on the team size).

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use serde_json::json;

use super::input::{ContextArgs, load_inputs};
use super::output::{OutputArgs, deliver};
use crate::catalog::Catalog;
use crate::design::{Candidate, Severity};
use crate::review::review;

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// A workspace file or a mermaid flowchart (`.mmd`); `-` reads standard input.
    pub file: PathBuf,
    #[command(flatten)]
    pub context: ContextArgs,
    /// Print JSON: `{"context": {...}, "candidates": [{"name", "findings": [...]}],
    /// "warnings": [...]}`.
    #[arg(long)]
    pub json: bool,
    /// Exit 1 when any finding is an error, or a pattern id is not in the catalog.
    #[arg(long)]
    pub strict: bool,
    #[command(flatten)]
    pub output: OutputArgs,
}

pub fn run(
    args: &CheckArgs,
    catalog: &Catalog,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<ExitCode> {
    deliver(&args.output, out, err, |out, err| {
        check(args, catalog, out, err)
    })
}

fn check(
    args: &CheckArgs,
    catalog: &Catalog,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<ExitCode> {
    let inputs = match load_inputs(Some(&args.file), &[], catalog) {
        Ok(inputs) => inputs,
        Err(message) => {
            writeln!(err, "error: {message}")?;
            return Ok(ExitCode::FAILURE);
        }
    };
    for warning in &inputs.warnings {
        writeln!(err, "warning: {warning}")?;
    }
    for problem in &inputs.unknown_patterns {
        writeln!(err, "warning: {problem}")?;
    }
    let ws = &inputs.workspace;
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
        let report = json!({
            "context": context,
            "candidates": candidates,
            "warnings": inputs.unknown_patterns,
        });
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
            let found = super::plural::count(findings.len(), "finding", "findings");
            writeln!(out, "{}: {found}", candidate.name)?;
            for f in findings {
                let nodes = candidate.labels_of(&f.nodes);
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
    let has_unknown = !inputs.unknown_patterns.is_empty();
    Ok(if args.strict && (has_error || has_unknown) {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
