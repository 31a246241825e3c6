//! Hard constraints: facets that must or must not appear, a maximum pattern
//! complexity. A violation makes the candidate infeasible, with the reason.

use crate::catalog::Pattern;
use crate::context::EvaluationContext;

/// The reasons a candidate is infeasible; empty when it is feasible.
pub(super) fn hard_constraints(patterns: &[&Pattern], context: &EvaluationContext) -> Vec<String> {
    let constraints = &context.constraints;
    let mut reasons = Vec::new();
    if patterns.is_empty() {
        reasons.push("the design uses no catalog pattern, so there is nothing to judge".to_owned());
    }
    for facet in &constraints.required_facets {
        if !patterns.iter().any(|p| p.facets.contains(facet)) {
            reasons.push(format!(
                "requires `{}`, which no pattern of the design has",
                facet.key()
            ));
        }
    }
    for facet in &constraints.forbidden_facets {
        let offenders: Vec<&str> = patterns
            .iter()
            .filter(|p| p.facets.contains(facet))
            .map(|p| p.name.as_str())
            .collect();
        if !offenders.is_empty() {
            reasons.push(format!(
                "forbids `{}`, but {} have it",
                facet.key(),
                offenders.join(", ")
            ));
        }
    }
    if let Some(max) = constraints.max_complexity {
        for pattern in patterns.iter().filter(|p| p.complexity > max) {
            reasons.push(format!(
                "{} has complexity {}/5, above the maximum of {max}",
                pattern.name, pattern.complexity
            ));
        }
    }
    reasons
}
