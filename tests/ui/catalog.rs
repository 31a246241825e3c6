//! The catalog panel: search as you type, filters, pattern pages and links.

use egui_kittest::kittest::{NodeT, Queryable};

use crate::support::{ctrl, harness};

#[test]
fn typing_in_the_search_box_filters_the_list() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path());
    assert!(h.query_by_label("Transactional Outbox").is_some());
    assert!(h.query_by_label("RAG Architecture").is_some());
    assert!(h.query_by_label("59 of 59 patterns").is_some());
    h.get_by_label("Search patterns").focus();
    h.run();
    // Results follow every keystroke, not only Enter.
    h.get_by_label("Search patterns").type_text("out");
    h.run();
    let after_three = h
        .get_by_label_contains("of 59 patterns")
        .accesskit_node()
        .label()
        .unwrap_or_default();
    h.get_by_label("Search patterns").type_text("box");
    h.run();
    assert!(h.query_by_label("Transactional Outbox").is_some());
    assert!(
        h.query_by_label("RAG Architecture").is_none(),
        "RAG does not match `outbox`"
    );
    assert!(
        h.query_by_label("11 of 59 patterns").is_some(),
        "the same 11 as `plinth catalog list --search outbox`"
    );
    assert_ne!(
        after_three, "11 of 59 patterns",
        "typing narrows the list further"
    );
}

#[test]
fn ctrl_f_jumps_to_the_search_box() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path());
    assert!(!h.get_by_label("Search patterns").is_focused());
    ctrl(&mut h, egui::Key::F);
    assert!(h.get_by_label("Search patterns").is_focused());
}

#[test]
fn a_pattern_page_opens_and_its_links_open_other_pages() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path());
    h.get_by_label("Saga Pattern").scroll_to_me();
    h.run();
    h.get_by_label("Saga Pattern").click();
    h.run();
    assert_eq!(h.state().open_pattern(), Some("saga"));
    assert!(h.query_by_label("When to use").is_some());
    assert!(h.query_by_label("When not to use").is_some());
    assert!(h.query_by_label("Pros").is_some());
    // Related and alternative patterns are links to their own pages.
    let link = h
        .get_all_by_role(egui::Role::Link)
        .next()
        .expect("the saga page links to other patterns");
    let target = link.accesskit_node().label().unwrap_or_default();
    link.scroll_to_me();
    h.run();
    h.get_all_by_role(egui::Role::Link)
        .find(|l| l.accesskit_node().label().as_deref() == Some(target.as_str()))
        .unwrap()
        .click();
    h.run();
    let opened = h.state().open_pattern().unwrap().to_owned();
    assert_ne!(opened, "saga", "the link {target} opened another page");
    let name = h.state().catalog().pattern(&opened).unwrap().name.clone();
    assert!(
        h.query_all_by_label(&name).count() >= 2,
        "the page of {name} is shown beside its catalog row"
    );
}
