//! The document: one architecture decision with its evaluation context and
//! candidate designs; its edits (each with an inverse) and its file format.

pub mod clipboard;
pub mod data;
pub mod edit;
pub mod examples;
pub mod file;
pub mod fix;
pub mod pattern_notes;
pub mod unknown;

use serde::{Deserialize, Serialize};

use crate::context::EvaluationContext;
use crate::design::{Candidate, CandidateId};

pub use edit::{Edit, EditError};

/// Where a decision stands (MADR's statuses).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    #[default]
    Proposed,
    Accepted,
    Rejected,
    Deprecated,
    Superseded,
}

impl Status {
    pub const ALL: [Self; 5] = [
        Self::Proposed,
        Self::Accepted,
        Self::Rejected,
        Self::Deprecated,
        Self::Superseded,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Self::Proposed => "proposed",
            Self::Accepted => "accepted",
            Self::Rejected => "rejected",
            Self::Deprecated => "deprecated",
            Self::Superseded => "superseded",
        }
    }
}

/// The decision being made.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    pub title: String,
    pub problem: String,
    /// Forces and concerns that drive the decision, one per line.
    pub drivers: Vec<String>,
    pub status: Status,
    /// ISO date `YYYY-MM-DD` (empty until the decision is dated).
    pub date: String,
    pub decision_makers: Vec<String>,
    pub consulted: Vec<String>,
    pub informed: Vec<String>,
    /// With `status: superseded`: the number of the ADR that replaces it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub superseded_by: Option<u32>,
    /// The option the decision-makers chose when it is not the one that
    /// scores highest; `None` means the winner.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chosen: Option<CandidateId>,
    /// Why the chosen option was preferred to the winner (the ADR says it
    /// beside the scores).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub chosen_reason: String,
}

/// One decision, its context and its candidates.
///
/// Equality compares the document (decision, context, candidates), not the
/// id allocator, which only ever grows.
#[derive(Debug, Clone, Default)]
pub struct Workspace {
    pub decision: Decision,
    pub context: EvaluationContext,
    candidates: Vec<Candidate>,
    next_id: u64,
}

impl PartialEq for Workspace {
    fn eq(&self, other: &Self) -> bool {
        self.decision == other.decision
            && self.context == other.context
            && self.candidates == other.candidates
    }
}

impl Workspace {
    /// An empty workspace with a title.
    pub fn new(title: &str) -> Self {
        Self {
            decision: Decision {
                title: title.to_owned(),
                ..Decision::default()
            },
            next_id: 1,
            ..Self::default()
        }
    }

    /// Candidates in their display order.
    pub fn candidates(&self) -> &[Candidate] {
        &self.candidates
    }

    pub fn candidate(&self, id: CandidateId) -> Option<&Candidate> {
        self.candidates.iter().find(|c| c.id == id)
    }

    pub(crate) fn candidate_mut(&mut self, id: CandidateId) -> Option<&mut Candidate> {
        self.candidates.iter_mut().find(|c| c.id == id)
    }

    /// The candidate called `name` (ignoring case), if any.
    pub fn candidate_named(&self, name: &str) -> Option<&Candidate> {
        self.candidates
            .iter()
            .find(|c| c.name.eq_ignore_ascii_case(name.trim()))
    }

    /// The next unused id: ids are never reused, even after undo.
    pub fn fresh_id(&self) -> u64 {
        self.next_id.max(1)
    }

    /// `count` unused ids in a row.
    pub fn fresh_ids(&self, count: usize) -> impl Iterator<Item = u64> + use<> {
        let start = self.fresh_id();
        (0..count as u64).map(move |i| start + i)
    }

    /// Records that `id` is used, so it is never handed out again.
    pub(crate) fn reserve_id(&mut self, id: u64) {
        self.next_id = self.next_id.max(id.saturating_add(1));
    }

    pub(crate) fn candidates_mut(&mut self) -> &mut Vec<Candidate> {
        &mut self.candidates
    }

    /// Adds a candidate directly (building documents in code, loading files).
    pub fn push_candidate(&mut self, candidate: Candidate) {
        self.reserve_id(candidate.max_id());
        self.candidates.push(candidate);
    }
}
