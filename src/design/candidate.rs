//! A candidate design: a directed graph of nodes and typed edges, with
//! named groups, addressed by our own ids.
//!
//! The graph is a petgraph `StableGraph` (indices survive deletions); the
//! indices never leave this file. Iteration is always in id order, so every
//! consumer (scoring, review, export) is deterministic.

use std::collections::{BTreeMap, BTreeSet};

use petgraph::Direction;
use petgraph::stable_graph::{EdgeIndex, NodeIndex, StableDiGraph};
use serde::{Deserialize, Serialize};

use super::edge::{Edge, EdgeKind};
use super::ids::{CandidateId, EdgeId, GroupId, NodeId};
use super::node::Node;

/// A named boundary (a bounded context, a deployment unit, a region).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    pub id: GroupId,
    pub name: String,
}

/// Why a graph change was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GraphError {
    #[error("node {0} is already in the design")]
    DuplicateNode(NodeId),
    #[error("edge {0} is already in the design")]
    DuplicateEdge(EdgeId),
    #[error("group {0} is already in the design")]
    DuplicateGroup(GroupId),
    #[error("node {0} is not in the design")]
    MissingNode(NodeId),
    #[error("edge {0} is not in the design")]
    MissingEdge(EdgeId),
    #[error("group {0} is not in the design")]
    MissingGroup(GroupId),
}

/// One candidate design.
#[derive(Debug, Clone, Default)]
pub struct Candidate {
    pub id: CandidateId,
    pub name: String,
    pub notes: String,
    graph: StableDiGraph<Node, Edge>,
    nodes: BTreeMap<NodeId, NodeIndex>,
    edges: BTreeMap<EdgeId, EdgeIndex>,
    groups: BTreeMap<GroupId, Group>,
}

impl PartialEq for Candidate {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
            && self.name == other.name
            && self.notes == other.notes
            && self.nodes().eq(other.nodes())
            && self.edges().eq(other.edges())
            && self.groups().eq(other.groups())
    }
}

impl Candidate {
    pub fn new(id: CandidateId, name: &str) -> Self {
        Self {
            id,
            name: name.to_owned(),
            ..Self::default()
        }
    }

    pub fn node_count(&self) -> usize {
        self.nodes.len()
    }

    pub fn edge_count(&self) -> usize {
        self.edges.len()
    }

    pub fn node(&self, id: NodeId) -> Option<&Node> {
        self.nodes.get(&id).and_then(|&i| self.graph.node_weight(i))
    }

    /// The labels of the nodes `ids` names that exist, in that order.
    pub fn labels_of(&self, ids: &[NodeId]) -> Vec<&str> {
        ids.iter()
            .filter_map(|id| self.node(*id))
            .map(|n| n.label.as_str())
            .collect()
    }

    pub fn node_mut(&mut self, id: NodeId) -> Option<&mut Node> {
        let index = *self.nodes.get(&id)?;
        self.graph.node_weight_mut(index)
    }

    pub fn edge(&self, id: EdgeId) -> Option<&Edge> {
        self.edges.get(&id).and_then(|&i| self.graph.edge_weight(i))
    }

    pub fn edge_mut(&mut self, id: EdgeId) -> Option<&mut Edge> {
        let index = *self.edges.get(&id)?;
        self.graph.edge_weight_mut(index)
    }

    pub fn group(&self, id: GroupId) -> Option<&Group> {
        self.groups.get(&id)
    }

    pub fn group_mut(&mut self, id: GroupId) -> Option<&mut Group> {
        self.groups.get_mut(&id)
    }

    /// Nodes in id order.
    pub fn nodes(&self) -> impl Iterator<Item = &Node> {
        self.nodes
            .values()
            .filter_map(|&i| self.graph.node_weight(i))
    }

    /// Edges in id order.
    pub fn edges(&self) -> impl Iterator<Item = &Edge> {
        self.edges
            .values()
            .filter_map(|&i| self.graph.edge_weight(i))
    }

    /// Groups in id order.
    pub fn groups(&self) -> impl Iterator<Item = &Group> {
        self.groups.values()
    }

    /// Nodes that belong to `group`, in id order.
    pub fn group_members(&self, group: GroupId) -> impl Iterator<Item = &Node> {
        self.nodes().filter(move |n| n.group == Some(group))
    }

    /// Edges leaving `node`, in id order.
    pub fn outgoing(&self, node: NodeId) -> Vec<&Edge> {
        self.edges_of(node, Direction::Outgoing)
    }

    /// Edges arriving at `node`, in id order.
    pub fn incoming(&self, node: NodeId) -> Vec<&Edge> {
        self.edges_of(node, Direction::Incoming)
    }

