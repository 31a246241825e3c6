//! `plinth score`: ranks candidates with every point explained, states the
//! context it scored with and the margin, compares every candidate with a
//! datum (Pugh), and reports the sensitivity to team size and priorities.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use serde_json::{Value, json};

use super::input::{ContextArgs, DatumArgs, load_inputs, pattern_notes};
use super::output::{OutputArgs, deliver};
use crate::catalog::Catalog;
use crate::evaluate::{DatumView, ScoredWith, Sensitivity, analyse, evaluate};
use crate::scoring::{CandidateScore, Contribution, Ranking};

#[derive(Debug, Args)]
pub struct ScoreArgs {
    /// A workspace file, or one mermaid flowchart; `-` reads standard input.
    pub workspace: Option<PathBuf>,
    /// A mermaid flowchart to score as a candidate (repeatable).
    #[arg(long = "candidate", value_name = "FILE.mmd")]
    pub candidates: Vec<PathBuf>,
    #[command(flatten)]
    pub context: ContextArgs,
    #[command(flatten)]
    pub datum: DatumArgs,
    /// Print JSON: `{"context": {...}, "candidates": [...], "datum": {...} or null,
    /// "sensitivity": {...}, "warnings": [...]}`, candidates in rank order.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub output: OutputArgs,
}

