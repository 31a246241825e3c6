//! The catalog panel: search as you type, filters, pattern pages and links.

use egui_kittest::kittest::{NodeT, Queryable};

use crate::support::{ctrl, harness, harness_with};

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
        h.query_by_label("3 of 59 patterns").is_some(),
        "the same 3 as `plinth catalog list --search outbox`"
    );
    assert_ne!(
        after_three, "3 of 59 patterns",
        "typing narrows the list further"
    );
}

#[test]
fn weak_matches_are_counted_and_shown_on_request() {
    let filter = plinth::catalog::search::Filter {
        text: "cqrs".to_owned(),
        ..Default::default()
    };
    let catalog = plinth::catalog::Catalog::embedded();
    let found = plinth::catalog::search::Searcher::default().search_all(&catalog, &filter);
    let (shown, weak) = (found.shown.len(), found.weak.len());
    assert!(shown >= 1 && weak >= 1, "{shown} {weak}");
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path());
    h.get_by_label("Search patterns").focus();
    h.run();
    h.get_by_label("Search patterns").type_text("cqrs");
    h.run();
    assert!(
        h.query_by_label(&format!("{shown} of 59 patterns"))
            .is_some(),
        "as `catalog list --search cqrs`"
    );
    assert!(h.query_by_label("CQRS / Event Sourcing").is_some());
    assert!(
        h.query_by_label("Rate Limiting").is_none(),
        "scattered letters of `cqrs` are a weak match, not shown"
    );
    assert!(
        h.query_by_label(&format!("{weak} more weak matches"))
            .is_some()
    );
    h.get_by_label("Show them").click();
    h.run();
    assert!(
        h.query_by_label(&format!("{} of 59 patterns", shown + weak))
            .is_some()
    );
    assert!(h.query_by_label("Rate Limiting").is_some());
    assert!(h.query_by_label_contains("more weak matches").is_none());
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

fn write_pattern(dir: &std::path::Path, id: &str, name: &str) {
    let mut pattern = plinth::catalog::Catalog::embedded()
        .pattern("saga")
        .unwrap()
        .clone();
    pattern.id = id.to_owned();
    pattern.name = name.to_owned();
    let text = plinth::catalog::layra::to_ron(&pattern).unwrap();
    std::fs::write(dir.join(format!("{id}.ron")), text).unwrap();
}

/// The app with a folder holding one user pattern, "Order saga", added
/// to its catalog; returns the folder too.
fn with_order_saga_folder(dir: &std::path::Path) -> (crate::support::App, std::path::PathBuf) {
    let folder = dir.join("patterns");
    std::fs::create_dir(&folder).unwrap();
    write_pattern(&folder, "order-saga", "Order saga");
    let mut h = harness(dir);
    h.state_mut()
        .push(plinth::ui::Action::AddCatalogFolder(folder.clone()));
    h.run();
    (h, folder)
}

#[test]
fn an_added_catalog_folder_brings_marked_user_patterns() {
    let dir = tempfile::tempdir().unwrap();
    let (h, folder) = with_order_saga_folder(dir.path());
    assert_eq!(h.state().catalog().len(), 60);
    assert!(h.query_by_label("Order saga (user pattern)").is_some());
    assert!(
        h.query_by_label("Saga Pattern").is_some(),
        "built-in patterns are not marked"
    );
    assert_eq!(h.state().settings().catalog_folders, [folder]);
}

#[test]
fn an_added_folder_can_be_removed_from_the_file_menu() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, folder) = with_order_saga_folder(dir.path());
    assert_eq!(h.state().catalog().len(), 60);

    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Catalog folders").hover();
    h.run();
    h.get_by_label(&format!("Remove {}", folder.display()))
        .click();
    h.run();

    assert_eq!(h.state().catalog().len(), 59);
    assert!(h.state().settings().catalog_folders.is_empty());
    assert!(h.query_by_label("Order saga (user pattern)").is_none());
}

