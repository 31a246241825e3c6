//! The presentation's walk through a candidate too large to read whole: the
//! stops (areas in canvas units) that each fit the room at a readable size.
//! The candidate's groups come first, each framed with the nodes it talks
//! to when they fit too; the nodes outside a group that fits are cut into a
//! grid of focus areas, read row by row, each also framed with its
//! neighbours. A candidate that fits is one stop: all of it.

use std::collections::{BTreeMap, BTreeSet};

use crate::design::{Candidate, NodeId, Point};

/// A width and a height in canvas units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Extent {
    pub width: f32,
    pub height: f32,
}

impl Extent {
    pub fn new(width: f32, height: f32) -> Self {
        Self { width, height }
    }
}

/// A rectangle in canvas units: one stop of the walk.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Area {
    pub min: Point,
    pub max: Point,
}

/// Rounding slack when comparing sizes.
const SLACK: f32 = 1e-3;

impl Area {
    /// The rectangle of size `size` centred on `centre`.
    pub fn around(centre: Point, size: Extent) -> Self {
        let (dx, dy) = (size.width / 2.0, size.height / 2.0);
        Self {
            min: Point::new(centre.x - dx, centre.y - dy),
            max: Point::new(centre.x + dx, centre.y + dy),
        }
    }

    #[must_use]
    pub fn union(self, other: Self) -> Self {
        Self {
            min: Point::new(self.min.x.min(other.min.x), self.min.y.min(other.min.y)),
            max: Point::new(self.max.x.max(other.max.x), self.max.y.max(other.max.y)),
        }
    }

    pub fn size(&self) -> Extent {
        Extent::new(self.max.x - self.min.x, self.max.y - self.min.y)
    }

    pub fn centre(&self) -> Point {
        Point::new(
            (self.min.x + self.max.x) / 2.0,
            (self.min.y + self.max.y) / 2.0,
        )
    }

    /// Whether the area fits inside `room`.
    pub fn fits(&self, room: Extent) -> bool {
        let size = self.size();
        size.width <= room.width + SLACK && size.height <= room.height + SLACK
    }

    /// Whether `p` lies inside (edges included).
    pub fn contains(&self, p: Point) -> bool {
        (self.min.x..=self.max.x).contains(&p.x) && (self.min.y..=self.max.y).contains(&p.y)
    }
}

/// The stops of the walk through `candidate` whose nodes are `node` large,
/// for a view that shows `room` at a readable size. Empty for an empty
/// candidate.
pub fn plan(candidate: &Candidate, node: Extent, room: Extent) -> Vec<Area> {
    let rects: BTreeMap<NodeId, Area> = candidate
        .nodes()
        .map(|n| (n.id, Area::around(n.position, node)))
        .collect();
    let Some(all) = rects.values().copied().reduce(Area::union) else {
        return Vec::new();
    };
    if all.fits(room) {
        return vec![all];
    }
    let mut stops = Vec::new();
    let mut shown = BTreeSet::new();
    for group in candidate.groups() {
        let members: Vec<NodeId> = candidate.group_members(group.id).map(|n| n.id).collect();
        let Some(area) = bounds(&rects, &members) else {
            continue;
        };
        if area.fits(room) {
            stops.push(with_neighbours(candidate, &rects, area, &members, room));
            shown.extend(members);
        }
    }
    let rest: Vec<NodeId> = rects
        .keys()
        .filter(|id| !shown.contains(*id))
        .copied()
        .collect();
    for cell in cells(candidate, &rest, node, room) {
        if let Some(area) = bounds(&rects, &cell) {
            stops.push(with_neighbours(candidate, &rects, area, &cell, room));
        }
    }
    stops
}

/// The bounds of the rectangles of `nodes`.
fn bounds(rects: &BTreeMap<NodeId, Area>, nodes: &[NodeId]) -> Option<Area> {
    nodes
        .iter()
        .filter_map(|id| rects.get(id).copied())
        .reduce(Area::union)
}

/// `nodes` cut into a grid whose cells fit `room` with a whole node at the
/// border, in reading order (row by row); empty cells left out.
fn cells(candidate: &Candidate, nodes: &[NodeId], node: Extent, room: Extent) -> Vec<Vec<NodeId>> {
    let centres: Vec<(NodeId, Point)> = nodes
        .iter()
        .filter_map(|id| candidate.node(*id).map(|n| (*id, n.position)))
        .collect();
    let Some(first) = centres.first().map(|(_, p)| *p) else {
        return Vec::new();
    };
    let origin = centres
        .iter()
        .fold(first, |m, (_, p)| Point::new(m.x.min(p.x), m.y.min(p.y)));
    let cell = Extent::new(
        (room.width - node.width).max(1.0),
        (room.height - node.height).max(1.0),
    );
    let mut grid: BTreeMap<(u64, u64), Vec<NodeId>> = BTreeMap::new();
    for (id, p) in centres {
        let row = ((p.y - origin.y) / cell.height).floor().max(0.0) as u64;
        let column = ((p.x - origin.x) / cell.width).floor().max(0.0) as u64;
        grid.entry((row, column)).or_default().push(id);
    }
    grid.into_values().collect()
}

