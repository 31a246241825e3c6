//! The plain, serialisable form of a candidate: lists of nodes, edges and
//! groups. Files and edits carry this; the graph is rebuilt from it.

use serde::{Deserialize, Serialize};

use crate::design::{Candidate, CandidateId, Edge, GraphError, Group, Node};

/// A candidate as plain lists, in id order.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CandidateData {
    pub id: CandidateId,
    pub name: String,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub groups: Vec<Group>,
    #[serde(default)]
    pub nodes: Vec<Node>,
    #[serde(default)]
    pub edges: Vec<Edge>,
}

impl From<&Candidate> for CandidateData {
    fn from(candidate: &Candidate) -> Self {
        Self {
            id: candidate.id,
            name: candidate.name.clone(),
            notes: candidate.notes.clone(),
            groups: candidate.groups().cloned().collect(),
            nodes: candidate.nodes().cloned().collect(),
            edges: candidate.edges().cloned().collect(),
        }
    }
}

impl CandidateData {
    /// Rebuilds the graph; fails on duplicate ids or dangling references.
    pub fn into_candidate(self) -> Result<Candidate, GraphError> {
        let mut candidate = Candidate::new(self.id, &self.name);
        candidate.notes = self.notes;
        for group in self.groups {
            candidate.add_group(group)?;
        }
        for node in self.nodes {
            candidate.add_node(node)?;
        }
        for edge in self.edges {
            candidate.add_edge(edge)?;
        }
        Ok(candidate)
    }
}
