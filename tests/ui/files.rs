//! Files: save then open, damaged files, unsaved-changes questions,
//! autosave and recovery, dropped files.

use std::path::Path;

use egui::Key;
use egui_kittest::kittest::Queryable;
use plinth::ui::Action;

use crate::support::{
    answer_prompt, candidate, ctrl, ctrl_shift, harness, harness_with, options, with_example,
};

#[test]
fn save_then_open_gives_the_same_workspace() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("checkout.ron");
    let mut h = with_example(dir.path(), "checkout");
    let original = h.state().document().workspace().clone();
    ctrl(&mut h, Key::S);
    answer_prompt(&mut h, &file);
    assert!(file.exists(), "Save wrote the file");
    assert!(!h.state().document().is_dirty());
    assert!(h.state().document().title().starts_with("checkout.ron"));

    ctrl(&mut h, Key::N);
    assert_eq!(h.state().document().workspace().candidates().len(), 1);
    assert_ne!(*h.state().document().workspace(), original);

    ctrl(&mut h, Key::O);
    answer_prompt(&mut h, &file);
    assert_eq!(*h.state().document().workspace(), original);
    assert_eq!(
        h.state().document().path(),
        Some(file.canonicalize().unwrap().as_path())
    );
    assert_eq!(
        h.state().settings().recent.first(),
        Some(&file.canonicalize().unwrap())
    );
}

#[test]
fn save_as_writes_another_file_and_the_title_follows() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "startup");
    let file = dir.path().join("copy.ron");
    ctrl_shift(&mut h, Key::S);
    answer_prompt(&mut h, &file);
    assert!(file.exists());
    let reread = plinth::storage::load_workspace(&file).unwrap();
    assert_eq!(reread, *h.state().document().workspace());
    assert!(h.state().document().title().starts_with("copy.ron"));
}

#[test]
fn a_damaged_file_shows_an_error_and_keeps_the_current_workspace() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.ron");
    std::fs::write(
        &bad,
        "// a workspace\n(\n    version: 2,\n    decision: (title: 12),\n",
    )
    .unwrap();
    let mut h = with_example(dir.path(), "checkout");
    let before = h.state().document().workspace().clone();
    h.state_mut().push(Action::Open(bad.clone()));
    h.run();
    assert_eq!(*h.state().document().workspace(), before);
    let notices: Vec<_> = h
        .state()
        .notices()
        .list()
        .iter()
        .map(|n| n.text.clone())
        .collect();
    assert!(
        notices.iter().any(|n| n.contains("bad.ron:4:")),
        "the message names the file and line: {notices:?}"
    );
    assert!(
        h.query_by_label_contains("bad.ron:4:").is_some(),
        "and it is shown in the window"
    );
}

#[test]
fn unsaved_changes_are_asked_about_before_they_are_dropped() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "checkout");
    h.state_mut().push(Action::AddCandidate);
    h.run();
    assert!(h.state().document().is_dirty());
    assert!(h.state().document().title().starts_with('●'));
    let count = h.state().document().workspace().candidates().len();
    ctrl(&mut h, Key::N);
    h.get_by_label("Cancel").click();
    h.run();
    assert_eq!(
        h.state().document().workspace().candidates().len(),
        count,
        "cancel keeps the work"
    );
    ctrl(&mut h, Key::N);
    h.get_by_label("Don't save").click();
    h.run();
    assert_eq!(
        h.state().document().workspace().candidates().len(),
        1,
        "a new, empty workspace"
    );
    assert!(!h.state().document().is_dirty());
}

#[test]
fn closing_with_unsaved_work_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "checkout");
    h.state_mut().push(Action::AddCandidate);
    h.run();
    h.input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    h.run();
    assert!(h.query_by_label("Unsaved changes").is_some());
    h.get_by_label("Cancel").click();
    h.run();
    assert!(h.query_by_label("Unsaved changes").is_none());
    assert!(h.state().document().is_dirty());
}

#[test]
fn unsaved_work_is_autosaved_and_offered_back_after_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let mut opts = options(dir.path());
    opts.autosave_after = Some(std::time::Duration::ZERO);
    let mut h = harness_with(opts.clone());
    h.state_mut().push(Action::OpenExample("ai-support"));
    h.run();
    h.state_mut().push(Action::AddCandidate);
    h.run_ok();
    let work = h.state().document().workspace().clone();
    let recovery = dir.path().join("data").join("untitled.autosave");
    for _ in 0..50 {
        if recovery.exists() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
        h.run_ok();
    }
    assert!(recovery.exists(), "the recovery file was written");
    drop(h); // the "crash": no clean close

    let mut next = harness_with(opts);
    assert!(next.query_by_label("Recover unsaved work?").is_some());
    next.get_by_label("Recover").click();
    next.run();
    assert_eq!(*next.state().document().workspace(), work);
    assert!(
        next.state().document().is_dirty(),
        "recovered work is not on disk yet"
    );
}

