//! The geometry of a whole candidate: node boxes, group boundaries with
//! their titles, edge routes with fanned-apart ports, and edge labels
//! placed where they hide nothing. Computed from the candidate and the
//! node positions (the canvas passes a move in progress); the canvas and
//! the picture export both draw exactly this.

use std::collections::BTreeMap;

use super::frame::{Side, facing_sides, port};
use super::grid::Grid;
use super::labels::{self, EdgeLabel};
use super::metrics::{
    GROUP_FONT_SIZE, GROUP_PADDING, GROUP_TITLE, NODE_HEIGHT, PORT_GAP, fit_line, line_height,
    node_width, text_width,
};
use super::rect::Rect;
use super::route::{self, Obstacles};
use crate::design::{Candidate, EdgeId, EdgeKind, GroupId, Node, NodeId, Point};

/// A node's box.
#[derive(Debug, Clone, PartialEq)]
pub struct NodeBox {
    pub id: NodeId,
    pub rect: Rect,
}

/// A group's boundary and its title.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupBox {
    pub id: GroupId,
    pub rect: Rect,
    /// The title's box inside the top strip of `rect`.
    pub title: Rect,
    /// The title shown (shortened with `…` to fit the boundary).
    pub title_text: String,
}

/// An edge's route and label.
#[derive(Debug, Clone, PartialEq)]
pub struct EdgeRoute {
    pub id: EdgeId,
    pub kind: EdgeKind,
    /// From the source's border to the target's border; the arrowhead
    /// points along the last leg.
    pub points: Vec<Point>,
    /// `None` for an unlabelled edge, or one whose label fits nowhere.
    pub label: Option<EdgeLabel>,
    /// The edge has a label that fits nowhere (shown on hover only).
    pub label_hidden: bool,
}

/// Everything drawn, in canvas units.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Geometry {
    /// In node id order.
    pub nodes: Vec<NodeBox>,
    /// In group id order, groups with members only.
    pub groups: Vec<GroupBox>,
    /// In edge id order, edges with both ends only.
    pub edges: Vec<EdgeRoute>,
    index: BTreeMap<NodeId, usize>,
}

/// A node's box when its centre is at `position`.
pub fn node_rect(node: &Node, position: Point) -> Rect {
    Rect::from_center_size(position, node_width(&node.label), NODE_HEIGHT)
}

impl Geometry {
    /// The geometry of `candidate` at its saved positions.
    pub fn of(candidate: &Candidate) -> Self {
        Self::at(candidate, |n| n.position)
    }

    /// The geometry with every node at `position(node)`.
    pub fn at(candidate: &Candidate, position: impl Fn(&Node) -> Point) -> Self {
        let nodes: Vec<NodeBox> = candidate
            .nodes()
            .map(|n| NodeBox {
                id: n.id,
                rect: node_rect(n, position(n)),
            })
            .collect();
        let index = nodes.iter().enumerate().map(|(i, n)| (n.id, i)).collect();
        let mut geometry = Self {
            nodes,
            groups: Vec::new(),
            edges: Vec::new(),
            index,
        };
        geometry.groups = group_boxes(candidate, &geometry);
        geometry.edges = geometry.routes(candidate);
        geometry
    }

    pub fn node_rect(&self, id: NodeId) -> Option<Rect> {
        self.index.get(&id).map(|&i| self.nodes[i].rect)
    }

    /// The bounds of everything drawn (`None` for an empty candidate).
    pub fn bounds(&self) -> Option<Rect> {
        let nodes = self.nodes.iter().map(|n| n.rect);
        let groups = self.groups.iter().map(|g| g.rect);
        let labels = self
            .edges
            .iter()
            .filter_map(|e| e.label.as_ref().map(|l| l.rect));
        let points = self
            .edges
            .iter()
            .flat_map(|e| e.points.iter().map(|p| Rect::from_min_max(*p, *p)));
        nodes
            .chain(groups)
            .chain(labels)
            .chain(points)
            .reduce(|a, b| a.union(&b))
    }

    fn routes(&self, candidate: &Candidate) -> Vec<EdgeRoute> {
        let mut grid = Grid::new();
        for n in &self.nodes {
            grid.insert(n.id, n.rect);
        }
        let ports = Ports::assign(candidate, self);
        let mut blocked: Grid<()> = Grid::new();
        for n in &self.nodes {
            blocked.insert((), n.rect);
        }
        for g in &self.groups {
            blocked.insert((), g.title);
        }
        let mut loops: BTreeMap<NodeId, usize> = BTreeMap::new();
        let mut routes = Vec::with_capacity(candidate.edge_count());
        for edge in candidate.edges() {
            let (Some(a), Some(b)) = (self.node_rect(edge.from), self.node_rect(edge.to)) else {
                continue;
            };
            let points = if edge.from == edge.to {
                let count = loops.entry(edge.from).or_default();
                *count += 1;
                route::self_loop(&a, *count - 1)
            } else if let Some(&(side, start, end, channel)) = ports.of.get(&edge.id) {
                let obstacles = Obstacles {
                    grid: &grid,
                    from: edge.from,
                    to: edge.to,
                };
                route::orthogonal(&obstacles, side, start, end, channel)
            } else {
                vec![
                    route::border_point(&a, b.center()),
                    route::border_point(&b, a.center()),
                ]
            };
            let label = (!edge.label.trim().is_empty())
                .then(|| labels::place(&points, &edge.label, &mut blocked))
                .flatten();
            let label_hidden = label.is_none() && !edge.label.trim().is_empty();
            routes.push(EdgeRoute {
                id: edge.id,
                kind: edge.kind,
                points,
                label,
                label_hidden,
            });
        }
        routes
    }
}

