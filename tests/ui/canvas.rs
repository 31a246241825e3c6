//! The canvas: drop, connect, move, rename, delete, and undo and redo of
//! each, all through the real widgets.

use egui::{Key, Pos2, Role};
use egui_kittest::kittest::Queryable;
use plinth::design::{EdgeKind, NodeKind};

use crate::support::{
    candidate, canvas_node, canvas_of, ctrl, ctrl_shift, drag, harness, node_named, node_rect,
    with_example,
};

fn revision(h: &crate::support::App) -> u64 {
    h.state().document().history().revision()
}

#[test]
fn dropping_a_pattern_creates_a_node_at_the_drop_point() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path());
    assert_eq!(candidate(&h).node_count(), 0);
    h.get_by_role_and_label(Role::ListItem, "Saga Pattern")
        .scroll_to_me();
    h.run();
    let row = h
        .get_by_role_and_label(Role::ListItem, "Saga Pattern")
        .rect()
        .center();
    let target = Pos2::new(760.0, 420.0);
    drag(&mut h, row, target);
    let c = candidate(&h);
    assert_eq!(c.node_count(), 1);
    let node = c.nodes().next().unwrap();
    assert_eq!(
        node.kind,
        NodeKind::Pattern {
            pattern: "saga".into()
        }
    );
    assert_eq!(node.label, "Saga Pattern");
    let dropped = canvas_of(&h, target);
    // Snapped to the 20-unit grid: within half a step of the pointer.
    assert!(
        (node.position.x - dropped.x).abs() <= 10.0,
        "{:?} vs {dropped:?}",
        node.position
    );
    assert!(
        (node.position.y - dropped.y).abs() <= 10.0,
        "{:?} vs {dropped:?}",
        node.position
    );
    assert!(
        h.state().selection().nodes.contains(&node.id),
        "the new node is selected"
    );

    ctrl(&mut h, Key::Z);
    assert_eq!(
        candidate(&h).node_count(),
        0,
        "undo removes the dropped node"
    );
    ctrl_shift(&mut h, Key::Z);
    assert_eq!(candidate(&h).node_count(), 1, "redo brings it back");
    ctrl(&mut h, Key::Z);
    ctrl(&mut h, Key::Y);
    assert_eq!(candidate(&h).node_count(), 1, "Ctrl+Y redoes too");
}

#[test]
fn building_blocks_can_be_dropped_too() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path());
    let chip = h
        .get_by_role_and_label(Role::ListItem, "Database")
        .rect()
        .center();
    drag(&mut h, chip, Pos2::new(700.0, 300.0));
    let node = candidate(&h).nodes().next().expect("a node");
    assert!(node.is_block(plinth::catalog::blocks::BlockKind::Database));
}

#[test]
fn dragging_from_a_handle_to_another_node_creates_an_edge() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "checkout");
    let from = node_named(&h, "Web and app clients").id;
    let to = node_named(&h, "Per-client rate limits").id;
    let edges_before = candidate(&h).edge_count();
    h.hover_at(node_rect(&h, "Web and app clients").center());
    h.run();
    let handle = h
        .get_by_label("Connect from Web and app clients")
        .rect()
        .center();
    let target = node_rect(&h, "Per-client rate limits").center();
    drag(&mut h, handle, target);
    h.get_by_label("Asynchronous message").click();
    h.run();
    let c = candidate(&h);
    assert_eq!(c.edge_count(), edges_before + 1);
    let edge = c
        .outgoing(from)
        .into_iter()
        .find(|e| e.to == to)
        .expect("the new edge");
    assert_eq!(edge.kind, EdgeKind::AsyncMessage);

    ctrl(&mut h, Key::Z);
    assert_eq!(candidate(&h).edge_count(), edges_before);
    ctrl(&mut h, Key::Y);
    assert_eq!(candidate(&h).edge_count(), edges_before + 1);
}

#[test]
fn dragging_a_node_moves_it_with_one_edit() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "checkout");
    let before = node_named(&h, "checkout-db").position;
    let start = node_rect(&h, "checkout-db").center();
    let steps = revision(&h);
    drag(&mut h, start, start + egui::vec2(90.0, 60.0));
    assert_eq!(revision(&h), steps + 1, "one drag, one edit");
    let after = node_named(&h, "checkout-db").position;
    assert!(
        after.x > before.x + 40.0 && after.y > before.y + 40.0,
        "{before:?} -> {after:?}"
    );

    ctrl(&mut h, Key::Z);
    assert_eq!(node_named(&h, "checkout-db").position, before);
    ctrl_shift(&mut h, Key::Z);
    assert_eq!(node_named(&h, "checkout-db").position, after);
}

#[test]
fn double_click_renames_in_place() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "checkout");
    let id = node_named(&h, "checkout-db").id;
    let centre = node_rect(&h, "checkout-db").center();
    h.hover_at(centre);
    h.run();
    canvas_node(&h, "checkout-db").click();
    canvas_node(&h, "checkout-db").click();
    h.run();
    let field = h.get_by_label("Rename node");
    assert!(field.is_focused());
    field.type_text("orders-db");
    h.run();
    h.key_press(Key::Enter);
    h.run();
    let label = |h: &crate::support::App| candidate(h).node(id).unwrap().label.clone();
    assert_eq!(label(&h), "orders-db");
    ctrl(&mut h, Key::Z);
    assert_eq!(label(&h), "checkout-db");
    ctrl(&mut h, Key::Y);
    assert_eq!(label(&h), "orders-db");
}

#[test]
fn escape_cancels_a_rename() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "checkout");
    let steps = revision(&h);
    canvas_node(&h, "checkout-db").click();
    h.run();
    h.key_press(Key::F2);
    h.run();
    h.get_by_label("Rename node").type_text("nope");
    h.run();
    h.key_press(Key::Escape);
    h.run();
    assert_eq!(revision(&h), steps);
    assert_eq!(node_named(&h, "checkout-db").label, "checkout-db");
}

