//! Canvas benchmark: one frame of the canvas with 2,000 nodes and 3,000
//! edges, rendered headless (egui `Context::run_ui` with no GPU, then
//! tessellation into triangles), target under 8 ms of CPU time (measured
//! as the thread's CPU time, so a busy machine does not skew it). Four views: the whole
//! diagram zoomed to fit (every node visible, text left out by the level of
//! detail, the diagram one picture painted on the CPU once and kept), the
//! same while panning (the picture painted again every frame), 50 % and
//! 100 % (most of the diagram culled). The pointer moves every frame so
//! hovering and hit-testing are included.
#![allow(
    clippy::expect_used,
    reason = "a benchmark cannot run without its fixtures"
)]

use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use egui::{Pos2, RawInput, Rect, pos2, vec2};
use plinth::catalog::Catalog;
use plinth::ui::canvas::view::View;
use plinth::ui::canvas::{CanvasInput, CanvasState, Selection, canvas_ui};

#[path = "support/big_candidate.rs"]
mod big_candidate;
#[path = "support/cpu_clock.rs"]
mod cpu_clock;

use cpu_clock::CpuClock;

/// The candidate drawn: 2,000 nodes and 3,000 edges.
const NODES: u64 = 2000;

fn input_at(frame: u64) -> RawInput {
    let wobble = (frame % 40) as f32;
    RawInput {
        screen_rect: Some(Rect::from_min_size(Pos2::ZERO, vec2(1280.0, 800.0))),
        events: vec![egui::Event::PointerMoved(pos2(
            400.0 + wobble * 7.0,
            300.0 + wobble * 3.0,
        ))],
        ..RawInput::default()
    }
}

/// Runs one frame of the canvas and tessellates it; returns the triangle count.
fn frame(ctx: &egui::Context, state: &mut CanvasState, input: &CanvasInput<'_>, n: u64) -> usize {
    let mut actions = Vec::new();
    let mut output = ctx.run_ui(input_at(n), |ui| canvas_ui(ui, input, state, &mut actions));
    // No renderer takes the textures (the far picture's among them).
    output.textures_delta.clear();
    let primitives = ctx.tessellate(output.shapes, output.pixels_per_point);
    primitives.len()
}

fn canvas_benches(c: &mut Criterion) {
    let catalog = Catalog::embedded();
    let candidate = big_candidate::big_candidate(&catalog, NODES).expect("the big candidate");
    let input = CanvasInput {
        candidate: &candidate,
        catalog: &catalog,
        findings: &[],
        snap: true,
        legend: true,
        next_id: 100_000,
        revision: 1,
        geometry_ahead: None,
        high_contrast: false,
        catalog_serial: 0,
    };
    // "fit, panning": the view moves a point every frame, so the far
    // picture (zoomed far out, the diagram is one picture painted on the
    // CPU) is painted again each frame; at "fit" it is painted once.
    let cases = [
        ("fit", None, false),
        ("fit, panning", None, true),
        ("50 %", Some(0.5), false),
        ("100 %", Some(1.0), false),
    ];
    for (name, zoom, panning) in cases {
        let ctx = egui::Context::default();
        let mut state = CanvasState::default();
        let view = zoom.map(|zoom| View {
            pan: vec2(-2000.0, -800.0) * zoom,
            zoom,
        });
        state.restore(candidate.id, view, Selection::default());
        let mut n = 0;
        for _ in 0..3 {
            n += 1;
            frame(&ctx, &mut state, &input, n);
        }
        c.bench_function(
            &format!("canvas frame, 2,000 nodes and 3,000 edges, {name}"),
            |b| {
                b.iter_custom(|iters| {
                    let start = CpuClock::now();
                    for _ in 0..iters {
                        n += 1;
                        if panning {
                            state.view.pan.x += if n % 2 == 0 { 1.0 } else { -1.0 };
                        }
                        std::hint::black_box(frame(&ctx, &mut state, &input, n));
                    }
                    start.elapsed()
                });
            },
        );
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(20)
        .measurement_time(Duration::from_secs(20));
    targets = canvas_benches
}
criterion_main!(benches);
