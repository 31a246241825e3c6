//! Copy, paste, duplicate and new candidates: fresh ids, one undoable edit each.

use std::collections::BTreeSet;

use plinth::design::{NodeId, Point};
use plinth::history::History;
use plinth::workspace::clipboard::{
    Clipboard, copy_name, duplicate_candidate_edit, new_candidate_edit, paste_edit,
};

use crate::support::example;

#[test]
fn duplicate_makes_an_independent_copy_after_the_original() {
    let mut ws = example("checkout");
    let original = ws.clone();
    let source = ws.candidates()[0].id;
    let name = copy_name(&ws, &ws.candidates()[0].name);
    assert_eq!(name, "Orchestrated saga with outbox (copy)");
    let mut history = History::new();
    let edit = duplicate_candidate_edit(&ws, source, &name).unwrap();
    history.apply(&mut ws, edit).unwrap();
    assert_eq!(ws.candidates().len(), 4);
    let (a, b) = (&ws.candidates()[0], &ws.candidates()[1]);
    assert_eq!(b.name, name);
    assert_eq!(
        (a.node_count(), a.edge_count(), a.groups().count()),
        (b.node_count(), b.edge_count(), b.groups().count())
    );
    let ids_a: BTreeSet<u64> = a.nodes().map(|n| n.id.0).collect();
    assert!(b.nodes().all(|n| !ids_a.contains(&n.id.0)), "fresh ids");
    assert!(
        b.nodes()
            .filter(|n| n.group.is_some())
            .all(|n| b.group(n.group.unwrap()).is_some()),
        "groups remapped"
    );
    let labels =
        |c: &plinth::design::Candidate| c.nodes().map(|n| n.label.clone()).collect::<Vec<_>>();
    assert_eq!(labels(a), labels(b));
    assert_eq!(
        copy_name(&ws, &a.name),
        "Orchestrated saga with outbox (copy 2)"
    );
    history.undo(&mut ws).unwrap();
    assert_eq!(ws, original);
}

#[test]
fn paste_between_candidates_keeps_internal_edges_only() {
    let mut ws = example("startup");
    let from = &ws.candidates()[2];
    let selection: BTreeSet<NodeId> = from
        .nodes()
        .filter(|n| n.label.contains("Orders") || n.label == "orders-db")
        .map(|n| n.id)
        .collect();
    assert_eq!(selection.len(), 2);
    let clipboard = Clipboard::copy(from, &selection);
    assert_eq!(
        clipboard.edges.len(),
        1,
        "only the edge joining the two selected nodes"
    );
    let target = ws.candidates()[0].id;
    let before = ws.candidates()[0].node_count();
    let edit = paste_edit(&ws, target, &clipboard, Point::new(40.0, 40.0)).unwrap();
    let mut history = History::new();
    history.apply(&mut ws, edit).unwrap();
    let c = &ws.candidates()[0];
    assert_eq!(c.node_count(), before + 2);
    let pasted = c.nodes().find(|n| n.label == "orders-db").unwrap();
    let copied = clipboard
        .nodes
        .iter()
        .find(|n| n.label == "orders-db")
        .unwrap();
    assert_eq!(
        pasted.position,
        Point::new(copied.position.x + 40.0, copied.position.y + 40.0)
    );
    // Pasting twice gives new ids again.
    let again = paste_edit(&ws, target, &clipboard, Point::default()).unwrap();
    history.apply(&mut ws, again).unwrap();
    assert_eq!(ws.candidates()[0].node_count(), before + 4);
}

#[test]
fn a_new_candidate_goes_last_and_undoes() {
    let mut ws = example("startup");
    let mut history = History::new();
    let edit = new_candidate_edit(&ws, "Serverless");
    history.apply(&mut ws, edit).unwrap();
    assert_eq!(ws.candidates().last().unwrap().name, "Serverless");
    assert_eq!(ws.candidates().last().unwrap().node_count(), 0);
    history.undo(&mut ws).unwrap();
    assert_eq!(ws.candidates().len(), 3);
}
