//! Tests of meaning from the drawing: the notes on what was guessed, that
//! Plinth's own export guesses nothing, and properties over hand-drawn
//! flowcharts (every node and edge gets exactly one note, on a real line).

use proptest::prelude::*;

use super::tests::catalog;
use super::*;
use crate::catalog::blocks::BlockKind;
use crate::design::EdgeKind;
use crate::export::mermaid::{MermaidOptions, candidate_to_mermaid};

fn import(text: &str) -> MermaidImport {
    import_mermaid(text, "drawn", catalog(), 1).unwrap()
}

#[test]
fn the_issue_example_notes_what_was_guessed() {
    let imported = import(
        "flowchart LR\n  client[\"Checkout UI\"] --> orders[\"Orders service\"]\n  orders --> db[(\"Orders DB\")]\n  orders -.-> topic{{\"Order events\"}}\n  topic -.-> billing[\"Billing service\"]",
    );
    let guesses: Vec<String> = imported.guesses().map(ToString::to_string).collect();
    assert_eq!(
        guesses,
        [
            "line 2: \"Checkout UI\" read as a client (the word \"ui\")",
            "line 3: \"Orders DB\" read as a database (cylinder, the word \"db\")",
            "line 3: \"Orders service\" --> \"Orders DB\" read as reads/writes (it touches a data store)",
            "line 4: \"Order events\" read as a queue or topic (hexagon, the word \"events\")",
        ]
    );
    // every node and edge has a note, guessed or not, naming its mermaid id
    assert_eq!(imported.notes.len(), 5 + 4);
    let sources: Vec<&str> = imported.notes.iter().map(|n| n.source.as_str()).collect();
    assert!(sources.contains(&"orders -.-> topic"), "{sources:?}");
    assert!(sources.contains(&"billing"), "{sources:?}");
}

#[test]
fn words_against_a_shape_win_and_the_note_says_so() {
    let imported = import("flowchart LR\n  s[(Session cache)]");
    let note = &imported.notes[0];
    assert!(note.guessed);
    assert_eq!(
        note.message,
        "\"Session cache\" read as a cache (the word \"cache\"; the cylinder alone would say a database, the words win)"
    );
}

#[test]
fn plinth_export_guesses_nothing() {
    let drawn = import(
        "flowchart LR\n  a[Orders] --> db[(Orders DB)]\n  a -.-> q[/Order events/]\n  q --> b[Billing]\n  subgraph z [Zone]\n    b\n  end",
    );
    let text = candidate_to_mermaid(&drawn.candidate, catalog(), &MermaidOptions::default());
    let back = import(&text);
    assert_eq!(back.guesses().count(), 0, "{:#?}", back.notes);
    let kinds: Vec<EdgeKind> = back.candidate.edges().map(|e| e.kind).collect();
    assert_eq!(
        kinds,
        [
            EdgeKind::ReadsWrites,
            EdgeKind::AsyncMessage,
            EdgeKind::AsyncMessage
        ]
    );
}

#[test]
fn arrows_to_subgraphs_join_entry_and_exit_nodes_nested_and_cyclic() {
    let imported = import(
        "flowchart LR\n  a --> outer\n  subgraph outer [Outer]\n    subgraph inner [Inner]\n      x --> y\n    end\n    z\n  end\n  subgraph loop [Loop]\n    p --> q --> p\n  end\n  outer --> loop",
    );
    let c = &imported.candidate;
    let label = |id| c.node(id).map(|n| n.label.clone()).unwrap_or_default();
    let pairs: Vec<(String, String)> = c.edges().map(|e| (label(e.from), label(e.to))).collect();
    let want = [
        ("a", "x"),
        ("a", "z"),
        ("x", "y"),
        ("p", "q"),
        ("q", "p"),
        ("y", "p"),
        ("y", "q"),
        ("z", "p"),
        ("z", "q"),
    ];
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(f, t)| ((*f).into(), (*t).into()))
        .collect();
    assert_eq!(pairs, want);
    assert!(imported.warnings.is_empty(), "{:?}", imported.warnings);
}

/// A node in one of many hand-drawn forms.
fn node() -> impl Strategy<Value = String> {
    let shapes = prop::sample::select(vec![
        "[{}]",
        "([{}])",
        "[({})]",
        "{{{}}}",
        "[/{}/]",
        "(({}))",
        "[[{}]]",
        "(-{}-)",
        "@{ shape: h-cyl, label: \"{}\" }",
        "@{ shape: doc, label: \"{}\" }",
    ]);
    let words = prop::sample::select(vec![
        "Orders",
        "Orders DB",
        "Redis",
        "Kafka",
        "Web app",
        "Stripe",
        "Order events",
        "Saga",
        "API Gateway",
        "Billing service",
        "x #35; y",
    ]);
    (0..12usize, shapes, words)
        .prop_map(|(id, shape, word)| format!("n{id}{}", shape.replace("{}", word)))
}

fn arrow() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "-->",
        "---",
        "-.->",
        "-.-",
        "==>",
        "<-->",
        "-->|writes|",
        "-- CDC -->",
        "e1@-->",
    ])
}

proptest! {
    #[test]
    fn every_node_and_edge_has_one_note_on_a_real_line(
        lines in prop::collection::vec((node(), arrow(), node()), 1..12)
    ) {
        let body: Vec<String> = lines.iter().map(|(a, arrow, b)| format!("  {a} {arrow} {b}")).collect();
        let text = format!("flowchart LR\n{}", body.join("\n"));
        let imported = import(&text);
        let c = &imported.candidate;
        prop_assert_eq!(imported.notes.len(), c.node_count() + c.edge_count());
        let count = text.lines().count();
        prop_assert!(imported.notes.iter().all(|n| n.line >= 2 && n.line <= count));
        for note in &imported.notes {
            let known = match note.subject {
                NoteSubject::Node(id) => c.node(id).is_some(),
                NoteSubject::Edge(id) => c.edges().any(|e| e.id == id),
            };
            prop_assert!(known, "{:?}", note);
        }
        // a database never sends a synchronous call: an edge touching a data
        // store is reads/writes or replication
        for edge in c.edges() {
            let store = |id| c.node(id).and_then(crate::design::Node::block_kind)
                .is_some_and(|b| matches!(b, BlockKind::Database | BlockKind::Cache));
            if store(edge.from) || store(edge.to) {
                prop_assert!(matches!(edge.kind, EdgeKind::ReadsWrites | EdgeKind::Replication), "{:?}\n{}", edge, text);
            }
        }
    }
}
