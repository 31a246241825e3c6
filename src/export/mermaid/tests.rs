//! Exporter tests: whole outputs for small designs, escaping of hostile
//! labels, shapes, arrows, classes, groups and determinism.

use super::*;
use crate::catalog::blocks::BlockKind;
use crate::design::{CandidateId, Edge, EdgeId, EdgeKind, Group, GroupId, Node, Point};

fn catalog() -> Catalog {
    Catalog::embedded()
}

fn block(id: u64, kind: BlockKind, label: &str) -> Node {
    Node::block(NodeId(id), kind, label, Point::default())
}

fn pattern(id: u64, pattern: &str, label: &str) -> Node {
    Node::pattern(NodeId(id), pattern, label, Point::default())
}

fn edge(id: u64, from: u64, to: u64, kind: EdgeKind, label: &str) -> Edge {
    Edge {
        id: EdgeId(id),
        from: NodeId(from),
        to: NodeId(to),
        kind,
        label: label.to_owned(),
    }
}

fn export(candidate: &Candidate) -> String {
    candidate_to_mermaid(candidate, &catalog(), &MermaidOptions::default())
}

fn with_label(label: &str) -> Candidate {
    let mut c = Candidate::new(CandidateId(1), "c");
    c.add_node(block(2, BlockKind::Service, label)).unwrap();
    c
}

fn checkout() -> Candidate {
    let mut c = Candidate::new(CandidateId(1), "Checkout");
    c.add_group(Group {
        id: GroupId(20),
        name: "Payments".into(),
    })
    .unwrap();
    c.add_node(block(2, BlockKind::Client, "Web app")).unwrap();
    c.add_node(pattern(3, "api-gateway", "API Gateway"))
        .unwrap();
    let mut orders = block(4, BlockKind::Service, "Orders");
    orders.kind = NodeKind::Block {
        block: BlockKind::Service,
        patterns: vec!["transactional-outbox".into()],
    };
    orders.group = Some(GroupId(20));
    c.add_node(orders).unwrap();
    let mut db = block(5, BlockKind::Database, "Orders DB");
    db.group = Some(GroupId(20));
    c.add_node(db).unwrap();
    c.add_node(pattern(6, "saga", "Checkout saga")).unwrap();
    c.add_edge(edge(10, 2, 3, EdgeKind::SyncCall, "HTTPS"))
        .unwrap();
    c.add_edge(edge(11, 3, 4, EdgeKind::SyncCall, "")).unwrap();
    c.add_edge(edge(12, 4, 5, EdgeKind::ReadsWrites, ""))
        .unwrap();
    c.add_edge(edge(13, 4, 6, EdgeKind::AsyncMessage, "OrderPlaced"))
        .unwrap();
    c
}

#[test]
fn whole_export_of_a_small_design() {
    let expected = r#"flowchart LR
  accTitle: Checkout
  accDescr: 5 nodes, 4 edges, 1 group; patterns: API Gateway, Saga Pattern, Transactional Outbox
  n1(["Web app"])
  n2("API Gateway")
  n3["Orders<br/>+ Transactional Outbox"]
  n4[("Orders DB")]
  n5("Checkout saga<br/>Saga Pattern")
  subgraph g1["Payments"]
    n3
    n4
  end
  n1 -->|"HTTPS"| n2
  n2 --> n3
  n3 <--> n4
  n3 -.->|"OrderPlaced"| n5
  classDef cat_integration fill:#f9ead7,stroke:#e08a1e,color:#1f2328
  classDef plinth_block fill:#f6f8fa,stroke:#57606a,color:#1f2328
  class n2,n5 cat_integration
  class n1,n3,n4 plinth_block
"#;
    assert_eq!(export(&checkout()), expected);
}

