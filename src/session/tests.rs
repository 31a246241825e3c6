//! The file flows without a window: each test plays the requests a user's
//! clicks send and checks the document, the flow and the effects.

use std::path::{Path, PathBuf};

use super::*;
use crate::storage::{load_workspace, save_workspace};
use crate::workspace::{examples, file};

fn catalog() -> Catalog {
    crate::catalog::CatalogLoader::embedded().load().catalog
}

fn example(name: &str) -> Workspace {
    file::from_str(name, examples::example_text(name).unwrap()).unwrap()
}

/// Opens `path` in `session`, checks that it opened, and returns the path
/// as the session names it.
fn open(session: &mut Session, path: &Path) -> PathBuf {
    let effects = session.apply(Request::Leave(Intent::Open(path.to_path_buf())), &catalog());
    let path = std::fs::canonicalize(path).unwrap();
    assert!(
        effects.contains(&Effect::Opened(path.clone())),
        "{effects:?}"
    );
    path
}

/// A session with `plan.ron` (the startup example) open and one unsaved edit.
fn opened_and_edited(dir: &Path) -> (Session, PathBuf) {
    let path = dir.join("plan.ron");
    save_workspace(&path, &example("startup")).unwrap();
    let mut session = Session::default();
    let path = open(&mut session, &path);
    edit(&mut session);
    (session, path)
}

fn edit(session: &mut Session) {
    let add = session.document().add_candidate_edit();
    session.document_mut().apply(add).unwrap();
    assert!(session.document().is_dirty());
}

fn asks_path(effects: &[Effect], question: PathQuestion) -> bool {
    effects
        .iter()
        .any(|e| matches!(e, Effect::AskPath(q, _) if *q == question))
}

#[test]
fn new_with_unsaved_changes_asks_and_dont_save_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, path) = opened_and_edited(dir.path());
    let effects = s.apply(Request::Leave(Intent::New), &catalog());
    assert!(effects.is_empty());
    assert_eq!(s.flow(), &Flow::Confirming(Intent::New));
    let effects = s.apply(Request::DontSave, &catalog());
    assert!(effects.contains(&Effect::DiscardAutosave(Some(path))));
    assert!(matches!(effects.last(), Some(Effect::Replaced(_))));
    assert_eq!(s.flow(), &Flow::Idle);
    assert!(s.document().path().is_none());
}

#[test]
fn keep_editing_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, path) = opened_and_edited(dir.path());
    s.apply(Request::Leave(Intent::New), &catalog());
    assert!(s.apply(Request::KeepEditing, &catalog()).is_empty());
    assert_eq!(s.flow(), &Flow::Idle);
    assert_eq!(s.document().path(), Some(path.as_path()));
    assert!(s.document().is_dirty());
}

#[test]
fn save_first_saves_then_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, path) = opened_and_edited(dir.path());
    let saved = s.document().workspace().clone();
    s.apply(Request::Leave(Intent::New), &catalog());
    let effects = s.apply(Request::SaveFirst, &catalog());
    assert!(effects.contains(&Effect::Saved(path.clone())));
    assert_eq!(load_workspace(&path).unwrap(), saved);
    assert!(s.document().path().is_none(), "then the new document");
}

#[test]
fn save_first_of_untitled_work_asks_a_path_and_a_cancel_drops_the_intent() {
    let mut s = Session::default();
    edit(&mut s);
    s.apply(Request::Leave(Intent::New), &catalog());
    let effects = s.apply(Request::SaveFirst, &catalog());
    assert!(asks_path(&effects, PathQuestion::SaveAs));
    assert_eq!(
        s.flow(),
        &Flow::AskingSavePath {
            then: Some(Intent::New)
        }
    );
    s.apply(Request::PathCancelled, &catalog());
    assert_eq!(s.flow(), &Flow::Idle);
    let dir = tempfile::tempdir().unwrap();
    let effects = s.apply(Request::SaveTo(dir.path().join("a.ron")), &catalog());
    assert!(
        !effects.iter().any(|e| matches!(e, Effect::Replaced(_))),
        "a later save does not run the cancelled intent"
    );
}

#[test]
fn save_as_then_close_closes_after_the_save() {
    let mut s = Session::default();
    edit(&mut s);
    let effects = s.apply(Request::CloseRequested, &catalog());
    assert_eq!(effects, vec![Effect::CancelClose]);
    s.apply(Request::SaveFirst, &catalog());
    let dir = tempfile::tempdir().unwrap();
    let effects = s.apply(Request::SaveTo(dir.path().join("a.ron")), &catalog());
    assert_eq!(effects.last(), Some(&Effect::Close));
    assert_eq!(s.flow(), &Flow::Closing);
    assert!(!s.document().is_dirty());
}

