//! The large candidate that the canvas benchmark draws and that
//! `examples/big_workspace.rs` saves for the start-up and memory
//! measurements: a grid of 50 columns, every third node a building block
//! and the others patterns of the catalog labelled with the pattern's name,
//! 100 nodes a group, each node linked to its right-hand neighbour, every
//! other one to the node below, then diagonals until there are 1.5 edges a
//! node; edge kinds rotate and every fourth edge has a label. Included by
//! both through `#[path]`.

use plinth::catalog::Catalog;
use plinth::catalog::blocks::BlockKind;
use plinth::design::{
    Candidate, CandidateId, Edge, EdgeId, EdgeKind, GraphError, Group, GroupId, Node, NodeId, Point,
};

const COLUMNS: u64 = 50;
const NODES_PER_GROUP: u64 = 100;
/// Group ids start here, edge ids at `FIRST_EDGE`: node ids stay below.
pub const FIRST_GROUP: u64 = 100_000;
const FIRST_EDGE: u64 = 200_000;

/// The grid of nodes in groups, then the edges.
pub fn big_candidate(catalog: &Catalog, nodes: u64) -> Result<Candidate, GraphError> {
    let mut c = Candidate::new(CandidateId(1), "Large");
    for g in 0..nodes.div_ceil(NODES_PER_GROUP) {
        c.add_group(Group {
            id: GroupId(FIRST_GROUP + g),
            name: format!("Team {}", g + 1),
        })?;
    }
    let patterns: Vec<(&str, &str)> = catalog
        .patterns()
        .map(|p| (p.id.as_str(), p.name.as_str()))
        .collect();
    for i in 0..nodes {
        let mut node = node(i, &patterns);
        node.group = Some(GroupId(FIRST_GROUP + i / NODES_PER_GROUP));
        c.add_node(node)?;
    }
    for (n, (from, to)) in links(nodes).take((nodes * 3 / 2) as usize).enumerate() {
        let n = n as u64;
        c.add_edge(Edge {
            id: EdgeId(FIRST_EDGE + n),
            from: NodeId(from + 1),
            to: NodeId(to + 1),
            kind: EdgeKind::ALL[(n % 5) as usize],
            label: if n.is_multiple_of(4) {
                format!("call {n}")
            } else {
                String::new()
            },
        })?;
    }
    Ok(c)
}

/// Node `i` (id `i + 1`): a block every third node, else a pattern.
fn node(i: u64, patterns: &[(&str, &str)]) -> Node {
    let position = Point::new((i % COLUMNS) as f32 * 240.0, (i / COLUMNS) as f32 * 130.0);
    let id = NodeId(i + 1);
    if i.is_multiple_of(3) || patterns.is_empty() {
        let kind = BlockKind::ALL[(i % 6) as usize];
        Node::block(id, kind, &format!("{} {i}", kind.label()), position)
    } else {
        let (pattern, name) = patterns[i as usize % patterns.len()];
        Node::pattern(id, pattern, &format!("{name} {i}"), position)
    }
}

/// Pairs of node indices: right-hand neighbours and, for every other node,
/// the node below; then diagonals.
fn links(nodes: u64) -> impl Iterator<Item = (u64, u64)> {
    let grid = (0..nodes).flat_map(move |i| {
        let right = (i % COLUMNS != COLUMNS - 1 && i + 1 < nodes).then_some((i, i + 1));
        let below = (i + COLUMNS < nodes && i.is_multiple_of(2)).then_some((i, i + COLUMNS));
        right.into_iter().chain(below)
    });
    let diagonals = (0..nodes)
        .filter(move |i| i % COLUMNS != COLUMNS - 1 && i + COLUMNS + 1 < nodes)
        .map(|i| (i, i + COLUMNS + 1));
    grid.chain(diagonals)
}
