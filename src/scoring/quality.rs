//! Quality attributes: each distinct pattern's effect (-2..+2) on each
//! attribute, and the drawing's own effects (a request that waits on a
//! system we do not run), weighted by the context's priorities.
//!
//! A pattern counts once however many nodes use it. Points for one pattern
//! and one attribute: `QUALITY_SCALE × weight / total weight × effect`, so a
//! pattern that is +2 on everything earns 25 points whatever the weights.
//! Returns diminish: an attribute's net effect counts up to +4 (two strong
//! patterns); beyond that a cap contribution takes the excess back, so
//! piling on patterns cannot buy the same quality twice.

use std::sync::Arc;

use super::model::{Contribution, Criterion};
use super::reason::Reason;
use crate::catalog::{Pattern, QualityAttribute};
use crate::context::EvaluationContext;

pub(super) const QUALITY_SCALE: f64 = 12.5;
/// The most net effect one attribute can collect from all patterns together.
pub(super) const ATTRIBUTE_CAP: i32 = 4;

/// An effect of the drawing itself on one attribute, counted like a
/// pattern's (see `structure::drawn_effects`).
pub(super) struct DrawnEffect {
    pub attribute: QualityAttribute,
    pub score: i8,
    /// The contribution's subject (`rule: ...`).
    pub subject: &'static str,
    pub why: Arc<str>,
}

pub(super) fn quality_attributes(
    patterns: &[&Pattern],
    drawn: &[DrawnEffect],
    context: &EvaluationContext,
    out: &mut Vec<Contribution>,
) {
    let total_weight = context.total_weight();
    if total_weight == 0 {
        out.push(Contribution::new(
            Criterion::QualityAttributes,
            "rule: priorities",
            0.0,
            "every quality attribute has weight 0, so effects are not counted",
        ));
        return;
    }
    for attribute in QualityAttribute::ALL {
        let weight = context.weight(attribute);
        if weight == 0 {
            continue;
        }
        let unit = QUALITY_SCALE * f64::from(weight) / f64::from(total_weight);
        let pattern_effects = patterns.iter().map(|p| {
            let effect = p.effects.get(attribute);
            (p.id.as_str(), effect.score, &effect.reason)
        });
        let drawn_effects = drawn
            .iter()
            .filter(|e| e.attribute == attribute)
            .map(|e| (e.subject, e.score, &e.why));
        let mut net = 0;
        for (subject, score, why) in pattern_effects.chain(drawn_effects) {
            if score == 0 {
                continue;
            }
            net += i32::from(score);
            out.push(Contribution::new(
                Criterion::QualityAttributes,
                subject,
                unit * f64::from(score),
                Reason::Effect {
                    attribute,
                    score,
                    weight,
                    total_weight,
                    why: Arc::clone(why),
                },
            ));
        }
        if net > ATTRIBUTE_CAP {
            out.push(Contribution::new(
                Criterion::QualityAttributes,
                format!("rule: {} cap", attribute.label()),
                -unit * f64::from(net - ATTRIBUTE_CAP),
                format!(
                    "the patterns add up to {net:+} on {}; only {ATTRIBUTE_CAP:+} counts, more of the same quality is not bought twice",
                    attribute.label()
                ),
            ));
        }
    }
}
