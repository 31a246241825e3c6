//! Where every node of the candidate is on screen this frame, with a move
//! in progress applied as a preview (the document only changes on release).

use std::collections::{BTreeMap, BTreeSet};

use egui::{Pos2, Rect, Vec2};

use super::view::{self, Transform};
use crate::design::{Candidate, Node, NodeId, Point};
use crate::ui::theme;

/// A move in progress: the nodes and how far they have been dragged.
#[derive(Debug, Clone, PartialEq)]
pub struct MovePreview {
    pub nodes: BTreeSet<NodeId>,
    /// In canvas units, before snapping.
    pub offset: Vec2,
    pub snap: bool,
}

impl MovePreview {
    /// Where `node` would land.
    pub fn position(&self, node: &Node) -> Point {
        let p = view::point(view::pos(node.position) + self.offset);
        if self.snap { view::snap(p) } else { p }
    }
}

/// Screen rectangles of all nodes, by id.
pub struct Layout {
    pub t: Transform,
    rects: BTreeMap<NodeId, Rect>,
    /// `(from, to)` of every edge, to spot pairs of opposite edges.
    pairs: BTreeSet<(NodeId, NodeId)>,
}

/// A node's rectangle in canvas units.
pub fn canvas_rect(position: Point) -> Rect {
    Rect::from_center_size(view::pos(position), theme::NODE_SIZE)
}

impl Layout {
    pub fn new(candidate: &Candidate, t: Transform, preview: Option<&MovePreview>) -> Self {
        let rects = candidate
            .nodes()
            .map(|node| {
                let position = match preview {
                    Some(p) if p.nodes.contains(&node.id) => p.position(node),
                    _ => node.position,
                };
                (node.id, t.rect_to_screen(canvas_rect(position)))
            })
            .collect();
        let pairs = candidate.edges().map(|e| (e.from, e.to)).collect();
        Self { t, rects, pairs }
    }

    /// Whether some edge goes from `from` to `to`.
    pub fn has_edge(&self, from: NodeId, to: NodeId) -> bool {
        self.pairs.contains(&(from, to))
    }

    pub fn rect(&self, id: NodeId) -> Option<Rect> {
        self.rects.get(&id).copied()
    }

    /// Nodes in id order (the drawing order) with their rectangles.
    pub fn iter(&self) -> impl Iterator<Item = (NodeId, Rect)> + '_ {
        self.rects.iter().map(|(id, r)| (*id, *r))
    }

    /// The topmost node under `pos`.
    pub fn node_at(&self, pos: Pos2) -> Option<NodeId> {
        self.rects
            .iter()
            .rev()
            .find(|(_, r)| r.contains(pos))
            .map(|(id, _)| *id)
    }

    /// Nodes whose rectangle touches `area`.
    pub fn nodes_in(&self, area: Rect) -> BTreeSet<NodeId> {
        self.rects
            .iter()
            .filter(|(_, r)| r.intersects(area))
            .map(|(id, _)| *id)
            .collect()
    }
}

/// The canvas-space bounds of all nodes, if there is any.
pub fn content_bounds(candidate: &Candidate) -> Option<Rect> {
    candidate
        .nodes()
        .map(|n| canvas_rect(n.position))
        .reduce(Rect::union)
}
