//! Every change to a workspace is an [`Edit`]: plain data, applied in one
//! place, returning the edit that undoes it (helix's invertible transactions).
//!
//! A removal carries its payload (nodes with their edges) so that undo
//! restores the same ids. One gesture is one edit; `Batch` groups several.

use serde::{Deserialize, Serialize};

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
    pub fn apply(self, ws: &mut Workspace) -> Result<Edit, EditError> {
        match self {
            Self::AddCandidate { candidate, index } => add_candidate(ws, *candidate, index),
            Self::RemoveCandidate { candidate } => remove_candidate(ws, candidate),
            Self::ReorderCandidate { candidate, index } => reorder_candidate(ws, candidate, index),
            Self::AddNodes {
                candidate,
                nodes,
                edges,
            } => add_nodes(ws, candidate, nodes, edges),
            Self::RemoveNodes { candidate, nodes } => remove_nodes(ws, candidate, &nodes),
            Self::MoveNodes { candidate, moves } => move_nodes(ws, candidate, moves),
            Self::SetNodeGroup { candidate, nodes } => set_node_groups(ws, candidate, nodes),
            Self::AddEdges { candidate, edges } => add_nodes(ws, candidate, Vec::new(), edges),
            Self::RemoveEdges { candidate, edges } => remove_edges(ws, candidate, &edges),
            Self::AddGroup {
                candidate,
                group,
                members,
            } => add_group(ws, candidate, group, members),
            Self::RemoveGroup { candidate, group } => {
                let (group, members) = candidate_mut(ws, candidate)?.remove_group(group)?;
                Ok(Self::AddGroup {
                    candidate,
                    group,
                    members,
                })
            }
            Self::SetContext(context) => Ok(Self::SetContext(Box::new(std::mem::replace(
                &mut ws.context,
                *context,
            )))),
            Self::SetDecision(decision) => Ok(Self::SetDecision(Box::new(std::mem::replace(
                &mut ws.decision,
                *decision,
            )))),
            Self::Batch(edits) => apply_batch(ws, edits),
            field_edit => set_field(ws, field_edit),
        }
    }
}

