//! Nodes of a candidate design: pattern instances and generic building blocks.

use serde::{Deserialize, Serialize};

use super::ids::{GroupId, NodeId};
use crate::catalog::blocks::BlockKind;

/// A position on the canvas, in canvas units (not screen pixels).
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Point {
    pub x: f32,
    pub y: f32,
}

impl Point {
    pub fn new(x: f32, y: f32) -> Self {
        Self { x, y }
    }
}

/// What a node stands for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NodeKind {
    /// An instance of a catalog pattern (`pattern` is its id).
    Pattern { pattern: String },
    /// A generic building block that may carry patterns (a service that uses
    /// an outbox, a queue with a dead-letter path).
    Block {
        block: BlockKind,
        #[serde(default)]
        patterns: Vec<String>,
    },
}

/// A node of a candidate design.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Node {
    pub id: NodeId,
    pub kind: NodeKind,
    pub label: String,
    #[serde(default)]
    pub position: Point,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub group: Option<GroupId>,
}

impl Node {
    /// A pattern node labelled with the pattern's name.
    pub fn pattern(id: NodeId, pattern: &str, label: &str, position: Point) -> Self {
        Self {
            id,
            kind: NodeKind::Pattern {
                pattern: pattern.to_owned(),
            },
            label: label.to_owned(),
            position,
            notes: String::new(),
            group: None,
        }
    }

    /// A building-block node carrying no pattern yet.
    pub fn block(id: NodeId, block: BlockKind, label: &str, position: Point) -> Self {
        Self {
            id,
            kind: NodeKind::Block {
                block,
                patterns: Vec::new(),
            },
            label: label.to_owned(),
            position,
            notes: String::new(),
            group: None,
        }
    }

    /// Every pattern id this node stands for or carries.
    pub fn patterns(&self) -> &[String] {
        match &self.kind {
            NodeKind::Pattern { pattern } => std::slice::from_ref(pattern),
            NodeKind::Block { patterns, .. } => patterns,
        }
    }

    /// Whether the node stands for or carries `pattern`.
    pub fn has_pattern(&self, pattern: &str) -> bool {
        self.patterns().iter().any(|p| p == pattern)
    }

    /// The building block, when the node is one.
    pub fn block_kind(&self) -> Option<BlockKind> {
        match self.kind {
            NodeKind::Block { block, .. } => Some(block),
            NodeKind::Pattern { .. } => None,
        }
    }

    /// Whether the node is a building block of this kind.
    pub fn is_block(&self, kind: BlockKind) -> bool {
        self.block_kind() == Some(kind)
    }
}
