//! The evaluation context: who will build the design and what matters to
//! them. Shared by every candidate of a workspace.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::catalog::{Facet, QualityAttribute};

/// How experienced the team is; moves how much complexity it can carry.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Experience {
    Junior,
    #[default]
    Mixed,
    Senior,
}

impl Experience {
    pub const ALL: [Self; 3] = [Self::Junior, Self::Mixed, Self::Senior];

    pub fn key(self) -> &'static str {
        match self {
            Self::Junior => "junior",
            Self::Mixed => "mixed",
            Self::Senior => "senior",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        let key = key.trim().to_ascii_lowercase();
        Self::ALL.into_iter().find(|e| e.key() == key)
    }
}

/// The highest weight a quality attribute can get.
pub const MAX_WEIGHT: u8 = 5;

/// The weight of every quality attribute while no weight is set at all.
///
/// The one rule for unset weights, the same in a workspace file, on the
/// command line and in the window: **the weights you set are your
/// priorities**. Set none, and every attribute counts the same (3 each);
/// set any, and an attribute you did not set counts 0. So
/// `--weight latency=3` means "latency is what matters", and
/// `{latency: 5, cost_efficiency: 2}` means the same in a file as on the
/// command line.
pub const DEFAULT_WEIGHT: u8 = 3;

/// Constraints that a candidate must meet to be feasible at all.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
#[serde(deny_unknown_fields)]
pub struct HardConstraints {
    /// Facets that at least one pattern of the design must have.
    pub required_facets: BTreeSet<Facet>,
    /// Facets that no pattern of the design may have.
    pub forbidden_facets: BTreeSet<Facet>,
    /// No pattern may be more complex than this (1-5).
    pub max_complexity: Option<u8>,
}

impl HardConstraints {
    pub fn is_empty(&self) -> bool {
        self.required_facets.is_empty()
            && self.forbidden_facets.is_empty()
            && self.max_complexity.is_none()
    }
}

/// The team, its budget and its priorities.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
#[serde(deny_unknown_fields)]
pub struct EvaluationContext {
    /// Engineers who will build and run the design.
    pub team_size: u32,
    pub experience: Experience,
    /// Total pattern complexity (sum of distinct patterns' 1-5) the team can afford.
    pub complexity_budget: u32,
    /// Priority of each quality attribute, 0 (ignore) to 5 (critical).
    /// Empty: none set, every attribute counts [`DEFAULT_WEIGHT`]; otherwise
    /// an attribute missing here counts 0 (see [`DEFAULT_WEIGHT`]).
    pub weights: BTreeMap<QualityAttribute, u8>,
    pub constraints: HardConstraints,
}

impl Default for EvaluationContext {
    fn default() -> Self {
        Self {
            team_size: 6,
            experience: Experience::Mixed,
            complexity_budget: 15,
            weights: BTreeMap::new(),
            constraints: HardConstraints::default(),
        }
    }
}

impl EvaluationContext {
    /// The weight an attribute is scored with: its own when set; when it is
    /// not, [`DEFAULT_WEIGHT`] if no weight is set at all, else 0.
    pub fn weight(&self, attribute: QualityAttribute) -> u8 {
        if self.weights.is_empty() {
            return DEFAULT_WEIGHT;
        }
        self.weights
            .get(&attribute)
            .copied()
            .unwrap_or(0)
            .min(MAX_WEIGHT)
    }

    /// Whether the user set this attribute's weight (in the file, with
    /// `--weight` or with a slider).
    pub fn weight_is_set(&self, attribute: QualityAttribute) -> bool {
        self.weights.contains_key(&attribute)
    }

    /// The attributes whose weight the user set, in attribute order.
    pub fn set_weights(&self) -> Vec<QualityAttribute> {
        QualityAttribute::ALL
            .into_iter()
            .filter(|a| self.weight_is_set(*a))
            .collect()
    }

    /// Every attribute with the weight it is scored with.
    pub fn effective_weights(&self) -> BTreeMap<QualityAttribute, u8> {
        QualityAttribute::ALL
            .into_iter()
            .map(|a| (a, self.weight(a)))
            .collect()
    }

    /// The weights rule as it applies to this context, in one sentence.
    pub fn weights_rule(&self) -> String {
        let set = self.set_weights().len();
        let unset = QualityAttribute::ALL.len() - set;
        match (set, unset) {
            (0, _) => format!(
                "No weight is set, so every quality attribute counts the same ({DEFAULT_WEIGHT})."
            ),
            (_, 0) => "Every weight is set.".to_owned(),
            (1, _) => format!(
                "1 weight is set; the {unset} not set count 0 (once any weight is set, only the weights set count)."
            ),
            _ => format!(
                "{set} weights are set; the {unset} not set count 0 (once any weight is set, only the weights set count)."
            ),
        }
    }

    /// The sum of all weights (0 means nothing matters).
    pub fn total_weight(&self) -> u32 {
        QualityAttribute::ALL
            .into_iter()
            .map(|a| u32::from(self.weight(a)))
            .sum()
    }

    /// Problems with the values, in words (an empty list when sound).
    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        if self.team_size == 0 || self.team_size > 100_000 {
            problems.push(format!(
                "team size must be between 1 and 100000 engineers, found {}",
                self.team_size
            ));
        }
        if self.complexity_budget > 10_000 {
            problems.push(format!(
                "complexity budget must be at most 10000, found {}",
                self.complexity_budget
            ));
        }
        for (attribute, weight) in &self.weights {
            if *weight > MAX_WEIGHT {
                problems.push(format!(
                    "the weight of {attribute} must be 0 to {MAX_WEIGHT}, found {weight}"
                ));
            }
        }
        if let Some(max) = self
            .constraints
            .max_complexity
            .filter(|m| !(1..=5).contains(m))
        {
            problems.push(format!(
                "the maximum complexity must be 1 to 5, found {max}"
            ));
        }
        let both: Vec<&str> = self
            .constraints
            .required_facets
            .intersection(&self.constraints.forbidden_facets)
            .map(|f| f.key())
            .collect();
        if !both.is_empty() {
            problems.push(format!(
                "facets both required and forbidden: {}",
                both.join(", ")
            ));
        }
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_weight_set_means_every_attribute_counts_the_same() {
        let context = EvaluationContext::default();
        assert!(context.set_weights().is_empty());
        for attribute in QualityAttribute::ALL {
            assert_eq!(context.weight(attribute), DEFAULT_WEIGHT);
        }
        assert!(context.weights_rule().contains("counts the same"));
    }

    #[test]
    fn once_a_weight_is_set_only_the_set_weights_count() {
        let mut context = EvaluationContext::default();
        context.weights.insert(QualityAttribute::Latency, 3);
        assert_eq!(context.weight(QualityAttribute::Latency), 3);
        assert_eq!(context.weight(QualityAttribute::Scalability), 0);
        assert_eq!(context.total_weight(), 3);
        assert_eq!(context.set_weights(), [QualityAttribute::Latency]);
        assert!(
            context
                .weights_rule()
                .starts_with("1 weight is set; the 9 not set count 0")
        );
    }
}
