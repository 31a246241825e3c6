//! The design reading in the score: one line saying what the drawing was
//! read as (no points: the style's effects, costs and risks follow from
//! it), and the rewrite risk of replacing a running system in one go.

use std::sync::Arc;

use super::model::{Contribution, Criterion};
use super::quality::DrawnEffect;
use crate::catalog::QualityAttribute;
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

/// Effects of the drawing itself on quality attributes, whatever patterns
/// it carries: a client's request that waits on an external system is
/// only as available as that system (availability -1, once however many).
pub(super) fn drawn_effects(reading: &Reading, candidate: &Candidate) -> Vec<DrawnEffect> {
    if reading.waited_on.is_empty() {
        return Vec::new();
    }
    let labels: Vec<&str> = candidate
        .labels_of(&reading.waited_on)
        .into_iter()
        .map(str::trim)
        .collect();
    let names = crate::prose::spoken_list(&labels);
    let (they_are, them) = if labels.len() == 1 {
        ("it is", "it")
    } else {
        ("they are", "them")
    };
    let why = format!(
        "requests from clients wait on {names}, which we do not run: when {they_are} slow or down, those requests fail with {them} (a queue between takes the call off the request path)"
    );
    vec![DrawnEffect {
        attribute: QualityAttribute::Availability,
        score: -1,
        subject: "rule: request path",
        why: Arc::from(why),
    }]
}

/// Whether the candidate's name or notes call it a rewrite: an intention
/// the drawing of the end state cannot show.
fn says_rewrite(candidate: &Candidate) -> bool {
    let text = format!("{} {}", candidate.name, candidate.notes).to_ascii_lowercase();
    REWRITE_WORDS.iter().any(|w| text.contains(w))
}
