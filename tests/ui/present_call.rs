//! Presentation on a video call at 1280x720: node titles at least 16 px
//! with every example, the walk through a candidate too large for that
//! (Left and Right step through its parts, then the next candidate), the
//! header that never overlaps, "+N more (F)", the laser pointer, the focus
//! click, and the editing view back after Esc.

use egui::{Key, Rect, vec2};
use egui_kittest::kittest::{NodeT, Queryable};
use plinth::design::Candidate;
use plinth::ui::{Action, Settings, theme};
use plinth::workspace::Edit;
use plinth::workspace::examples::EXAMPLES;

use crate::support::{App, candidate, harness_sized, options};

/// The window at 1280x720 with `example` open.
fn at_720p(dir: &std::path::Path, example: &'static str) -> App {
    let mut h = harness_sized(options(dir), Settings::default(), vec2(1280.0, 720.0));
    h.state_mut().push(Action::OpenExample(example));
    h.run();
    h
}

fn present(h: &mut App) {
    h.key_press(Key::F5);
    h.run();
    assert!(h.state().is_presenting());
}

/// The size of a node title on screen, in physical pixels.
fn title_pixels(h: &App) -> f32 {
    h.state().canvas().view.zoom * theme::LABEL_FONT_SIZE * h.ctx.pixels_per_point()
}

/// The nodes whose whole card is inside the canvas area.
fn nodes_on_screen(h: &App, c: &Candidate) -> Vec<u64> {
    let canvas = h.state().canvas();
    let (Some(t), Some(area)) = (canvas.transform(), canvas.area()) else {
        return Vec::new();
    };
    c.nodes()
        .filter(|n| {
            let rect =
                Rect::from_center_size(egui::pos2(n.position.x, n.position.y), theme::NODE_SIZE);
            area.expand(1.0).contains_rect(t.rect_to_screen(rect))
        })
        .map(|n| n.id.0)
        .collect()
}

#[test]
fn titles_are_readable_with_every_example_and_the_walk_shows_every_node() {
    for (name, ..) in EXAMPLES {
        let dir = tempfile::tempdir().unwrap();
        let mut h = at_720p(dir.path(), name);
        present(&mut h);
        let mut seen: std::collections::BTreeMap<u64, Vec<u64>> = Default::default();
        let mut steps = 0;
        loop {
            let pixels = title_pixels(&h);
            assert!(pixels >= 16.0 - 1e-3, "{name}: titles of {pixels:.1} px");
            let c = candidate(&h).clone();
            seen.entry(c.id.0)
                .or_default()
                .extend(nodes_on_screen(&h, &c));
            let before = (c.id, h.state().presentation_status().unwrap().stop);
            h.key_press(Key::ArrowRight);
            h.run();
            let after = (
                candidate(&h).id,
                h.state().presentation_status().unwrap().stop,
            );
            if after == before {
                break;
            }
            steps += 1;
            assert!(steps < 200, "{name}: the walk never ends");
        }
        for c in h.state().document().workspace().candidates() {
            let shown = seen.get(&c.id.0).cloned().unwrap_or_default();
            for node in c.nodes() {
                assert!(
                    shown.contains(&node.id.0),
                    "{name}: {} of {} never on screen",
                    node.label,
                    c.name
                );
            }
        }
    }
}

#[test]
fn a_large_candidate_is_walked_part_by_part_with_an_overview() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = at_720p(dir.path(), "checkout");
    present(&mut h);
    // The checkout example's first candidate does not fit at 16 px.
    let status = h.state().presentation_status().unwrap();
    assert!(status.stops > 1, "{status:?}");
    assert_eq!(status.stop, 0);
    assert!(
        h.query_by_label(&format!("part 1 of {}", status.stops))
            .is_some()
    );
    let first = candidate(&h).id;
    h.key_press(Key::ArrowRight);
    h.run();
    assert_eq!(candidate(&h).id, first, "the next part, same candidate");
    assert_eq!(h.state().presentation_status().unwrap().stop, 1);
    h.key_press(Key::ArrowLeft);
    h.run();
    h.key_press(Key::ArrowLeft);
    h.run();
    assert_eq!(candidate(&h).id, first, "no wrap before the first part");
    assert_eq!(h.state().presentation_status().unwrap().stop, 0);
}

