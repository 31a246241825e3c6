//! The dialect-neutral content of an ADR, built from the decision, its
//! context and the ranking: drivers, options, the outcome and why, then
//! (in `consequences`) consequences, confirmation and pros and cons.
//!
//! Every text here is already safe inline Markdown ([`Md`]); the dialect
//! renderers only arrange it. Front-matter values stay raw because YAML
//! escapes differently (`markdown::yaml_scalar`).

use super::AdrInput;
use super::consequences::{self, Confirmation, Consequences, OptionDetail};
use super::markdown::Md;
use crate::catalog::QualityAttribute;
use crate::context::EvaluationContext;
use crate::evaluate::{DatumChoice, ScoredWith};
use crate::export::table::{comparison_table, datum_table};
use crate::scoring::{CandidateScore, Contribution, Criterion, Ranking};
use crate::workspace::{Status, Workspace};

/// How many contributions explain the outcome.
const OUTCOME_REASONS: usize = 3;
/// A weight from which an attribute counts as a priority.
pub(super) const PRIORITY_WEIGHT: u8 = 4;

/// The ADR being superseded, as the new one links back to it.
pub(super) struct SupersedesLink {
    /// `None` for a log4brains ADR named by date.
    pub number: Option<u32>,
    pub title: Md,
    pub file: String,
}

/// The outcome: the chosen option and why, or why none is chosen.
pub(super) struct Outcome {
    /// The winner's name; `None` when no option is feasible.
    pub chosen: Option<Md>,
    /// Continues "Chosen option: X, because …" (or stands alone).
    pub summary: Md,
    /// The winner's strongest contributions, or every infeasibility reason.
    pub reasons: Vec<Md>,
    /// What the winner beat and by how much.
    pub comparison: Option<Md>,
}

/// Everything an ADR says, whatever its dialect.
pub(super) struct AdrContent {
    pub title: Md,
    pub number: u32,
    pub status: Status,
    /// With `Status::Superseded`: the number of the ADR that replaces it.
    pub superseded_by: Option<u32>,
    pub date: String,
    pub decision_makers: Vec<String>,
    pub consulted: Vec<String>,
    pub informed: Vec<String>,
    pub problem: Vec<Md>,
    pub drivers: Vec<Md>,
    pub options: Vec<Md>,
    pub outcome: Outcome,
    pub consequences: Consequences,
    pub confirmation: Confirmation,
    pub option_details: Vec<OptionDetail>,
    pub table: String,
    pub diagram: Option<String>,
    pub generated_by: Md,
    pub supersedes: Option<SupersedesLink>,
}

impl AdrContent {
    pub fn build(input: &AdrInput) -> Self {
        let ws = input.workspace;
        let decision = &ws.decision;
        Self {
            title: Md::text(&decision.title),
            number: input.number,
            status: decision.status,
            superseded_by: decision.superseded_by,
            date: input.date.to_owned(),
            decision_makers: decision.decision_makers.clone(),
            consulted: decision.consulted.clone(),
            informed: decision.informed.clone(),
            problem: paragraphs(&decision.problem),
            drivers: drivers(ws),
            options: options(input.ranking),
            outcome: super::choice::overridden(input)
                .unwrap_or_else(|| outcome(input.ranking, &ws.context)),
            consequences: consequences::consequences(input),
            confirmation: consequences::confirmation(input),
            option_details: input
                .ranking
                .scores
                .iter()
                .map(|s| consequences::option_detail(input, s))
                .collect(),
            table: tables(input.ranking, input.datum),
            diagram: input.diagram.map(str::to_owned),
            generated_by: generated_by(ws, input.catalog),
            supersedes: input.supersedes.map(|old| SupersedesLink {
                number: old.number,
                title: Md::text(&old.title),
                file: old.file_name(),
            }),
        }
    }
}

/// The comparison table, then every candidate against the datum when
/// there is one (by default the status quo).
fn tables(ranking: &Ranking, datum: DatumChoice) -> String {
    let mut out = comparison_table(ranking);
    if let Some(view) = datum.view(ranking)
        && !view.comparisons.is_empty()
    {
        out.push('\n');
        out.push_str(&datum_table(&view));
    }
    out
}

