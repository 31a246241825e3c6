//! The edits that replace one value (a name, notes, a kind, an edge's kind
//! and label) or take out one group: each returns the edit that puts the
//! old value back, and fails before changing anything when its target is
//! missing.

use super::{Edit, EditError, candidate_mut, node_mut};
use crate::design::{CandidateId, EdgeId, EdgeKind, GraphError, GroupId, NodeId, NodeKind};
use crate::workspace::Workspace;

pub(super) fn rename_candidate(
    ws: &mut Workspace,
    candidate: CandidateId,
    name: String,
) -> Result<Edit, EditError> {
    let old = std::mem::replace(&mut candidate_mut(ws, candidate)?.name, name);
    Ok(Edit::RenameCandidate {
        candidate,
        name: old,
    })
}

pub(super) fn set_candidate_notes(
    ws: &mut Workspace,
    candidate: CandidateId,
    notes: String,
) -> Result<Edit, EditError> {
    let old = std::mem::replace(&mut candidate_mut(ws, candidate)?.notes, notes);
    Ok(Edit::SetCandidateNotes {
        candidate,
        notes: old,
    })
}

pub(super) fn rename_node(
    ws: &mut Workspace,
    candidate: CandidateId,
    node: NodeId,
    label: String,
) -> Result<Edit, EditError> {
    let old = std::mem::replace(&mut node_mut(ws, candidate, node)?.label, label);
    Ok(Edit::RenameNode {
        candidate,
        node,
        label: old,
    })
}

pub(super) fn set_node_notes(
    ws: &mut Workspace,
    candidate: CandidateId,
    node: NodeId,
    notes: String,
) -> Result<Edit, EditError> {
    let old = std::mem::replace(&mut node_mut(ws, candidate, node)?.notes, notes);
    Ok(Edit::SetNodeNotes {
        candidate,
        node,
        notes: old,
    })
}

pub(super) fn set_node_kind(
    ws: &mut Workspace,
    candidate: CandidateId,
    node: NodeId,
    kind: NodeKind,
) -> Result<Edit, EditError> {
    let old = std::mem::replace(&mut node_mut(ws, candidate, node)?.kind, kind);
    Ok(Edit::SetNodeKind {
        candidate,
        node,
        kind: old,
    })
}

pub(super) fn set_edge(
    ws: &mut Workspace,
    candidate: CandidateId,
    edge: EdgeId,
    kind: EdgeKind,
    label: String,
) -> Result<Edit, EditError> {
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

pub(super) fn rename_group(
    ws: &mut Workspace,
    candidate: CandidateId,
    group: GroupId,
    name: String,
) -> Result<Edit, EditError> {
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

/// Takes the group out; its members stay, ungrouped, and the inverse puts
/// them back in.
pub(super) fn remove_group(
    ws: &mut Workspace,
    candidate: CandidateId,
    group: GroupId,
) -> Result<Edit, EditError> {
    let (group, members) = candidate_mut(ws, candidate)?.remove_group(group)?;
    Ok(Edit::AddGroup {
        candidate,
        group,
        members,
    })
}
