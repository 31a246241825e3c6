//! Arrange (Edit > Arrange, Ctrl+L): the core's layout applied to the whole
//! candidate or to the selection as one undoable edit; and the canvas drawn
//! from the shared geometry (the legend in its own strip, a shortened
//! label's whole text on hover).

use egui::{Key, Role};
use egui_kittest::kittest::Queryable;
use plinth::design::{Candidate, Edge, EdgeId, EdgeKind, NodeId, Point};
use plinth::geometry::Geometry;
use plinth::ui::Action;
use plinth::workspace::Edit;

use crate::support::{
    candidate, canvas_node, ctrl, drag, menu, node_named, node_rect, with_example,
};

fn revision(h: &crate::support::App) -> u64 {
    h.state().document().history().revision()
}

/// Whether any two node boxes of `c` overlap.
fn overlapping(c: &Candidate) -> bool {
    let g = Geometry::of(c);
    g.nodes
        .iter()
        .enumerate()
        .any(|(i, a)| g.nodes[i + 1..].iter().any(|b| a.rect.overlaps(&b.rect)))
}

/// Puts every node of the shown candidate on top of the first one.
fn pile_up(h: &mut crate::support::App) {
    let c = candidate(h);
    let moves: Vec<(NodeId, Point)> = c
        .nodes()
        .enumerate()
        .map(|(i, n)| (n.id, Point::new(i as f32 * 10.0, i as f32 * 5.0)))
        .collect();
    let edit = Edit::MoveNodes {
        candidate: c.id,
        moves,
    };
    h.state_mut().push(Action::Edit(edit));
    h.run();
    assert!(overlapping(candidate(h)));
}

#[test]
fn arrange_lays_out_the_whole_candidate_as_one_edit_and_undo_restores_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "checkout");
    pile_up(&mut h);
    let piled = candidate(&h).clone();
    let steps = revision(&h);

    ctrl(&mut h, Key::L);
    assert_eq!(revision(&h), steps + 1, "one arrange, one edit");
    assert!(!overlapping(candidate(&h)), "no two nodes overlap");
    let arranged = candidate(&h).clone();

    ctrl(&mut h, Key::Z);
    assert_eq!(*candidate(&h), piled, "undo puts every node back");
    ctrl(&mut h, Key::Y);
    assert_eq!(*candidate(&h), arranged);

    // positions moved by hand afterwards stay until Arrange is asked again
    // (with the one node moved still selected: one node arranges them all)
    let start = node_rect(&h, "checkout-db").center();
    drag(&mut h, start, start + egui::vec2(60.0, -40.0));
    let moved = node_named(&h, "checkout-db").position;
    assert_ne!(
        moved,
        arranged
            .nodes()
            .find(|n| n.label == "checkout-db")
            .unwrap()
            .position
    );
    h.run();
    assert_eq!(node_named(&h, "checkout-db").position, moved);
    // the menu entry shows its shortcut too: "Arrange Ctrl+L"
    h.get_by_label("Edit").click();
    h.run();
    h.get_by(|n| n.label().is_some_and(|l| l.starts_with("Arrange")))
        .click();
    h.run();
    assert_eq!(
        *candidate(&h),
        arranged,
        "arranging again gives the same layout"
    );
}

#[test]
fn arrange_with_a_selection_moves_only_the_selected_nodes() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "checkout");
    let before = candidate(&h).clone();
    canvas_node(&h, "Payment service").click();
    h.run();
    canvas_node(&h, "payments-db").click_modifiers(egui::Modifiers::SHIFT);
    h.run();
    let (a, b) = (
        node_named(&h, "Payment service").id,
        node_named(&h, "payments-db").id,
    );
    let steps = revision(&h);
    ctrl(&mut h, Key::L);
    assert_eq!(revision(&h), steps + 1);
    let after = candidate(&h);
    for n in before.nodes().filter(|n| n.id != a && n.id != b) {
        assert_eq!(
            after.node(n.id).unwrap().position,
            n.position,
            "{} stays",
            n.label
        );
    }
    // one connection between them: one layer each, side by side on one row
    let (pa, pb) = (
        after.node(a).unwrap().position,
        after.node(b).unwrap().position,
    );
    assert_eq!(pa.y, pb.y, "{pa:?} {pb:?}");
    assert!((pa.x - pb.x).abs() > 150.0, "{pa:?} {pb:?}");
    ctrl(&mut h, Key::Z);
    assert_eq!(*candidate(&h), before);
}

#[test]
fn the_legend_has_a_strip_of_its_own_below_the_canvas() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "checkout");
    let area = h.state().canvas().area().unwrap();
    let legend = h
        .get_by_role_and_label(Role::Image, "Key to the connection styles")
        .rect();
    assert!(
        legend.min.y >= area.max.y - 0.5,
        "{legend:?} below {area:?}"
    );
    menu(&mut h, "View", "Connection legend");
    let full = h.state().canvas().area().unwrap();
    assert!(
        full.max.y > area.max.y,
        "hiding the legend gives the room back"
    );
    assert!(
        h.query_by_role_and_label(Role::Image, "Key to the connection styles")
            .is_none()
    );
}

#[test]
fn a_shortened_label_shows_its_whole_text_on_hover() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "checkout");
    let c = candidate(&h).clone();
    let long = "ReserveStock, ChargeCard, SendReceipt, NotifyWarehouse, UpdateLoyaltyPoints";
    let (from, to) = {
        let mut nodes = c.nodes();
        (nodes.next().unwrap().id, nodes.nth(1).unwrap().id)
    };
    let edge = Edge {
        id: EdgeId(h.state().document().workspace().fresh_id()),
        from,
        to,
        kind: EdgeKind::AsyncMessage,
        label: long.to_owned(),
    };
    h.state_mut().push(Action::Edit(Edit::AddEdges {
        candidate: c.id,
        edges: vec![edge.clone()],
    }));
    h.run();
    // zoomed in far enough for connection labels to be drawn
    ctrl(&mut h, Key::Plus);
    let placed = Geometry::of(candidate(&h))
        .edges
        .into_iter()
        .find(|e| e.id == edge.id)
        .unwrap();
    let label = placed.label.expect("the label has a place");
    assert!(label.shortened && label.text.ends_with('…'), "{label:?}");
    let t = h.state().canvas().transform().unwrap();
    let area = h.state().canvas().area().unwrap();
    assert!(
        area.contains(t.to_screen(label.rect.center())),
        "the label is in view: {label:?} in {area:?}"
    );
    assert_eq!(h.query_all_by_label(long).count(), 1, "the label's box");
    h.get_by_role_and_label(Role::Label, long).hover();
    for _ in 0..25 {
        h.step();
    }
    assert!(
        h.query_all_by_label(long).count() >= 2,
        "the whole label shows on hover"
    );
}
