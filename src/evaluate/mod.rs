//! Evaluation: review every candidate, score it, rank them, and ask how
//! sensitive the ranking is to the team size and to each priority; state
//! the context it was scored with and the margin, and compare every
//! candidate with a datum.
//!
//! The one place where `review` and `scoring` meet (they do not import
//! each other). Pure: derived data is a function of (candidates, catalog,
//! context), so the window caches it by history revision.

pub mod datum;
pub mod margin;
pub mod scored_with;
pub mod sensitivity;

use crate::catalog::Catalog;
use crate::context::EvaluationContext;
use crate::design::Candidate;
use crate::scoring::{CandidateScore, Ranking, rank, score_candidate};
use crate::workspace::Workspace;

pub use datum::{DatumSource, DatumView, Verdict, datum_for, is_status_quo};
pub use margin::{Margin, TOO_CLOSE_TO_CALL, margin};
pub use scored_with::ScoredWith;
pub use sensitivity::{Crossover, Sensitivity, WeightFlip, analyse};

/// Reviews and scores one candidate.
pub fn evaluate_candidate(
    candidate: &Candidate,
    catalog: &Catalog,
    context: &EvaluationContext,
) -> CandidateScore {
    let findings = crate::review::review(candidate, catalog, context);
    score_candidate(candidate, catalog, context, &findings)
}

/// Reviews, scores and ranks candidates under one context.
pub fn evaluate_candidates(
    candidates: &[Candidate],
    catalog: &Catalog,
    context: &EvaluationContext,
) -> Ranking {
    rank(
        candidates
            .iter()
            .map(|c| evaluate_candidate(c, catalog, context))
            .collect(),
    )
}

/// Reviews, scores and ranks the candidates of a workspace.
pub fn evaluate(ws: &Workspace, catalog: &Catalog) -> Ranking {
    evaluate_candidates(ws.candidates(), catalog, &ws.context)
}
