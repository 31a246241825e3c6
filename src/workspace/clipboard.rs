//! Copy, paste and duplicate: the edits behind them, with fresh ids so a
//! copy never collides with what it was copied from.

use std::collections::{BTreeMap, BTreeSet};

use super::data::CandidateData;
use super::{Edit, Workspace};
use crate::design::{Candidate, CandidateId, Edge, EdgeId, GroupId, Node, NodeId, Point};

/// Nodes and the edges between them, as copied from a candidate.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Clipboard {
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
}

impl Clipboard {
    /// Copies `selection` from `candidate`, with the edges that join two selected nodes.
    pub fn copy(candidate: &Candidate, selection: &BTreeSet<NodeId>) -> Self {
        let nodes = candidate
            .nodes()
            .filter(|n| selection.contains(&n.id))
            .cloned()
            .collect();
        let edges = candidate
            .edges()
            .filter(|e| selection.contains(&e.from) && selection.contains(&e.to))
            .cloned()
            .collect();
        Self { nodes, edges }
    }

    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }
}

/// The edit that pastes `clipboard` into `candidate`, shifted by `offset`,
/// with fresh ids; group membership is kept only where the group exists there.
pub fn paste_edit(
    ws: &Workspace,
    candidate: CandidateId,
    clipboard: &Clipboard,
    offset: Point,
) -> Option<Edit> {
    let target = ws.candidate(candidate)?;
    if clipboard.is_empty() {
        return None;
    }
    let mut fresh = ws.fresh_ids(clipboard.nodes.len() + clipboard.edges.len());
    let mut node_ids = BTreeMap::new();
    let nodes: Vec<Node> = clipboard
        .nodes
        .iter()
        .map(|n| {
            let id = NodeId(fresh.next().unwrap_or_default());
            node_ids.insert(n.id, id);
            Node {
                id,
                position: Point::new(n.position.x + offset.x, n.position.y + offset.y),
                group: n.group.filter(|g| target.group(*g).is_some()),
                ..n.clone()
            }
        })
        .collect();
    let edges = clipboard
        .edges
        .iter()
        .filter_map(|e| {
            Some(Edge {
                id: EdgeId(fresh.next().unwrap_or_default()),
                from: *node_ids.get(&e.from)?,
                to: *node_ids.get(&e.to)?,
                ..e.clone()
            })
        })
        .collect();
    Some(Edit::AddNodes {
        candidate,
        nodes,
        edges,
    })
}

/// The edit that adds a copy of `source` named `name` right after it, with fresh ids.
pub fn duplicate_candidate_edit(ws: &Workspace, source: CandidateId, name: &str) -> Option<Edit> {
    let index = ws.candidates().iter().position(|c| c.id == source)?;
    let data = CandidateData::from(&ws.candidates()[index]);
    let count = 1 + data.groups.len() + data.nodes.len() + data.edges.len();
    let mut fresh = ws.fresh_ids(count);
    let mut next = || fresh.next().unwrap_or_default();
    let id = CandidateId(next());
    let groups: BTreeMap<GroupId, GroupId> = data
        .groups
        .iter()
        .map(|g| (g.id, GroupId(next())))
        .collect();
    let nodes: BTreeMap<NodeId, NodeId> =
        data.nodes.iter().map(|n| (n.id, NodeId(next()))).collect();
    let copy = CandidateData {
        id,
        name: name.to_owned(),
        notes: data.notes.clone(),
        groups: data
            .groups
            .iter()
            .map(|g| crate::design::Group {
                id: groups[&g.id],
                name: g.name.clone(),
            })
            .collect(),
        nodes: data
            .nodes
            .iter()
            .map(|n| Node {
                id: nodes[&n.id],
                group: n.group.and_then(|g| groups.get(&g).copied()),
                ..n.clone()
            })
            .collect(),
        edges: data
            .edges
            .iter()
            .map(|e| Edge {
                id: EdgeId(next()),
                from: nodes[&e.from],
                to: nodes[&e.to],
                ..e.clone()
            })
            .collect(),
    };
    Some(Edit::AddCandidate {
        candidate: Box::new(copy),
        index: index + 1,
    })
}

/// The edit that adds an empty candidate called `name` at the end.
pub fn new_candidate_edit(ws: &Workspace, name: &str) -> Edit {
    let data = CandidateData {
        id: CandidateId(ws.fresh_id()),
        name: name.to_owned(),
        ..CandidateData::default()
    };
    Edit::AddCandidate {
        candidate: Box::new(data),
        index: usize::MAX,
    }
}

/// "Name (copy)", "Name (copy 2)"... not yet used by a candidate.
pub fn copy_name(ws: &Workspace, name: &str) -> String {
    (1..)
        .map(|n| {
            if n == 1 {
                format!("{name} (copy)")
            } else {
                format!("{name} (copy {n})")
            }
        })
        .find(|candidate| ws.candidate_named(candidate).is_none())
        .unwrap_or_else(|| format!("{name} (copy)"))
}