/// Edits that replace one value; the inverse puts the old value back.
fn set_field(ws: &mut Workspace, edit: Edit) -> Result<Edit, EditError> {
    match edit {
        Edit::RenameCandidate { candidate, name } => {
            let old = std::mem::replace(&mut candidate_mut(ws, candidate)?.name, name);
            Ok(Edit::RenameCandidate {
                candidate,
                name: old,
            })
        }
        Edit::SetCandidateNotes { candidate, notes } => {
            let old = std::mem::replace(&mut candidate_mut(ws, candidate)?.notes, notes);
            Ok(Edit::SetCandidateNotes {
                candidate,
                notes: old,
            })
        }
        Edit::RenameNode {
            candidate,
            node,
            label,
        } => {
            let old = std::mem::replace(&mut node_mut(ws, candidate, node)?.label, label);
            Ok(Edit::RenameNode {
                candidate,
                node,
                label: old,
            })
        }
        Edit::SetNodeNotes {
            candidate,
            node,
            notes,
        } => {
            let old = std::mem::replace(&mut node_mut(ws, candidate, node)?.notes, notes);
            Ok(Edit::SetNodeNotes {
                candidate,
                node,
                notes: old,
            })
        }
        Edit::SetNodeKind {
            candidate,
            node,
            kind,
        } => {
            let old = std::mem::replace(&mut node_mut(ws, candidate, node)?.kind, kind);
            Ok(Edit::SetNodeKind {
                candidate,
                node,
                kind: old,
            })
        }
        Edit::SetEdge {
            candidate,
            edge,
            kind,
            label,
        } => {
            let e = candidate_mut(ws, candidate)?
                .edge_mut(edge)
                .ok_or(GraphError::MissingEdge(edge))?;
            let old_kind = std::mem::replace(&mut e.kind, kind);
            let old_label = std::mem::replace(&mut e.label, label);
            Ok(Edit::SetEdge {
                candidate,
                edge,
                kind: old_kind,
                label: old_label,
            })
        }
        Edit::RenameGroup {
            candidate,
            group,
            name,
        } => {
            let g = candidate_mut(ws, candidate)?
                .group_mut(group)
                .ok_or(GraphError::MissingGroup(group))?;
            let old = std::mem::replace(&mut g.name, name);
            Ok(Edit::RenameGroup {
                candidate,
                group,
                name: old,
            })
        }
        other => other.apply(ws),
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

fn add_candidate(ws: &mut Workspace, data: CandidateData, index: usize) -> Result<Edit, EditError> {
    if ws.candidate(data.id).is_some() {
        return Err(EditError::DuplicateCandidate(data.id));
    }
    let id = data.id;
    let candidate = data.into_candidate()?;
    ws.reserve_id(candidate.max_id());
    let index = index.min(ws.candidates().len());
    ws.candidates_mut().insert(index, candidate);
    Ok(Edit::RemoveCandidate { candidate: id })
}

fn remove_candidate(ws: &mut Workspace, id: CandidateId) -> Result<Edit, EditError> {
    let index = ws
        .candidates()
        .iter()
        .position(|c| c.id == id)
        .ok_or(EditError::MissingCandidate(id))?;
    let candidate = ws.candidates_mut().remove(index);
    Ok(Edit::AddCandidate {
        candidate: Box::new(CandidateData::from(&candidate)),
        index,
    })
}

fn reorder_candidate(ws: &mut Workspace, id: CandidateId, index: usize) -> Result<Edit, EditError> {
    let from = ws
        .candidates()
        .iter()
        .position(|c| c.id == id)
        .ok_or(EditError::MissingCandidate(id))?;
    let candidate = ws.candidates_mut().remove(from);
    let index = index.min(ws.candidates().len());
    ws.candidates_mut().insert(index, candidate);
    Ok(Edit::ReorderCandidate {
        candidate: id,
        index: from,
    })
}

/// Adds all or nothing: on a failure, what was added is taken out again.
fn add_nodes(
    ws: &mut Workspace,
    id: CandidateId,
    nodes: Vec<Node>,
    edges: Vec<Edge>,
) -> Result<Edit, EditError> {
    let max_id = nodes
        .iter()
        .map(|n| n.id.0)
        .chain(edges.iter().map(|e| e.id.0))
        .max();
    let c = candidate_mut(ws, id)?;
    let node_ids: Vec<NodeId> = nodes.iter().map(|n| n.id).collect();
    let edge_ids: Vec<EdgeId> = edges.iter().map(|e| e.id).collect();
    let mut added_nodes = Vec::new();
    let mut added_edges = Vec::new();
    let result = (|| {
        for node in nodes {
            let node_id = node.id;
            c.add_node(node)?;
            added_nodes.push(node_id);
        }
        for edge in edges {
            let edge_id = edge.id;
            c.add_edge(edge)?;
            added_edges.push(edge_id);
        }
        Ok::<(), GraphError>(())
    })();
    if let Err(err) = result {
        for edge in added_edges {
            let _ = c.remove_edge(edge);
        }
        for node in added_nodes {
            let _ = c.remove_node(node);
        }
        return Err(err.into());
    }
    if let Some(max_id) = max_id {
        ws.reserve_id(max_id);
    }
    let remove_edges = Edit::RemoveEdges {
        candidate: id,
        edges: edge_ids,
    };
    let remove_nodes = Edit::RemoveNodes {
        candidate: id,
        nodes: node_ids,
    };
    Ok(match (&remove_edges, &remove_nodes) {
        (_, Edit::RemoveNodes { nodes, .. }) if nodes.is_empty() => remove_edges,
        (Edit::RemoveEdges { edges, .. }, _) if edges.is_empty() => remove_nodes,
        _ => Edit::Batch(vec![remove_edges, remove_nodes]),
    })
}

fn remove_nodes(ws: &mut Workspace, id: CandidateId, nodes: &[NodeId]) -> Result<Edit, EditError> {
    let c = candidate_mut(ws, id)?;
    if let Some(missing) = nodes.iter().find(|n| c.node(**n).is_none()) {
        return Err(GraphError::MissingNode(*missing).into());
    }
    let mut removed_nodes = Vec::new();
    let mut removed_edges: Vec<Edge> = Vec::new();
    for node in nodes {
        if let Ok((node, edges)) = c.remove_node(*node) {
            removed_nodes.push(node);
            removed_edges.extend(edges);
        }
    }
    removed_nodes.sort_by_key(|n| n.id);
    removed_edges.sort_by_key(|e| e.id);
    removed_edges.dedup_by_key(|e| e.id);
    Ok(Edit::AddNodes {
        candidate: id,
        nodes: removed_nodes,
        edges: removed_edges,
    })
}

fn move_nodes(
    ws: &mut Workspace,
    id: CandidateId,
    moves: Vec<(NodeId, Point)>,
) -> Result<Edit, EditError> {
    let c = candidate_mut(ws, id)?;
    if let Some((missing, _)) = moves.iter().find(|(n, _)| c.node(*n).is_none()) {
        return Err(GraphError::MissingNode(*missing).into());
    }
    let mut old = Vec::with_capacity(moves.len());
    for (node, position) in moves {
        if let Some(n) = c.node_mut(node) {
            old.push((node, std::mem::replace(&mut n.position, position)));
        }
    }
    old.reverse();
    Ok(Edit::MoveNodes {
        candidate: id,
        moves: old,
    })
}

fn set_node_groups(
    ws: &mut Workspace,
    id: CandidateId,
    nodes: Vec<(NodeId, Option<GroupId>)>,
) -> Result<Edit, EditError> {
    let c = candidate_mut(ws, id)?;
    for (node, group) in &nodes {
        if c.node(*node).is_none() {
            return Err(GraphError::MissingNode(*node).into());
        }
        if let Some(group) = group.filter(|g| c.group(*g).is_none()) {
            return Err(GraphError::MissingGroup(group).into());
        }
    }
    let mut old = Vec::with_capacity(nodes.len());
    for (node, group) in nodes {
        if let Some(n) = c.node_mut(node) {
            old.push((node, std::mem::replace(&mut n.group, group)));
        }
    }
    old.reverse();
    Ok(Edit::SetNodeGroup {
        candidate: id,
        nodes: old,
    })
}

fn remove_edges(ws: &mut Workspace, id: CandidateId, edges: &[EdgeId]) -> Result<Edit, EditError> {
    let c = candidate_mut(ws, id)?;
    if let Some(missing) = edges.iter().find(|e| c.edge(**e).is_none()) {
        return Err(GraphError::MissingEdge(*missing).into());
    }
    let mut removed: Vec<Edge> = edges
        .iter()
        .filter_map(|e| c.remove_edge(*e).ok())
        .collect();
    removed.sort_by_key(|e| e.id);
    Ok(Edit::AddEdges {
        candidate: id,
        edges: removed,
    })
}

fn add_group(
    ws: &mut Workspace,
    id: CandidateId,
    group: Group,
    members: Vec<NodeId>,
) -> Result<Edit, EditError> {
    let group_id = group.id;
    let c = candidate_mut(ws, id)?;
    if let Some(missing) = members.iter().find(|n| c.node(**n).is_none()) {
        return Err(GraphError::MissingNode(*missing).into());
    }
    c.add_group(group)?;
    let mut previous = Vec::new();
    for member in members {
        if let Some(n) = c.node_mut(member) {
            previous.push((member, n.group.replace(group_id)));
        }
    }
    ws.reserve_id(group_id.0);
    let restore_previous = previous.iter().any(|(_, old)| old.is_some());
    let remove = Edit::RemoveGroup {
        candidate: id,
        group: group_id,
    };
    Ok(if restore_previous {
        Edit::Batch(vec![
            remove,
            Edit::SetNodeGroup {
                candidate: id,
                nodes: previous,
            },
        ])
    } else {
        remove
    })
}

/// Applies each edit; if one fails, undoes the ones already applied.
fn apply_batch(ws: &mut Workspace, edits: Vec<Edit>) -> Result<Edit, EditError> {
    let mut inverses = Vec::with_capacity(edits.len());
    for edit in edits {
        match edit.apply(ws) {
            Ok(inverse) => inverses.push(inverse),
            Err(err) => {
                for inverse in inverses.into_iter().rev() {
                    let _ = inverse.apply(ws);
                }
                return Err(err);
            }
        }
    }
    inverses.reverse();
    Ok(Edit::Batch(inverses))
}
