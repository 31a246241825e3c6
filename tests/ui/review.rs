//! The review findings list: choosing a finding frames its nodes; "Apply
//! fix" is one undoable edit, offered only when it resolves the finding.

use egui::Key;
use egui_kittest::kittest::{NodeT, Queryable};
use plinth::workspace::fix::fix_edit;

use crate::support::{App, candidate, ctrl, with_example};

fn open_review(h: &mut App) {
    h.get_by_label("Review").click();
    h.run();
}

/// The review of the synchronous checkout, which has findings (the saga
/// candidate shown first has none: its payment service sends a key).
fn open_synchronous_review(h: &mut App) {
    crate::support::click_tab(h, "Synchronous checkout");
    open_review(h);
}

#[test]
fn choosing_a_finding_selects_highlights_and_frames_its_nodes() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "checkout");
    open_synchronous_review(&mut h);
    let finding = h.state().findings()[0].clone();
    let zoom_before = h.state().canvas().view.zoom;
    h.get_by_label(&finding.message).click();
    h.run();
    let selected: Vec<_> = h.state().selection().nodes.iter().copied().collect();
    assert_eq!(selected, finding.nodes, "its nodes are selected");
    let halo = h.state().canvas().highlighted().expect("a highlight");
    assert_eq!(halo.severity, finding.severity);
    assert!(
        h.state().canvas().view.zoom > zoom_before,
        "the view closes in on them"
    );
    let area = h.state().canvas().area().unwrap();
    for id in &finding.nodes {
        let label = &candidate(&h).node(*id).unwrap().label;
        let node = crate::support::node_rect(&h, label);
        assert!(area.contains_rect(node), "{label} is in view");
    }
}

#[test]
fn apply_fix_resolves_the_finding_and_undo_brings_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "checkout");
    open_synchronous_review(&mut h);
    let before = h.state().document().workspace().clone();
    let findings = h.state().findings().to_vec();
    let id = candidate(&h).id;
    let offered: Vec<bool> = findings
        .iter()
        .map(|f| fix_edit(&before, id, f, h.state().catalog()).is_some())
        .collect();
    let buttons: Vec<bool> = h
        .get_all_by_label("Apply fix")
        .map(|b| !b.accesskit_node().is_disabled())
        .collect();
    assert_eq!(
        buttons, offered,
        "enabled exactly where the core offers a fix"
    );
    let index = offered.iter().position(|o| *o).expect("a fixable finding");
    let fixed = findings[index].clone();
    let sentence = plinth::workspace::fix::fix_sentence(candidate(&h), &fixed, h.state().catalog())
        .expect("a sentence saying where the fix goes");
    h.get_all_by_label("Apply fix").nth(index).unwrap().hover();
    // Tooltips wait a moment before they show.
    h.run_steps(20);
    assert!(
        h.query_by_label_contains(&sentence).is_some(),
        "the tooltip says where the fix goes: {sentence}"
    );

    h.get_all_by_label("Apply fix").nth(index).unwrap().click();
    h.run();
    assert_eq!(h.state().document().history().revision(), 1, "one edit");
    let gone = !h
        .state()
        .findings()
        .iter()
        .any(|f| f.rule == fixed.rule && f.nodes == fixed.nodes);
    assert!(gone, "the finding is resolved");
    let fix = fixed.fix.clone().unwrap();
    assert!(candidate(&h).uses_pattern(&fix), "{fix} was added");

    ctrl(&mut h, Key::Z);
    assert_eq!(*h.state().document().workspace(), before);
    assert!(h.state().findings().contains(&fixed), "undo brings it back");
}

#[test]
fn a_fix_that_would_not_help_is_disabled_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "checkout");
    crate::support::click_tab(&mut h, "Choreographed events");
    open_review(&mut h);
    let ws = h.state().document().workspace().clone();
    let id = candidate(&h).id;
    let stuck = h
        .state()
        .findings()
        .iter()
        .position(|f| fix_edit(&ws, id, f, h.state().catalog()).is_none());
    let Some(index) = stuck else {
        return;
    };
    let button = h.get_all_by_label("Apply fix").nth(index).unwrap();
    assert!(button.accesskit_node().is_disabled());
    button.hover();
    // Tooltips wait a moment before they show.
    h.run_steps(20);
    assert!(
        h.query_by_label_contains("would not resolve this finding")
            .or_else(|| h.query_by_label_contains("suggests no pattern"))
            .is_some(),
        "the tooltip says why"
    );
}