#[test]
fn the_header_cuts_a_long_title_and_never_overlaps_the_buttons() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = at_720p(dir.path(), "checkout");
    let mut decision = h.state().document().workspace().decision.clone();
    decision.title = "Checkout across orders, payments, inventory, shipping, fraud checks, \
                      loyalty points and the warehouse's own systems, for the next three years"
        .to_owned();
    let title = decision.title.clone();
    h.state_mut()
        .push(Action::Edit(Edit::SetDecision(Box::new(decision))));
    h.run();
    present(&mut h);
    let shown = h.get_by_label(&title).rect();
    let width = 1280.0 / h.ctx.pixels_per_point();
    assert!(
        shown.max.x <= width + 0.5,
        "{shown:?} runs off a {width} wide window"
    );
    for button in ["Leave", "Next", "Previous"] {
        let rect = h.get_by_label(button).rect();
        assert!(
            !rect.intersects(shown),
            "{button} {rect:?} under the title {shown:?}"
        );
    }
}

#[test]
fn findings_that_do_not_fit_are_counted_and_f_opens_them_all() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = at_720p(dir.path(), "checkout");
    present(&mut h);
    let mut found = false;
    for _ in 0..20 {
        let total = h.state().findings().len();
        if h.query_by_label_contains("more (F)").is_some() {
            let text = h
                .get_by_label_contains("more (F)")
                .accesskit_node()
                .label()
                .unwrap_or_default();
            let left: usize = text
                .trim_start_matches('+')
                .split(' ')
                .next()
                .unwrap()
                .parse()
                .unwrap();
            assert!(left > 0 && left < total, "{text} of {total}");
            found = true;
            break;
        }
        h.key_press(Key::ArrowRight);
        h.run();
    }
    assert!(
        found,
        "some candidate of the checkout example has more findings than fit"
    );
    h.key_press(Key::F);
    h.run();
    assert!(h.state().presentation_status().unwrap().all_findings);
    assert!(h.query_by_label("All findings").is_some());
    h.key_press(Key::F);
    h.run();
    assert!(!h.state().presentation_status().unwrap().all_findings);
}

#[test]
fn holding_l_shows_the_laser_and_a_click_puts_a_node_in_focus() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = at_720p(dir.path(), "startup");
    present(&mut h);
    let area = h.state().canvas().area().unwrap();
    h.hover_at(area.center());
    h.key_down(Key::L);
    h.step();
    h.hover_at(area.center() + vec2(30.0, 10.0));
    h.step();
    assert!(h.state().presentation_status().unwrap().laser);
    h.key_up(Key::L);
    for _ in 0..20 {
        h.step();
    }
    assert!(
        !h.state().presentation_status().unwrap().laser,
        "the trail fades"
    );

    let node = candidate(&h).nodes().next().unwrap().clone();
    h.get_all_by_role_and_label(egui::Role::Button, &node.label)
        .next()
        .unwrap()
        .click();
    h.run();
    assert_eq!(
        h.state().presentation_status().unwrap().focus,
        Some(node.id)
    );
}

#[test]
fn escape_after_walking_brings_the_editing_view_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = at_720p(dir.path(), "checkout");
    let view = h.state().canvas().view;
    present(&mut h);
    h.key_press(Key::ArrowRight);
    h.run();
    h.key_press(Key::Plus);
    h.run();
    h.key_press(Key::Escape);
    h.run();
    assert!(!h.state().is_presenting());
    assert_eq!(h.state().canvas().view, view, "the canvas as it was");
}
