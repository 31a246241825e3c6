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
    pub weights: BTreeMap<QualityAttribute, u8>,
    pub constraints: HardConstraints,
}

impl Default for EvaluationContext {
    fn default() -> Self {
        Self {
            team_size: 6,
            experience: Experience::Mixed,
            complexity_budget: 15,
            weights: QualityAttribute::ALL.into_iter().map(|a| (a, 3)).collect(),
            constraints: HardConstraints::default(),
        }
    }
}

impl EvaluationContext {
    /// The weight of an attribute (0 when not set).
    pub fn weight(&self, attribute: QualityAttribute) -> u8 {
        self.weights
            .get(&attribute)
            .copied()
            .unwrap_or(0)
            .min(MAX_WEIGHT)
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
