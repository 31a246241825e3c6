//! Hard constraints: facets that must or must not appear, a maximum pattern
//! complexity. A violation makes the candidate infeasible, with the reason;
//! nothing else does (a plain drawing with no pattern is judged like any
//! other).
//!
//! The design's facets come from the drawing (an asynchronous edge already
//! means eventual consistency) and from the patterns whose effects count.
//! A mitigation adds none: it works on a risk the drawing already has, so
//! applying the fix the review offers cannot make a design infeasible.

use super::counting::Counted;
use crate::catalog::{Facet, Pattern};
use crate::context::EvaluationContext;
use crate::reading::Reading;

/// The reasons a candidate is infeasible; empty when it is feasible.
pub(super) fn hard_constraints(
    counted: &Counted<'_>,
    reading: &Reading,
    context: &EvaluationContext,
) -> Vec<String> {
    let constraints = &context.constraints;
    let mut reasons = Vec::new();
    let has =
        |facet: &Facet| reading.facets.contains(facet) || carriers(counted, facet).next().is_some();
    for facet in &constraints.required_facets {
        if !has(facet) {
            reasons.push(format!(
                "requires `{}`, which neither the drawing nor a pattern of the design has",
                facet.key()
            ));
        }
    }
    for facet in &constraints.forbidden_facets {
        let mut offenders: Vec<&str> = carriers(counted, facet).map(|p| p.name.as_str()).collect();
        if reading.facets.contains(facet) {
            offenders.insert(0, "the drawing");
        }
        if !offenders.is_empty() {
            reasons.push(format!(
                "forbids `{}`, but {} {} it",
                facet.key(),
                offenders.join(", "),
                if offenders.len() == 1 { "has" } else { "have" }
            ));
        }
    }
    if let Some(max) = constraints.max_complexity {
        for pattern in counted.built.iter().filter(|p| p.complexity > max) {
            reasons.push(format!(
                "{} has complexity {}/5, above the maximum of {max}",
                pattern.name, pattern.complexity
            ));
        }
    }
    reasons
}

/// Patterns whose effects count and that have `facet`.
fn carriers<'a, 'c>(
    counted: &'a Counted<'c>,
    facet: &'a Facet,
) -> impl Iterator<Item = &'c Pattern> + 'a {
    counted
        .effective
        .iter()
        .copied()
        .filter(move |p| p.facets.contains(facet))
}