#[test]
fn a_file_changed_on_disk_asks_and_keep_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, path) = opened_and_edited(dir.path());
    let theirs = example("checkout");
    std::fs::write(&path, file::to_ron(&theirs).unwrap()).unwrap();
    s.apply(Request::Leave(Intent::New), &catalog());
    let effects = s.apply(Request::SaveFirst, &catalog());
    assert!(effects.is_empty());
    assert!(matches!(
        s.flow(),
        Flow::DiskConflict {
            then: Some(Intent::New),
            ..
        }
    ));
    s.apply(Request::KeepChangedFile, &catalog());
    assert_eq!(s.flow(), &Flow::Idle);
    assert_eq!(load_workspace(&path).unwrap(), theirs);
    assert_eq!(s.document().path(), Some(path.as_path()), "New did not run");
}

#[test]
fn overwrite_keeps_theirs_as_the_backup_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, path) = opened_and_edited(dir.path());
    let theirs = example("checkout");
    std::fs::write(&path, file::to_ron(&theirs).unwrap()).unwrap();
    s.apply(Request::Save, &catalog());
    let effects = s.apply(Request::OverwriteChangedFile, &catalog());
    let backup = crate::storage::atomic::backup_path(&path);
    assert_eq!(load_workspace(&backup).unwrap(), theirs);
    assert_eq!(&load_workspace(&path).unwrap(), s.document().workspace());
    let told = effects
        .iter()
        .any(|e| matches!(e, Effect::Notice(n) if n.text.contains(".bak")));
    assert!(told, "{effects:?}");
}

#[test]
fn save_changed_file_as_carries_the_intent_to_the_new_path() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, path) = opened_and_edited(dir.path());
    std::fs::write(&path, file::to_ron(&example("checkout")).unwrap()).unwrap();
    s.apply(Request::Leave(Intent::New), &catalog());
    s.apply(Request::SaveFirst, &catalog());
    let effects = s.apply(Request::SaveChangedFileAs, &catalog());
    assert!(asks_path(&effects, PathQuestion::SaveAs));
    let effects = s.apply(Request::SaveTo(dir.path().join("mine.ron")), &catalog());
    assert!(
        matches!(effects.last(), Some(Effect::Replaced(_))),
        "{effects:?}"
    );
}

#[test]
fn recovery_takes_the_autosaved_work_as_unsaved() {
    let mut s = Session::default();
    let serial = s.serial();
    s.offer_recovery(example("checkout"), None, None);
    let effects = s.apply(Request::Recover, &catalog());
    assert!(matches!(effects.as_slice(), [Effect::Replaced(_)]));
    assert_eq!(s.document().workspace(), &example("checkout"));
    assert!(s.document().is_dirty());
    assert_ne!(s.serial(), serial);
    assert_eq!(s.flow(), &Flow::Idle);
}

#[test]
fn discarding_recovery_deletes_the_autosave_and_keeps_the_document() {
    let mut s = Session::default();
    let path = PathBuf::from("/nowhere/plan.ron");
    s.offer_recovery(example("checkout"), Some(path.clone()), None);
    let effects = s.apply(Request::DiscardRecovery, &catalog());
    assert_eq!(effects, vec![Effect::DiscardAutosave(Some(path))]);
    assert!(!s.document().is_dirty());
}

#[test]
fn a_missing_file_is_a_notice_and_is_forgotten() {
    let mut s = Session::default();
    let path = PathBuf::from("/nowhere/gone.ron");
    let effects = s.apply(Request::Leave(Intent::Open(path.clone())), &catalog());
    assert!(matches!(&effects[0], Effect::Notice(n) if n.is_error));
    assert_eq!(effects[1], Effect::Forget(path));
    assert_eq!(s.serial(), 0, "the document stays");
}

#[test]
fn closing_a_clean_document_lets_the_window_close() {
    let mut s = Session::default();
    let effects = s.apply(Request::CloseRequested, &catalog());
    assert_eq!(effects, vec![Effect::DiscardAutosave(None)]);
    let mut s = Session::default();
    edit(&mut s);
    s.close_without_asking();
    assert!(s.apply(Request::CloseRequested, &catalog()).is_empty());
    let effects = s.apply(Request::Leave(Intent::New), &catalog());
    assert!(
        matches!(effects.as_slice(), [Effect::Replaced(_)]),
        "no question"
    );
}

#[test]
fn an_imported_flowchart_is_unsaved_work() {
    let dir = tempfile::tempdir().unwrap();
    let chart = dir.path().join("shop.mmd");
    std::fs::write(
        &chart,
        "flowchart LR\n  web --> api\n  api --> db[(Orders)]\n",
    )
    .unwrap();
    let mut s = Session::default();
    let effects = s.apply(Request::Leave(Intent::Import(chart)), &catalog());
    assert!(
        matches!(effects.last(), Some(Effect::Replaced(_))),
        "{effects:?}"
    );
    assert!(s.document().is_dirty());
    assert_eq!(s.document().workspace().candidates().len(), 1);
    let guesses = effects.iter().find_map(|e| match e {
        Effect::Notice(n) if n.text.contains("guesses about what the drawing means") => {
            Some(n.text.clone())
        }
        _ => None,
    });
    let guesses = guesses.unwrap_or_else(|| panic!("no note of the guesses: {effects:?}"));
    assert!(
        guesses.contains("line 3:") && guesses.contains("database"),
        "the cylinder's reading is not named with its line: {guesses}"
    );
}

