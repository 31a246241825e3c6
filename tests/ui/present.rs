//! Presentation mode: F5 enters, the arrows move between candidates, + and
//! - resize, Esc leaves and the editing view comes back as it was.

use egui::Key;
use egui_kittest::kittest::Queryable;

use crate::support::{candidate, harness_with, options, with_example};

#[test]
fn f5_presents_the_arrows_move_and_escape_leaves() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "checkout");
    let first = candidate(&h).id;
    let view = h.state().canvas().view;
    assert!(h.query_by_label("File").is_some());

    h.key_press(Key::F5);
    h.run();
    assert!(h.state().is_presenting());
    assert!(h.query_by_label("File").is_none(), "no menus");
    assert!(h.query_by_label("Inspector").is_none(), "no editing panels");
    assert!(h.query_by_label("Candidate 1 of 3").is_some());
    assert!(
        h.query_by_label("Leads the comparison").is_some(),
        "the score summary"
    );
    let ppp = h.ctx.pixels_per_point();
    assert!((ppp - 1.5).abs() < 0.01, "large type by default: {ppp}");

    // Right steps through the parts of a candidate too large to read
    // whole, then to the next candidate; Left comes back the same way.
    let parts = h.state().presentation_status().unwrap().stops;
    for _ in 0..parts {
        h.key_press(Key::ArrowRight);
        h.run();
    }
    assert_ne!(candidate(&h).id, first);
    assert!(h.query_by_label("Candidate 2 of 3").is_some());
    h.key_press(Key::ArrowLeft);
    h.run();
    assert_eq!(candidate(&h).id, first);
    assert_eq!(h.state().presentation_status().unwrap().stop, parts - 1);
    for _ in 0..parts {
        h.key_press(Key::ArrowLeft);
        h.run();
    }
    assert_eq!(candidate(&h).id, first, "no wrap at the first");
    assert_eq!(h.state().presentation_status().unwrap().stop, 0);

    h.key_press(Key::Plus);
    h.run();
    assert!((h.state().settings().present_scale() - 1.75).abs() < 0.01);
    h.key_press(Key::Minus);
    h.run();

    h.key_press(Key::Escape);
    h.run();
    assert!(!h.state().is_presenting());
    assert!(h.query_by_label("File").is_some());
    assert!((h.ctx.pixels_per_point() - 1.0).abs() < 0.01);
    assert_eq!(h.state().canvas().view, view, "the canvas as it was");
}

#[test]
fn editing_keys_do_nothing_while_presenting() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "checkout");
    h.get_by_label("Present").click();
    h.run();
    assert!(h.state().is_presenting());
    let before = h.state().document().workspace().clone();
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    h.run();
    h.key_press(Key::Delete);
    h.run();
    let node = h
        .get_all_by_role_and_label(egui::Role::Button, "checkout-db")
        .next()
        .unwrap()
        .rect()
        .center();
    crate::support::drag(&mut h, node, node + egui::vec2(80.0, 40.0));
    assert_eq!(
        *h.state().document().workspace(),
        before,
        "nothing is deleted or moved"
    );
    h.key_press(Key::F5);
    h.run();
    assert!(!h.state().is_presenting(), "F5 toggles");
}

#[test]
fn the_window_can_start_presenting() {
    let dir = tempfile::tempdir().unwrap();
    let mut opts = options(dir.path());
    opts.present = true;
    let h = harness_with(opts);
    assert!(h.state().is_presenting());
    assert!(h.query_by_label("File").is_none());
}
