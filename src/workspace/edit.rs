//! Every change to a workspace is an [`Edit`]: plain data, applied in one
//! place, returning the edit that undoes it (helix's invertible transactions).
//!
//! A removal carries its payload (nodes with their edges) so that undo
//! restores the same ids. One gesture is one edit; `Batch` groups several.

use serde::{Deserialize, Serialize};

mod fields;
mod structure;
use fields::{
    remove_group, rename_candidate, rename_group, rename_node, set_candidate_notes, set_edge,
    set_node_kind, set_node_notes,
};
use structure::{
    add_candidate, add_group, add_nodes, apply_batch, move_nodes, remove_candidate, remove_edges,
    remove_nodes, reorder_candidate, set_node_groups,
};

use super::data::CandidateData;
use super::{Decision, Workspace};
use crate::context::EvaluationContext;
use crate::design::{
    CandidateId, Edge, EdgeId, EdgeKind, GraphError, Group, GroupId, Node, NodeId, NodeKind, Point,
};

/// A change to the workspace.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Edit {
    /// Inserts a candidate at `index` (clamped to the end).
    AddCandidate {
        candidate: Box<CandidateData>,
        index: usize,
    },
    RemoveCandidate {
        candidate: CandidateId,
    },
    RenameCandidate {
        candidate: CandidateId,
        name: String,
    },
    SetCandidateNotes {
        candidate: CandidateId,
        notes: String,
    },
    /// Moves a candidate to another place in the tab order.
    ReorderCandidate {
        candidate: CandidateId,
        index: usize,
    },
    /// Adds nodes, then edges (which may join new and existing nodes).
    AddNodes {
        candidate: CandidateId,
        nodes: Vec<Node>,
        edges: Vec<Edge>,
    },
    /// Removes nodes and every edge touching them.
    RemoveNodes {
        candidate: CandidateId,
        nodes: Vec<NodeId>,
    },
    MoveNodes {
        candidate: CandidateId,
        moves: Vec<(NodeId, Point)>,
    },
    RenameNode {
        candidate: CandidateId,
        node: NodeId,
        label: String,
    },
    SetNodeNotes {
        candidate: CandidateId,
        node: NodeId,
        notes: String,
    },
    /// Changes what a node stands for (another pattern, carried patterns).
    SetNodeKind {
        candidate: CandidateId,
        node: NodeId,
        kind: NodeKind,
    },
    SetNodeGroup {
        candidate: CandidateId,
        nodes: Vec<(NodeId, Option<GroupId>)>,
    },
    AddEdges {
        candidate: CandidateId,
        edges: Vec<Edge>,
    },
    RemoveEdges {
        candidate: CandidateId,
        edges: Vec<EdgeId>,
    },
    SetEdge {
        candidate: CandidateId,
        edge: EdgeId,
        kind: EdgeKind,
        label: String,
    },
    /// Adds a group and puts `members` in it.
    AddGroup {
        candidate: CandidateId,
        group: Group,
        members: Vec<NodeId>,
    },
    RemoveGroup {
        candidate: CandidateId,
        group: GroupId,
    },
    RenameGroup {
        candidate: CandidateId,
        group: GroupId,
        name: String,
    },
    SetContext(Box<EvaluationContext>),
    SetDecision(Box<Decision>),
    /// Several edits as one step (applied in order, undone in reverse).
    Batch(Vec<Edit>),
}

/// Why an edit could not be applied; the workspace is left unchanged.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    #[error("candidate {0} is not in the workspace")]
    MissingCandidate(CandidateId),
    #[error("candidate {0} is already in the workspace")]
    DuplicateCandidate(CandidateId),
    #[error(transparent)]
    Graph(#[from] GraphError),
}

impl Edit {
    /// Applies the edit and returns its inverse. On error the workspace is
    /// unchanged (edits check before they change, batches roll back).
    ///
    /// Every variant is named here, with no catch-all arm: a new variant
    /// does not compile until it says how it is applied.
    pub fn apply(self, ws: &mut Workspace) -> Result<Edit, EditError> {
        match self {
            Self::AddCandidate { candidate, index } => add_candidate(ws, *candidate, index),
            Self::RemoveCandidate { candidate } => remove_candidate(ws, candidate),
            Self::RenameCandidate { candidate, name } => rename_candidate(ws, candidate, name),
            Self::SetCandidateNotes { candidate, notes } => {
                set_candidate_notes(ws, candidate, notes)
            }
            Self::ReorderCandidate { candidate, index } => reorder_candidate(ws, candidate, index),
            Self::AddNodes {
                candidate,
                nodes,
                edges,
            } => add_nodes(ws, candidate, nodes, edges),
            Self::RemoveNodes { candidate, nodes } => remove_nodes(ws, candidate, &nodes),
            Self::MoveNodes { candidate, moves } => move_nodes(ws, candidate, moves),
            Self::RenameNode {
                candidate,
                node,
                label,
            } => rename_node(ws, candidate, node, label),
            Self::SetNodeNotes {
                candidate,
                node,
                notes,
            } => set_node_notes(ws, candidate, node, notes),
            Self::SetNodeKind {
                candidate,
                node,
                kind,
            } => set_node_kind(ws, candidate, node, kind),
            Self::SetNodeGroup { candidate, nodes } => set_node_groups(ws, candidate, nodes),
            Self::AddEdges { candidate, edges } => add_nodes(ws, candidate, Vec::new(), edges),
            Self::RemoveEdges { candidate, edges } => remove_edges(ws, candidate, &edges),
            Self::SetEdge {
                candidate,
                edge,
                kind,
                label,
            } => set_edge(ws, candidate, edge, kind, label),
            Self::AddGroup {
                candidate,
                group,
                members,
            } => add_group(ws, candidate, group, members),
            Self::RemoveGroup { candidate, group } => remove_group(ws, candidate, group),
            Self::RenameGroup {
                candidate,
                group,
                name,
            } => rename_group(ws, candidate, group, name),
            Self::SetContext(context) => Ok(Self::SetContext(Box::new(std::mem::replace(
                &mut ws.context,
                *context,
            )))),
            Self::SetDecision(decision) => Ok(Self::SetDecision(Box::new(std::mem::replace(
                &mut ws.decision,
                *decision,
            )))),
            Self::Batch(edits) => apply_batch(ws, edits),
        }
    }
}

fn candidate_mut(
    ws: &mut Workspace,
    id: CandidateId,
) -> Result<&mut crate::design::Candidate, EditError> {
    ws.candidate_mut(id).ok_or(EditError::MissingCandidate(id))
}

fn node_mut(
    ws: &mut Workspace,
    candidate: CandidateId,
    node: NodeId,
) -> Result<&mut Node, EditError> {
    candidate_mut(ws, candidate)?
        .node_mut(node)
        .ok_or(EditError::Graph(GraphError::MissingNode(node)))
}
