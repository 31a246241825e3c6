//! Importer tests: every syntax the importer reads, warnings with their
//! lines, errors and limits.

use std::sync::LazyLock;

use super::*;
use crate::catalog::blocks::BlockKind;
use crate::design::{EdgeKind, Node, NodeKind, Point};

static CATALOG: LazyLock<Catalog> = LazyLock::new(Catalog::embedded);

pub(super) fn catalog() -> &'static Catalog {
    &CATALOG
}

fn import(text: &str) -> MermaidImport {
    import_mermaid(text, "imported", catalog(), 100).unwrap()
}

fn nodes(import: &MermaidImport) -> Vec<&Node> {
    import.candidate.nodes().collect()
}

fn labels(import: &MermaidImport) -> Vec<&str> {
    import.candidate.nodes().map(|n| n.label.as_str()).collect()
}

fn block(import: &MermaidImport, label: &str) -> Option<BlockKind> {
    import
        .candidate
        .nodes()
        .find(|n| n.label == label)
        .and_then(Node::block_kind)
}

fn edge_kinds(import: &MermaidImport) -> Vec<(EdgeKind, &str)> {
    import
        .candidate
        .edges()
        .map(|e| (e.kind, e.label.as_str()))
        .collect()
}

#[test]
fn headers_in_every_direction() {
    let cases = [
        ("graph TD", Point::new(0.0, TB_SPACING)),
        ("graph TB", Point::new(0.0, TB_SPACING)),
        ("flowchart BT", Point::new(0.0, 0.0)),
        ("flowchart LR", Point::new(SPACING, 0.0)),
        ("graph RL", Point::new(0.0, 0.0)),
        ("flowchart", Point::new(0.0, TB_SPACING)),
        ("graph", Point::new(0.0, TB_SPACING)),
    ];
    for (header, second) in cases {
        let imported = import(&format!("{header}\nA --> B"));
        assert!(
            imported.warnings.is_empty(),
            "{header}: {:?}",
            imported.warnings
        );
        assert_eq!(nodes(&imported)[1].position, second, "{header}");
    }
    let imported = import("graph XY\nA");
    assert_eq!(
        imported.warnings[0].to_string(),
        "line 1: unknown direction `XY`; top to bottom is used"
    );
}

#[test]
fn comments_directives_and_styling_are_ignored_without_warnings() {
    let text = r#"%%{init: {"theme": "dark"}}%%
flowchart LR
  %% comment
  accTitle: Title
  accDescr: Description
  accDescr {
    more
  }
  A[One] --> B %% trailing
  classDef hot fill:#f00,stroke:#900
  class A,B hot
  style A fill:#eee
  linkStyle 0 stroke:#f00
  click A href "https://example.com" _blank
  click B call callback()
"#;
    let imported = import(text);
    assert!(imported.warnings.is_empty(), "{:?}", imported.warnings);
    assert_eq!(labels(&imported), ["One", "B"]);
    assert_eq!(imported.candidate.edge_count(), 1);
}

#[test]
fn shapes_decide_block_kinds() {
    let text = "flowchart TB\n  a[(Orders DB)]\n  b{{Stripe}}\n  c([Web app])\n  d[[Jobs]]\n  e>Events]\n  f((Redis))\n  g(((Memcached)))\n  h[Billing]\n  i(Worker)\n  j{Decide}\n  k[/Upload/]\n  l[\\Export\\]";
    let imported = import(text);
    let want = [
        ("Orders DB", BlockKind::Database),
        ("Stripe", BlockKind::ExternalSystem),
        ("Web app", BlockKind::Client),
        ("Jobs", BlockKind::Queue),
        ("Events", BlockKind::Queue),
        ("Redis", BlockKind::Cache),
        ("Memcached", BlockKind::Cache),
        ("Billing", BlockKind::Service),
        ("Worker", BlockKind::Service),
        ("Decide", BlockKind::Service),
        // parallelograms are queues in hand-drawn flowcharts (issue 11);
        // these two were services before
        ("Upload", BlockKind::Queue),
        ("Export", BlockKind::Queue),
    ];
    for (label, kind) in want {
        assert_eq!(block(&imported, label), Some(kind), "{label}");
    }
    assert!(imported.warnings.is_empty(), "{:?}", imported.warnings);
}

