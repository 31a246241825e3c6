//! Panning, zooming and box selection on the canvas, and the view menu.

use egui::{
    Event, Key, Modifiers, MouseWheelSource, MouseWheelUnit, PointerButton, Pos2, TouchPhase, vec2,
};
use egui_kittest::kittest::Queryable;

use crate::support::{App, candidate, canvas_of, ctrl, drag, with_example};

fn zoom(h: &App) -> f32 {
    h.state().canvas().view.zoom
}

/// An empty spot of the checkout canvas (below the diagram, above the
/// connection legend's strip).
const EMPTY: Pos2 = Pos2::new(650.0, 420.0);

#[test]
fn dragging_the_background_pans() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "checkout");
    let before = canvas_of(&h, EMPTY);
    drag(&mut h, EMPTY, EMPTY + vec2(120.0, -80.0));
    let after = canvas_of(&h, EMPTY + vec2(120.0, -80.0));
    assert!(
        (after.x - before.x).abs() < 0.5 && (after.y - before.y).abs() < 0.5,
        "the canvas followed the pointer"
    );
    assert!(
        h.state().selection().is_empty(),
        "a plain drag does not select"
    );
}

#[test]
fn the_middle_button_pans_even_over_a_node() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "checkout");
    let start = crate::support::node_rect(&h, "checkout-db").center();
    let under = canvas_of(&h, start);
    let positions = candidate(&h).clone();
    let press = |pressed, pos| Event::PointerButton {
        pos,
        button: PointerButton::Middle,
        pressed,
        modifiers: Modifiers::NONE,
    };
    h.hover_at(start);
    h.run();
    h.event(press(true, start));
    h.run();
    for i in 1..=4 {
        h.hover_at(start + vec2(25.0, 10.0) * i as f32);
        h.run();
    }
    h.event(press(false, start + vec2(100.0, 40.0)));
    h.run();
    let now = canvas_of(&h, start + vec2(100.0, 40.0));
    assert!((now.x - under.x).abs() < 0.5 && (now.y - under.y).abs() < 0.5);
    assert_eq!(*candidate(&h), positions, "no node moved");
}

#[test]
fn ctrl_wheel_zooms_around_the_cursor_and_ctrl_0_fits() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "checkout");
    let fitted = zoom(&h);
    let anchor = Pos2::new(700.0, 300.0);
    let under = canvas_of(&h, anchor);
    h.hover_at(anchor);
    h.run();
    h.event(Event::MouseWheel {
        unit: MouseWheelUnit::Line,
        delta: vec2(0.0, 3.0),
        phase: TouchPhase::Move,
        source: MouseWheelSource::Wheel,
        modifiers: Modifiers::COMMAND,
    });
    h.run();
    assert!(
        zoom(&h) > fitted * 1.05,
        "zoomed in: {} -> {}",
        fitted,
        zoom(&h)
    );
    let still = canvas_of(&h, anchor);
    assert!(
        (still.x - under.x).abs() < 0.5 && (still.y - under.y).abs() < 0.5,
        "{under:?} -> {still:?}"
    );
    ctrl(&mut h, Key::Num0);
    assert!((zoom(&h) - fitted).abs() < 1e-3, "Ctrl+0 fits again");
}

#[test]
fn a_pinch_zooms_too() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "checkout");
    let fitted = zoom(&h);
    h.hover_at(Pos2::new(700.0, 300.0));
    h.run();
    h.event(Event::Zoom(0.5));
    h.run();
    assert!(zoom(&h) < fitted * 0.6);
}

#[test]
fn shift_drag_on_the_background_selects_a_box() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "checkout");
    let a = crate::support::node_rect(&h, "Checkout service");
    let b = crate::support::node_rect(&h, "checkout-db");
    let from = a.min - vec2(8.0, 8.0);
    let to = b.max + vec2(8.0, 8.0);
    let shift = |pressed, pos| Event::PointerButton {
        pos,
        button: PointerButton::Primary,
        pressed,
        modifiers: Modifiers::SHIFT,
    };
    h.hover_at(from);
    h.run();
    h.event(Event::ModifiersChanged(Modifiers::SHIFT));
    h.event(shift(true, from));
    h.run();
    for i in 1..=4 {
        h.hover_at(from + (to - from) * (i as f32 / 4.0));
        h.run();
    }
    h.event(shift(false, to));
    h.event(Event::ModifiersChanged(Modifiers::NONE));
    h.run();
    let selected: Vec<String> = h
        .state()
        .selection()
        .nodes
        .iter()
        .map(|id| candidate(&h).node(*id).unwrap().label.clone())
        .collect();
    assert_eq!(selected, ["Checkout service", "checkout-db"]);
}

