//! Core benchmarks: scoring, sensitivity, workspace files.
//! Targets: 100 candidates of 50 nodes scored in < 10 ms; sensitivity of
//! 5 candidates in < 50 ms; saving and loading 10,000 nodes in < 200 ms each;
//! a 2,000-node candidate exported to mermaid and to an ADR in < 20 ms each.
#![allow(
    clippy::expect_used,
    reason = "a benchmark cannot run without its fixtures"
)]

use criterion::{Criterion, criterion_group, criterion_main};
use plinth::catalog::Catalog;
use plinth::catalog::blocks::BlockKind;
use plinth::context::EvaluationContext;
use plinth::design::{Candidate, CandidateId, Edge, EdgeId, EdgeKind, Node, NodeId, Point};
use plinth::evaluate::{analyse, evaluate_candidates};
use plinth::workspace::Workspace;

/// A candidate of `nodes` nodes: a mix of patterns and blocks, each linked
/// to the previous two (sync, async, reads/writes), ids from `first_id`.
fn candidate(catalog: &Catalog, id: u64, nodes: u64, first_id: u64) -> Candidate {
    let patterns: Vec<&str> = catalog.patterns().map(|p| p.id.as_str()).collect();
    let mut c = Candidate::new(CandidateId(id), &format!("Candidate {id}"));
    for i in 0..nodes {
        let node_id = NodeId(first_id + i);
        let position = Point::new((i % 20) as f32 * 220.0, (i / 20) as f32 * 140.0);
        let node = if i % 3 == 0 {
            Node::block(
                node_id,
                BlockKind::ALL[(i as usize / 3) % BlockKind::ALL.len()],
                &format!("Block {i}"),
                position,
            )
        } else {
            let pattern = patterns[(i as usize * 7 + id as usize) % patterns.len()];
            Node::pattern(node_id, pattern, &format!("Node {i}"), position)
        };
        c.add_node(node).expect("unique node");
    }
    let kinds = [
        EdgeKind::SyncCall,
        EdgeKind::AsyncMessage,
        EdgeKind::ReadsWrites,
    ];
    let mut edge_id = first_id + nodes;
    for i in 1..nodes {
        for back in 1..=2u64.min(i) {
            let edge = Edge {
                id: EdgeId(edge_id),
                from: NodeId(first_id + i),
                to: NodeId(first_id + i - back),
                kind: kinds[(i + back) as usize % kinds.len()],
                label: String::new(),
            };
            c.add_edge(edge).expect("valid edge");
            edge_id += 1;
        }
    }
    c
}

fn candidates(catalog: &Catalog, count: u64, nodes: u64) -> Vec<Candidate> {
    (0..count)
        .map(|i| candidate(catalog, i + 1, nodes, 1_000 + i * 1_000))
        .collect()
}

fn core_benches(c: &mut Criterion) {
    let catalog = Catalog::embedded();
    let context = EvaluationContext::default();
    let hundred = candidates(&catalog, 100, 50);
    c.bench_function("score 100 candidates of 50 nodes", |b| {
        b.iter(|| {
            hundred
                .iter()
                .map(|candidate| {
                    plinth::scoring::score_candidate(candidate, &catalog, &context, &[]).total
                })
                .sum::<f64>()
        });
    });
    c.bench_function("review 100 candidates of 50 nodes", |b| {
        b.iter(|| {
            hundred
                .iter()
                .map(|candidate| plinth::review::review(candidate, &catalog, &context).len())
                .sum::<usize>()
        });
    });
    c.bench_function("review and score 100 candidates of 50 nodes", |b| {
        b.iter(|| evaluate_candidates(&hundred, &catalog, &context));
    });
    let five = candidates(&catalog, 5, 12);
    // Every weight set: the sensitivity varies each one (the most work).
    let weighted = EvaluationContext {
        weights: context.effective_weights(),
        ..context.clone()
    };
    c.bench_function("sensitivity analysis of 5 candidates", |b| {
        b.iter(|| analyse(&five, &catalog, &weighted));
    });
    export_benches(c, &catalog);
    for name in ["startup", "ai-support", "checkout"] {
        let text = plinth::workspace::examples::example_text(name).expect("example");
        let ws = plinth::workspace::file::from_str(name, text).expect("example loads");
        c.bench_function(
            &format!("re-evaluate the {name} example after an edit"),
            |b| {
                b.iter(|| plinth::evaluate::evaluate(&ws, &catalog).scores.len());
            },
        );
    }
    let mut ws = Workspace::new("Large");
    ws.push_candidate(candidate(&catalog, 1, 10_000, 10));
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("large.ron");
    plinth::storage::save_workspace(&path, &ws).expect("first save");
    c.bench_function("save a 10,000-node workspace", |b| {
        b.iter(|| plinth::storage::save_workspace(&path, &ws).expect("save"));
    });
    c.bench_function("load a 10,000-node workspace", |b| {
        b.iter(|| plinth::storage::load_workspace(&path).expect("load"));
    });
}

/// Exporting a 2,000-node candidate to mermaid and an ADR (target < 20 ms each).
fn export_benches(c: &mut Criterion, catalog: &Catalog) {
    use plinth::export::adr::{AdrSource, Dialect, render_adr};
    use plinth::export::mermaid::{MermaidOptions, candidate_to_mermaid};
    let mut ws = Workspace::new("Large export");
    ws.push_candidate(candidate(catalog, 1, 2_000, 10));
    let big = &ws.candidates()[0];
    c.bench_function("export a 2,000-node candidate to mermaid", |b| {
        b.iter(|| candidate_to_mermaid(big, catalog, &MermaidOptions::default()).len());
    });
    let ranking = evaluate_candidates(ws.candidates(), catalog, &ws.context);
    let diagram = candidate_to_mermaid(big, catalog, &MermaidOptions::default());
    let source = AdrSource {
        workspace: &ws,
        catalog,
        ranking: &ranking,
        date: "2026-11-26",
        diagram: Some(&diagram),
        datum: plinth::evaluate::DatumChoice::StatusQuo,
    };
    c.bench_function("render the ADR of a 2,000-node candidate", |b| {
        b.iter(|| render_adr(&source.numbered(1, None), Dialect::Madr).len());
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = core_benches
}
criterion_main!(benches);
