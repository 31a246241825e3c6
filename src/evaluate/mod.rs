//! Evaluation: review every candidate, score it, rank them, and ask how
//! sensitive the ranking is to the team size and to each priority; state
//! the context it was scored with and the margin, and compare every
//! candidate with a datum.
//!
//! The one place where `review` and `scoring` meet (they do not import
//! each other). Pure: derived data is a function of (candidates, catalog,
//! context), so the window caches it by history revision.

pub mod datum;
pub mod datum_choice;
pub mod margin;
pub mod scored_with;
pub mod sensitivity;

use crate::catalog::Catalog;
use crate::context::EvaluationContext;
use crate::design::Candidate;
use crate::reading::Reading;
use crate::review::review_read;
use crate::scoring::{CandidateScore, Ranking, rank, score_read};
use crate::workspace::Workspace;

pub use datum::{DatumSource, DatumView, Verdict, datum_for, is_status_quo};
pub use datum_choice::DatumChoice;
pub use margin::{Margin, TOO_CLOSE_TO_CALL, margin};
pub use scored_with::ScoredWith;
pub use sensitivity::{Crossover, Sensitivity, WeightFlip, analyse};

/// Reviews and scores one candidate.
pub fn evaluate_candidate(
    candidate: &Candidate,
    catalog: &Catalog,
    context: &EvaluationContext,
) -> CandidateScore {
    // Read once: review and scoring both start from what the drawing is.
    let reading = Reading::new(candidate, catalog);
    let findings = review_read(candidate, catalog, context, &reading);
    score_read(candidate, catalog, context, findings, &reading)
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
