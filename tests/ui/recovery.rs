//! Recovery after a kill, for a workspace saved in a file: the window is
//! started as `plinth --open FILE --autosave-after 0` starts it, edited
//! until the autosave wrote `.FILE.autosave`, then dropped without any
//! close or save (what `kill -9` leaves). The next start on the same file
//! offers the work back; taking it restores the edits as unsaved work,
//! declining it keeps the file as it was saved and deletes the autosave.

use std::path::{Path, PathBuf};
use std::time::Duration;

use clap::Parser;
use egui::Key;
use egui_kittest::kittest::Queryable;
use plinth::storage::load_workspace;
use plinth::workspace::Workspace;

use plinth::ui::Settings;

use crate::support::{App, candidate, ctrl, harness_sized, harness_with, node_named};

/// `checkout.ron` (the checkout example) saved in `dir`.
fn saved_file(dir: &Path) -> PathBuf {
    let file = dir.join("checkout.ron");
    let text = plinth::workspace::examples::example_text("checkout").unwrap();
    std::fs::write(&file, text).unwrap();
    file.canonicalize().unwrap()
}

/// The window as `plinth --no-user-catalog --autosave-after 0 --open FILE`
/// starts it, except that autosaves of untitled work go to `dir` and the
/// in-app path prompt stands in for the system's file dialog.
fn start(dir: &Path, file: &Path) -> App {
    let args = [
        "plinth",
        "--no-user-catalog",
        "--autosave-after",
        "0",
        "--open",
        &file.display().to_string(),
    ]
    .map(String::from);
    let mut options = plinth::ui::app_options(&plinth::cli::Cli::parse_from(args));
    assert_eq!(options.autosave_after, Some(Duration::ZERO));
    options.data_dir = Some(dir.join("data"));
    options.native_dialogs = false;
    harness_with(options)
}

fn click_node(h: &mut App, label: &str) {
    crate::support::canvas_node(h, label).click();
    h.run();
}

/// Renames `payments-db` to `ledger` (F2) and deletes `Checkout service`
/// (Delete), then waits until the autosave holds exactly that work.
fn edit_until_autosaved(h: &mut App, file: &Path) -> Workspace {
    let nodes = candidate(h).node_count();
    click_node(h, "payments-db");
    h.key_press(Key::F2);
    h.run();
    h.get_by_label("Rename node").type_text("ledger");
    h.run();
    h.key_press(Key::Enter);
    h.run();
    click_node(h, "Checkout service");
    h.key_press(Key::Delete);
    h.run();
    assert_eq!(candidate(h).node_count(), nodes - 1);
    node_named(h, "ledger");
    let work = h.state().document().workspace().clone();
    let autosave = file.with_file_name(".checkout.ron.autosave");
    for _ in 0..100 {
        if load_workspace(&autosave).is_ok_and(|w| w == work) {
            return work;
        }
        std::thread::sleep(Duration::from_millis(20));
        h.run_ok();
    }
    panic!("{} never held the edits", autosave.display());
}

/// Starts, edits until autosaved, and "kills" the window; returns the
/// edited work and the file's text, which the kill left as it was.
fn edit_and_kill(dir: &Path, file: &Path) -> (Workspace, String) {
    let saved = std::fs::read_to_string(file).unwrap();
    let mut h = start(dir, file);
    assert!(!h.state().offers_recovery(), "nothing to recover yet");
    let work = edit_until_autosaved(&mut h, file);
    drop(h); // the kill: no close, no save, no question
    assert_eq!(std::fs::read_to_string(file).unwrap(), saved);
    (work, saved)
}

/// The offer is shown, naming the file.
fn assert_offered(h: &App, file: &Path) {
    assert!(h.state().offers_recovery());
    assert!(h.query_by_label("Recover unsaved work?").is_some());
    assert!(
        h.query_by_label_contains("unsaved changes to checkout.ron.")
            .is_some(),
        "the offer names the file"
    );
    assert!(
        h.query_by_label(&file.display().to_string()).is_some(),
        "and says where it is"
    );
    assert!(
        h.query_by_label_contains("Last edited 20").is_some(),
        "and when it was last edited"
    );
}

#[test]
fn a_plain_start_offers_the_edits_of_the_last_opened_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = saved_file(dir.path());
    let (work, _) = edit_and_kill(dir.path(), &file);

    let mut settings = Settings::default();
    settings.remember(&file);
    let mut options = crate::support::options(dir.path());
    options.open = None;
    let mut next = harness_sized(options, settings, egui::vec2(1280.0, 800.0));
    assert_offered(&next, &file);
    next.get_by_label("Recover").click();
    next.run();
    assert_eq!(*next.state().document().workspace(), work);
    assert_eq!(next.state().document().path(), Some(file.as_path()));
    assert!(next.state().document().is_dirty());
}

#[test]
fn a_plain_start_says_nothing_when_the_file_is_newer() {
    let dir = tempfile::tempdir().unwrap();
    let file = saved_file(dir.path());
    let _ = edit_and_kill(dir.path(), &file);
    std::thread::sleep(Duration::from_millis(20));
    std::fs::write(&file, std::fs::read_to_string(&file).unwrap()).unwrap();

    let mut settings = Settings::default();
    settings.remember(&file);
    let next = harness_sized(
        crate::support::options(dir.path()),
        settings,
        egui::vec2(1280.0, 800.0),
    );
    assert!(!next.state().offers_recovery(), "the file was saved after");
}

#[test]
fn a_killed_window_offers_the_edits_of_a_saved_file_back() {
    let dir = tempfile::tempdir().unwrap();
    let file = saved_file(dir.path());
    let (work, _) = edit_and_kill(dir.path(), &file);

    let mut next = start(dir.path(), &file);
    assert_offered(&next, &file);
    next.get_by_label("Recover").click();
    next.run();
    assert!(!next.state().offers_recovery());
    assert_eq!(*next.state().document().workspace(), work);
    assert_eq!(node_named(&next, "ledger").label, "ledger");
    assert!(
        candidate(&next)
            .nodes()
            .all(|n| n.label != "Checkout service")
    );
    assert_eq!(next.state().document().path(), Some(file.as_path()));
    assert!(
        next.state().document().is_dirty(),
        "recovered work is not in the file yet"
    );
    assert!(next.state().document().title().starts_with('●'));

    ctrl(&mut next, Key::S);
    assert_eq!(load_workspace(&file).unwrap(), work, "Ctrl+S saves it");
    assert!(!dir.path().join(".checkout.ron.autosave").exists());
}

#[test]
fn declining_the_offer_keeps_the_saved_file_and_deletes_the_autosave() {
    let dir = tempfile::tempdir().unwrap();
    let file = saved_file(dir.path());
    let (work, saved) = edit_and_kill(dir.path(), &file);

    let mut next = start(dir.path(), &file);
    assert_offered(&next, &file);
    next.get_by_label("Discard").click();
    next.run();
    assert!(!next.state().offers_recovery());
    let on_disk = load_workspace(&file).unwrap();
    assert_eq!(*next.state().document().workspace(), on_disk);
    assert_ne!(on_disk, work);
    assert_eq!(node_named(&next, "payments-db").label, "payments-db");
    assert!(!next.state().document().is_dirty());
    assert!(!dir.path().join(".checkout.ron.autosave").exists());
    assert_eq!(std::fs::read_to_string(&file).unwrap(), saved);
    drop(next);

    let again = start(dir.path(), &file);
    assert!(!again.state().offers_recovery(), "declined work stays gone");
}
