//! Where everything of the candidate is on screen this frame: the core's
//! [`Geometry`] (node boxes, group boxes, routes, label boxes, the same the
//! picture export draws) put through the view transform. The geometry is
//! computed once per document revision, candidate and move in progress
//! (`GeometryCache`), not every frame; a move is previewed by computing it
//! with the dragged nodes where they would land.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use egui::{Pos2, Rect, Vec2};

use super::view::{self, Transform};
use crate::design::{Candidate, CandidateId, Node, NodeId, Point};
use crate::geometry::{self, Geometry, GroupBox, NodeBox};

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

    /// Where the dragged nodes land, as far as the geometry is concerned
    /// (two offsets that snap to the same place give the same geometry).
    fn landing(&self, candidate: &Candidate) -> Vec<(NodeId, Point)> {
        self.nodes
            .iter()
            .filter_map(|id| candidate.node(*id))
            .map(|n| (n.id, self.position(n)))
            .collect()
    }
}

/// What the geometry was computed for.
#[derive(Debug, Clone, PartialEq)]
struct GeometryKey {
    revision: u64,
    candidate: CandidateId,
    moved: Vec<(NodeId, Point)>,
}

/// The geometry of the candidate on the canvas, kept between frames.
#[derive(Default)]
pub struct GeometryCache {
    key: Option<GeometryKey>,
    geometry: Arc<Geometry>,
}

impl GeometryCache {
    /// The geometry of `candidate` at document `revision`, with `preview`
    /// applied; computed again only when one of them changed. With nothing
    /// moved, `ahead` (the candidate's geometry worked out while its file
    /// was read ahead, for this revision) is taken instead of computing it.
    pub fn get(
        &mut self,
        candidate: &Candidate,
        revision: u64,
        preview: Option<&MovePreview>,
        ahead: Option<&Arc<Geometry>>,
    ) -> Arc<Geometry> {
        let moved = preview.map(|p| p.landing(candidate)).unwrap_or_default();
        let key = GeometryKey {
            revision,
            candidate: candidate.id,
            moved,
        };
        if self.key.as_ref() != Some(&key) {
            self.geometry = match ahead {
                Some(ahead) if key.moved.is_empty() => Arc::clone(ahead),
                _ if key.moved.is_empty() => Arc::new(Geometry::of(candidate)),
                _ => {
                    let moved: BTreeMap<NodeId, Point> = key.moved.iter().copied().collect();
                    Arc::new(Geometry::at(candidate, |n| {
                        moved.get(&n.id).copied().unwrap_or(n.position)
                    }))
                }
            };
            self.key = Some(key);
        }
        Arc::clone(&self.geometry)
    }
}

/// The frame's geometry on screen.
pub struct Layout {
    pub t: Transform,
    pub geometry: Arc<Geometry>,
}

/// A geometry rectangle as an egui one (same units).
pub fn egui_rect(r: &geometry::Rect) -> Rect {
    Rect::from_min_max(view::pos(r.min), view::pos(r.max))
}

impl Layout {
    pub fn new(geometry: Arc<Geometry>, t: Transform) -> Self {
        Self { t, geometry }
    }

    /// A canvas rectangle on screen.
    pub fn screen(&self, r: &geometry::Rect) -> Rect {
        self.t.rect_to_screen(egui_rect(r))
    }

    /// A node's rectangle on screen.
    pub fn rect(&self, id: NodeId) -> Option<Rect> {
        self.geometry.node_rect(id).map(|r| self.screen(&r))
    }

    /// Nodes in id order (the drawing order) with their screen rectangles.
    pub fn iter(&self) -> impl Iterator<Item = (NodeId, Rect)> + '_ {
        self.geometry
            .nodes
            .iter()
            .map(|NodeBox { id, rect }| (*id, self.screen(rect)))
    }

    /// Groups with their boxes on screen.
    pub fn groups(&self) -> impl Iterator<Item = (&GroupBox, Rect, Rect)> + '_ {
        self.geometry
            .groups
            .iter()
            .map(|g| (g, self.screen(&g.rect), self.screen(&g.title)))
    }

    /// A polyline on screen.
    pub fn points(&self, points: &[Point]) -> Vec<Pos2> {
        points.iter().map(|p| self.t.to_screen(*p)).collect()
    }

    /// The topmost node under `pos`.
    pub fn node_at(&self, pos: Pos2) -> Option<NodeId> {
        let p = self.t.to_canvas(pos);
        self.geometry
            .nodes
            .iter()
            .rev()
            .find(|n| n.rect.contains(p))
            .map(|n| n.id)
    }

    /// Nodes whose rectangle touches `area` (screen points).
    pub fn nodes_in(&self, area: Rect) -> BTreeSet<NodeId> {
        self.iter()
            .filter(|(_, r)| r.intersects(area))
            .map(|(id, _)| id)
            .collect()
    }
}

