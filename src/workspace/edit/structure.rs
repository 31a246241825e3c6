//! The edits that change a candidate's structure: candidates added,
//! removed and reordered; nodes, edges and groups added, removed, moved and
//! regrouped; batches. Each returns the edit that undoes it, and checks
//! before it changes anything.

use super::{Edit, EditError, candidate_mut};
use crate::design::{CandidateId, Edge, EdgeId, GraphError, Group, GroupId, Node, NodeId, Point};
use crate::workspace::Workspace;
use crate::workspace::data::CandidateData;

pub(super) fn add_candidate(
    ws: &mut Workspace,
    data: CandidateData,
    index: usize,
) -> Result<Edit, EditError> {
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

pub(super) fn remove_candidate(ws: &mut Workspace, id: CandidateId) -> Result<Edit, EditError> {
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

pub(super) fn reorder_candidate(
    ws: &mut Workspace,
    id: CandidateId,
    index: usize,
) -> Result<Edit, EditError> {
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
pub(super) fn add_nodes(
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
    Ok(if node_ids.is_empty() {
        Edit::RemoveEdges {
            candidate: id,
            edges: edge_ids,
        }
    } else if edge_ids.is_empty() {
        Edit::RemoveNodes {
            candidate: id,
            nodes: node_ids,
        }
    } else {
        Edit::Batch(vec![
            Edit::RemoveEdges {
                candidate: id,
                edges: edge_ids,
            },
            Edit::RemoveNodes {
                candidate: id,
                nodes: node_ids,
            },
        ])
    })
}

pub(super) fn remove_nodes(
    ws: &mut Workspace,
    id: CandidateId,
    nodes: &[NodeId],
) -> Result<Edit, EditError> {
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

pub(super) fn move_nodes(
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

pub(super) fn set_node_groups(
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

pub(super) fn remove_edges(
    ws: &mut Workspace,
    id: CandidateId,
    edges: &[EdgeId],
) -> Result<Edit, EditError> {
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

pub(super) fn add_group(
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
pub(super) fn apply_batch(ws: &mut Workspace, edits: Vec<Edit>) -> Result<Edit, EditError> {
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
