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
/// it carries, each once however many parts cause it:
/// - a client's request that waits on an external system is only as
///   available as that system (availability -1);
/// - a service on the request path that screens requests (fraud, risk,
///   abuse ...) refuses a bad one before it takes effect, where the same
///   check fed by events or a schedule only finds it afterwards (security +1).
pub(super) fn drawn_effects(reading: &Reading, candidate: &Candidate) -> Vec<DrawnEffect> {
    let mut effects = Vec::new();
    if !reading.waited_on.is_empty() {
        let (names, one) = names_of(candidate, &reading.waited_on);
        let (they_are, them) = if one {
            ("it is", "it")
        } else {
            ("they are", "them")
        };
        effects.push(DrawnEffect {
            attribute: QualityAttribute::Availability,
            score: -1,
            subject: "rule: request path",
            why: Arc::from(format!(
                "requests from clients wait on {names}, which we do not run: when {they_are} slow or down, those requests fail with {them} (a queue between takes the call off the request path)"
            )),
        });
    }
    if !reading.screened_by.is_empty() {
        let (names, one) = names_of(candidate, &reading.screened_by);
        let sits = if one { "sits" } else { "sit" };
        effects.push(DrawnEffect {
            attribute: QualityAttribute::Security,
            score: 1,
            subject: "rule: checked before acting",
            why: Arc::from(format!(
                "{names} {sits} on the request path, so a request refused there never takes effect: abuse is stopped before it acts, not found afterwards"
            )),
        });
    }
    effects
}

/// The labels of `nodes` as one spoken list, and whether there is one.
fn names_of(candidate: &Candidate, nodes: &[crate::design::NodeId]) -> (String, bool) {
    let labels: Vec<&str> = candidate
        .labels_of(nodes)
        .into_iter()
        .map(str::trim)
        .collect();
    (crate::prose::spoken_list(&labels), labels.len() == 1)
}

/// Whether the candidate's name or notes call it a rewrite: an intention
/// the drawing of the end state cannot show.
fn says_rewrite(candidate: &Candidate) -> bool {
    let text = format!("{} {}", candidate.name, candidate.notes).to_ascii_lowercase();
    REWRITE_WORDS.iter().any(|w| text.contains(w))
}