#[test]
fn delete_removes_a_node_with_its_edges_and_undo_restores_them() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "checkout");
    let original = candidate(&h).clone();
    let id = node_named(&h, "Checkout service").id;
    let touching = candidate(&h).outgoing(id).len() + candidate(&h).incoming(id).len();
    assert!(touching > 0);
    canvas_node(&h, "Checkout service").click();
    h.run();
    h.key_press(Key::Delete);
    h.run();
    let c = candidate(&h);
    assert!(c.node(id).is_none());
    assert_eq!(c.edge_count(), original.edge_count() - touching);
    ctrl(&mut h, Key::Z);
    assert_eq!(
        *candidate(&h),
        original,
        "undo restores the node and its edges with their ids"
    );
    ctrl(&mut h, Key::Y);
    assert!(candidate(&h).node(id).is_none());
}

#[test]
fn the_inspector_commits_a_name_as_one_edit() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "checkout");
    let id = node_named(&h, "payments-db").id;
    canvas_node(&h, "payments-db").click();
    h.run();
    let steps = revision(&h);
    let field = h.get_by_label("Name");
    field.focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    h.run();
    for ch in ["l", "e", "d", "g", "e", "r"] {
        h.get_by_label("Name").type_text(ch);
        h.run();
    }
    assert_eq!(revision(&h), steps, "nothing is committed while typing");
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(revision(&h), steps + 1);
    assert_eq!(candidate(&h).node(id).unwrap().label, "ledger");
}

#[test]
fn shift_click_adds_to_the_selection_and_duplicate_copies_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "checkout");
    let nodes = candidate(&h).node_count();
    let edges = candidate(&h).edge_count();
    canvas_node(&h, "Payment service").click();
    h.run();
    canvas_node(&h, "payments-db").click_modifiers(egui::Modifiers::SHIFT);
    h.run();
    assert_eq!(h.state().selection().nodes.len(), 2);
    ctrl(&mut h, Key::D);
    assert_eq!(candidate(&h).node_count(), nodes + 2);
    assert_eq!(
        candidate(&h).edge_count(),
        edges + 1,
        "the edge between them is copied"
    );
    ctrl(&mut h, Key::Z);
    assert_eq!(candidate(&h).node_count(), nodes);
}

#[test]
fn the_candidate_tabs_switch_the_canvas() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "checkout");
    let first = candidate(&h).id;
    h.get_by_label("Choreographed events").click();
    h.run();
    assert_ne!(candidate(&h).id, first);
    assert_eq!(candidate(&h).name, "Choreographed events");
}

#[test]
fn nodes_with_review_findings_carry_a_marker_that_follows_the_document() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "checkout");
    // The saga candidate has no finding (its payment service sends an
    // idempotency key); the synchronous one calls the payment provider with
    // no breaker, shares one database and chains four calls.
    assert!(h.query_by_label_contains("review finding").is_none());
    h.get_by_label("Synchronous checkout").click();
    h.run();
    assert!(
        h.query_by_label("3 review findings on Payment service")
            .is_some()
    );
    assert!(
        h.query_by_label("1 review finding on Payment provider")
            .is_some()
    );
    assert!(
        h.query_by_label_contains("review finding on Shipping service")
            .is_some()
    );
    canvas_node(&h, "Payment provider").click();
    h.run();
    h.key_press(Key::Delete);
    h.run();
    assert!(
        h.query_by_label("2 review findings on Payment service")
            .is_some(),
        "the review follows the edit"
    );
    ctrl(&mut h, Key::Z);
    assert!(
        h.query_by_label("3 review findings on Payment service")
            .is_some()
    );
}

#[test]
fn the_inspector_changes_an_edges_type() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "checkout");
    let edge = candidate(&h)
        .edges()
        .find(|e| e.label == "POST /checkout")
        .unwrap()
        .id;
    // Select the edge by clicking on its line.
    let from = node_rect(&h, "Web and app clients");
    let to = node_rect(&h, "API gateway");
    let on_line = Pos2::new((from.max.x + to.min.x) / 2.0, from.center().y);
    h.hover_at(on_line);
    h.run();
    h.event(egui::Event::PointerButton {
        pos: on_line,
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: egui::Modifiers::NONE,
    });
    h.event(egui::Event::PointerButton {
        pos: on_line,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: egui::Modifiers::NONE,
    });
    h.run();
    assert!(
        h.state().selection().edges.contains(&edge),
        "clicking the line selects the edge"
    );
    h.get_by_label("Type").click();
    h.run();
    h.get_by_label("Asynchronous message").click();
    h.run();
    assert_eq!(
        candidate(&h).edge(edge).unwrap().kind,
        EdgeKind::AsyncMessage
    );
    ctrl(&mut h, Key::Z);
    assert_eq!(candidate(&h).edge(edge).unwrap().kind, EdgeKind::SyncCall);
}

#[test]
fn clicking_another_node_commits_the_field_being_edited() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "checkout");
    let id = node_named(&h, "payments-db").id;
    canvas_node(&h, "payments-db").click();
    h.run();
    h.get_by_label("Name").focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    h.run();
    h.get_by_label("Name").type_text("ledger");
    h.run();
    canvas_node(&h, "checkout-db").click();
    h.run();
    assert_eq!(
        candidate(&h).node(id).unwrap().label,
        "ledger",
        "the edit was not lost"
    );
    assert_eq!(h.state().selection().nodes.len(), 1);
    assert!(
        h.state()
            .selection()
            .nodes
            .contains(&node_named(&h, "checkout-db").id)
    );
}
