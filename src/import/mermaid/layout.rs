//! Positions for imported nodes: the automatic layered layout of
//! `geometry::layout`, along the flowchart's direction, with each subgraph's
//! nodes kept together inside its boundary.

use super::diagram::Flow;
use crate::design::Candidate;
use crate::geometry::layout::{self, LAYER_GAP, TB_LAYER_GAP};
use crate::geometry::metrics::{NODE_HEIGHT, NODE_MIN_WIDTH};

/// Distance between the centres of two consecutive small nodes left to
/// right (top to bottom: `TB_SPACING`), in canvas units.
pub const SPACING: f32 = NODE_MIN_WIDTH + LAYER_GAP;
pub const TB_SPACING: f32 = NODE_HEIGHT + TB_LAYER_GAP;

/// Lays out every node of the freshly built `candidate`.
pub(super) fn arrange(candidate: &mut Candidate, flow: Flow) {
    let flow = match flow {
        Flow::TopBottom => layout::Flow::TopBottom,
        Flow::BottomTop => layout::Flow::BottomTop,
        Flow::LeftRight => layout::Flow::LeftRight,
        Flow::RightLeft => layout::Flow::RightLeft,
    };
    for (id, position) in layout::arrange(candidate, None, flow) {
        if let Some(node) = candidate.node_mut(id) {
            node.position = position;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::blocks::BlockKind;
    use crate::design::{CandidateId, Edge, EdgeId, EdgeKind, Group, GroupId, Node, NodeId, Point};

    #[test]
    fn a_subgraph_stays_together_and_the_flow_is_kept() {
        let mut c = Candidate::new(CandidateId(1), "x");
        c.add_group(Group {
            id: GroupId(9),
            name: "Shop".into(),
        })
        .unwrap();
        for i in 1..=4 {
            let mut n = Node::block(
                NodeId(i),
                BlockKind::Service,
                &format!("S{i}"),
                Point::default(),
            );
            n.group = (i % 2 == 0).then_some(GroupId(9));
            c.add_node(n).unwrap();
        }
        for (id, (a, b)) in [(1, 2), (2, 3), (3, 4), (1, 4)].into_iter().enumerate() {
            let edge = Edge {
                id: EdgeId(10 + id as u64),
                from: NodeId(a),
                to: NodeId(b),
                kind: EdgeKind::SyncCall,
                label: String::new(),
            };
            c.add_edge(edge).unwrap();
        }
        arrange(&mut c, Flow::LeftRight);
        let x = |i| c.node(NodeId(i)).unwrap().position.x;
        assert!(x(1) < x(2) && x(2) < x(3) && x(3) < x(4));
        let g = crate::geometry::Geometry::of(&c);
        let boundary = g.groups[0].rect;
        for i in [1, 3] {
            assert!(
                !g.node_rect(NodeId(i)).unwrap().overlaps(&boundary),
                "node {i} inside the group"
            );
        }
    }
}