/// A node's box in canvas units when centred at `position` (the ghost of a
/// drop, a node to frame).
pub fn canvas_rect(node: &Node, position: Point) -> Rect {
    egui_rect(&geometry::node_rect(node, position))
}

/// The canvas-space bounds of the candidate's nodes and their groups' frames,
/// if there is any node: what zoom to fit shows, without routing the edges.
pub fn content_bounds(candidate: &Candidate) -> Option<Rect> {
    let nodes = candidate
        .nodes()
        .map(|n| canvas_rect(n, n.position))
        .reduce(Rect::union)?;
    let grouped = candidate.nodes().any(|n| n.group.is_some());
    Some(if grouped {
        let pad = geometry::metrics::GROUP_PADDING;
        Rect::from_min_max(
            nodes.min - egui::vec2(pad, pad + geometry::metrics::GROUP_TITLE),
            nodes.max + egui::vec2(pad, pad),
        )
    } else {
        nodes
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::blocks::BlockKind;
    use crate::design::Candidate;

    fn two_nodes() -> Candidate {
        let mut c = Candidate::new(CandidateId(1), "Shop");
        c.add_node(Node::block(
            NodeId(1),
            BlockKind::Service,
            "Orders",
            Point::new(0.0, 0.0),
        ))
        .unwrap();
        c.add_node(Node::block(
            NodeId(2),
            BlockKind::Database,
            "Inventory Reservation Coordinator for Orders",
            Point::new(400.0, 0.0),
        ))
        .unwrap();
        c
    }

    #[test]
    fn the_geometry_is_kept_until_the_revision_or_a_move_changes() {
        let c = two_nodes();
        let mut cache = GeometryCache::default();
        let a = cache.get(&c, 1, None, None);
        assert!(Arc::ptr_eq(&a, &cache.get(&c, 1, None, None)));
        assert!(!Arc::ptr_eq(&a, &cache.get(&c, 2, None, None)));
        let preview = MovePreview {
            nodes: BTreeSet::from([NodeId(1)]),
            offset: egui::vec2(100.0, 0.0),
            snap: false,
        };
        let moved = cache.get(&c, 2, Some(&preview), None);
        let was = a.node_rect(NodeId(1)).map(|r| r.min.x);
        let now = moved.node_rect(NodeId(1)).map(|r| r.min.x);
        assert_eq!(now, was.map(|x| x + 100.0));
        assert!(Arc::ptr_eq(&moved, &cache.get(&c, 2, Some(&preview), None)));
    }

    #[test]
    fn the_geometry_read_ahead_is_taken_with_nothing_moved_and_a_held_move_is_kept() {
        let c = two_nodes();
        let ahead = Arc::new(Geometry::of(&c));
        let mut cache = GeometryCache::default();
        assert!(Arc::ptr_eq(&ahead, &cache.get(&c, 0, None, Some(&ahead))));
        let preview = MovePreview {
            nodes: BTreeSet::from([NodeId(1)]),
            offset: egui::vec2(100.0, 0.0),
            snap: false,
        };
        let moved = cache.get(&c, 0, Some(&preview), Some(&ahead));
        assert!(!Arc::ptr_eq(&ahead, &moved));
        // A move held still is not worked out again frame after frame.
        assert!(Arc::ptr_eq(
            &moved,
            &cache.get(&c, 0, Some(&preview), Some(&ahead))
        ));
    }

    #[test]
    fn screen_boxes_are_the_geometrys_boxes_through_the_view() {
        let c = two_nodes();
        let geometry = Arc::new(Geometry::of(&c));
        let t = view::View {
            pan: egui::vec2(10.0, 20.0),
            zoom: 0.5,
        }
        .transform(Rect::from_min_size(Pos2::ZERO, egui::vec2(800.0, 600.0)));
        let layout = Layout::new(Arc::clone(&geometry), t);
        for n in &geometry.nodes {
            let screen = layout.rect(n.id).map(|r| r.width());
            assert_eq!(screen, Some(n.rect.width() * 0.5));
        }
        // the long label makes a wider node, on the canvas as in the picture
        let (a, b) = (layout.rect(NodeId(1)), layout.rect(NodeId(2)));
        assert!(b.map(|r| r.width()) > a.map(|r| r.width()));
        let centre = layout.rect(NodeId(2)).map(|r| r.center());
        assert_eq!(centre.and_then(|p| layout.node_at(p)), Some(NodeId(2)));
    }
}
