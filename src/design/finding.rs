//! A review finding: what a staff engineer would raise about a design.
//!
//! Defined here, beside the graph it points into, so that both `review`
//! (which produces findings) and `scoring` (which charges for them) can use
//! it without depending on each other.

use serde::{Deserialize, Serialize};

use super::fix_place::FixPlace;
use super::ids::{EdgeId, NodeId};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn key(self) -> &'static str {
        match self {
            Self::Info => "info",
            Self::Warning => "warning",
            Self::Error => "error",
        }
    }
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.key())
    }
}

/// One finding of one rule on one candidate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// The rule's stable id (`dual-write`, `sync-chain-depth`).
    pub rule: String,
    pub severity: Severity,
    /// The nodes concerned, in id order.
    pub nodes: Vec<NodeId>,
    /// The edges concerned, in id order.
    pub edges: Vec<EdgeId>,
    /// What is wrong and why it matters, in one or two sentences.
    pub message: String,
    /// The catalog pattern that would fix it, when there is one.
    pub fix: Option<String>,
    /// Where that pattern goes: the node and the part it plays.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fix_at: Option<FixPlace>,
}
