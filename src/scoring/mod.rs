//! Explainable scoring: each candidate gets a total from 0 to 100 made of
//! contributions `{criterion, subject, points, reason}` that add up to it.
//!
//! Pure functions of (candidate, catalog, context, findings): no I/O, no
//! randomness, iteration in id order, so the same inputs give the same
//! numbers. The model and its constants are explained in `docs/scoring.md`.

mod constraints;
mod counting;
mod fit;
mod model;
mod quality;
mod reason;
mod structure;
mod synergy;

use std::collections::BTreeMap;

use crate::catalog::Catalog;
use crate::context::EvaluationContext;
use crate::design::{Candidate, Finding};
use crate::reading::Reading;

pub use model::{CandidateScore, Contribution, Criterion, Ranking, finding_penalty};
pub use reason::Reason;

/// Every candidate starts here: a design with no effect either way.
pub const BASELINE: f64 = 50.0;

/// Rounds to one decimal, the precision every contribution is shown with.
pub(crate) fn round1(value: f64) -> f64 {
    // Adding 0.0 turns -0.0 into 0.0, so no total prints as "-0".
    (value * 10.0).round() / 10.0 + 0.0
}

/// Scores one candidate. `findings` are its review findings (see `review`).
pub fn score_candidate(
    candidate: &Candidate,
    catalog: &Catalog,
    context: &EvaluationContext,
    findings: &[Finding],
) -> CandidateScore {
    let reading = Reading::new(candidate, catalog);
    score_read(candidate, catalog, context, findings.to_vec(), &reading)
}

/// [`score_candidate`] with the candidate's reading already made; the score
/// keeps `findings` (taken, not copied: a candidate's findings are most of
/// what evaluating it allocates).
pub fn score_read(
    candidate: &Candidate,
    catalog: &Catalog,
    context: &EvaluationContext,
    findings: Vec<Finding>,
    reading: &Reading,
) -> CandidateScore {
    // Room for the usual count (mostly quality effects, a few per pattern),
    // so the list is not regrown and copied as it fills.
    let mut contributions = Vec::with_capacity(32 + 6 * candidate.node_count());
    contributions.push(Contribution::new(
        Criterion::Baseline,
        "design",
        BASELINE,
        "every candidate starts at 50: a design with no effect either way",
    ));
    structure::read(reading, candidate, &mut contributions);
    let drawn = model::used_patterns(candidate, catalog, &mut contributions);
    let counted = counting::decide(&drawn, reading, catalog, &mut contributions);
    fit::team_fit(&counted.built, candidate, context, &mut contributions);
    fit::complexity_budget(&counted.built, context, &mut contributions);
    let drawn_effects = structure::drawn_effects(reading, candidate);
    quality::quality_attributes(
        &counted.effective,
        &drawn_effects,
        context,
        &mut contributions,
    );
    synergy::synergy_and_conflicts(&counted.built, candidate, &mut contributions);
    model::review_findings(&findings, &mut contributions);
    let infeasible_reasons = constraints::hard_constraints(&counted, reading, context);
    model::finish(candidate, contributions, infeasible_reasons, findings)
}

/// Orders scores: feasible first, then by total (highest first), then by name.
pub fn rank(mut scores: Vec<CandidateScore>) -> Ranking {
    scores.sort_by(|a, b| {
        b.feasible
            .cmp(&a.feasible)
            .then_with(|| b.total.total_cmp(&a.total))
            .then_with(|| a.name.cmp(&b.name))
            .then_with(|| a.candidate.cmp(&b.candidate))
    });
    Ranking { scores }
}

/// Points per criterion of a list of contributions, in criterion order.
pub fn criteria_of(contributions: &[Contribution]) -> BTreeMap<Criterion, f64> {
    let mut criteria = BTreeMap::new();
    for c in contributions {
        *criteria.entry(c.criterion).or_insert(0.0) += c.points;
    }
    criteria.values_mut().for_each(|v| *v = round1(*v));
    criteria
}
