//! The design reading in the score: one line saying what the drawing was
//! read as (no points: the style's effects, costs and risks follow from
//! it), and the rewrite risk of replacing a running system in one go.

use super::model::{Contribution, Criterion};
use crate::design::Candidate;
use crate::reading::{Reading, Shape};

/// What a big-bang replacement of a running system costs.
pub(super) const REWRITE_RISK_POINTS: f64 = -10.0;

/// Words with which a candidate says it replaces what runs today at once.
const REWRITE_WORDS: [&str; 5] = ["rewrite", "big-bang", "big bang", "replace", "from scratch"];

pub(super) fn read(reading: &Reading, candidate: &Candidate, out: &mut Vec<Contribution>) {
    out.push(Contribution::new(
        Criterion::Structure,
        "rule: design reading",
        0.0,
        reading.sentence(),
    ));
    if reading.shape != Shape::Transition && says_rewrite(candidate) {
        out.push(Contribution::new(
            Criterion::Structure,
            "rule: big-bang rewrite",
            REWRITE_RISK_POINTS,
            "replaces a running system in one cut-over: nothing ships until the end, the old system keeps changing meanwhile, and every behaviour nobody wrote down must be found again",
        ));
    }
}

/// Whether the candidate's name or notes call it a rewrite: an intention
/// the drawing of the end state cannot show.
fn says_rewrite(candidate: &Candidate) -> bool {
    let text = format!("{} {}", candidate.name, candidate.notes).to_ascii_lowercase();
    REWRITE_WORDS.iter().any(|w| text.contains(w))
}