#[test]
fn the_view_menu_switches_the_theme() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "checkout");
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Theme").hover();
    h.run();
    h.get_by_label("Dark").click();
    h.run();
    assert_eq!(
        h.state().settings().theme,
        plinth::ui::settings::ThemeChoice::Dark
    );
    assert_eq!(h.ctx.theme(), egui::Theme::Dark);
}

/// Whether a painted text of the last frame reads `text`.
fn painted(h: &App, text: &str) -> bool {
    h.output()
        .shapes
        .iter()
        .any(|clipped| match &clipped.shape {
            egui::Shape::Text(t) => t.galley.text() == text,
            _ => false,
        })
}

#[test]
fn the_connection_legend_can_be_hidden_from_the_view_menu() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "checkout");
    assert!(
        painted(&h, "Synchronous call"),
        "the legend is shown at first"
    );
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Connection legend").click();
    h.run();
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(!h.state().settings().show_legend);
    assert!(!painted(&h, "Synchronous call"), "the legend is gone");
}

#[test]
fn space_and_drag_pans_instead_of_moving_a_node() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "checkout");
    let before = candidate(&h).clone();
    let start = crate::support::node_rect(&h, "checkout-db").center();
    let under = canvas_of(&h, start);
    h.key_down(Key::Space);
    h.run();
    drag(&mut h, start, start + vec2(60.0, 30.0));
    h.key_up(Key::Space);
    h.run();
    assert_eq!(*candidate(&h), before, "no node moved");
    let now = canvas_of(&h, start + vec2(60.0, 30.0));
    assert!((now.x - under.x).abs() < 0.5 && (now.y - under.y).abs() < 0.5);
}

#[test]
fn every_menu_opens_and_lists_its_commands_with_shortcuts() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "checkout");
    for (menu, entries) in [
        (
            "File",
            &[
                "New",
                "Open…",
                "Save",
                "Ctrl+S",
                "Save as…",
                "Ctrl+Shift+S",
                "Import mermaid…",
                "Add catalog folder…",
                "Open example",
                "Recent",
                "Export ADR…",
                "Ctrl+E",
                "Export diagram…",
            ][..],
        ),
        (
            "Edit",
            &[
                "Undo",
                "Ctrl+Z",
                "Redo",
                "Ctrl+Shift+Z",
                "Delete",
                "Duplicate",
                "Rename",
                "Select all",
                "Copy",
                "Ctrl+C",
                "Paste",
                "Ctrl+V",
            ][..],
        ),
        (
            "Candidate",
            &[
                "New candidate",
                "Ctrl+T",
                "Duplicate candidate",
                "Rename candidate",
                "Move candidate left",
                "Move candidate right",
                "Delete candidate",
            ][..],
        ),
        (
            "View",
            &[
                "Zoom in",
                "Zoom out",
                "Actual size",
                "Zoom to fit",
                "Ctrl+0",
                "Snap to grid",
                "Catalog panel",
                "Inspector panel",
                "Analysis panel",
                "Connection legend",
                "Interface size",
                "Presentation size",
                "Present",
                "F5",
                "Theme",
            ][..],
        ),
    ] {
        // The menu bar's entry (the inspector's heading is "Candidate" too).
        h.get_all_by_label(menu)
            .min_by(|a, b| a.rect().min.y.total_cmp(&b.rect().min.y))
            .unwrap()
            .click();
        h.run();
        for entry in entries {
            assert!(
                h.query_all_by_label_contains(entry).next().is_some(),
                "{menu} has {entry}"
            );
        }
        h.key_press(Key::Escape);
        h.run();
    }
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Open example").hover();
    h.run();
    h.get_by_label("startup").click();
    h.run();
    assert_eq!(candidate(&h).name, "Monolith");
}

#[test]
fn the_view_menu_hides_panels_and_toggles_snapping() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "checkout");
    // "Candidate" names the menu and, in the inspector, the heading.
    let headings = |h: &crate::support::App| h.query_all_by_label("Candidate").count();
    assert_eq!(headings(&h), 2, "the inspector shows the candidate");
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Inspector panel").click();
    h.run();
    assert!(!h.state().settings().show_inspector);
    assert_eq!(headings(&h), 1, "only the menu is left");
    if h.query_by_label("Snap to grid").is_none() {
        h.get_by_label("View").click();
        h.run();
    }
    h.get_by_label("Snap to grid").click();
    h.run();
    assert!(!h.state().settings().snap_to_grid);
}