/// Paragraphs of free text (split at blank lines), each on one line.
pub(super) fn paragraphs(text: &str) -> Vec<Md> {
    text.replace("\r\n", "\n")
        .split("\n\n")
        .map(Md::text)
        .filter(|p| !p.is_empty())
        .collect()
}

fn drivers(ws: &Workspace) -> Vec<Md> {
    let context = &ws.context;
    let mut out: Vec<Md> = ws
        .decision
        .drivers
        .iter()
        .map(|d| Md::text(d))
        .filter(|d| !d.is_empty())
        .collect();
    out.extend(priorities(context));
    out.push(Md::text(&format!(
        "Team: {} engineers, {} experience",
        context.team_size,
        context.experience.key()
    )));
    out.push(Md::text(&format!(
        "Complexity budget: {} points (the sum of the patterns' complexity, 1 to 5 each)",
        context.complexity_budget
    )));
    let scored = ScoredWith::new(context, &Ranking { scores: Vec::new() });
    out.push(Md::text(&format!(
        "Weights scored with (0 to 5): {}. {}",
        scored.weights_line(),
        scored.weights_rule
    )));
    let hard = constraints(context);
    if hard.is_empty() {
        out.push(Md::text("Hard constraints: none"));
    }
    out.extend(hard);
    out
}

fn priorities(context: &EvaluationContext) -> Vec<Md> {
    let mut attributes: Vec<QualityAttribute> = QualityAttribute::ALL
        .into_iter()
        .filter(|a| context.weight(*a) >= PRIORITY_WEIGHT)
        .collect();
    attributes.sort_by_key(|a| std::cmp::Reverse(context.weight(*a)));
    attributes
        .into_iter()
        .map(|a| {
            Md::text(&format!(
                "Priority: {} (weight {} of 5)",
                a.label(),
                context.weight(a)
            ))
        })
        .collect()
}

fn constraints(context: &EvaluationContext) -> Vec<Md> {
    let hard = &context.constraints;
    let mut out = Vec::new();
    for facet in &hard.required_facets {
        let mut md = Md::fragment("Hard constraint: at least one pattern must be ");
        md.push(&Md::code(facet.key()));
        out.push(md);
    }
    for facet in &hard.forbidden_facets {
        let mut md = Md::fragment("Hard constraint: no pattern may be ");
        md.push(&Md::code(facet.key()));
        out.push(md);
    }
    if let Some(max) = hard.max_complexity {
        out.push(Md::text(&format!(
            "Hard constraint: no pattern more complex than {max} of 5"
        )));
    }
    out
}

fn options(ranking: &Ranking) -> Vec<Md> {
    ranking
        .scores
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let mut md = Md::text(&s.name);
            if s.feasible {
                md.push_text(&format!(" (rank {}, {:.1} points)", i + 1, s.total));
            } else {
                md.push_text(&format!(" (infeasible, {:.1} points)", s.total));
            }
            md
        })
        .collect()
}

fn outcome(ranking: &Ranking, context: &EvaluationContext) -> Outcome {
    match ranking.winner() {
        Some(winner) => chosen(winner, ranking, context),
        None if ranking.scores.is_empty() => Outcome {
            chosen: None,
            summary: Md::text("No option is chosen: the workspace has no candidate design yet."),
            reasons: Vec::new(),
            comparison: None,
        },
        None => Outcome {
            chosen: None,
            summary: Md::text(if context.constraints.is_empty() {
                "No option is chosen: no candidate is feasible."
            } else {
                "No option is chosen: every candidate breaks a hard constraint."
            }),
            reasons: ranking.scores.iter().map(infeasibility).collect(),
            comparison: None,
        },
    }
}

fn chosen(winner: &CandidateScore, ranking: &Ranking, context: &EvaluationContext) -> Outcome {
    let mut strongest: Vec<&Contribution> = positive(winner).collect();
    strongest.truncate(OUTCOME_REASONS);
    let summary = if strongest.is_empty() {
        format!("it scores highest ({:.1} of 100).", winner.total)
    } else {
        format!(
            "it scores highest ({:.1} of 100), mostly thanks to:",
            winner.total
        )
    };
    Outcome {
        chosen: Some(Md::text(&winner.name)),
        summary: Md::text(&summary),
        reasons: strongest.into_iter().map(contribution).collect(),
        comparison: comparison(winner, ranking, context),
    }
}