#[test]
fn hostile_labels_stay_inside_their_quotes() {
    let cases = [
        ("a#b", "a#35;b"),
        ("say \"hi\"", "say #quot;hi#quot;"),
        (
            "<script>alert(1)</script>",
            "#lt;script#gt;alert(1)#lt;/script#gt;",
        ),
        ("`md`", "#96;md#96;"),
        (
            "%%{init: {\"theme\":\"dark\"}}%%",
            "#37;#37;{init: {#quot;theme#quot;:#quot;dark#quot;}}#37;#37;",
        ),
        (
            "x\"]\nclick n1 href \"javascript:alert(1)\"",
            "x#quot;]<br/>click n1 href #quot;javascript:alert(1)#quot;",
        ),
        ("end", "end"),
        ("go direction LR now", "go directio#110; LR now"),
        ("one\r\ntwo\nthree", "one<br/>two<br/>three"),
        ("bell\u{7}esc\u{1b}nul\u{0}", "bellescnul"),
        ("style x fill:#f00;", "styl#101; x fill:#35;f00;"),
        ("&lt;", "#38;lt;"),
    ];
    for (label, escaped) in cases {
        let text = export(&with_label(label));
        let line = format!("  n1[\"{escaped}\"]");
        assert!(text.lines().any(|l| l == line), "{label:?}:\n{text}");
        assert_eq!(text.lines().count(), 6, "{label:?} added a line:\n{text}");
    }
}

#[test]
fn no_user_text_starts_a_statement() {
    let label = "a\n  click n1 call x()\nstyle n1 fill:#f00\n%%{init: {}}%%\nclassDef x fill:red\n\"];\nend";
    let mut c = with_label(label);
    c.name = label.to_owned();
    c.add_group(Group {
        id: GroupId(9),
        name: label.to_owned(),
    })
    .unwrap();
    c.add_node(block(3, BlockKind::Queue, label)).unwrap();
    c.add_edge(edge(4, 2, 3, EdgeKind::SyncCall, label))
        .unwrap();
    let text = export(&c);
    for line in text.lines() {
        let start = line.trim_start();
        for word in ["click", "style", "%%", "end\"", "call"] {
            assert!(!start.starts_with(word), "{line}");
        }
        if start.starts_with("classDef") || start.starts_with("class ") {
            assert!(
                start.ends_with("plinth_block") || start.contains("color:#1f2328"),
                "{line}"
            );
        }
        assert!(!line.contains("%%"), "{line}");
    }
}

#[test]
fn shapes_by_kind() {
    let mut c = Candidate::new(CandidateId(1), "shapes");
    for (i, kind) in BlockKind::ALL.into_iter().enumerate() {
        c.add_node(block(i as u64 + 1, kind, "x")).unwrap();
    }
    c.add_node(pattern(10, "saga", "Saga")).unwrap();
    let text = export(&c);
    for line in [
        "  n1[\"x\"]",
        "  n2[(\"x\")]",
        "  n3[[\"x\"]]",
        "  n4((\"x\"))",
        "  n5([\"x\"])",
        "  n6{{\"x\"}}",
        "  n7(\"Saga\")",
    ] {
        assert!(text.lines().any(|l| l == line), "{line} missing:\n{text}");
    }
}

#[test]
fn edge_styles_with_spaces_around_arrows() {
    let mut c = Candidate::new(CandidateId(1), "edges");
    c.add_node(block(1, BlockKind::Service, "a")).unwrap();
    c.add_node(block(2, BlockKind::Service, "b")).unwrap();
    for (i, kind) in EdgeKind::ALL.into_iter().enumerate() {
        let label = if i % 2 == 0 { "" } else { "l|x" };
        c.add_edge(edge(10 + i as u64, 1, 2, kind, label)).unwrap();
    }
    let text = export(&c);
    let edges: Vec<&str> = text.lines().filter(|l| l.starts_with("  n1 ")).collect();
    assert_eq!(
        edges,
        [
            "  n1 --> n2",
            "  n1 -.->|\"l|x\"| n2",
            "  n1 ==> n2",
            "  n1 <-->|\"l|x\"| n2",
            "  n1 e5@-.-> n2",
        ]
    );
    assert!(text.contains("\n  class e5 plinth_depends_on\n"), "{text}");
}

#[test]
fn class_defs_only_for_categories_in_use() {
    let mut c = Candidate::new(CandidateId(1), "c");
    c.add_node(pattern(1, "rag-architecture", "RAG")).unwrap();
    c.add_node(pattern(2, "circuit-breaker", "CB")).unwrap();
    c.add_node(pattern(3, "tool-use", "Tools")).unwrap();
    c.add_node(pattern(4, "no-such-pattern", "Mystery"))
        .unwrap();
    let text = export(&c);
    let defs: Vec<&str> = text.lines().filter(|l| l.contains("classDef")).collect();
    assert_eq!(defs.len(), 2, "{text}");
    assert!(defs[0].starts_with("  classDef cat_ai fill:#"));
    assert!(defs[1].starts_with("  classDef cat_integration fill:#"));
    assert!(text.contains("\n  class n1,n3 cat_ai\n  class n2 cat_integration\n"));
    assert!(
        text.contains("  n4(\"Mystery<br/>no-such-pattern\")"),
        "{text}"
    );
    assert!(!text.contains("plinth_block"));
}

