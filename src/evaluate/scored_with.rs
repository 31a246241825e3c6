//! What an evaluation was scored with, as every output states it: the team,
//! its experience and budget, every weight (and whether the user set it),
//! the hard constraints, and the winning margin.

use serde::Serialize;

use super::margin::{Margin, margin};
use crate::catalog::{Facet, QualityAttribute};
use crate::context::{EvaluationContext, Experience};
use crate::scoring::Ranking;

/// One weight as it was scored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WeightUsed {
    pub attribute: QualityAttribute,
    pub weight: u8,
    /// Whether the user set it (else it follows the weights rule).
    pub set: bool,
}

/// The hard constraints as they were applied.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConstraintsUsed {
    pub required_facets: Vec<Facet>,
    pub forbidden_facets: Vec<Facet>,
    pub max_complexity: Option<u8>,
}

/// The context of an evaluation, and its margin.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScoredWith {
    pub team_size: u32,
    pub experience: Experience,
    pub complexity_budget: u32,
    /// Every quality attribute, in attribute order.
    pub weights: Vec<WeightUsed>,
    /// How unset weights were read, in one sentence.
    pub weights_rule: String,
    pub constraints: ConstraintsUsed,
    /// `None` when no candidate is feasible.
    pub margin: Option<Margin>,
}

impl ScoredWith {
    pub fn new(context: &EvaluationContext, ranking: &Ranking) -> Self {
        let hard = &context.constraints;
        Self {
            team_size: context.team_size,
            experience: context.experience,
            complexity_budget: context.complexity_budget,
            weights: QualityAttribute::ALL
                .into_iter()
                .map(|attribute| WeightUsed {
                    attribute,
                    weight: context.weight(attribute),
                    set: context.weight_is_set(attribute),
                })
                .collect(),
            weights_rule: context.weights_rule(),
            constraints: ConstraintsUsed {
                required_facets: hard.required_facets.iter().copied().collect(),
                forbidden_facets: hard.forbidden_facets.iter().copied().collect(),
                max_complexity: hard.max_complexity,
            },
            margin: margin(ranking),
        }
    }

    /// "4 engineers, mixed experience, complexity budget 8".
    pub fn team_line(&self) -> String {
        format!(
            "{} engineers, {} experience, complexity budget {}",
            self.team_size,
            self.experience.key(),
            self.complexity_budget
        )
    }

    /// Every weight: "time to market 5, latency 2, …", then those not set.
    pub fn weights_line(&self) -> String {
        let list = |set: bool| -> Vec<String> {
            self.weights
                .iter()
                .filter(|w| w.set == set)
                .map(|w| format!("{} {}", w.attribute.label(), w.weight))
                .collect()
        };
        let (set, unset) = (list(true), list(false));
        match (set.is_empty(), unset.is_empty()) {
            (true, _) => format!("{} (none set)", unset.join(", ")),
            (false, true) => set.join(", "),
            (false, false) => format!("{}; not set: {}", set.join(", "), unset.join(", ")),
        }
    }

    /// The hard constraints in words; "none" when none are set.
    pub fn constraints_line(&self) -> String {
        let c = &self.constraints;
        let keys = |facets: &[Facet]| -> String {
            facets
                .iter()
                .map(|f| format!("`{}`", f.key()))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut parts = Vec::new();
        if !c.required_facets.is_empty() {
            parts.push(format!("requires {}", keys(&c.required_facets)));
        }
        if !c.forbidden_facets.is_empty() {
            parts.push(format!("forbids {}", keys(&c.forbidden_facets)));
        }
        if let Some(max) = c.max_complexity {
            parts.push(format!("no pattern more complex than {max} of 5"));
        }
        if parts.is_empty() {
            "none".to_owned()
        } else {
            parts.join("; ")
        }
    }

    /// The margin sentence, or why there is none.
    pub fn margin_line(&self) -> String {
        self.margin.as_ref().map_or_else(
            || "no candidate is feasible, so there is no winner".to_owned(),
            |m| m.sentence.clone(),
        )
    }

    /// The whole context as labelled lines, for text outputs.
    pub fn lines(&self) -> Vec<String> {
        vec![
            format!("Team: {}", self.team_line()),
            format!("Weights (0-5): {}", self.weights_line()),
            format!("  {}", self.weights_rule),
            format!("Hard constraints: {}", self.constraints_line()),
            format!("Margin: {}", self.margin_line()),
        ]
    }
}