#[test]
fn reload_reads_pattern_files_edited_since() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, folder) = with_order_saga_folder(dir.path());
    write_pattern(&folder, "order-saga", "Order saga, revised");
    h.state_mut().push(plinth::ui::Action::ReloadCatalog);
    h.run();
    assert_eq!(
        h.state().catalog().pattern("order-saga").unwrap().name,
        "Order saga, revised"
    );
}

#[test]
fn a_folder_of_markdown_points_to_the_layra_import() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("layra");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(folder.join("catalog.md"), "# Catalog\n").unwrap();
    let mut h = harness(dir.path());
    h.state_mut()
        .push(plinth::ui::Action::AddCatalogFolder(folder));
    h.run();
    assert!(
        crate::support::notice_texts(&h)
            .iter()
            .any(|n| n.contains("plinth catalog import")),
        "{:?}",
        crate::support::notice_texts(&h)
    );
}

#[test]
fn broken_pattern_files_are_reported_with_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("patterns");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(
        folder.join("broken.ron"),
        "(\n    id: \"broken\",\n    name: 7,\n)\n",
    )
    .unwrap();
    let mut h = harness(dir.path());
    h.state_mut()
        .push(plinth::ui::Action::AddCatalogFolder(folder));
    h.run();
    assert!(
        h.query_by_label_contains("broken.ron:3:").is_some(),
        "{:?}",
        h.state().notices().list()
    );
    assert_eq!(
        h.state().catalog().len(),
        59,
        "the rest of the catalog still loads"
    );
}

#[test]
fn a_folder_that_cannot_be_read_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path());
    h.state_mut().push(plinth::ui::Action::AddCatalogFolder(
        dir.path().join("missing"),
    ));
    h.run();
    assert!(h.query_by_label_contains("missing: not a folder").is_some());
}

#[test]
fn a_pattern_can_be_dragged_from_its_page_onto_the_canvas() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path());
    h.state_mut()
        .push(plinth::ui::Action::ShowPattern("circuit-breaker".into()));
    h.run();
    let chip = h.get_by_label("Drag onto the canvas").rect().center();
    crate::support::drag(&mut h, chip, egui::pos2(900.0, 400.0));
    let c = crate::support::candidate(&h);
    assert_eq!(c.node_count(), 1);
    assert!(c.uses_pattern("circuit-breaker"));
}

/// A folder with an unrated copy of the built-in saga (every effect 0, as
/// `catalog import` writes them), under the built-in's id.
fn unrated_saga_folder(dir: &std::path::Path) -> std::path::PathBuf {
    let folder = dir.join("imported");
    std::fs::create_dir(&folder).unwrap();
    let mut saga = plinth::catalog::Catalog::embedded()
        .pattern("saga")
        .unwrap()
        .clone();
    saga.effects = plinth::catalog::QualityEffects::neutral("not rated yet");
    let text = plinth::catalog::layra::to_ron(&saga).unwrap();
    std::fs::write(folder.join("saga.ron"), text).unwrap();
    folder
}

#[test]
fn an_unrated_override_needs_allow_unrated_in_the_window_as_on_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let folder = unrated_saga_folder(dir.path());
    let unrated = |h: &crate::support::App| {
        h.state()
            .catalog()
            .pattern("saga")
            .unwrap()
            .effects
            .is_unrated()
    };
    let refused = harness_with(plinth::ui::AppOptions {
        catalog_dirs: vec![folder.clone()],
        ..crate::support::options(dir.path())
    });
    assert!(!unrated(&refused), "the rated built-in is kept");
    assert!(
        refused
            .state()
            .notices()
            .list()
            .iter()
            .any(|n| n.text.contains("--allow-unrated")),
        "{:?}",
        refused.state().notices().list()
    );
    let allowed = harness_with(plinth::ui::AppOptions {
        catalog_dirs: vec![folder],
        allow_unrated: true,
        ..crate::support::options(dir.path())
    });
    assert!(unrated(&allowed), "the user's explicit choice is honoured");
}