#[test]
fn groups_list_their_members_and_empty_names_stay_valid() {
    let mut c = Candidate::new(CandidateId(1), "c");
    c.add_group(Group {
        id: GroupId(5),
        name: "Edge \"zone\"".into(),
    })
    .unwrap();
    c.add_group(Group {
        id: GroupId(6),
        name: "  ".into(),
    })
    .unwrap();
    let mut a = block(1, BlockKind::Service, "");
    a.group = Some(GroupId(6));
    c.add_node(a).unwrap();
    let text = export(&c);
    assert!(text.contains("  n1[\" \"]\n  subgraph g1[\"Edge #quot;zone#quot;\"]\n  end\n  subgraph g2[\" \"]\n    n1\n  end\n"), "{text}");
}

#[test]
fn pattern_caption_only_when_the_label_does_not_name_the_pattern() {
    let mut c = Candidate::new(CandidateId(1), "c");
    c.add_node(pattern(1, "pub-sub", "pub/sub")).unwrap();
    c.add_node(pattern(2, "pub-sub", "Saga Pattern")).unwrap();
    c.add_node(pattern(3, "pub-sub", "Pub/Sub\nevents"))
        .unwrap();
    c.add_node(pattern(4, "pub-sub", "")).unwrap();
    let text = export(&c);
    assert!(text.contains("  n1(\"pub/sub\")\n"), "{text}");
    assert!(
        text.contains("  n2(\"Saga Pattern<br/>Publish-Subscribe\")\n"),
        "{text}"
    );
    assert!(
        text.contains("  n3(\"Pub/Sub<br/>events<br/>Publish-Subscribe\")\n"),
        "{text}"
    );
    assert!(
        text.contains("  n4(\"<br/>Publish-Subscribe\")\n"),
        "{text}"
    );
}

#[test]
fn title_direction_and_empty_name() {
    let c = Candidate::new(CandidateId(1), " \n ");
    let options = MermaidOptions {
        direction: Direction::TopBottom,
        title: Some("Option \"B\"\n%%{init}%%".into()),
    };
    let text = candidate_to_mermaid(&c, &catalog(), &options);
    assert_eq!(
        text,
        "---\ntitle: \"Option \\\"B\\\" %%{init}%%\"\n---\nflowchart TB\n  accTitle: Candidate design\n  accDescr: 0 nodes, 0 edges, 0 groups; no patterns\n"
    );
}

#[test]
fn output_is_deterministic_and_independent_of_insertion_order() {
    let first = export(&checkout());
    assert_eq!(first, export(&checkout()));
    let data = crate::workspace::data::CandidateData::from(&checkout());
    let mut reversed = Candidate::new(data.id, &data.name);
    for group in data.groups {
        reversed.add_group(group).unwrap();
    }
    for node in data.nodes.into_iter().rev() {
        reversed.add_node(node).unwrap();
    }
    for edge in data.edges.into_iter().rev() {
        reversed.add_edge(edge).unwrap();
    }
    assert_eq!(first, export(&reversed));
    assert!(first.ends_with('\n'));
}

#[test]
fn limits_warn_beyond_mermaid_defaults() {
    assert!(mermaid_limits("flowchart LR\n", 500).is_empty());
    let warnings = mermaid_limits("flowchart LR\n", 501);
    assert_eq!(warnings.len(), 1);
    assert!(warnings[0].contains("501 edges"), "{warnings:?}");
    let big = "é".repeat(MAX_TEXT_CHARS + 1);
    let warnings = mermaid_limits(&big, 0);
    assert_eq!(warnings.len(), 1);
    assert!(warnings[0].contains("50001 characters"), "{warnings:?}");
    // UTF-16 units, as mermaid counts: one emoji is two.
    assert_eq!(
        mermaid_limits(&"😀".repeat(MAX_TEXT_CHARS / 2), 0),
        Vec::<String>::new()
    );
    assert_eq!(
        mermaid_limits(&"😀".repeat(MAX_TEXT_CHARS / 2 + 1), 0).len(),
        1
    );
}
