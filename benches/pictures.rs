//! Pictures and layout of a large candidate (2,000 nodes, 3,000 edges, the
//! canvas benchmark's generator): the layered layout of the whole candidate
//! (Arrange; target < 200 ms), its geometry as the canvas computes it once
//! per revision and the picture export reuses (node boxes, group boxes,
//! routes, label places; target < 8 ms), and the SVG export (< 50 ms).
//! Timed as this thread's CPU time (`support/cpu_clock.rs`), as the canvas
//! benchmark is, so that the other builds of a shared machine do not count.
#![allow(
    clippy::expect_used,
    reason = "a benchmark cannot run without its fixtures"
)]

use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use plinth::catalog::Catalog;
use plinth::design::Candidate;
use plinth::export::svg::{SvgOptions, candidate_to_svg};
use plinth::geometry::Geometry;
use plinth::geometry::layout::{Flow, arrange};

#[path = "support/big_candidate.rs"]
mod big_candidate;
#[path = "support/cpu_clock.rs"]
mod cpu_clock;

use cpu_clock::CpuClock;

/// Runs `f` `iters` times; the time is this thread's CPU time.
fn cpu_time<R>(iters: u64, mut f: impl FnMut() -> R) -> Duration {
    let start = CpuClock::now();
    for _ in 0..iters {
        std::hint::black_box(f());
    }
    start.elapsed()
}

/// The big candidate at the positions Arrange gives it (how a large
/// imported or arranged design is drawn).
fn arranged(catalog: &Catalog) -> Candidate {
    let mut candidate = big_candidate::big_candidate(catalog, 2000).expect("the big candidate");
    for (id, position) in arrange(&candidate, None, Flow::LeftRight) {
        if let Some(node) = candidate.node_mut(id) {
            node.position = position;
        }
    }
    candidate
}

fn pictures(c: &mut Criterion) {
    let catalog = Catalog::embedded();
    let grid = big_candidate::big_candidate(&catalog, 2000).expect("the big candidate");
    let laid_out = arranged(&catalog);
    c.bench_function("layout, 2,000 nodes and 3,000 edges", |b| {
        b.iter_custom(|iters| cpu_time(iters, || arrange(&grid, None, Flow::LeftRight)));
    });
    for (name, candidate) in [("grid", &grid), ("arranged", &laid_out)] {
        c.bench_function(
            &format!("geometry, 2,000 nodes and 3,000 edges, {name}"),
            |b| b.iter_custom(|iters| cpu_time(iters, || Geometry::of(candidate))),
        );
        c.bench_function(
            &format!("SVG export, 2,000 nodes and 3,000 edges, {name}"),
            |b| {
                b.iter_custom(|iters| {
                    cpu_time(iters, || {
                        candidate_to_svg(candidate, &catalog, &[], SvgOptions::default())
                    })
                });
            },
        );
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(10)
        .measurement_time(Duration::from_secs(5));
    targets = pictures
}
criterion_main!(benches);