/// The positions of the nodes an `AddNodes` edit adds.
fn added_positions(edit: &crate::workspace::Edit) -> Vec<crate::design::Point> {
    match edit {
        crate::workspace::Edit::AddNodes { nodes, .. } => {
            nodes.iter().map(|n| n.position).collect()
        }
        other => panic!("not an AddNodes edit: {other:?}"),
    }
}

#[test]
fn copied_nodes_paste_a_step_further_each_time_and_the_names_go_to_the_system() {
    let mut s = Session::new(Document::new(example("startup"), None, "startup"));
    let candidate = s.document().current().unwrap();
    let node = candidate.nodes().next().unwrap();
    let (id, at, label) = (node.id, node.position, node.label.clone());
    assert!(!s.can_paste());
    let effects = s.copy(&std::iter::once(id).collect());
    assert_eq!(effects, vec![Effect::CopyText(label)]);
    assert!(s.can_paste());
    let step = crate::design::Point::new(40.0, 40.0);
    for n in 1..=2 {
        let edit = s.paste_edit(step).unwrap();
        let expected = crate::design::Point::new(at.x + 40.0 * n as f32, at.y + 40.0 * n as f32);
        assert_eq!(added_positions(&edit), vec![expected]);
        s.document_mut().apply(edit).unwrap();
    }
}

#[test]
fn nothing_selected_copies_nothing() {
    let mut s = Session::new(Document::new(example("startup"), None, "startup"));
    assert!(s.copy(&std::collections::BTreeSet::new()).is_empty());
    assert!(!s.can_paste());
    assert!(
        s.paste_edit(crate::design::Point::new(40.0, 40.0))
            .is_none()
    );
}

#[test]
fn candidate_changes_stop_at_the_ends_of_the_list() {
    let mut s = Session::new(Document::new(example("startup"), None, "startup"));
    let count = s.document().workspace().candidates().len();
    assert!(count >= 2, "the startup example compares candidates");
    assert!(
        s.candidate_edit(CandidateChange::Move(-1)).is_none(),
        "first"
    );
    assert!(!s.show_neighbour(-1));
    let right = s.candidate_edit(CandidateChange::Move(1)).unwrap();
    s.document_mut().apply(right).unwrap();
    let ids: Vec<_> = s
        .document()
        .workspace()
        .candidates()
        .iter()
        .map(|c| c.id)
        .collect();
    assert_eq!(
        Some(ids[1]),
        s.document().current_id(),
        "moved one to the right"
    );
    while s.show_neighbour(1) {}
    assert_eq!(s.document().current_id(), ids.last().copied());
    assert!(s.candidate_edit(CandidateChange::Move(1)).is_none(), "last");
    let copy = s.candidate_edit(CandidateChange::Duplicate).unwrap();
    s.document_mut().apply(copy).unwrap();
    assert_eq!(s.document().workspace().candidates().len(), count + 1);
    let add = s.candidate_edit(CandidateChange::Add).unwrap();
    s.document_mut().apply(add).unwrap();
    assert_eq!(s.document().workspace().candidates().len(), count + 2);
}

#[test]
fn opening_a_workspace_with_an_unknown_pattern_id_says_where() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("typo.ron");
    let text =
        examples::example_text("startup")
            .unwrap()
            .replacen("\"monolith\"", "\"monolit\"", 1);
    std::fs::write(&path, text).unwrap();
    let mut session = Session::default();
    let effects = session.apply(Request::Leave(Intent::Open(path.clone())), &catalog());
    let notices: Vec<&Notice> = effects
        .iter()
        .filter_map(|e| match e {
            Effect::Notice(n) => Some(n),
            _ => None,
        })
        .collect();
    assert_eq!(notices.len(), 1, "{effects:?}");
    assert!(
        notices[0].text.contains("typo.ron:50:")
            && notices[0].text.contains("`monolit`")
            && notices[0].text.contains("did you mean `monolith`?"),
        "{}",
        notices[0].text
    );
}

#[test]
fn a_file_read_ahead_opens_as_read_with_its_geometry_until_the_first_change() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    save_workspace(&path, &example("checkout")).unwrap();
    let mut session = Session::default();
    session.expect_open(prefetch::Prefetch::start(&path));
    let path = open(&mut session, &path);
    assert_eq!(
        session.document().workspace(),
        &load_workspace(&path).unwrap()
    );
    let first = session.document().workspace().candidates()[0].clone();
    let ahead = session.document().geometry_ahead(first.id).cloned();
    assert_eq!(
        ahead.as_deref(),
        Some(&crate::geometry::Geometry::of(&first))
    );
    edit(&mut session);
    assert!(session.document().geometry_ahead(first.id).is_none());
}
