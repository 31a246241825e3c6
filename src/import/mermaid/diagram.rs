//! What the statements say, before it becomes a candidate: nodes in order
//! of first mention, edges in order, subgraphs, class assignments.
//!
//! Subgraph membership follows mermaid: a node belongs to the first
//! subgraph that *closes* after mentioning it, so in nested subgraphs it
//! lands in the innermost one, and a node declared at the top and then
//! listed inside a subgraph moves into it.

use std::collections::BTreeMap;

use super::shapes::{NodeRef, Shape};
use super::{ImportWarning, MermaidError};
use crate::design::EdgeKind;

/// At most this many nodes are imported.
pub const MAX_NODES: usize = 20_000;
/// At most this many edges (`A & B & ... --> C & D & ...` multiplies).
pub const MAX_EDGES: usize = 100_000;

/// A node as the statements describe it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct DiagramNode {
    pub key: String,
    /// The last shape given, with its raw label.
    pub shape: Option<(Shape, String)>,
    pub classes: Vec<String>,
    pub line: usize,
    pub group: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct DiagramEdge {
    pub from: usize,
    pub to: usize,
    pub kind: EdgeKind,
    pub label: String,
    pub line: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct DiagramGroup {
    pub key: String,
    /// Raw title.
    pub title: String,
    pub line: usize,
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
    /// `class a,b name` statements, applied when building.
    pub class_assignments: Vec<(String, String)>,
}

impl Diagram {
    pub fn new(flow: Flow) -> Self {
        Self {
            flow,
            ..Self::default()
        }
    }

    /// Records a mention of a node; returns its index.
    pub fn mention(&mut self, node: &NodeRef<'_>, line: usize) -> Result<usize, MermaidError> {
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
                    classes: Vec::new(),
                    line,
                    group: None,
                });
                self.nodes.len() - 1
            }
        };
        let entry = &mut self.nodes[index];
        if let Some((shape, label)) = node.shape {
            entry.shape = Some((shape, label.to_owned()));
        }
        entry
            .classes
            .extend(node.classes.iter().map(|c| (*c).to_owned()));
        if let Some((_, mentioned)) = self.open.last_mut() {
            mentioned.push(index);
        }
        Ok(index)
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
