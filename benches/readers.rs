//! Readers under large and hostile inputs: how long each takes to refuse a
//! 50 MB file, to read a 10,000-node flowchart (plain, and hand-drawn with
//! shapes, `@{ }` data, words and subgraphs), to cut a 1,500-entry Layra
//! catalog at its limit and to examine an ADR folder holding a 50 MB file.
//! The tests (`tests/it/big_inputs.rs`) prove these are refused without a
//! panic; the time is measured here, never asserted in a test.
#![allow(
    clippy::expect_used,
    reason = "a benchmark cannot run without its fixtures"
)]

use criterion::{Criterion, criterion_group, criterion_main};
use plinth::catalog::Catalog;
use plinth::catalog::layra::import_layra;
use plinth::diagnostics::read_text;
use plinth::export::adr::doctor;
use plinth::import::mermaid::import_mermaid;
use plinth::storage::load_workspace;

#[path = "../tests/common/files.rs"]
mod test_files;
use test_files::write_50_mb;

fn chain(nodes: usize) -> String {
    let mut text = String::from("flowchart LR\n");
    for i in 0..nodes {
        let next = (i + 1) % nodes;
        text.push_str(&format!("  n{i}[\"Service {i}\"] --> n{next}\n"));
    }
    text
}

/// A hand-drawn flowchart: every node kind by shape, `@{ }` data and words,
/// labelled and dotted arrows, subgraphs of 50 nodes, an arrow into each.
fn hand_drawn(nodes: usize) -> String {
    let mut text = String::from("flowchart LR\n");
    for i in 0..nodes {
        if i % 50 == 0 {
            text.push_str(&format!("  subgraph zone{i} [\"Zone {i}\"]\n"));
        }
        let node = match i % 5 {
            0 => format!("n{i}[\"Orders service {i}\"]"),
            1 => format!("n{i}[(\"Orders DB {i}\")]"),
            2 => format!("n{i}@{{ shape: h-cyl, label: \"Order events {i}\" }}"),
            3 => format!("n{i}([\"Checkout UI {i}\"])"),
            _ => format!("n{i}{{{{\"Stripe #quot;{i}#quot;\"}}}}"),
        };
        let arrow = if i % 2 == 0 {
            "-->|\"writes\"|"
        } else {
            "-.->"
        };
        text.push_str(&format!("    {node} {arrow} n{}\n", (i + 1) % nodes));
        if i % 50 == 49 {
            text.push_str(&format!("  end\n  n{i} --> zone{}\n", i - 49));
        }
    }
    text
}

fn layra(entries: usize) -> String {
    let mut text = String::from("# Catalog\n\n");
    for i in 0..entries {
        text.push_str(&format!(
            "# Entry {i}\n\n**Category:** data | **Complexity:** 2/5 | **Team Size:** Small\n\n\
             ## Related Patterns\n\n- [entry-{}](x) [other-{i}](y)\n\n---\n\n",
            i + 1
        ));
    }
    text
}

fn refusals(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temporary folder");
    let workspace = dir.path().join("huge.ron");
    let head = "(version: 2,\n decision: (title: \"big\", problem: \"";
    write_50_mb(&workspace, head, &format!("{}\n", "x".repeat(79)));
    let flowchart = dir.path().join("huge.mmd");
    write_50_mb(
        &flowchart,
        "flowchart LR\n",
        "  a[\"Service\"] --> b[(\"Database\")]\n",
    );
    let adrs = tempfile::tempdir().expect("temporary folder");
    write_50_mb(
        &adrs.path().join("0001-huge.md"),
        "# Huge\n\n",
        "Some decision text that goes on and on.\n",
    );
    let catalog = Catalog::embedded();

    let mut group = c.benchmark_group("readers");
    group.sample_size(10);
    group.bench_function("refuse a 50 MB workspace", |b| {
        b.iter(|| load_workspace(&workspace).expect_err("refused"));
    });
    group.bench_function("refuse a 50 MB flowchart (read and import)", |b| {
        b.iter(|| {
            let text = read_text(&flowchart).expect("read");
            import_mermaid(&text, "big", &catalog, 1).expect_err("refused")
        });
    });
    group.bench_function("examine an ADR folder with a 50 MB file", |b| {
        b.iter(|| doctor(adrs.path()).expect("examined"));
    });
    let big_chart = chain(10_000);
    group.bench_function("import a 10,000-node flowchart", |b| {
        b.iter(|| import_mermaid(&big_chart, "big", &catalog, 1).expect("imported"));
    });
    let drawn = hand_drawn(10_000);
    group.bench_function("import a 10,000-node hand-drawn flowchart", |b| {
        b.iter(|| import_mermaid(&drawn, "drawn", &catalog, 1).expect("imported"));
    });
    let many = layra(1_500);
    group.bench_function("import a 1,500-entry Layra catalog (cut at 1,000)", |b| {
        b.iter(|| import_layra("many.md", &many));
    });
    group.finish();
}

criterion_group!(benches, refusals);
criterion_main!(benches);
