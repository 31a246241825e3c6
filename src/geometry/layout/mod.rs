//! Automatic layout: a layered (Sugiyama-style) drawing of a directed
//! design. Cycles are broken (`rank`), nodes go into layers along the flow,
//! long edges get dummy nodes and barycentre sweeps reduce crossings while
//! keeping each group's members together (`order`), then coordinates keep
//! every group in a boundary of its own (`place`).
//!
//! Written here rather than taken from a crate: `rust-sugiyama` and
//! `layout-rs` neither keep a cluster's nodes together nor lay out left to
//! right, and both would need our sizes and groups translated both ways.

mod order;
mod place;
mod rank;

use std::collections::{BTreeMap, BTreeSet};

use super::diagram::node_rect;
use super::metrics::{GROUP_PADDING, GROUP_TITLE};
use crate::design::{Candidate, GroupId, NodeId, Point};
use order::Layered;
use place::Spacing;

/// Space between two layers left to right, and top to bottom.
pub const LAYER_GAP: f32 = 150.0;
pub const TB_LAYER_GAP: f32 = 100.0;

/// Which way the edges flow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Flow {
    #[default]
    LeftRight,
    TopBottom,
    RightLeft,
    BottomTop,
}

impl Flow {
    fn is_horizontal(self) -> bool {
        matches!(self, Self::LeftRight | Self::RightLeft)
    }
}

/// What the layout needs of a graph: node sizes `(width, height)`, each
/// node's group, and the edges as index pairs.
#[derive(Debug, Clone, Default)]
pub struct Graph {
    pub sizes: Vec<(f32, f32)>,
    pub groups: Vec<Option<usize>>,
    pub edges: Vec<(usize, usize)>,
}

/// The centre of every node of `graph`, laid out along `flow`; the top-left
/// corner of the drawing is at the origin.
pub fn positions(graph: &Graph, flow: Flow) -> Vec<Point> {
    let n = graph.sizes.len();
    let edges = rank::acyclic(n, &graph.edges);
    let layers = rank::layers(n, &edges);
    let mut layered = Layered::new(&layers, &graph.groups, &edges);
    layered.minimise_crossings();
    let horizontal = flow.is_horizontal();
    let sizes: Vec<(f32, f32)> = graph
        .sizes
        .iter()
        .map(|&(w, h)| if horizontal { (w, h) } else { (h, w) })
        .collect();
    let spacing = if horizontal {
        Spacing {
            layer_gap: LAYER_GAP,
            node_gap: 36.0,
            group_before: GROUP_PADDING + GROUP_TITLE,
            group_after: GROUP_PADDING,
        }
    } else {
        Spacing {
            layer_gap: TB_LAYER_GAP,
            node_gap: 40.0,
            group_before: GROUP_PADDING,
            group_after: GROUP_PADDING,
        }
    };
    let placed = place::place(&layered, &sizes, &spacing);
    let points: Vec<Point> = placed
        .iter()
        .map(|&(along, across)| match flow {
            Flow::LeftRight => Point::new(along, across),
            Flow::RightLeft => Point::new(-along, across),
            Flow::TopBottom => Point::new(across, along),
            Flow::BottomTop => Point::new(across, -along),
        })
        .collect();
    to_origin(&points, &graph.sizes)
}

/// Moves `points` so that the top-left corner of all boxes is at the origin
/// and rounds them to whole units.
fn to_origin(points: &[Point], sizes: &[(f32, f32)]) -> Vec<Point> {
    let min_x = points
        .iter()
        .zip(sizes)
        .map(|(p, s)| p.x - s.0 / 2.0)
        .fold(f32::INFINITY, f32::min);
    let min_y = points
        .iter()
        .zip(sizes)
        .map(|(p, s)| p.y - s.1 / 2.0)
        .fold(f32::INFINITY, f32::min);
    points
        .iter()
        .map(|p| Point::new((p.x - min_x).round(), (p.y - min_y).round()))
        .collect()
}

/// New positions for the nodes of `candidate` (all of them, or only those
/// in `only`), laid out along `flow` with the edges among them; the boxes'
/// top-left corner stays where the nodes' boxes began.
pub fn arrange(
    candidate: &Candidate,
    only: Option<&BTreeSet<NodeId>>,
    flow: Flow,
) -> Vec<(NodeId, Point)> {
    let nodes: Vec<_> = candidate
        .nodes()
        .filter(|n| only.is_none_or(|set| set.contains(&n.id)))
        .collect();
    if nodes.is_empty() {
        return Vec::new();
    }
    let index: BTreeMap<NodeId, usize> = nodes.iter().enumerate().map(|(i, n)| (n.id, i)).collect();
    let group_ids: BTreeMap<GroupId, usize> = candidate
        .groups()
        .enumerate()
        .map(|(i, g)| (g.id, i))
        .collect();
    let rects: Vec<_> = nodes.iter().map(|n| node_rect(n, n.position)).collect();
    let graph = Graph {
        sizes: rects.iter().map(|r| (r.width(), r.height())).collect(),
        groups: nodes
            .iter()
            .map(|n| n.group.and_then(|g| group_ids.get(&g).copied()))
            .collect(),
        edges: candidate
            .edges()
            .filter_map(|e| Some((*index.get(&e.from)?, *index.get(&e.to)?)))
            .collect(),
    };
    let anchor_x = rects
        .iter()
        .map(|r| r.min.x)
        .fold(f32::INFINITY, f32::min)
        .round();
    let anchor_y = rects
        .iter()
        .map(|r| r.min.y)
        .fold(f32::INFINITY, f32::min)
        .round();
    positions(&graph, flow)
        .into_iter()
        .zip(&nodes)
        .map(|(p, n)| (n.id, Point::new(p.x + anchor_x, p.y + anchor_y)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn left_to_right_and_top_to_bottom_put_layers_along_their_axis() {
        let graph = Graph {
            sizes: vec![(200.0, 72.0); 3],
            groups: vec![None; 3],
            edges: vec![(0, 1), (1, 2)],
        };
        let lr = positions(&graph, Flow::LeftRight);
        assert!(lr[0].x < lr[1].x && lr[1].x < lr[2].x, "{lr:?}");
        assert!((lr[0].y - lr[2].y).abs() < 1.0);
        let tb = positions(&graph, Flow::TopBottom);
        assert!(tb[0].y < tb[1].y && tb[1].y < tb[2].y, "{tb:?}");
        let rl = positions(&graph, Flow::RightLeft);
        assert!(rl[0].x > rl[2].x);
        assert_eq!(lr[0], Point::new(100.0, 36.0));
    }
}
