//! With nothing happening, the app schedules no repaint at all: no
//! `request_repaint` loop, no timer while the document is saved.

use std::time::Duration;

use egui_kittest::kittest::Queryable;

use crate::support::{harness, with_example};

fn repaint_delay(h: &crate::support::App) -> Duration {
    h.output().viewport_output[&egui::ViewportId::ROOT].repaint_delay
}

#[test]
fn an_idle_window_does_not_repaint() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "checkout");
    h.get_by_label("Synchronous checkout").click();
    h.run();
    h.remove_cursor();
    h.run();
    h.step();
    assert_eq!(
        repaint_delay(&h),
        Duration::MAX,
        "an idle, clean window asks for no frame"
    );
}

#[test]
fn unsaved_work_only_wakes_the_window_for_the_autosave() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path());
    h.state_mut().push(plinth::ui::Action::AddCandidate);
    h.run();
    h.step();
    let delay = repaint_delay(&h);
    assert!(
        delay > Duration::from_secs(1) && delay <= Duration::from_secs(30),
        "{delay:?}"
    );
}

#[test]
fn the_new_views_are_idle_too() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "checkout");
    for tab in ["Sensitivity", "Review", "Context"] {
        h.get_by_label(tab).click();
        h.run();
    }
    crate::support::ctrl(&mut h, egui::Key::E);
    assert!(h.state().is_exporting());
    h.remove_cursor();
    h.run();
    h.step();
    assert_eq!(
        repaint_delay(&h),
        Duration::MAX,
        "the chart, the context and the export preview ask for no frame"
    );
}