#[test]
fn labels_naming_patterns_become_pattern_nodes() {
    let text = r#"graph LR
  gw[API Gateway]
  s("Checkout<br/>Saga Pattern")
  ps["pub/sub<br>topics"]
  k[Kafka]
  db[(Saga Pattern)]
  CQRS
  svc["API Gateway"]:::plinth_block
  svc2["Saga"]
  class svc2 plinth_block"#;
    let imported = import(text);
    let kinds: Vec<(&str, &NodeKind)> = imported
        .candidate
        .nodes()
        .map(|n| (n.label.as_str(), &n.kind))
        .collect();
    let pattern = |id: &str| NodeKind::Pattern {
        pattern: id.to_owned(),
    };
    let service = NodeKind::Block {
        block: BlockKind::Service,
        patterns: vec![],
    };
    let queue = NodeKind::Block {
        block: BlockKind::Queue,
        patterns: vec![],
    };
    let db = NodeKind::Block {
        block: BlockKind::Database,
        patterns: vec![],
    };
    assert_eq!(
        kinds,
        [
            ("API Gateway", &pattern("api-gateway")),
            ("Checkout", &pattern("saga")),
            ("pub/sub\ntopics", &pattern("pub-sub")),
            // the word "Kafka" means a queue (issue 11); it was a service before
            ("Kafka", &queue),
            ("Saga Pattern", &db),
            ("CQRS", &pattern("cqrs-event-sourcing")),
            ("API Gateway", &service),
            ("Saga", &service),
        ]
    );
}

#[test]
fn carried_pattern_lines_on_blocks() {
    let imported = import(
        r#"flowchart LR
  a["Orders<br/>+ Transactional Outbox<br/>+ idempotency key"]
  b[("DB<br/>+ not a pattern")]
  c["+ Saga Pattern"]"#,
    );
    let kinds: Vec<&NodeKind> = imported.candidate.nodes().map(|n| &n.kind).collect();
    assert_eq!(
        kinds[0],
        &NodeKind::Block {
            block: BlockKind::Service,
            patterns: vec!["transactional-outbox".into(), "idempotency-key".into()]
        }
    );
    assert_eq!(
        labels(&imported),
        ["Orders", "DB\n+ not a pattern", "+ Saga Pattern"]
    );
    assert_eq!(
        kinds[2],
        &NodeKind::Pattern {
            pattern: "saga".into()
        }
    );
}

