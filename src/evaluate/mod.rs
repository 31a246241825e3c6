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
mod parallel;
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

/// Reviews, scores and ranks candidates under one context; a large set is
/// spread over the machine's cores (see `parallel`), with the same result.
pub fn evaluate_candidates(
    candidates: &[Candidate],
    catalog: &Catalog,
    context: &EvaluationContext,
) -> Ranking {
    let nodes = candidates.iter().map(Candidate::node_count).sum();
    rank(parallel::map_in_order(candidates, nodes, |c| {
        evaluate_candidate(c, catalog, context)
    }))
}

/// Reviews, scores and ranks the candidates of a workspace.
pub fn evaluate(ws: &Workspace, catalog: &Catalog) -> Ranking {
    evaluate_candidates(ws.candidates(), catalog, &ws.context)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::design::CandidateId;
    use crate::review::testkit::{Design, catalog};

    /// Chains of 20 to 34 services, some sharing a database.
    fn chain(i: u64) -> Candidate {
        let labels: Vec<String> = (0..20 + i % 15).map(|n| format!("Service {n}")).collect();
        let labels: Vec<&str> = labels.iter().map(String::as_str).collect();
        let services = labels
            .iter()
            .fold(Design::new().client("Users"), |d, label| d.service(label));
        let mut design = services.calls(&labels);
        if i.is_multiple_of(3) {
            design = design
                .database("shared-db")
                .rw("Service 0", "shared-db")
                .rw("Service 1", "shared-db");
        }
        let mut candidate = design.sync("Users", "Service 0").build();
        candidate.id = CandidateId(i);
        candidate.name = format!("Chain {i}");
        candidate
    }

    #[test]
    fn a_large_set_spread_over_cores_ranks_as_one_core_does() {
        let candidates: Vec<Candidate> = (0..40).map(chain).collect();
        let nodes: usize = candidates.iter().map(Candidate::node_count).sum();
        assert!(nodes >= parallel::PARALLEL_FROM_NODES, "{nodes}");
        let context = EvaluationContext::default();
        let one_core = rank(
            candidates
                .iter()
                .map(|c| evaluate_candidate(c, catalog(), &context))
                .collect(),
        );
        assert_eq!(
            evaluate_candidates(&candidates, catalog(), &context),
            one_core
        );
    }
}
