//! What the statements say, before it becomes a candidate: nodes in order
//! of first mention, edges in order (with their ids), subgraphs and the
//! classes given to nodes and to edge ids.
//!
//! Subgraph membership follows mermaid: a node belongs to the first
//! subgraph that *closes* after mentioning it, so in nested subgraphs it
//! lands in the innermost one, and a node declared at the top and then
//! listed inside a subgraph moves into it. `@{ ... }` data on an edge's id
//! or a subgraph's id describes that edge or subgraph, not a node.

use std::collections::{BTreeMap, BTreeSet};

use super::edges::Arrow;
use super::shapes::NodeRef;
use super::{ImportWarning, MermaidError};

/// At most this many nodes are imported.
pub const MAX_NODES: usize = 20_000;
/// At most this many edges (`A & B & ... --> C & D & ...` multiplies).
pub const MAX_EDGES: usize = 100_000;

/// A node as the statements describe it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct DiagramNode {
    pub key: String,
    /// The last shape given (canonical name) and the line that gave it.
    pub shape: Option<(&'static str, usize)>,
    /// The last raw label given.
    pub label: Option<String>,
    /// What an icon or image node shows.
    pub picture: Option<String>,
    pub classes: Vec<String>,
    pub line: usize,
    pub group: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct DiagramEdge {
    /// The id given with `e1@-->`, if any.
    pub id: Option<String>,
    pub from: usize,
    pub to: usize,
    pub arrow: Arrow,
    pub label: String,
    pub line: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct DiagramGroup {
    pub key: String,
    /// Raw title.
    pub title: String,
    pub line: usize,
    /// The subgraph this one is nested in.
    pub parent: Option<usize>,
}

/// The flow direction of the header, for the layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(super) enum Flow {
    #[default]
    TopBottom,
    BottomTop,
    LeftRight,
    RightLeft,
}

impl Flow {
    /// Reads `TB`, `TD`, `BT`, `LR`, `RL` and the arrows `v ^ > <`.
    pub fn from_key(key: &str) -> Option<Self> {
        Some(match key {
            "TB" | "TD" | "v" => Self::TopBottom,
            "BT" | "^" => Self::BottomTop,
            "LR" | ">" => Self::LeftRight,
            "RL" | "<" => Self::RightLeft,
            _ => return None,
        })
    }
}

#[derive(Debug, Default)]
pub(super) struct Diagram {
    pub flow: Flow,
    pub nodes: Vec<DiagramNode>,
    index: BTreeMap<String, usize>,
    pub edges: Vec<DiagramEdge>,
    pub groups: Vec<DiagramGroup>,
    /// Open subgraphs, innermost last, with the nodes they mention.
    open: Vec<(usize, Vec<usize>)>,
    /// Edge ids given with `e1@-->`.
    edge_ids: BTreeSet<String>,
    /// Classes given to edge ids with `class e1 name`.
    edge_classes: BTreeMap<String, Vec<String>>,
    /// Keys of the subgraphs closed so far.
    closed_groups: BTreeSet<String>,
}

impl Diagram {
    pub fn new(flow: Flow) -> Self {
        Self {
            flow,
            ..Self::default()
        }
    }

    /// Records a mention of a node; returns its index, or `None` when the
    /// mention only gives `@{ ... }` data to an edge or a closed subgraph.
    pub fn mention(
        &mut self,
        node: &NodeRef<'_>,
        line: usize,
    ) -> Result<Option<usize>, MermaidError> {
        let describes_other =
            self.edge_ids.contains(node.id) || self.closed_groups.contains(node.id);
        if node.has_data && describes_other && !self.index.contains_key(node.id) {
            return Ok(None);
        }
        let index = match self.index.get(node.id) {
            Some(&index) => index,
            None => {
                if self.nodes.len() >= MAX_NODES {
                    return Err(MermaidError::TooManyNodes {
                        line,
                        limit: MAX_NODES,
                    });
                }
                self.index.insert(node.id.to_owned(), self.nodes.len());
                self.nodes.push(DiagramNode {
                    key: node.id.to_owned(),
                    shape: None,
                    label: None,
                    picture: None,
                    classes: Vec::new(),
                    line,
                    group: None,
                });
                self.nodes.len() - 1
            }
        };
        let entry = &mut self.nodes[index];
        if let Some(shape) = node.shape {
            entry.shape = Some((shape, line));
        }
        if let Some(label) = &node.label {
            entry.label = Some(label.clone().into_owned());
        }
        if node.picture.is_some() {
            entry.picture.clone_from(&node.picture);
        }
        entry
            .classes
            .extend(node.classes.iter().map(|c| (*c).to_owned()));
        if let Some((_, mentioned)) = self.open.last_mut() {
            mentioned.push(index);
        }
        Ok(Some(index))
    }

    /// `class ids name`: given to the nodes that exist now (as mermaid does).
    pub fn add_class(&mut self, key: &str, class: &str) {
        if let Some(&index) = self.index.get(key) {
            self.nodes[index].classes.push(class.to_owned());
        } else if self.edge_ids.contains(key) {
            let classes = self.edge_classes.entry(key.to_owned()).or_default();
            classes.push(class.to_owned());
        }
    }

    /// Whether the edge was given `class` through its id.
    pub fn edge_has_class(&self, edge: &DiagramEdge, class: &str) -> bool {
        edge.id
            .as_ref()
            .and_then(|id| self.edge_classes.get(id))
            .is_some_and(|classes| classes.iter().any(|c| c == class))
    }

    /// Remembers an edge id, so that `id@{ ... }` later describes the edge.
    pub fn add_edge_id(&mut self, id: &str) {
        self.edge_ids.insert(id.to_owned());
    }

    pub fn add_edge(&mut self, edge: DiagramEdge) -> Result<(), MermaidError> {
        if self.edges.len() >= MAX_EDGES {
            return Err(MermaidError::TooManyEdges {
                line: edge.line,
                limit: MAX_EDGES,
            });
        }
        self.edges.push(edge);
        Ok(())
    }

    pub fn open_group(&mut self, key: &str, title: &str, line: usize) {
        self.groups.push(DiagramGroup {
            key: key.to_owned(),
            title: title.to_owned(),
            line,
            parent: self.open.last().map(|(g, _)| *g),
        });
        self.open.push((self.groups.len() - 1, Vec::new()));
    }

    /// Closes the innermost subgraph; its mentioned nodes that are in no
    /// group yet join it.
    pub fn close_group(&mut self, line: usize, warnings: &mut Vec<ImportWarning>) {
        let Some((group, mentioned)) = self.open.pop() else {
            warnings.push(ImportWarning::new(
                line,
                "`end` without an open `subgraph`; ignored",
            ));
            return;
        };
        for index in mentioned {
            let node = &mut self.nodes[index];
            node.group.get_or_insert(group);
        }
        self.closed_groups.insert(self.groups[group].key.clone());
    }

    /// Closes what is still open at the end of the text, with a warning each.
    pub fn finish(&mut self, warnings: &mut Vec<ImportWarning>) {
        while let Some(&(group, _)) = self.open.last() {
            let line = self.groups[group].line;
            warnings.push(ImportWarning::new(
                line,
                "this `subgraph` is never closed with `end`; it was closed at the end of the text",
            ));
            self.close_group(line, warnings);
        }
    }
}