/// Positive contributions other than the baseline, strongest first.
pub(super) fn positive(score: &CandidateScore) -> impl Iterator<Item = &Contribution> {
    let mut list: Vec<&Contribution> = score
        .contributions
        .iter()
        .filter(|c| c.points > 0.0 && c.criterion != Criterion::Baseline)
        .collect();
    list.sort_by(|a, b| b.points.total_cmp(&a.points));
    list.into_iter()
}

/// One contribution in words: the reason, then where it comes from.
pub(super) fn contribution(c: &Contribution) -> Md {
    let points = if c.points == 0.0 {
        String::new()
    } else {
        format!(", {:+.1} points", c.points)
    };
    Md::text(&format!(
        "{} ({}, {}{points})",
        c.reason,
        c.criterion.label(),
        c.subject
    ))
}

fn comparison(
    winner: &CandidateScore,
    ranking: &Ranking,
    context: &EvaluationContext,
) -> Option<Md> {
    let others: Vec<&CandidateScore> = ranking
        .scores
        .iter()
        .filter(|s| s.candidate != winner.candidate)
        .collect();
    if others.is_empty() {
        return Some(Md::text("It is the only option considered."));
    }
    let beaten: Vec<String> = others
        .iter()
        .filter(|s| s.feasible)
        .map(|s| format!("{} by {:.1} points", s.name, winner.total - s.total))
        .collect();
    let mut sentences = Vec::new();
    if !beaten.is_empty() {
        sentences.push(format!("It beats {}.", crate::prose::spoken_list(&beaten)));
    }
    if let Some(margin) = crate::evaluate::margin(ranking).filter(|m| m.too_close_to_call) {
        sentences.push(margin.sentence);
    }
    sentences.extend(
        others
            .iter()
            .filter(|s| !s.feasible)
            .map(|s| ruled_out(s, context)),
    );
    Some(Md::text(&sentences.join(" ")))
}

/// Why an infeasible option is out, naming the constraint it breaks; the
/// hard constraints are named only when some are set.
fn ruled_out(score: &CandidateScore, context: &EvaluationContext) -> String {
    let reasons = if score.infeasible_reasons.is_empty() {
        "no reason recorded".to_owned()
    } else {
        score.infeasible_reasons.join("; ")
    };
    if context.constraints.is_empty() {
        format!("{} is infeasible: {reasons}.", score.name)
    } else {
        format!(
            "{} is ruled out by the hard constraints: {reasons}.",
            score.name
        )
    }
}

fn infeasibility(score: &CandidateScore) -> Md {
    let reasons = if score.infeasible_reasons.is_empty() {
        "no reason recorded".to_owned()
    } else {
        score.infeasible_reasons.join("; ")
    };
    Md::text(&format!("{}: {reasons}", score.name))
}

/// Who wrote the record, and what its scores rest on beyond the built-in
/// catalog (your versions of built-ins, unrated patterns).
fn generated_by(ws: &Workspace, catalog: &crate::catalog::Catalog) -> Md {
    let title = if ws.decision.title.trim().is_empty() {
        "an untitled workspace"
    } else {
        &ws.decision.title
    };
    let mut text = format!("Generated by Plinth from {title}.");
    for note in crate::workspace::pattern_notes::pattern_notes(ws, catalog) {
        let mut chars = note.chars();
        let sentence: String = chars.next().map_or_else(String::new, |first| {
            first.to_uppercase().chain(chars).collect()
        });
        text.push_str(&format!(" {sentence}."));
    }
    Md::text(&text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_split_at_blank_lines_and_collapse_the_rest() {
        let paras = paragraphs("one\ntwo\r\n\r\n# three\n\n\n");
        let texts: Vec<&str> = paras.iter().map(Md::as_str).collect();
        assert_eq!(texts, ["one two", "\\# three"]);
    }
}
