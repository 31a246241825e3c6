//! Golden exports of every example (insta snapshots) and the mermaid round trip.

use plinth::catalog::Catalog;
use plinth::design::Candidate;
use plinth::evaluate::evaluate;
use plinth::export::adr::{AdrSource, Dialect, render_adr};
use plinth::export::mermaid::{MermaidOptions, candidate_to_mermaid};
use plinth::import::mermaid::import_mermaid;

use crate::support::example;

const EXAMPLES: [&str; 3] = ["startup", "ai-support", "checkout"];

fn adr(name: &str, dialect: Dialect) -> String {
    let catalog = Catalog::embedded();
    let ws = example(name);
    let ranking = evaluate(&ws, &catalog);
    let winner = ranking
        .winner()
        .and_then(|w| ws.candidate(w.candidate))
        .unwrap();
    let diagram = candidate_to_mermaid(winner, &catalog, &MermaidOptions::default());
    let source = AdrSource {
        workspace: &ws,
        catalog: &catalog,
        ranking: &ranking,
        date: "2026-11-26",
        diagram: Some(&diagram),
        datum: plinth::evaluate::DatumChoice::StatusQuo,
    };
    render_adr(&source.numbered(7, None), dialect)
}

#[test]
fn adr_snapshots_of_every_example_and_dialect() {
    for name in EXAMPLES {
        for dialect in [Dialect::Madr, Dialect::Log4brains, Dialect::Nygard] {
            insta::assert_snapshot!(format!("adr-{name}-{}", dialect.key()), adr(name, dialect));
        }
    }
}

#[test]
fn mermaid_snapshots_of_every_candidate() {
    let catalog = Catalog::embedded();
    for name in EXAMPLES {
        let ws = example(name);
        for (i, candidate) in ws.candidates().iter().enumerate() {
            let text = candidate_to_mermaid(candidate, &catalog, &MermaidOptions::default());
            insta::assert_snapshot!(format!("mermaid-{name}-{}", i + 1), text);
        }
    }
}

type NodeShape = (String, Vec<String>, Option<String>);
type EdgeShape = (usize, usize, String, String);

/// Nodes and edges as comparable tuples (ids differ after import).
fn shape(candidate: &Candidate) -> (Vec<NodeShape>, Vec<EdgeShape>) {
    let nodes: Vec<_> = candidate.nodes().collect();
    let index = |id| nodes.iter().position(|n| n.id == id).unwrap();
    let node_shapes = nodes
        .iter()
        .map(|n| {
            (
                n.label.clone(),
                n.patterns().to_vec(),
                n.block_kind().map(|b| b.key().to_owned()),
            )
        })
        .collect();
    let edges = candidate
        .edges()
        .map(|e| {
            (
                index(e.from),
                index(e.to),
                e.kind.key().to_owned(),
                e.label.clone(),
            )
        })
        .collect();
    (node_shapes, edges)
}

#[test]
fn every_golden_mermaid_export_imports_back_to_the_same_graph() {
    let catalog = Catalog::embedded();
    for name in EXAMPLES {
        let ws = example(name);
        for candidate in ws.candidates() {
            let text = candidate_to_mermaid(candidate, &catalog, &MermaidOptions::default());
            let import = import_mermaid(&text, &candidate.name, &catalog, 10_000).unwrap();
            assert!(
                import.warnings.is_empty(),
                "{name}/{}: {:?}",
                candidate.name,
                import.warnings
            );
            assert_eq!(
                shape(&import.candidate),
                shape(candidate),
                "{name}/{}",
                candidate.name
            );
            let groups: Vec<&str> = import.candidate.groups().map(|g| g.name.as_str()).collect();
            let expected: Vec<&str> = candidate.groups().map(|g| g.name.as_str()).collect();
            assert_eq!(groups, expected);
        }
    }
}
