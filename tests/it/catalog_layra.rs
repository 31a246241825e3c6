//! The Layra importer on a small fixture in Layra's format (tests never read
//! the real seed; `plinth catalog import` of it is checked by hand).

use plinth::catalog::layra::{import_layra, write_patterns};
use plinth::catalog::pattern::{ReferenceKind, Weight};
use plinth::catalog::{CatalogLoader, Category};

fn fixture_text() -> String {
    std::fs::read_to_string(crate::fixture("layra/mini.md")).unwrap()
}

#[test]
fn imports_every_good_entry_with_its_facts() {
    let import = import_layra("mini.md", &fixture_text());
    let ids: Vec<&str> = import.patterns.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["queue-worker", "stream-ledger", "tiny-thing"]);

    let worker = &import.patterns[0];
    assert_eq!(worker.name, "Queue Worker");
    assert_eq!(
        (worker.category, worker.complexity),
        (Category::Integration, 2)
    );
    assert_eq!((worker.team_size.min, worker.team_size.max), (1, Some(15)));
    assert_eq!(
        worker.aliases,
        ["Background Jobs", "Task Queue (async, durable)"]
    );
    assert_eq!(worker.when_to_use.len(), 2);
    assert!(
        worker.when_to_use[0].contains(" - users should not wait"),
        "dash inside an item is kept"
    );
    assert_eq!(worker.components[1].name, "Worker Pool");
    assert_eq!(worker.pros[1].weight, Weight::Low);
    assert_eq!(
        worker.tech_stacks[0].technologies,
        ["Sidekiq", "Redis (persistence on, AOF)", "Rails"]
    );
    assert_eq!(worker.examples[0].organisation, "Example Shop (Checkout)");
    assert_eq!(worker.alternatives[1].name, "Stream Ledger");
    assert_eq!(
        worker.alternatives[1].pattern.as_deref(),
        Some("stream-ledger")
    );
    assert_eq!(worker.alternatives[0].pattern, None);
    assert_eq!(worker.references[0].title, "Stand by Your Queue");
    assert_eq!(worker.references[0].author, "Ann Example (2021)");
    assert_eq!(worker.references[1].kind, ReferenceKind::Book);
    assert_eq!(worker.related, ["stream-ledger"]);
    assert!(worker.overview.contains("second paragraph"));
    assert!(worker.imported_from.as_deref().unwrap().contains("mini.md"));

    let ledger = &import.patterns[1];
    assert_eq!((ledger.team_size.min, ledger.team_size.max), (10, None));
    assert_eq!(
        ledger.team_size.text,
        "Large (10+ engineers or infrastructure teams)"
    );
}

#[test]
fn a_broken_entry_is_reported_with_its_line_and_skipped() {
    let import = import_layra("mini.md", &fixture_text());
    assert_eq!(import.problems.len(), 1, "{:?}", import.problems);
    let problem = &import.problems[0];
    assert_eq!(problem.entry, 3);
    assert_eq!(problem.field, "category");
    assert_eq!(
        problem.name.as_deref(),
        Some("Broken Entry Without Category")
    );
    let line = fixture_text()
        .lines()
        .position(|l| l.contains("# Broken Entry"))
        .unwrap()
        + 1;
    assert!(
        problem.line + 2 >= line && problem.line <= line,
        "reported {} for {line}",
        problem.line
    );
    assert!(problem.to_string().starts_with("mini.md:"));
}

#[test]
fn the_flattened_form_imports_the_same() {
    let text = fixture_text();
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let a = import_layra("a.md", &text);
    let b = import_layra("a.md", &flat);
    assert_eq!(a.patterns, b.patterns);
}

#[test]
fn written_files_validate_and_are_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let import = import_layra("mini.md", &fixture_text());
    let paths = write_patterns(dir.path(), &import.patterns, false).unwrap();
    assert_eq!(paths.len(), 3);
    let loaded = CatalogLoader::empty().with_folder(dir.path()).load();
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    assert_eq!(
        loaded.catalog.pattern("queue-worker").unwrap(),
        &import.patterns[0]
    );

    let before = std::fs::read_to_string(&paths[0]).unwrap();
    let err = write_patterns(dir.path(), &import.patterns, false).unwrap_err();
    assert!(err.to_string().contains("already exists"));
    assert_eq!(std::fs::read_to_string(&paths[0]).unwrap(), before);
}

#[test]
fn garbage_imports_nothing_and_does_not_panic() {
    for text in [
        "",
        "---",
        "# Title only",
        "**Category:** ai | **Complexity:** 9/5 | **Team Size:** x",
        "\u{0}\u{1}###---**",
    ] {
        let import = import_layra("junk.md", text);
        assert!(import.patterns.is_empty(), "{text:?}");
    }
}
