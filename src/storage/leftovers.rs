//! Clearing up after an interrupted save. A process killed in the middle of
//! [`super::atomic::save`] leaves `.NAME.saving-PID` (the new bytes, maybe
//! partial) or `NAME.bak-PID` (a backup being staged) beside the file, and
//! a killed autosave leaves `.NAME.autosave.tmp`. The file itself is always
//! whole; these are only clutter, removed on the next save or open once
//! their writer is gone.

use std::path::Path;
use std::time::{Duration, SystemTime};

/// A leftover whose writer cannot be checked is stale after this long.
const STALE_AFTER: Duration = Duration::from_secs(60 * 60);
/// The autosave's temporary file is stale after this long (it is written in
/// well under a second, and rewritten under the same name every time).
const AUTOSAVE_STALE_AFTER: Duration = Duration::from_secs(60);

/// Removes the leftovers of interrupted saves of `path` whose writer is
/// gone; returns the names removed. Errors are ignored: clutter that cannot
/// be removed does no harm.
pub fn remove_leftovers(path: &Path) -> Vec<String> {
    let (Some(folder), Some(name)) = (folder_of(path), path.file_name()) else {
        return Vec::new();
    };
    let name = name.to_string_lossy();
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut removed = Vec::new();
    for entry in entries.flatten() {
        let entry_name = entry.file_name().to_string_lossy().into_owned();
        if is_stale_leftover(&entry.path(), &entry_name, &name)
            && std::fs::remove_file(entry.path()).is_ok()
        {
            removed.push(entry_name);
        }
    }
    removed.sort();
    removed
}

fn folder_of(path: &Path) -> Option<&Path> {
    match path.parent() {
        Some(p) if p.as_os_str().is_empty() => Some(Path::new(".")),
        other => other,
    }
}

/// Whether `entry_name` (in the folder of the file `name`) is a leftover of
/// a save or autosave of that file that nobody is writing any more.
fn is_stale_leftover(entry: &Path, entry_name: &str, name: &str) -> bool {
    if entry_name == format!(".{name}.autosave.tmp") {
        return older_than(entry, AUTOSAVE_STALE_AFTER);
    }
    let pid = entry_name
        .strip_prefix(&format!(".{name}.saving-"))
        .or_else(|| entry_name.strip_prefix(&format!("{name}.bak-")))
        .and_then(|pid| pid.parse::<u32>().ok());
    match pid {
        Some(pid) if pid == std::process::id() => false,
        Some(pid) => writer_is_gone(pid, entry),
        None => false,
    }
}

/// Whether the process that wrote a leftover has ended. On Linux, when no
/// live process has that id; everywhere, when the file is over an hour old
/// (no save takes that long, and a reused process id must not keep clutter
/// forever).
fn writer_is_gone(pid: u32, entry: &Path) -> bool {
    (cfg!(target_os = "linux") && !could_be_writer(pid, entry)) || older_than(entry, STALE_AFTER)
}

/// Whether a running process `pid` may have written `entry`: one that
/// started after the file was last written got a reused process id.
fn could_be_writer(pid: u32, entry: &Path) -> bool {
    let written = std::fs::metadata(entry).and_then(|m| m.modified()).ok();
    process_is_running(pid)
        && match (process_start(pid), written) {
            (Some(started), Some(written)) => started <= written + START_SLACK,
            _ => true,
        }
}

/// How far a start time read from `/proc` (10 ms ticks) may be off.
const START_SLACK: Duration = Duration::from_millis(50);

/// When process `pid` started: its start in clock ticks after boot
/// (`/proc/PID/stat`, field 22; Linux gives user space 100 ticks a second)
/// added to the boot time (now minus `/proc/uptime`).
fn process_start(pid: u32) -> Option<SystemTime> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let after_name = stat.rsplit_once(')')?.1;
    let ticks: u64 = after_name.split_whitespace().nth(19)?.parse().ok()?;
    let uptime = std::fs::read_to_string("/proc/uptime").ok()?;
    let uptime: f64 = uptime.split_whitespace().next()?.parse().ok()?;
    let boot = SystemTime::now().checked_sub(Duration::try_from_secs_f64(uptime).ok()?)?;
    boot.checked_add(Duration::from_millis(ticks.saturating_mul(10)))
}

/// Whether `/proc` shows a running (not ended, not zombie) process `pid`.
/// Thread ids also appear under `/proc`, so the thread group must be `pid`.
fn process_is_running(pid: u32) -> bool {
    let Ok(status) = std::fs::read_to_string(format!("/proc/{pid}/status")) else {
        return false;
    };
    let field = |name: &str| {
        status
            .lines()
            .find_map(|line| line.strip_prefix(name))
            .map(str::trim)
            .unwrap_or_default()
            .to_owned()
    };
    field("Tgid:") == pid.to_string() && !field("State:").starts_with('Z')
}