#[test]
fn quoted_unquoted_entities_breaks_and_bare_ids() {
    let text = r#"flowchart LR
  a["Say #quot;hi#quot; #35;1 #lt;T#gt; #96;x#96; #37;#37; directio#110; LR"]
  b[one<br>two<BR/>three]
  c["`**md**`"]
  d[&quot;html&quot; &amp; &#35;]
  bare_id
  e[  padded  ]"#;
    let imported = import(text);
    assert_eq!(
        labels(&imported),
        [
            "Say \"hi\" #1 <T> `x` %% direction LR",
            "one\ntwo\nthree",
            "**md**",
            "\"html\" & #",
            "bare_id",
            "padded"
        ]
    );
}

#[test]
fn every_arrow_and_label_form() {
    let text = r#"flowchart LR
  A --> B
  A --- B
  A -.-> B
  A -.- B
  A ==> B
  A === B
  A <--> B
  A --o B
  A --x B
  A -->|plain| B
  A -->|"quoted"| B
  A -- inline --> B
  A -. dotted .-> B
  A == thick ==> B
  A---oB
  A~~~B
  class A,B plinth_block"#;
    // Plinth's block class: arrows keep the exporter's meaning here (the
    // hand-drawn meaning of arrows is tested in `tests_meaning`)
    let imported = import(text);
    use EdgeKind::*;
    assert_eq!(
        edge_kinds(&imported),
        [
            (SyncCall, ""),
            (DependsOn, ""),
            (AsyncMessage, ""),
            (DependsOn, ""),
            (Replication, ""),
            (DependsOn, ""),
            (ReadsWrites, ""),
            (SyncCall, ""),
            (SyncCall, ""),
            (SyncCall, "plain"),
            (SyncCall, "quoted"),
            (SyncCall, "inline"),
            (AsyncMessage, "dotted"),
            (Replication, "thick"),
            (SyncCall, ""),
        ]
    );
    assert_eq!(imported.candidate.node_count(), 2);
    assert_eq!(imported.warnings.len(), 1);
    assert_eq!(imported.warnings[0].line, 17);
    assert!(imported.warnings[0].message.contains("invisible"));
}

#[test]
fn chains_ampersands_and_semicolons() {
    let imported = import("graph TD;A --> B --> C;D & E --> F & G;H:::hot --> A");
    let candidate = &imported.candidate;
    let label = |id| candidate.node(id).map(|n| n.label.clone()).unwrap();
    let pairs: Vec<(String, String)> = candidate
        .edges()
        .map(|e| (label(e.from), label(e.to)))
        .collect();
    let want = [
        ("A", "B"),
        ("B", "C"),
        ("D", "F"),
        ("D", "G"),
        ("E", "F"),
        ("E", "G"),
        ("H", "A"),
    ];
    assert_eq!(pairs, want.map(|(a, b)| (a.to_owned(), b.to_owned())));
    assert_eq!(labels(&imported), ["A", "B", "C", "D", "E", "F", "G", "H"]);
    assert!(imported.warnings.is_empty());
}

#[test]
fn subgraphs_in_every_form_nested_to_the_innermost() {
    let text = r#"flowchart TB
  top[Top]
  subgraph one ["First #35;1"]
    direction LR
    a --> b
    subgraph inner[Inner]
      c
    end
  end
  subgraph Plain title here
    d
  end
  subgraph "Quoted title"
    top
  end
  subgraph solo
  end"#;
    let imported = import(text);
    assert!(imported.warnings.is_empty(), "{:?}", imported.warnings);
    let candidate = &imported.candidate;
    let groups: Vec<&str> = candidate.groups().map(|g| g.name.as_str()).collect();
    assert_eq!(
        groups,
        [
            "First #1",
            "Inner",
            "Plain title here",
            "Quoted title",
            "solo"
        ]
    );
    let group_of = |label: &str| {
        let node = candidate.nodes().find(|n| n.label == label).unwrap();
        node.group
            .and_then(|g| candidate.group(g))
            .map(|g| g.name.clone())
    };
    assert_eq!(group_of("a").as_deref(), Some("First #1"));
    assert_eq!(group_of("c").as_deref(), Some("Inner"));
    assert_eq!(group_of("d").as_deref(), Some("Plain title here"));
    assert_eq!(group_of("Top").as_deref(), Some("Quoted title"));
}

#[test]
fn unreadable_statements_are_warnings_with_their_lines() {
    let text = r#"flowchart LR
  A --> B
  C[unclosed
  D -->
  E@{ shape: nope }
  end
  subgraph open
  F -- text without end
  G --> H ?? I
  flowchart TB"#;
    let imported = import(text);
    let lines: Vec<usize> = imported.warnings.iter().map(|w| w.line).collect();
    assert_eq!(lines, [3, 4, 5, 6, 7, 8, 9, 10], "{:#?}", imported.warnings);
    assert!(
        imported.warnings[0]
            .to_string()
            .starts_with("line 3: could not read `C[unclosed`")
    );
    assert!(imported.warnings[4].message.contains("never closed"));
    // skipped whole: nothing of lines 3-5, 8 and 9 was created
    assert_eq!(labels(&imported), ["A", "B"]);
}

#[test]
fn redefinition_keeps_the_last_label_and_links_to_subgraphs_join_their_nodes() {
    // an arrow to a subgraph was dropped with a warning before issue 11; it
    // now joins the subgraph's entry node, with a guessed note
    let imported = import(
        "flowchart LR\n  a[First] --> b\n  a[Second]\n  subgraph s1[Zone]\n    b\n  end\n  a --> s1",
    );
    assert_eq!(labels(&imported), ["Second", "b"]);
    assert_eq!(imported.candidate.edge_count(), 2);
    assert!(imported.warnings.is_empty(), "{:?}", imported.warnings);
    let note = imported.guesses().last().unwrap();
    assert_eq!(note.line, 7);
    assert!(note.message.contains("subgraph `s1`"), "{}", note.message);
}

#[test]
fn ids_are_allocated_upward_from_first_id() {
    let imported = import_mermaid("graph LR\nsubgraph z\nA --> B\nend", "x", catalog(), 7).unwrap();
    let c = &imported.candidate;
    assert_eq!(c.id.0, 7);
    assert_eq!(c.name, "x");
    assert_eq!(c.groups().map(|g| g.id.0).collect::<Vec<_>>(), [8]);
    assert_eq!(c.nodes().map(|n| n.id.0).collect::<Vec<_>>(), [9, 10]);
    assert_eq!(c.edges().map(|e| e.id.0).collect::<Vec<_>>(), [11]);
    assert_eq!(c.max_id(), 11);
    assert!(matches!(
        import_mermaid("graph LR\nA", "x", catalog(), u64::MAX - 1),
        Err(MermaidError::IdsExhausted { line: 1, .. })
    ));
}

#[test]
fn other_diagrams_are_errors_with_their_line() {
    let error = import_mermaid(
        "%% notes\n\nsequenceDiagram\n  A->>B: hi",
        "x",
        catalog(),
        1,
    )
    .unwrap_err();
    assert_eq!(
        error,
        MermaidError::NotAFlowchart {
            line: 3,
            found: "sequenceDiagram".into()
        }
    );
    assert_eq!(error.line(), 3);
    assert!(
        error
            .to_string()
            .starts_with("line 3: not a mermaid flowchart")
    );
    let empty = import_mermaid("\n%% only a comment\n", "x", catalog(), 1).unwrap_err();
    assert!(
        matches!(empty, MermaidError::NotAFlowchart { .. }),
        "{empty}"
    );
    let front = import_mermaid("---\ntitle: t\n", "x", catalog(), 1).unwrap_err();
    assert_eq!(front, MermaidError::UnclosedFrontMatter { line: 1 });
}

#[test]
fn size_limits_are_refused_with_a_line() {
    let big = format!("flowchart LR\n{}", "A\n".repeat(MAX_BYTES / 2));
    let error = import_mermaid(&big, "x", catalog(), 1).unwrap_err();
    assert!(
        matches!(error, MermaidError::TooLarge { line, .. } if line > 1_000_000),
        "{error}"
    );
    let many: String = (0..=MAX_NODES).map(|i| format!("n{i}\n")).collect();
    let error = import_mermaid(&format!("graph TB\n{many}"), "x", catalog(), 1).unwrap_err();
    assert_eq!(
        error,
        MermaidError::TooManyNodes {
            line: MAX_NODES + 2,
            limit: MAX_NODES
        }
    );
    let side: Vec<String> = (0..400).map(|i| format!("a{i}")).collect();
    let side = side.join(" & ");
    let error = import_mermaid(
        &format!("graph TB\n{side} --> {}", side.replace('a', "b")),
        "x",
        catalog(),
        1,
    )
    .unwrap_err();
    assert_eq!(
        error,
        MermaidError::TooManyEdges {
            line: 2,
            limit: MAX_EDGES
        }
    );
}

#[test]
fn hostile_inputs_finish_quickly() {
    let started = std::time::Instant::now();
    let line_of = |unit: &str| format!("flowchart LR\n{}", unit.repeat(200_000));
    for unit in [
        "[",
        "\"",
        "A[\"",
        "-- ",
        "|",
        "subgraph ",
        "#",
        "<br",
        "A & ",
    ] {
        let _ = import_mermaid(&line_of(unit), "x", catalog(), 1);
    }
    let long_chain: String = (0..2_000).map(|i| format!("v{i} --> ")).collect();
    let imported =
        import_mermaid(&format!("graph LR\n{long_chain}last"), "x", catalog(), 1).unwrap();
    assert_eq!(imported.candidate.node_count(), 2_001);
    assert_eq!(
        imported.candidate.nodes().last().map(|n| n.position),
        Some(Point::new(2_000.0 * SPACING, 0.0))
    );
    assert!(started.elapsed().as_secs() < 30, "{:?}", started.elapsed());
}
