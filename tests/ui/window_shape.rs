//! A window that keeps its shape at 1280x720: the analysis panel keeps its
//! height from tab to tab and shows the comparison's first rows, the
//! comparison's column titles say the whole name on hover, an empty
//! candidate invites drawing, and the connection inspector has one Delete.

use egui::{Pos2, vec2};
use egui_kittest::kittest::{NodeT, Queryable};
use plinth::ui::{Action, Settings};

use crate::support::{App, candidate, harness_sized, node_rect, options};

fn at_720p(dir: &std::path::Path, example: &'static str) -> App {
    let mut h = harness_sized(options(dir), Settings::default(), vec2(1280.0, 720.0));
    h.state_mut().push(Action::OpenExample(example));
    h.run();
    h
}

/// The top of the analysis panel: where the canvas ends.
fn panel_top(h: &App) -> f32 {
    h.state().canvas().area().unwrap().max.y
}

#[test]
fn the_analysis_panel_keeps_its_height_from_tab_to_tab() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = at_720p(dir.path(), "checkout");
    let top = panel_top(&h);
    assert!(720.0 - top >= 190.0, "the panel is {} high", 720.0 - top);
    for tab in [
        "Review",
        "Sensitivity",
        "Comparison",
        "Review",
        "Comparison",
    ] {
        h.get_by_label(tab).click();
        h.run();
        assert!(
            (panel_top(&h) - top).abs() < 1.0,
            "{tab}: {} != {top}",
            panel_top(&h)
        );
    }
    for first_rows in ["Design reading", "Team fit"] {
        let row = h.get_by_label(first_rows).rect();
        assert!(row.max.y <= 720.0, "{first_rows} at {row:?} is cut off");
    }
}

#[test]
fn a_cut_column_title_says_the_whole_name_on_hover() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = at_720p(dir.path(), "checkout");
    let name = h.state().ranking().scores[0].name.clone();
    h.get_all_by_role(egui::Role::Button)
        .find(|b| {
            b.accesskit_node()
                .label()
                .is_some_and(|l| l.starts_with(&format!("{name}: rank")))
        })
        .unwrap()
        .hover();
    for _ in 0..30 {
        h.step();
    }
    assert!(
        h.query_by_label_contains(&format!("{name}: show this candidate"))
            .is_some()
    );
}

#[test]
fn an_empty_candidate_invites_drawing_rather_than_infeasible() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = at_720p(dir.path(), "checkout");
    h.state_mut().push(Action::AddCandidate);
    h.run();
    assert_eq!(candidate(&h).node_count(), 0);
    assert!(h.query_by_label("Empty: draw it on the canvas").is_some());
}

#[test]
fn the_connection_inspector_has_one_delete_button() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = crate::support::with_example(dir.path(), "checkout");
    let from = node_rect(&h, "Web and app clients");
    let to = node_rect(&h, "API gateway");
    let on_line = Pos2::new((from.max.x + to.min.x) / 2.0, from.center().y);
    h.hover_at(on_line);
    h.run();
    for pressed in [true, false] {
        h.event(egui::Event::PointerButton {
            pos: on_line,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
    }
    h.run();
    assert_eq!(h.state().selection().edges.len(), 1);
    assert!(h.query_by_label("Connection").is_some());
    let deletes: Vec<String> = h
        .get_all_by_role(egui::Role::Button)
        .filter_map(|b| b.accesskit_node().label())
        .filter(|l| l.contains("Delete"))
        .collect();
    assert_eq!(deletes, ["Delete"], "one button, its key in the tooltip");
}