/// `area` grown by the nodes connected to `members`, each as long as the
/// whole still fits `room`.
fn with_neighbours(
    candidate: &Candidate,
    rects: &BTreeMap<NodeId, Area>,
    area: Area,
    members: &[NodeId],
    room: Extent,
) -> Area {
    let inside: BTreeSet<NodeId> = members.iter().copied().collect();
    let mut grown = area;
    for neighbour in neighbours(candidate, members) {
        if inside.contains(&neighbour) {
            continue;
        }
        if let Some(rect) = rects.get(&neighbour) {
            let wider = grown.union(*rect);
            if wider.fits(room) {
                grown = wider;
            }
        }
    }
    grown
}

/// The nodes connected to any of `nodes` by an edge, either way, in id order.
pub fn neighbours(candidate: &Candidate, nodes: &[NodeId]) -> BTreeSet<NodeId> {
    let mut found = BTreeSet::new();
    for id in nodes {
        found.extend(candidate.outgoing(*id).iter().map(|e| e.to));
        found.extend(candidate.incoming(*id).iter().map(|e| e.from));
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::design::{CandidateId, Edge, EdgeId, EdgeKind, Group, GroupId, Node};

    const NODE: Extent = Extent {
        width: 100.0,
        height: 50.0,
    };

    fn node(id: u64, x: f32, y: f32) -> Node {
        Node::pattern(
            NodeId(id),
            "cache-aside",
            &format!("n{id}"),
            Point::new(x, y),
        )
    }

    fn grid_candidate(columns: u64, rows: u64) -> Candidate {
        let mut c = Candidate::new(CandidateId(1), "big");
        for row in 0..rows {
            for column in 0..columns {
                let id = row * columns + column + 10;
                c.add_node(node(id, column as f32 * 200.0, row as f32 * 120.0))
                    .unwrap();
            }
        }
        c
    }

    #[test]
    fn a_candidate_that_fits_is_one_stop() {
        let c = grid_candidate(2, 2);
        let stops = plan(&c, NODE, Extent::new(1000.0, 1000.0));
        assert_eq!(stops.len(), 1);
        assert_eq!(stops[0].size(), Extent::new(300.0, 170.0));
    }

    #[test]
    fn an_empty_candidate_has_no_stop() {
        let c = Candidate::new(CandidateId(1), "empty");
        assert!(plan(&c, NODE, Extent::new(10.0, 10.0)).is_empty());
    }

    #[test]
    fn every_stop_fits_and_every_node_is_in_one() {
        let c = grid_candidate(12, 9);
        let room = Extent::new(520.0, 300.0);
        let stops = plan(&c, NODE, room);
        assert!(stops.len() > 4, "{}", stops.len());
        for stop in &stops {
            assert!(stop.fits(room), "{stop:?}");
        }
        for n in c.nodes() {
            assert!(stops.iter().any(|s| s.contains(n.position)), "{:?}", n.id);
        }
        let first_rows: Vec<f32> = stops.iter().map(|s| s.min.y).collect();
        assert!(first_rows.windows(2).all(|w| w[0] <= w[1]), "row by row");
    }

    #[test]
    fn groups_come_first_and_take_their_neighbours_along() {
        let mut c = grid_candidate(12, 1);
        c.add_group(Group {
            id: GroupId(1),
            name: "payments".into(),
        })
        .unwrap();
        for id in [16, 17] {
            c.node_mut(NodeId(id)).unwrap().group = Some(GroupId(1));
        }
        c.add_edge(Edge {
            id: EdgeId(100),
            from: NodeId(15),
            to: NodeId(16),
            kind: EdgeKind::SyncCall,
            label: String::new(),
        })
        .unwrap();
        let room = Extent::new(700.0, 300.0);
        let stops = plan(&c, NODE, room);
        let group = stops[0];
        for id in [15, 16, 17] {
            let p = c.node(NodeId(id)).unwrap().position;
            assert!(group.contains(p), "node {id} in {group:?}");
        }
        assert!(!group.contains(c.node(NodeId(18)).unwrap().position));
    }

    #[test]
    fn neighbours_go_both_ways() {
        let mut c = grid_candidate(3, 1);
        c.add_edge(Edge {
            id: EdgeId(100),
            from: NodeId(10),
            to: NodeId(11),
            kind: EdgeKind::SyncCall,
            label: String::new(),
        })
        .unwrap();
        assert_eq!(neighbours(&c, &[NodeId(11)]), BTreeSet::from([NodeId(10)]));
        assert_eq!(neighbours(&c, &[NodeId(10)]), BTreeSet::from([NodeId(11)]));
    }
}
