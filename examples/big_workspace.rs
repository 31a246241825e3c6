//! Writes a large workspace for the window's start-up and memory
//! measurements (`scripts/startup-memory.sh`): one candidate of NODES nodes
//! (default 2,000) and 1.5 edges per node, built with the library's own
//! types and saved with `storage::save_workspace`, so the window reads it
//! like any file a user saved.
//!
//! The shape is the canvas benchmark's (`benches/canvas.rs`): a grid of 50
//! columns, every third node a building block and the others patterns of
//! the embedded catalog labelled with the pattern's name, 100 nodes a
//! group, each node linked to its right-hand neighbour, every other one to
//! the node below, then diagonals until the edge count is reached; edge
//! kinds rotate and every fourth edge has a label.
//!
//! `cargo run --release --example big_workspace -- FILE.ron [NODES]`

use std::path::PathBuf;
use std::process::ExitCode;

use plinth::catalog::Catalog;
use plinth::catalog::blocks::BlockKind;
use plinth::design::{
    Candidate, CandidateId, Edge, EdgeId, EdgeKind, GraphError, Group, GroupId, Node, NodeId, Point,
};
use plinth::workspace::Workspace;

const COLUMNS: u64 = 50;
const NODES_PER_GROUP: u64 = 100;
const FIRST_GROUP: u64 = 100_000;
const FIRST_EDGE: u64 = 200_000;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next().map(PathBuf::from) else {
        return fail("usage: big_workspace FILE.ron [NODES]");
    };
    let nodes = match args.next().map(|n| n.parse::<u64>()) {
        None => 2_000,
        Some(Ok(n)) if (1..FIRST_GROUP).contains(&n) => n,
        Some(_) => return fail("NODES wants a number from 1 to 99,999"),
    };
    let catalog = Catalog::embedded();
    let candidate = match big_candidate(&catalog, nodes) {
        Ok(candidate) => candidate,
        Err(err) => return fail(&format!("cannot build the candidate: {err}")),
    };
    let summary = format!(
        "{}: {} nodes, {} edges",
        path.display(),
        candidate.node_count(),
        candidate.edge_count()
    );
    let mut ws = Workspace::new(&format!("{nodes}-node workspace"));
    ws.push_candidate(candidate);
    match plinth::storage::save_workspace(&path, &ws) {
        Ok(()) => {
            say(&summary);
            ExitCode::SUCCESS
        }
        Err(problem) => fail(&problem.to_string()),
    }
}

/// The grid of nodes in groups, then the edges.
fn big_candidate(catalog: &Catalog, nodes: u64) -> Result<Candidate, GraphError> {
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

#[expect(clippy::print_stdout, reason = "an example says what it wrote")]
fn say(line: &str) {
    println!("{line}");
}

#[expect(clippy::print_stderr, reason = "an example's errors go to stderr")]
fn fail(message: &str) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::FAILURE
}
