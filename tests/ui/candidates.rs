//! Candidates as tabs: add, duplicate, rename, reorder and delete, and
//! copy and paste of nodes between candidates.

use egui::Key;
use egui_kittest::kittest::Queryable;

use crate::support::{App, candidate, canvas_node, click_tab, ctrl, node_rect, with_example};

fn names(h: &App) -> Vec<String> {
    h.state()
        .document()
        .workspace()
        .candidates()
        .iter()
        .map(|c| c.name.clone())
        .collect()
}

#[test]
fn adding_and_duplicating_candidates() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "startup");
    let before = names(&h);
    let original = candidate(&h).clone();

    h.get_by_label("+").click();
    h.run();
    assert_eq!(names(&h).len(), before.len() + 1);
    assert_eq!(candidate(&h).node_count(), 0, "the new candidate is empty");
    assert_eq!(
        candidate(&h).name,
        *names(&h).last().unwrap(),
        "and on the canvas"
    );

    click_tab(&mut h, &original.name);
    h.get_by_label("Duplicate").click();
    h.run();
    let copy = candidate(&h).clone();
    assert_eq!(copy.name, format!("{} (copy)", original.name));
    assert_ne!(copy.id, original.id);
    assert_eq!(copy.node_count(), original.node_count());
    assert_eq!(copy.edge_count(), original.edge_count());
    let list = names(&h);
    let at = list.iter().position(|n| *n == original.name).unwrap();
    assert_eq!(list[at + 1], copy.name, "the copy sits right after it");
    assert!(
        h.state().ranking().score_of(copy.id).is_some(),
        "the copy is scored at once"
    );

    ctrl(&mut h, Key::Z);
    ctrl(&mut h, Key::Z);
    assert_eq!(names(&h), before, "each was one undoable step");
}

#[test]
fn a_tab_is_renamed_in_place_and_moved_and_deleted_from_its_menu() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "checkout");
    let before = names(&h);

    let tab = h.get_by_label("Synchronous checkout");
    tab.click();
    tab.click();
    h.run();
    let field = h.get_by_label("Candidate name");
    assert!(field.is_focused(), "a double click opens the name field");
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    h.run();
    h.get_by_label("Candidate name")
        .type_text("Two-phase checkout");
    h.run();
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(names(&h)[1], "Two-phase checkout");

    h.get_by_label("Two-phase checkout").click_secondary();
    h.run();
    h.get_by_label("Move candidate left").click();
    h.run();
    assert_eq!(names(&h)[0], "Two-phase checkout");

    h.get_by_label("Two-phase checkout").click_secondary();
    h.run();
    h.get_by_label("Delete candidate").click();
    h.run();
    assert_eq!(names(&h).len(), before.len() - 1);
    assert!(!names(&h).contains(&"Two-phase checkout".to_owned()));

    for _ in 0..3 {
        ctrl(&mut h, Key::Z);
    }
    assert_eq!(names(&h), before, "rename, move and delete undo one by one");
}

#[test]
fn nodes_are_copied_and_pasted_into_another_candidate() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "checkout");
    let source = candidate(&h).clone();
    let db = source.nodes().find(|n| n.label == "checkout-db").unwrap();
    let service = source
        .nodes()
        .find(|n| n.label == "Checkout service")
        .unwrap();
    canvas_node(&h, "checkout-db").click();
    h.run();
    let rect = node_rect(&h, "Checkout service");
    h.hover_at(rect.center());
    h.run();
    canvas_node(&h, "Checkout service").click_modifiers(egui::Modifiers::SHIFT);
    h.run();
    assert_eq!(h.state().selection().nodes.len(), 2);
    ctrl(&mut h, Key::C);
    assert!(h.state().can_paste());

    h.get_by_label("+").click();
    h.run();
    let target = candidate(&h).id;
    assert_eq!(candidate(&h).node_count(), 0);
    ctrl(&mut h, Key::V);
    let pasted = candidate(&h).clone();
    assert_eq!(pasted.id, target);
    assert_eq!(pasted.node_count(), 2);
    assert_eq!(pasted.edge_count(), 1, "the edge between them came along");
    let copy = pasted.nodes().find(|n| n.label == "checkout-db").unwrap();
    assert_ne!(copy.id, db.id, "copies get fresh ids");
    assert_eq!(copy.kind, db.kind);
    assert_eq!(
        copy.position, db.position,
        "into another candidate, nodes land where they were"
    );
    assert!(pasted.nodes().any(|n| n.label == service.label));
    assert_eq!(
        h.state().selection().nodes.len(),
        2,
        "the pasted nodes are selected"
    );
    ctrl(&mut h, Key::Z);
    assert_eq!(candidate(&h).node_count(), 0, "a paste is one step");
}
