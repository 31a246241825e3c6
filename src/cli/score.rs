//! `plinth score`: ranks candidates with every point explained, plus the
//! sensitivity of the ranking to team size and priorities.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use serde_json::{Value, json};

use super::input::{ContextArgs, load_inputs};
use crate::catalog::Catalog;
use crate::evaluate::{Sensitivity, analyse, evaluate};
use crate::scoring::{CandidateScore, Ranking};

#[derive(Debug, Args)]
pub struct ScoreArgs {
    /// A workspace file (or one mermaid file).
    pub workspace: Option<PathBuf>,
    /// A mermaid flowchart to score as a candidate (repeatable).
    #[arg(long = "candidate", value_name = "FILE.mmd")]
    pub candidates: Vec<PathBuf>,
    #[command(flatten)]
    pub context: ContextArgs,
    /// Print JSON: `{"candidates": [...], "sensitivity": {...}}`, candidates in rank order.
    #[arg(long)]
    pub json: bool,
}

pub fn run(
    args: &ScoreArgs,
    catalog: &Catalog,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<ExitCode> {
    let mut warnings = Vec::new();
    let loaded = load_inputs(
        args.workspace.as_ref(),
        &args.candidates,
        catalog,
        &mut warnings,
    );
    for warning in &warnings {
        writeln!(err, "warning: {warning}")?;
    }
    let mut ws = match loaded {
        Ok(ws) => ws,
        Err(message) => {
            writeln!(err, "error: {message}")?;
            return Ok(ExitCode::FAILURE);
        }
    };
    ws.context = args.context.apply(ws.context.clone());
    if let Some(problem) = ws.context.problems().first() {
        writeln!(err, "error: {problem}")?;
        return Ok(ExitCode::FAILURE);
    }
    let ranking = evaluate(&ws, catalog);
    let sensitivity = analyse(ws.candidates(), catalog, &ws.context);
    if args.json {
        writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&score_json(&ranking, &sensitivity)).unwrap_or_default()
        )?;
    } else {
        print_text(&ranking, &sensitivity, out)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// The JSON contract of `score --json`.
pub fn score_json(ranking: &Ranking, sensitivity: &Sensitivity) -> Value {
    let candidates: Vec<Value> = ranking
        .scores
        .iter()
        .enumerate()
        .map(|(i, s)| candidate_json(i + 1, s))
        .collect();
    json!({ "candidates": candidates, "sensitivity": sensitivity })
}

fn candidate_json(rank: usize, score: &CandidateScore) -> Value {
    let criteria: serde_json::Map<String, Value> = score
        .criteria()
        .iter()
        .map(|(c, p)| (c.key().to_owned(), json!(p)))
        .collect();
    json!({
        "rank": rank,
        "name": score.name,
        "total": score.total,
        "feasible": score.feasible,
        "infeasible_reasons": score.infeasible_reasons,
        "criteria": criteria,
        "contributions": score.contributions,
        "findings": score.findings,
    })
}

fn print_text(ranking: &Ranking, sensitivity: &Sensitivity, out: &mut dyn Write) -> io::Result<()> {
    for (i, score) in ranking.scores.iter().enumerate() {
        let status = if score.feasible {
            String::new()
        } else {
            format!("  INFEASIBLE: {}", score.infeasible_reasons.join("; "))
        };
        writeln!(out, "{}. {}  {:.1}{status}", i + 1, score.name, score.total)?;
        for (criterion, points) in score.criteria() {
            writeln!(out, "     {:<22} {points:+6.1}", criterion.label())?;
        }
    }
    for score in &ranking.scores {
        writeln!(out, "\n{}: every contribution", score.name)?;
        for c in score
            .contributions
            .iter()
            .filter(|c| c.points != 0.0 || c.subject.starts_with("rule:"))
        {
            writeln!(
                out,
                "  {:+6.1}  {:<18} {:<28} {}",
                c.points,
                c.criterion.label(),
                c.subject,
                c.reason
            )?;
        }
    }
    writeln!(out, "\nSensitivity\n  {}", sensitivity.summary)?;
    for flip in &sensitivity.weight_flips {
        writeln!(out, "  - {}", flip.sentence)?;
    }
    Ok(())
}
