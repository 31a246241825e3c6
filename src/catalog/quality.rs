//! Quality attributes and a pattern's effect on each of them.
//!
//! These are the numbers scoring weighs against the evaluation context's
//! priorities. Every pattern states all ten, so no attribute is silently zero.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

/// A quality attribute that a design can be judged on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QualityAttribute {
    Scalability,
    Availability,
    Consistency,
    Latency,
    TimeToMarket,
    Operability,
    CostEfficiency,
    Evolvability,
    Testability,
    Security,
}

impl QualityAttribute {
    pub const ALL: [Self; 10] = [
        Self::Scalability,
        Self::Availability,
        Self::Consistency,
        Self::Latency,
        Self::TimeToMarket,
        Self::Operability,
        Self::CostEfficiency,
        Self::Evolvability,
        Self::Testability,
        Self::Security,
    ];

    /// The snake_case key used in files, the CLI and JSON.
    pub fn key(self) -> &'static str {
        match self {
            Self::Scalability => "scalability",
            Self::Availability => "availability",
            Self::Consistency => "consistency",
            Self::Latency => "latency",
            Self::TimeToMarket => "time_to_market",
            Self::Operability => "operability",
            Self::CostEfficiency => "cost_efficiency",
            Self::Evolvability => "evolvability",
            Self::Testability => "testability",
            Self::Security => "security",
        }
    }

    /// Words for people ("time to market").
    pub fn label(self) -> &'static str {
        match self {
            Self::TimeToMarket => "time to market",
            Self::CostEfficiency => "cost efficiency",
            other => other.key(),
        }
    }

    /// Parses a key, accepting `-` or space for `_` and any case.
    pub fn from_key(key: &str) -> Option<Self> {
        let key = key.trim().to_ascii_lowercase().replace(['-', ' '], "_");
        Self::ALL.into_iter().find(|a| a.key() == key)
    }
}

impl std::fmt::Display for QualityAttribute {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.label())
    }
}

/// How a pattern moves one quality attribute, with the reason in one line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Effect {
    /// From -2 (hurts a lot) to +2 (helps a lot).
    pub score: i8,
    /// Shared with the scores that cite it.
    pub reason: Arc<str>,
}

/// A pattern's effect on every quality attribute: all ten are required.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QualityEffects {
    pub scalability: Effect,
    pub availability: Effect,
    pub consistency: Effect,
    pub latency: Effect,
    pub time_to_market: Effect,
    pub operability: Effect,
    pub cost_efficiency: Effect,
    pub evolvability: Effect,
    pub testability: Effect,
    pub security: Effect,
}

impl QualityEffects {
    /// The effect on one attribute.
    pub fn get(&self, attribute: QualityAttribute) -> &Effect {
        match attribute {
            QualityAttribute::Scalability => &self.scalability,
            QualityAttribute::Availability => &self.availability,
            QualityAttribute::Consistency => &self.consistency,
            QualityAttribute::Latency => &self.latency,
            QualityAttribute::TimeToMarket => &self.time_to_market,
            QualityAttribute::Operability => &self.operability,
            QualityAttribute::CostEfficiency => &self.cost_efficiency,
            QualityAttribute::Evolvability => &self.evolvability,
            QualityAttribute::Testability => &self.testability,
            QualityAttribute::Security => &self.security,
        }
    }

    /// All ten effects in the fixed attribute order.
    pub fn iter(&self) -> impl Iterator<Item = (QualityAttribute, &Effect)> {
        QualityAttribute::ALL.into_iter().map(|a| (a, self.get(a)))
    }

    /// Whether every effect is 0: the pattern was never rated (imported).
    pub fn is_unrated(&self) -> bool {
        self.iter().all(|(_, effect)| effect.score == 0)
    }

    /// Effects that are all neutral, with the same reason: a starting point
    /// for imported patterns whose source has no such numbers.
    pub fn neutral(reason: &str) -> Self {
        let effect = || Effect {
            score: 0,
            reason: reason.into(),
        };
        Self {
            scalability: effect(),
            availability: effect(),
            consistency: effect(),
            latency: effect(),
            time_to_market: effect(),
            operability: effect(),
            cost_efficiency: effect(),
            evolvability: effect(),
            testability: effect(),
            security: effect(),
        }
    }
}
