//! A workspace file changed on disk by another program (or window) while
//! it is open: saving asks first, and whatever the answer nothing is lost.

use std::path::{Path, PathBuf};

use egui::Key;
use egui_kittest::kittest::Queryable;
use plinth::storage::{load_workspace, save_workspace};
use plinth::ui::Action;
use plinth::workspace::{Workspace, examples, file};

use crate::support::{App, ctrl, harness};

const QUESTION: &str = "The file changed on disk";

/// The startup example saved as `plan.ron`, opened in the window, with one
/// unsaved edit (a candidate added); returns the path.
fn open_and_edit(h: &mut App, dir: &Path) -> PathBuf {
    let path = dir.join("plan.ron");
    save_workspace(&path, &example("startup")).unwrap();
    h.state_mut().push(Action::Open(path.clone()));
    h.run();
    h.state_mut().push(Action::AddCandidate);
    h.run();
    assert!(h.state().document().is_dirty());
    path
}

fn example(name: &str) -> Workspace {
    file::from_str(name, examples::example_text(name).unwrap()).unwrap()
}

/// Another program writes the checkout example over `path`.
fn changed_elsewhere(path: &Path) -> Workspace {
    let theirs = example("checkout");
    std::fs::write(path, file::to_ron(&theirs).unwrap()).unwrap();
    theirs
}

#[test]
fn saving_over_a_file_changed_elsewhere_asks_and_overwrite_keeps_theirs_as_backup() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path());
    let path = open_and_edit(&mut h, dir.path());
    let theirs = changed_elsewhere(&path);

    ctrl(&mut h, Key::S);
    assert!(h.query_by_label(QUESTION).is_some(), "the save asks first");
    assert_eq!(
        load_workspace(&path).unwrap(),
        theirs,
        "nothing written yet"
    );
    assert!(h.state().document().is_dirty());

    h.get_by_label("Overwrite").click();
    h.run();
    assert!(h.query_by_label(QUESTION).is_none());
    assert_eq!(
        load_workspace(&path).unwrap(),
        *h.state().document().workspace()
    );
    let backup = plinth::storage::atomic::backup_path(&path);
    assert_eq!(
        load_workspace(&backup).unwrap(),
        theirs,
        "theirs is the backup"
    );
    assert!(!h.state().document().is_dirty());
    let told = h
        .state()
        .notices()
        .list()
        .iter()
        .any(|n| n.text.contains(".bak"));
    assert!(told, "the window says where the other version went");

    ctrl(&mut h, Key::S);
    assert!(
        h.query_by_label(QUESTION).is_none(),
        "after a save the file on disk is ours again: no question"
    );
}

#[test]
fn cancel_writes_nothing_and_keeps_the_work_unsaved() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path());
    let path = open_and_edit(&mut h, dir.path());
    let theirs = changed_elsewhere(&path);

    ctrl(&mut h, Key::S);
    h.get_by_label("Cancel").click();
    h.run();
    assert!(h.query_by_label(QUESTION).is_none());
    assert_eq!(load_workspace(&path).unwrap(), theirs);
    assert!(h.state().document().is_dirty(), "our work is still unsaved");
}

#[test]
fn save_as_keeps_their_file_and_writes_ours_elsewhere() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path());
    let path = open_and_edit(&mut h, dir.path());
    let theirs = changed_elsewhere(&path);
    let ours_path = dir.path().join("ours.ron");

    ctrl(&mut h, Key::S);
    h.get_by_label("Save as…").click();
    h.run();
    h.get_by_label("Path")
        .type_text(&ours_path.display().to_string());
    h.run();
    h.key_press(Key::Enter);
    h.run();

    assert_eq!(load_workspace(&path).unwrap(), theirs);
    assert_eq!(
        load_workspace(&ours_path).unwrap(),
        *h.state().document().workspace()
    );
    assert!(!h.state().document().is_dirty());
}

#[test]
fn an_unchanged_file_saves_without_a_question() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path());
    let path = open_and_edit(&mut h, dir.path());
    ctrl(&mut h, Key::S);
    assert!(h.query_by_label(QUESTION).is_none());
    assert_eq!(
        load_workspace(&path).unwrap(),
        *h.state().document().workspace()
    );
    assert!(!h.state().document().is_dirty());
}

#[test]
fn opening_another_file_goes_on_once_the_question_is_answered() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path());
    let path = open_and_edit(&mut h, dir.path());
    changed_elsewhere(&path);
    let next = dir.path().join("next.ron");
    save_workspace(&next, &example("ai-support")).unwrap();

    h.state_mut().push(Action::Open(next.clone()));
    h.run();
    h.get_by_label("Save").click();
    h.run();
    assert!(h.query_by_label(QUESTION).is_some());
    h.get_by_label("Overwrite").click();
    h.run();

    let ours = load_workspace(&path).unwrap();
    assert_eq!(ours.candidates().len(), 4, "our edit was saved");
    assert_eq!(
        h.state().document().path(),
        Some(next.canonicalize().unwrap().as_path()),
        "then the other file opened"
    );
}
