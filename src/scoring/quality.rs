//! Quality attributes: each distinct pattern's effect (-2..+2) on each
//! attribute, weighted by the context's priorities.
//!
//! A pattern counts once however many nodes use it. Points for one pattern
//! and one attribute: `QUALITY_SCALE × weight / total weight × effect`, so a
//! pattern that is +2 on everything earns 25 points whatever the weights.

use super::model::{Contribution, Criterion};
use crate::catalog::{Pattern, QualityAttribute};
use crate::context::EvaluationContext;

pub(super) const QUALITY_SCALE: f64 = 12.5;

pub(super) fn quality_attributes(
    patterns: &[&Pattern],
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
    for pattern in patterns {
        for attribute in QualityAttribute::ALL {
            let weight = context.weight(attribute);
            let effect = pattern.effects.get(attribute);
            if weight == 0 || effect.score == 0 {
                continue;
            }
            let points = QUALITY_SCALE * f64::from(weight) / f64::from(total_weight)
                * f64::from(effect.score);
            out.push(Contribution::new(
                Criterion::QualityAttributes,
                &pattern.id,
                points,
                format!(
                    "{} {:+} × weight {weight}/{total_weight}: {}",
                    attribute.label(),
                    effect.score,
                    effect.reason
                ),
            ));
        }
    }
}