pub fn run(
    args: &ScoreArgs,
    catalog: &Catalog,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<ExitCode> {
    deliver(&args.output, out, err, |out, err| {
        score(args, catalog, out, err)
    })
}

fn score(
    args: &ScoreArgs,
    catalog: &Catalog,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<ExitCode> {
    let inputs = match load_inputs(args.workspace.as_ref(), &args.candidates, catalog) {
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
    let mut ws = inputs.workspace;
    ws.context = args.context.apply(ws.context.clone());
    if let Some(problem) = ws.context.problems().first() {
        writeln!(err, "error: {problem}")?;
        return Ok(ExitCode::FAILURE);
    }
    let ranking = evaluate(&ws, catalog);
    let datum = match args.datum.choice(&ranking) {
        Ok(choice) => choice.view(&ranking),
        Err(message) => {
            writeln!(err, "error: {message}")?;
            return Ok(ExitCode::FAILURE);
        }
    };
    let scored_with = ScoredWith::new(&ws.context, &ranking);
    let sensitivity = analyse(ws.candidates(), catalog, &ws.context);
    let notes = pattern_notes(&ws, catalog);
    let report = Report {
        scored_with: &scored_with,
        ranking: &ranking,
        datum: datum.as_ref(),
        sensitivity: &sensitivity,
        notes: &notes,
    };
    if args.json {
        let mut value = score_json(&report);
        value["warnings"] = json!(inputs.unknown_patterns);
        value["patterns"] = json!(notes);
        writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&value).unwrap_or_default()
        )?;
    } else {
        print_text(&report, out)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Everything `score` prints.
pub struct Report<'a> {
    pub scored_with: &'a ScoredWith,
    pub ranking: &'a Ranking,
    pub datum: Option<&'a DatumView>,
    pub sensitivity: &'a Sensitivity,
    /// Your versions of built-ins and unrated patterns the scores rest on.
    pub notes: &'a [String],
}

/// The JSON contract of `score --json`.
pub fn score_json(report: &Report) -> Value {
    let candidates: Vec<Value> = report
        .ranking
        .scores
        .iter()
        .enumerate()
        .map(|(i, s)| candidate_json(i + 1, s))
        .collect();
    json!({
        "context": report.scored_with,
        "candidates": candidates,
        "datum": report.datum,
        "sensitivity": report.sensitivity,
    })
}

pub(super) fn candidate_json(rank: usize, score: &CandidateScore) -> Value {
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

fn print_text(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let ranking = report.ranking;
    writeln!(out, "Scored with")?;
    for line in report.scored_with.lines() {
        writeln!(out, "  {line}")?;
    }
    for note in report.notes {
        writeln!(out, "  Note: {note}")?;
    }
    writeln!(out)?;
    let label_width = criterion_width();
    for (i, score) in ranking.scores.iter().enumerate() {
        let status = if score.feasible {
            String::new()
        } else {
            format!("  INFEASIBLE: {}", score.infeasible_reasons.join("; "))
        };
        writeln!(out, "{}. {}  {:.1}{status}", i + 1, score.name, score.total)?;
        for (criterion, points) in score.criteria() {
            writeln!(
                out,
                "     {:<label_width$} {points:+6.1}",
                criterion.label()
            )?;
        }
    }
    print_contributions(ranking, out)?;
    print_datum(report.datum, out)?;
    print_sensitivity(report, out)
}

/// The widest criterion label, so that columns line up whatever the labels.
fn criterion_width() -> usize {
    crate::scoring::Criterion::ALL
        .iter()
        .map(|c| c.label().chars().count())
        .max()
        .unwrap_or(0)
}

/// Every non-zero contribution (and every rule), in columns as wide as
/// their longest entry.
fn print_contributions(ranking: &Ranking, out: &mut dyn Write) -> io::Result<()> {
    let all: Vec<&Contribution> = ranking.scores.iter().flat_map(shown).collect();
    let label_width = criterion_width();
    let subject_width = all
        .iter()
        .map(|c| c.subject.chars().count())
        .max()
        .unwrap_or(0);
    for score in &ranking.scores {
        writeln!(out, "\n{}: every contribution", score.name)?;
        for c in shown(score) {
            writeln!(
                out,
                "  {:+6.1}  {:<label_width$}  {:<subject_width$}  {}",
                c.points,
                c.criterion.label(),
                c.subject,
                c.reason
            )?;
        }
    }
    Ok(())
}

/// The contributions worth a line: every non-zero one and every rule.
fn shown(score: &CandidateScore) -> Vec<&Contribution> {
    score
        .contributions
        .iter()
        .filter(|c| c.points != 0.0 || c.subject.starts_with("rule:"))
        .collect()
}

/// The sensitivity, each sentence once; with one candidate there is no
/// ranking to move.
fn print_sensitivity(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let sensitivity = report.sensitivity;
    writeln!(out, "\nSensitivity")?;
    if report.ranking.scores.len() < 2 {
        return writeln!(
            out,
            "  There is one candidate, so nothing can change the ranking; add a second to compare."
        );
    }
    let mut said = vec![sensitivity.summary.clone()];
    let mut say = |text: &str, out: &mut dyn Write, prefix: &str| -> io::Result<()> {
        if said.iter().any(|s| s.contains(text.trim())) {
            return Ok(());
        }
        said.push(text.to_owned());
        writeln!(out, "  {prefix}{text}")
    };
    writeln!(out, "  {}", sensitivity.summary)?;
    say(&sensitivity.sweep, out, "")?;
    say(&sensitivity.weights_varied, out, "")?;
    for flip in &sensitivity.weight_flips {
        say(&flip.sentence, out, "- ")?;
    }
    Ok(())
}

/// The Pugh view: a column per candidate, `+`, `S` or `-` and the difference.
fn print_datum(datum: Option<&DatumView>, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "\nAgainst the datum")?;
    let Some(view) = datum else {
        return writeln!(
            out,
            "  No datum: no candidate is named as the status quo (a name with \"status quo\" or \"as is\", or beginning with \"Current\" or \"Existing\"); give --datum NAME to compare with one."
        );
    };
    writeln!(out, "  {}", view.sentence)?;
    if view.comparisons.is_empty() {
        return writeln!(out, "  It is the only candidate.");
    }
    let width = |name: &str| name.chars().count().max(9);
    let label_width = criterion_width().max("Criterion".len());
    write!(out, "  {:<label_width$}", "Criterion")?;
    for c in &view.comparisons {
        write!(out, " {:>w$}", c.name, w = width(&c.name))?;
    }
    writeln!(out)?;
    for (row, criterion) in view.criteria.iter().enumerate() {
        write!(out, "  {:<label_width$}", criterion.label())?;
        for c in &view.comparisons {
            let v = &c.criteria[row];
            let difference = if v.difference == 0.0 {
                "0.0".to_owned()
            } else {
                format!("{:+.1}", v.difference)
            };
            let cell = format!("{} {difference}", v.verdict.mark());
            write!(out, " {cell:>w$}", w = width(&c.name))?;
        }
        writeln!(out)?;
    }
    for c in &view.comparisons {
        writeln!(out, "  {}", c.sentence)?;
    }
    Ok(())
}
