//! Saves that cannot happen: a read-only folder, a full disk (a file-size
//! limit makes every write past 32 KB fail, as a full disk does), a folder
//! that is a file, and a file replaced on disk by another program while it
//! was open. Each gives a clear message, and nothing on disk is lost.

use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::Path;
use std::process::{Command, Stdio};

use plinth::storage::atomic::backup_path;
use plinth::storage::{load_workspace, save_workspace};
use plinth::workspace::Workspace;

use super::nothing_lost::{LOOP_VAR, version, version_of};
use super::support::small_workspace;
use super::test_files::file_names;

fn is_root() -> bool {
    std::fs::metadata("/proc/self").is_ok_and(|m| m.uid() == 0)
}

#[test]
fn a_read_only_folder_gives_a_clear_message_and_keeps_the_file() {
    if is_root() {
        // Permissions do not stop root; /proc refuses new files to anyone.
        let problem =
            save_workspace(Path::new("/proc/plinth-test.ron"), &small_workspace()).unwrap_err();
        assert!(problem.to_string().contains("read-only"), "{problem}");
        assert!(
            problem.to_string().starts_with("/proc/plinth-test.ron"),
            "{problem}"
        );
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("w.ron");
    save_workspace(&path, &version(1)).unwrap();
    let before = std::fs::read(&path).unwrap();
    std::fs::set_permissions(tmp.path(), std::fs::Permissions::from_mode(0o555)).unwrap();
    let result = save_workspace(&path, &version(2));
    std::fs::set_permissions(tmp.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let problem = result.unwrap_err();
    assert!(problem.to_string().contains("read-only"), "{problem}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert_eq!(file_names(tmp.path()), ["w.ron"]);
}

#[test]
fn a_full_disk_gives_a_clear_message_and_keeps_the_file() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("w.ron");
    save_workspace(&path, &version(1)).unwrap();
    save_workspace(&path, &version(2)).unwrap();
    let before = std::fs::read(&path).unwrap();
    let output = Command::new("sh")
        .args(["-c", "ulimit -f 64 && trap '' XFSZ && exec \"$0\" \"$@\""])
        .arg(std::env::current_exe().unwrap())
        .args(["--exact", "nothing_lost::child_save_loop", "--nocapture"])
        .env(LOOP_VAR, format!("once:3:{}", path.display()))
        .stderr(Stdio::null())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let failure = stdout
        .lines()
        .find(|l| l.starts_with("failed: "))
        .unwrap_or_else(|| {
            panic!("the save did not fail under a 32 KB file-size limit:\n{stdout}")
        });
    assert!(failure.contains("disk full"), "{failure}");
    assert!(failure.contains("w.ron"), "{failure}");
    assert_eq!(std::fs::read(&path).unwrap(), before, "the file changed");
    assert_eq!(version_of(&load_workspace(&backup_path(&path)).unwrap()), 1);
    assert_eq!(
        file_names(tmp.path()),
        ["w.ron", "w.ron.bak"],
        "a temporary file was left"
    );
}

#[test]
fn a_folder_that_is_a_file_gives_a_clear_message() {
    let tmp = tempfile::tempdir().unwrap();
    let blocker = tmp.path().join("plans");
    std::fs::write(&blocker, "not a folder").unwrap();
    let path = blocker.join("w.ron");
    let problem = save_workspace(&path, &small_workspace()).unwrap_err();
    assert!(problem.to_string().starts_with(&path.display().to_string()));
    assert!(problem.to_string().contains("cannot write"), "{problem}");
    assert_eq!(std::fs::read_to_string(&blocker).unwrap(), "not a folder");
}

#[test]
fn a_file_replaced_on_disk_while_open_is_kept_as_the_backup() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("w.ron");
    save_workspace(&path, &version(1)).unwrap();
    let mut open: Workspace = load_workspace(&path).unwrap();
    // Another program (a git checkout, a sync tool) replaces the file.
    let theirs = tmp.path().join("theirs.ron");
    save_workspace(&theirs, &version(2)).unwrap();
    std::fs::rename(&theirs, &path).unwrap();
    open.decision.title = "Save 3".to_owned();
    save_workspace(&path, &version(3)).unwrap();
    assert_eq!(version_of(&load_workspace(&path).unwrap()), 3);
    assert_eq!(version_of(&load_workspace(&backup_path(&path)).unwrap()), 2);
    assert_eq!(open.decision.title, "Save 3");
}