    fn edges_of(&self, node: NodeId, direction: Direction) -> Vec<&Edge> {
        let Some(&index) = self.nodes.get(&node) else {
            return Vec::new();
        };
        let mut edges: Vec<&Edge> = self
            .graph
            .edges_directed(index, direction)
            .map(|e| e.weight())
            .collect();
        edges.sort_by_key(|e| e.id);
        edges
    }

    /// Every distinct pattern id used by any node, sorted.
    pub fn pattern_ids(&self) -> BTreeSet<&str> {
        self.nodes()
            .flat_map(|n| n.patterns().iter().map(String::as_str))
            .collect()
    }

    /// Whether any node stands for or carries `pattern`.
    pub fn uses_pattern(&self, pattern: &str) -> bool {
        self.nodes().any(|n| n.has_pattern(pattern))
    }

    /// Adds a node with its own id.
    pub fn add_node(&mut self, node: Node) -> Result<(), GraphError> {
        if self.nodes.contains_key(&node.id) {
            return Err(GraphError::DuplicateNode(node.id));
        }
        if let Some(group) = node.group.filter(|g| !self.groups.contains_key(g)) {
            return Err(GraphError::MissingGroup(group));
        }
        let id = node.id;
        let index = self.graph.add_node(node);
        self.nodes.insert(id, index);
        Ok(())
    }

    /// Removes a node and its edges; returns both so the removal can be undone.
    pub fn remove_node(&mut self, id: NodeId) -> Result<(Node, Vec<Edge>), GraphError> {
        let index = self.nodes.remove(&id).ok_or(GraphError::MissingNode(id))?;
        let mut edges: Vec<Edge> = self
            .graph
            .edges_directed(index, Direction::Outgoing)
            .chain(self.graph.edges_directed(index, Direction::Incoming))
            .map(|e| e.weight().clone())
            .collect();
        edges.sort_by_key(|e| e.id);
        edges.dedup_by_key(|e| e.id);
        for edge in &edges {
            self.edges.remove(&edge.id);
        }
        let node = self
            .graph
            .remove_node(index)
            .ok_or(GraphError::MissingNode(id))?;
        Ok((node, edges))
    }

    /// Adds an edge between two nodes of the design.
    pub fn add_edge(&mut self, edge: Edge) -> Result<(), GraphError> {
        if self.edges.contains_key(&edge.id) {
            return Err(GraphError::DuplicateEdge(edge.id));
        }
        let from = *self
            .nodes
            .get(&edge.from)
            .ok_or(GraphError::MissingNode(edge.from))?;
        let to = *self
            .nodes
            .get(&edge.to)
            .ok_or(GraphError::MissingNode(edge.to))?;
        let id = edge.id;
        let index = self.graph.add_edge(from, to, edge);
        self.edges.insert(id, index);
        Ok(())
    }

    pub fn remove_edge(&mut self, id: EdgeId) -> Result<Edge, GraphError> {
        let index = self.edges.remove(&id).ok_or(GraphError::MissingEdge(id))?;
        self.graph
            .remove_edge(index)
            .ok_or(GraphError::MissingEdge(id))
    }

    pub fn add_group(&mut self, group: Group) -> Result<(), GraphError> {
        if self.groups.contains_key(&group.id) {
            return Err(GraphError::DuplicateGroup(group.id));
        }
        self.groups.insert(group.id, group);
        Ok(())
    }

    /// Removes a group; its members stay, outside any group. Returns the
    /// group and the ids of its former members.
    pub fn remove_group(&mut self, id: GroupId) -> Result<(Group, Vec<NodeId>), GraphError> {
        let group = self
            .groups
            .remove(&id)
            .ok_or(GraphError::MissingGroup(id))?;
        let members: Vec<NodeId> = self.group_members(id).map(|n| n.id).collect();
        for member in &members {
            if let Some(node) = self.node_mut(*member) {
                node.group = None;
            }
        }
        Ok((group, members))
    }

    /// Successors of `node` over edges of `kind`, in edge id order.
    pub fn successors(&self, node: NodeId, kind: EdgeKind) -> Vec<NodeId> {
        self.outgoing(node)
            .into_iter()
            .filter(|e| e.kind == kind)
            .map(|e| e.to)
            .collect()
    }

    /// Predecessors of `node` over edges of `kind`, in edge id order.
    pub fn predecessors(&self, node: NodeId, kind: EdgeKind) -> Vec<NodeId> {
        self.incoming(node)
            .into_iter()
            .filter(|e| e.kind == kind)
            .map(|e| e.from)
            .collect()
    }

    /// The largest id in use, to keep allocations unique after loading.
    pub fn max_id(&self) -> u64 {
        let nodes = self.nodes.keys().map(|i| i.0);
        let edges = self.edges.keys().map(|i| i.0);
        let groups = self.groups.keys().map(|i| i.0);
        nodes
            .chain(edges)
            .chain(groups)
            .chain([self.id.0])
            .max()
            .unwrap_or(0)
    }
}
