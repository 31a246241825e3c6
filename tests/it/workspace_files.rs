//! Workspace files: round trips, migration, damaged files, atomic saves.

use plinth::storage::{atomic, autosave, load_workspace, save_workspace};
use plinth::workspace::file;

use crate::support::{example, small_workspace};

fn bad(name: &str) -> plinth::catalog::Problem {
    load_workspace(&crate::fixture(&format!("workspaces/{name}"))).unwrap_err()
}

#[test]
fn examples_load_and_round_trip_byte_for_byte() {
    for name in ["startup", "ai-support", "checkout"] {
        let ws = example(name);
        assert!(ws.candidates().len() >= 3, "{name}");
        let text = file::to_ron(&ws).unwrap();
        let again = file::from_str(name, &text).unwrap();
        assert_eq!(again, ws, "{name}");
        assert_eq!(
            file::to_ron(&again).unwrap(),
            text,
            "{name}: not deterministic"
        );
    }
}

#[test]
fn version_one_files_migrate() {
    let ws = load_workspace(&crate::fixture("workspaces/v1-startup.ron")).unwrap();
    assert_eq!(ws.context.team_size, 4);
    assert_eq!(ws.context.experience, plinth::context::Experience::Junior);
    assert_eq!(ws.context.complexity_budget, 9);
    let c = &ws.candidates()[0];
    let kinds: Vec<_> = c.edges().map(|e| e.kind).collect();
    assert_eq!(
        kinds,
        [
            plinth::design::EdgeKind::SyncCall,
            plinth::design::EdgeKind::AsyncMessage
        ]
    );
    assert!(ws.fresh_id() > 6);
    let text = file::to_ron(&ws).unwrap();
    assert!(text.contains("version: 2"));
}

#[test]
fn damaged_files_say_where_and_what() {
    let p = bad("bad-type.ron");
    assert_eq!(
        (p.location.map(|l| l.line), p.field.as_deref()),
        (Some(21), Some("context.team_size"))
    );
    assert_eq!(p.message, "expected a whole number");
    assert!(p.to_string().contains("bad-type.ron:21:"));

    let p = bad("bad-edge-kind.ron");
    assert!(
        p.message.contains("`telepathy`") && p.message.contains("`sync_call`"),
        "{p}"
    );
    assert!(
        p.field
            .as_deref()
            .unwrap()
            .starts_with("candidates[0].edges[0]"),
        "{p}"
    );

    let p = bad("truncated.ron");
    assert!(
        p.location.is_some() && p.message.contains("truncated")
            || p.message.contains("ends too early"),
        "{p}"
    );

    let p = bad("newer-version.ron");
    assert!(p.message.contains("newer Plinth (format 7)"), "{p}");

    let p = bad("dangling-edge.ron");
    assert!(
        p.message
            .contains("names node 999, which is not among this candidate's nodes"),
        "the id as the file writes it: {p}"
    );
    assert_eq!(p.field.as_deref(), Some("candidates[0].edges[2].to"));
    assert!(p.location.is_some(), "with line and column: {p}");

    let p = bad("impossible-team.ron");
    assert!(p.message.contains("team size must be between 1"), "{p}");

    let missing = load_workspace(std::path::Path::new("/no/such/workspace.ron")).unwrap_err();
    assert!(
        missing
            .to_string()
            .starts_with("/no/such/workspace.ron: cannot read")
    );
}

#[test]
fn unknown_fields_deep_inside_are_refused_not_dropped() {
    let path = crate::fixture("bad/workspace/unknown-node-field.ron");
    let p = load_workspace(&path).unwrap_err();
    assert_eq!(
        (p.location.map(|l| l.line), p.field.as_deref()),
        (Some(11), Some("candidates[0].nodes[1].colour"))
    );
    assert!(p.message.contains("unknown field `colour`"), "{p}");
    assert!(
        p.message.contains("`label`"),
        "the known fields are listed: {p}"
    );
}

#[test]
fn junk_never_panics() {
    for bytes in [
        &b""[..],
        b"\xff\xfe\x00",
        b"(version: 2",
        b"((((((((((",
        b"(version: 99999999999999999999)",
    ] {
        assert!(file::from_bytes("junk.ron", bytes).is_err());
    }
}

#[test]
fn atomic_save_keeps_a_backup_and_leaves_no_temporary_files() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("decision.ron");
    let first = small_workspace();
    save_workspace(&path, &first).unwrap();
    assert!(
        !atomic::backup_path(&path).exists(),
        "nothing to back up the first time"
    );
    let mut second = first.clone();
    second.decision.title = "Second".into();
    save_workspace(&path, &second).unwrap();
    assert_eq!(load_workspace(&path).unwrap(), second);
    assert_eq!(load_workspace(&atomic::backup_path(&path)).unwrap(), first);
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "only the file and its backup: {names:?}");
}

#[test]
fn saving_into_a_missing_folder_fails_cleanly() {
    let err = save_workspace(
        std::path::Path::new("/no/such/folder/x.ron"),
        &small_workspace(),
    )
    .unwrap_err();
    assert!(err.to_string().contains("/no/such/folder/x.ron"), "{err}");
}

#[test]
fn autosave_is_offered_back_until_discarded() {
    let dir = tempfile::tempdir().unwrap();
    let saved = dir.path().join("w.ron");
    save_workspace(&saved, &small_workspace()).unwrap();
    let recovery = autosave::recovery_path(Some(&saved), dir.path());
    assert!(autosave::pending_recovery(&recovery, Some(&saved)).is_none());
    let mut edited = small_workspace();
    edited.decision.title = "Unsaved edits".into();
    std::thread::sleep(std::time::Duration::from_millis(20));
    autosave::write_recovery(&recovery, &edited).unwrap();
    let recovered = autosave::pending_recovery(&recovery, Some(&saved))
        .unwrap()
        .unwrap();
    assert_eq!(recovered.decision.title, "Unsaved edits");
    autosave::discard_recovery(&recovery);
    assert!(autosave::pending_recovery(&recovery, Some(&saved)).is_none());
    let untitled = autosave::recovery_path(None, dir.path());
    assert!(untitled.starts_with(dir.path()));
}
