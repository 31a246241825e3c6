//! Shared builders for the integration tests.

use plinth::catalog::blocks::BlockKind;
use plinth::design::{
    Candidate, CandidateId, Edge, EdgeId, EdgeKind, Group, GroupId, Node, NodeId, Point,
};
use plinth::workspace::Workspace;

/// An example workspace from `assets/examples/`.
pub fn example(name: &str) -> Workspace {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(format!("assets/examples/{name}.ron"));
    plinth::storage::load_workspace(&path).unwrap()
}

/// A small workspace: one candidate with a service, a database, a queue and a group.
pub fn small_workspace() -> Workspace {
    let mut ws = Workspace::new("Small");
    let mut c = Candidate::new(CandidateId(1), "First");
    c.add_group(Group {
        id: GroupId(9),
        name: "Core".into(),
    })
    .unwrap();
    let mut service = Node::block(
        NodeId(2),
        BlockKind::Service,
        "Orders",
        Point::new(0.0, 0.0),
    );
    service.group = Some(GroupId(9));
    c.add_node(service).unwrap();
    c.add_node(Node::block(
        NodeId(3),
        BlockKind::Database,
        "orders-db",
        Point::new(200.0, 0.0),
    ))
    .unwrap();
    c.add_node(Node::pattern(
        NodeId(4),
        "pub-sub",
        "Events",
        Point::new(200.0, 150.0),
    ))
    .unwrap();
    c.add_edge(edge(5, 2, 3, EdgeKind::ReadsWrites)).unwrap();
    c.add_edge(edge(6, 2, 4, EdgeKind::AsyncMessage)).unwrap();
    ws.push_candidate(c);
    let mut second = Candidate::new(CandidateId(20), "Second");
    second
        .add_node(Node::pattern(
            NodeId(21),
            "monolith",
            "App",
            Point::new(0.0, 0.0),
        ))
        .unwrap();
    ws.push_candidate(second);
    ws
}

pub fn edge(id: u64, from: u64, to: u64, kind: EdgeKind) -> Edge {
    Edge {
        id: EdgeId(id),
        from: NodeId(from),
        to: NodeId(to),
        kind,
        label: String::new(),
    }
}