#[test]
fn dropping_a_workspace_file_on_the_window_opens_it() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("startup.ron");
    let text = plinth::workspace::examples::example_text("startup").unwrap();
    std::fs::write(&file, text).unwrap();
    let mut h = harness(dir.path());
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(file.clone())));
    h.run();
    assert_eq!(
        h.state().document().path(),
        Some(file.canonicalize().unwrap().as_path())
    );
    assert_eq!(candidate(&h).name, "Monolith");
}

#[test]
fn dropping_a_mermaid_file_imports_it_as_a_new_workspace() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("sketch.mmd");
    std::fs::write(&file, "flowchart LR\n  web[Web shop] --> gw[API Gateway]\n  gw --> cb[Circuit Breaker]\n  gw ==> q[(orders)]\n").unwrap();
    let mut h = harness(dir.path());
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(file.clone())));
    h.run();
    let c = candidate(&h);
    assert_eq!(c.node_count(), 4, "{:?}", h.state().notices().list());
    assert_eq!(c.edge_count(), 3);
    assert!(
        c.uses_pattern("api-gateway"),
        "names that match a pattern become that pattern"
    );
    assert!(
        h.state().document().is_dirty(),
        "an import is not saved yet"
    );
    assert!(h.state().document().path().is_none());
}

#[test]
fn a_flowchart_given_at_start_is_imported_not_opened() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("sketch.MMD");
    std::fs::write(&file, "flowchart LR\n  web[Web shop] --> gw[API Gateway]\n").unwrap();
    let cli = <plinth::cli::Cli as clap::Parser>::try_parse_from([
        "plinth".as_ref(),
        "--no-user-catalog".as_ref(),
        file.as_os_str(),
    ])
    .unwrap();
    let mut opts = plinth::ui::app_options(&cli);
    opts.data_dir = Some(dir.path().join("data"));
    opts.native_dialogs = false;
    let h = harness_with(opts);
    assert_eq!(
        candidate(&h).node_count(),
        2,
        "{:?}",
        h.state().notices().list()
    );
    assert!(
        h.state().document().is_dirty(),
        "an import is not saved yet"
    );
    assert!(h.state().document().path().is_none());
}

#[test]
fn a_broken_mermaid_file_is_reported_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("notes.mmd");
    std::fs::write(&file, "%% a comment\nsequenceDiagram\n  A->>B: hi\n").unwrap();
    let mut h = with_example(dir.path(), "startup");
    let before = h.state().document().workspace().clone();
    h.state_mut().push(Action::ImportMermaid(file));
    h.run();
    assert_eq!(*h.state().document().workspace(), before);
    assert!(
        h.query_by_label_contains("notes.mmd: line 2:").is_some(),
        "{:?}",
        h.state().notices().list()
    );
}

/// A file dropped from the desktop.
#[derive(Debug)]
struct Dropped(std::path::PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn saving_while_a_field_is_being_edited_saves_the_edit() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("saved.ron");
    let mut h = with_example(dir.path(), "checkout");
    h.get_by_label("Name").focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    h.run();
    h.get_by_label("Name").type_text("Saga, renamed");
    h.run();
    ctrl(&mut h, Key::S);
    answer_prompt(&mut h, &file);
    let saved = plinth::storage::load_workspace(&file).unwrap();
    assert_eq!(saved.candidates()[0].name, "Saga, renamed");
    assert!(!h.state().document().is_dirty());
}

#[test]
fn quit_asks_about_unsaved_work_and_then_closes() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "checkout");
    h.state_mut().push(Action::AddCandidate);
    h.run();
    h.get_by_label("File").click();
    h.run();
    h.get_by_label_contains("Quit").click();
    h.run();
    assert!(h.query_by_label("Unsaved changes").is_some());
    assert!(!h.state().is_closing());
    h.get_by_label("Don't save").click();
    h.run();
    assert!(h.state().is_closing());
}

#[test]
fn quit_without_unsaved_work_closes_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "checkout");
    ctrl(&mut h, Key::Q);
    assert!(h.query_by_label("Unsaved changes").is_none());
    assert!(h.state().is_closing());
}