fn older_than(entry: &Path, age: Duration) -> bool {
    std::fs::metadata(entry)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|at| SystemTime::now().duration_since(at).ok())
        .is_some_and(|elapsed| elapsed > age)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A process id that no Linux system hands out (above the largest
    /// `pid_max`, 2^22).
    const DEAD_PID: u32 = 4_999_999;

    fn touch(folder: &Path, name: &str) {
        std::fs::write(folder.join(name), b"partial").unwrap();
    }

    #[test]
    fn leftovers_of_ended_writers_go_and_everything_else_stays() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("plan.ron");
        touch(dir.path(), "plan.ron");
        touch(dir.path(), "plan.ron.bak");
        touch(dir.path(), &format!(".plan.ron.saving-{DEAD_PID}"));
        touch(dir.path(), &format!("plan.ron.bak-{DEAD_PID}"));
        touch(
            dir.path(),
            &format!(".plan.ron.saving-{}", std::process::id()),
        );
        touch(dir.path(), &format!(".other.ron.saving-{DEAD_PID}"));
        touch(dir.path(), ".plan.ron.saving-notapid");
        touch(dir.path(), ".plan.ron.autosave.tmp");

        let removed = remove_leftovers(&target);

        if cfg!(target_os = "linux") {
            let expected = [
                format!(".plan.ron.saving-{DEAD_PID}"),
                format!("plan.ron.bak-{DEAD_PID}"),
            ];
            assert_eq!(removed, expected);
        }
        for kept in [
            "plan.ron".to_owned(),
            "plan.ron.bak".to_owned(),
            format!(".plan.ron.saving-{}", std::process::id()),
            format!(".other.ron.saving-{DEAD_PID}"),
            ".plan.ron.saving-notapid".to_owned(),
            ".plan.ron.autosave.tmp".to_owned(),
        ] {
            assert!(dir.path().join(&kept).exists(), "{kept} was removed");
        }
    }

    #[test]
    #[cfg(target_os = "linux")]
    fn a_running_writer_keeps_its_file() {
        let dir = tempfile::tempdir().unwrap();
        touch(dir.path(), ".plan.ron.saving-1");
        assert!(remove_leftovers(&dir.path().join("plan.ron")).is_empty());
        assert!(dir.path().join(".plan.ron.saving-1").exists());
    }

    #[test]
    #[cfg(target_os = "linux")]
    fn a_thread_id_is_not_a_running_writer() {
        let (tx, rx) = std::sync::mpsc::channel::<()>();
        let worker = std::thread::spawn(move || rx.recv());
        let own = std::process::id();
        let thread_ids: Vec<u32> = std::fs::read_dir("/proc/self/task")
            .unwrap()
            .filter_map(|e| e.unwrap().file_name().to_str()?.parse().ok())
            .filter(|&tid| tid != own)
            .collect();
        assert!(!thread_ids.is_empty());
        assert!(process_is_running(own));
        for tid in thread_ids {
            assert!(!process_is_running(tid), "thread {tid} taken for a process");
        }
        tx.send(()).unwrap();
        worker.join().unwrap().unwrap();
    }

    #[test]
    #[cfg(target_os = "linux")]
    fn a_process_started_after_the_file_did_not_write_it() {
        let dir = tempfile::tempdir().unwrap();
        let mut child = std::process::Command::new("sleep")
            .arg("5")
            .spawn()
            .unwrap();
        let name = format!(".plan.ron.saving-{}", child.id());
        touch(dir.path(), &name);
        let before_the_child = SystemTime::now() - Duration::from_secs(60);
        std::fs::File::options()
            .write(true)
            .open(dir.path().join(&name))
            .unwrap()
            .set_modified(before_the_child)
            .unwrap();
        let started = process_start(child.id()).unwrap();
        let removed = remove_leftovers(&dir.path().join("plan.ron"));
        child.kill().unwrap();
        child.wait().unwrap();
        assert!(started > before_the_child, "{started:?}");
        assert_eq!(removed, [name], "a reused process id is not the writer");
    }

    #[test]
    fn an_old_autosave_temporary_goes() {
        let dir = tempfile::tempdir().unwrap();
        let temporary = dir.path().join(".plan.ron.autosave.tmp");
        touch(dir.path(), ".plan.ron.autosave.tmp");
        let old = SystemTime::now() - Duration::from_secs(3600);
        std::fs::File::options()
            .write(true)
            .open(&temporary)
            .unwrap()
            .set_modified(old)
            .unwrap();
        assert_eq!(
            remove_leftovers(&dir.path().join("plan.ron")),
            [".plan.ron.autosave.tmp"]
        );
    }
}