/// The boundary around each group's members, title strip included.
fn group_boxes(candidate: &Candidate, geometry: &Geometry) -> Vec<GroupBox> {
    let mut members: BTreeMap<GroupId, Rect> = BTreeMap::new();
    for node in candidate.nodes() {
        if let (Some(group), Some(rect)) = (node.group, geometry.node_rect(node.id)) {
            members
                .entry(group)
                .and_modify(|r| *r = r.union(&rect))
                .or_insert(rect);
        }
    }
    candidate
        .groups()
        .filter_map(|g| {
            let inner = members.get(&g.id)?;
            let rect = Rect::from_min_max(
                Point::new(
                    inner.min.x - GROUP_PADDING,
                    inner.min.y - GROUP_PADDING - GROUP_TITLE,
                ),
                Point::new(inner.max.x + GROUP_PADDING, inner.max.y + GROUP_PADDING),
            );
            let room = rect.width() - 20.0;
            let title_text = fit_line(&g.name, GROUP_FONT_SIZE, room);
            let width = text_width(&title_text, GROUP_FONT_SIZE).min(room);
            let title = Rect::from_min_size(
                Point::new(rect.min.x + 10.0, rect.min.y + 4.0),
                width,
                line_height(GROUP_FONT_SIZE),
            );
            Some(GroupBox {
                id: g.id,
                rect,
                title,
                title_text,
            })
        })
        .collect()
}

/// The ends of every routed edge: side, start, end and channel shift.
struct Ports {
    of: BTreeMap<EdgeId, (Side, Point, Point, f32)>,
}

impl Ports {
    /// Edges on one side of a node are spread along it, ordered by where
    /// their other end is, so that they leave apart and do not cross;
    /// parallel edges get neighbouring slots in the same order at both ends.
    fn assign(candidate: &Candidate, geometry: &Geometry) -> Self {
        type Slot = (f32, EdgeId, bool);
        let mut sides: BTreeMap<EdgeId, (Side, Side)> = BTreeMap::new();
        let mut slots: BTreeMap<(NodeId, Side), Vec<Slot>> = BTreeMap::new();
        for edge in candidate.edges().filter(|e| e.from != e.to) {
            let (Some(a), Some(b)) = (geometry.node_rect(edge.from), geometry.node_rect(edge.to))
            else {
                continue;
            };
            let Some((sa, sb)) = facing_sides(&a, &b) else {
                continue;
            };
            sides.insert(edge.id, (sa, sb));
            let cross = |r: &Rect, s: Side| {
                if s.is_vertical() {
                    r.center().y
                } else {
                    r.center().x
                }
            };
            slots
                .entry((edge.from, sa))
                .or_default()
                .push((cross(&b, sa), edge.id, true));
            slots
                .entry((edge.to, sb))
                .or_default()
                .push((cross(&a, sb), edge.id, false));
        }
        let mut offsets: BTreeMap<(EdgeId, bool), f32> = BTreeMap::new();
        for ((node, side), mut list) in slots {
            list.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            let Some(rect) = geometry.node_rect(node) else {
                continue;
            };
            let room = if side.is_vertical() {
                rect.height()
            } else {
                rect.width()
            } * 0.7;
            let k = list.len();
            let spread = ((k.saturating_sub(1)) as f32 * PORT_GAP).min(room);
            let step = if k > 1 { spread / (k - 1) as f32 } else { 0.0 };
            for (i, (_, id, is_from)) in list.into_iter().enumerate() {
                offsets.insert((id, is_from), -spread / 2.0 + i as f32 * step);
            }
        }
        let mut of = BTreeMap::new();
        for edge in candidate.edges() {
            let Some(&(sa, sb)) = sides.get(&edge.id) else {
                continue;
            };
            let (Some(a), Some(b)) = (geometry.node_rect(edge.from), geometry.node_rect(edge.to))
            else {
                continue;
            };
            let oa = offsets.get(&(edge.id, true)).copied().unwrap_or(0.0);
            let ob = offsets.get(&(edge.id, false)).copied().unwrap_or(0.0);
            let channel = if matches!(sa, Side::Left | Side::Top) {
                -oa
            } else {
                oa
            };
            of.insert(edge.id, (sa, port(&a, sa, oa), port(&b, sb, ob), channel));
        }
        Self { of }
    }
}
