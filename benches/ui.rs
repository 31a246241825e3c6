//! Window benchmark: what an edit costs the window, for each example
//! workspace. (1) The score recomputation after an edit: one `SetContext`
//! (the team size) applied through the history, then `Derived::refresh`,
//! which reviews, scores and ranks every candidate — what the frame after any
//! edit does. (2) A whole frame of the real app after such an edit, with the
//! comparison table open: headless (`Context::run_ui` and tessellation, no
//! GPU), so layout and drawing of every panel count too. One frame at
//! 60 Hz is 16.7 ms.
#![allow(
    clippy::expect_used,
    reason = "a benchmark cannot run without its fixtures"
)]
#![allow(
    clippy::print_stdout,
    reason = "the benchmark reports the re-evaluation time it saw"
)]

use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use egui::{Pos2, RawInput, Rect, vec2};
use plinth::catalog::Catalog;
use plinth::context::EvaluationContext;
use plinth::ui::derived::{Derived, Revision};
use plinth::ui::document::Document;
use plinth::ui::{Action, AppOptions, PlinthApp, Settings};
use plinth::workspace::Edit;
use plinth::workspace::examples::{EXAMPLES, example_text};
use plinth::workspace::file;

/// The context with the team size moved by one, back and forth.
fn next_context(current: &EvaluationContext) -> EvaluationContext {
    let team_size = if current.team_size.is_multiple_of(2) {
        current.team_size + 1
    } else {
        current.team_size - 1
    };
    EvaluationContext {
        team_size,
        ..current.clone()
    }
}

fn set_team(context: &EvaluationContext) -> Edit {
    Edit::SetContext(Box::new(next_context(context)))
}

fn recompute_benches(c: &mut Criterion) {
    let catalog = Catalog::embedded();
    for (name, _, _) in EXAMPLES {
        let text = example_text(name).expect("a built-in example");
        let ws = file::from_str(name, text).expect("the example loads");
        let mut doc = Document::new(ws, None, name);
        let mut derived = Derived::default();
        let key = |doc: &Document| Revision {
            document: 1,
            revision: doc.history().revision(),
            catalog: 1,
        };
        c.bench_function(&format!("edit and re-score, {name}"), |b| {
            b.iter(|| {
                let edit = set_team(&doc.workspace().context);
                doc.apply(edit).expect("the edit applies");
                assert!(derived.refresh(key(&doc), doc.workspace(), &catalog));
                std::hint::black_box(derived.ranking().scores.len())
            });
        });
    }
}

fn input() -> RawInput {
    RawInput {
        screen_rect: Some(Rect::from_min_size(Pos2::ZERO, vec2(1280.0, 800.0))),
        ..RawInput::default()
    }
}

/// The app with `example` open, its first frames drawn.
fn app_with(ctx: &egui::Context, example: &'static str) -> PlinthApp {
    let options = AppOptions {
        no_user_catalog: true,
        native_dialogs: false,
        ..AppOptions::default()
    };
    let mut app = PlinthApp::new(options, Settings::default());
    app.push(Action::OpenExample(example));
    for _ in 0..3 {
        let _ = ctx.run_ui(input(), |ui| app.show(ui));
    }
    app
}

fn frame_benches(c: &mut Criterion) {
    for (name, _, _) in EXAMPLES {
        let ctx = egui::Context::default();
        let mut app = app_with(&ctx, name);
        c.bench_function(
            &format!("frame after an edit, comparison open, {name}"),
            |b| {
                b.iter(|| {
                    let edit = set_team(&app.document().workspace().context);
                    app.push(Action::Edit(edit));
                    let output = ctx.run_ui(input(), |ui| app.show(ui));
                    let shapes = ctx.tessellate(output.shapes, output.pixels_per_point);
                    std::hint::black_box(shapes.len())
                });
            },
        );
        let time = app.evaluation_time();
        println!("{name}: last re-evaluation inside the frame took {time:?}");
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(30)
        .measurement_time(Duration::from_secs(5));
    targets = recompute_benches, frame_benches
}
criterion_main!(benches);
