//! The option the record adopts: the decision-makers' choice when they
//! chose another option than the one that scores highest (with their
//! reason, stated beside the scores), else the winner. Consequences,
//! confirmation and the pros and cons follow the adopted option.

use super::AdrInput;
use super::content::{Outcome, contribution, positive};
use super::markdown::Md;
use crate::scoring::CandidateScore;

/// How many contributions explain an overriding choice.
const REASONS: usize = 3;

/// The option the ADR adopts, if any.
pub(super) fn chosen_score<'a>(input: &AdrInput<'a>) -> Option<&'a CandidateScore> {
    overriding(input).or_else(|| input.ranking.winner())
}

/// The decision-makers' own choice, when it differs from the winner.
fn overriding<'a>(input: &AdrInput<'a>) -> Option<&'a CandidateScore> {
    let id = input.workspace.decision.chosen?;
    let chosen = input.ranking.score_of(id)?;
    (input.ranking.winner().map(|w| w.candidate) != Some(id)).then_some(chosen)
}

/// The outcome of an overriding choice: who was preferred to whom, by how
/// much it trails, and the reason given.
pub(super) fn overridden(input: &AdrInput) -> Option<Outcome> {
    let chosen = overriding(input)?;
    let ranking = input.ranking;
    let reason = input.workspace.decision.chosen_reason.trim();
    let reason = if reason.is_empty() {
        "no reason was written yet".to_owned()
    } else {
        reason.trim_end_matches('.').to_owned()
    };
    let summary = match ranking.winner() {
        Some(winner) => format!(
            "the decision-makers preferred it to {}, which scores highest ({:.1} against {:.1} of 100): {reason}.",
            winner.name, winner.total, chosen.total
        ),
        None => format!(
            "the decision-makers chose it although no option meets every hard constraint ({:.1} of 100): {reason}.",
            chosen.total
        ),
    };
    let rank = ranking.rank_of(chosen.candidate).unwrap_or(0);
    let mut comparison = format!("The scores rank it {rank} of {}", ranking.scores.len());
    if let Some(winner) = ranking.winner() {
        comparison.push_str(&format!(
            "; {} leads by {:.1} points",
            winner.name,
            winner.total - chosen.total
        ));
    }
    comparison.push('.');
    if !chosen.feasible {
        comparison.push_str(&format!(
            " It breaks a hard constraint: {}.",
            chosen.infeasible_reasons.join("; ")
        ));
    }
    Some(Outcome {
        chosen: Some(Md::text(&chosen.name)),
        summary: Md::text(&summary),
        reasons: positive(chosen).take(REASONS).map(contribution).collect(),
        comparison: Some(Md::text(&comparison)),
    })
}
