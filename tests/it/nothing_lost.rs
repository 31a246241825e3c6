//! Nothing is lost: a process killed (SIGKILL) at random moments while it
//! saves or autosaves a 5,000-node workspace leaves a file that loads and
//! equals a complete version; the `.bak` always loads. The child process is
//! this test binary itself, started with `PLINTH_SAVE_LOOP` set so that the
//! `child_save_loop` test saves in a loop instead of returning at once.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use plinth::catalog::blocks::BlockKind;
use plinth::design::{Candidate, CandidateId, EdgeKind, Node, NodeId, Point};
use plinth::storage::atomic::backup_path;
use plinth::storage::autosave::{pending_recovery, write_recovery};
use plinth::storage::{load_workspace, save_workspace};
use plinth::workspace::Workspace;

use super::support::edge;

pub const LOOP_VAR: &str = "PLINTH_SAVE_LOOP";
const NODES: u64 = 5_000;
const KILLS: usize = 15;

/// Version `n` of the large workspace: its title and one label carry `n`.
pub fn version(n: u64) -> Workspace {
    let mut ws = Workspace::new(&format!("Save {n}"));
    let mut c = Candidate::new(CandidateId(1), "Large");
    for i in 0..NODES {
        let position = Point::new((i % 100) as f32 * 180.0, (i / 100) as f32 * 120.0);
        let label = if i == 0 {
            format!("v{n}")
        } else {
            format!("service {i}")
        };
        c.add_node(Node::block(
            NodeId(10 + i),
            BlockKind::Service,
            &label,
            position,
        ))
        .unwrap();
    }
    for i in 1..NODES {
        c.add_edge(edge(100_000 + i, 10 + i - 1, 10 + i, EdgeKind::SyncCall))
            .unwrap();
    }
    ws.push_candidate(c);
    ws
}

/// Which version a loaded workspace is; panics on anything else.
pub fn version_of(ws: &Workspace) -> u64 {
    let n: u64 = ws
        .decision
        .title
        .strip_prefix("Save ")
        .unwrap()
        .parse()
        .unwrap();
    assert!(*ws == version(n), "the file is not a complete version {n}");
    n
}

/// Saves (or autosaves) versions `start`, `start + 1`, ... forever,
/// printing each number once its save returned. Does nothing unless
/// started by the tests below.
#[test]
fn child_save_loop() {
    let Ok(spec) = std::env::var(LOOP_VAR) else {
        return;
    };
    let mut parts = spec.splitn(3, ':');
    let (mode, start, path) = (
        parts.next().unwrap(),
        parts.next().unwrap(),
        parts.next().unwrap(),
    );
    let path = PathBuf::from(path);
    let mut out = std::io::stdout();
    for n in start.parse::<u64>().unwrap().. {
        let ws = version(n);
        let saved = match mode {
            "autosave" => write_recovery(&path, &ws),
            _ => save_workspace(&path, &ws),
        };
        match saved {
            Ok(()) => writeln!(out, "saved {n}").unwrap(),
            Err(problem) => writeln!(out, "failed: {problem}").unwrap(),
        }
        if mode == "once" {
            return;
        }
    }
}

fn start_child(mode: &str, start: u64, path: &Path) -> Child {
    Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "nothing_lost::child_save_loop",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(LOOP_VAR, format!("{mode}:{start}:{}", path.display()))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

/// A pseudo-random delay below `limit_ms` (no `rand` dependency).
fn random_delay(round: usize, limit_ms: usize) -> Duration {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .subsec_nanos() as usize;
    let mixed = (nanos ^ round.wrapping_mul(2_654_435_761)) % limit_ms;
    Duration::from_millis(mixed as u64)
}

fn saved_number(line: &str) -> Option<u64> {
    line.strip_prefix("saved ").and_then(|n| n.parse().ok())
}

/// Kills the child at a random moment; returns the last version it
/// reported saved. In odd rounds the moment is any time after the start
/// (the first save may not have begun); in even rounds it falls after the
/// first save completed, so that later saves are interrupted too even on
/// a loaded machine.
fn kill_during_saves(mode: &str, start: u64, path: &Path, round: usize) -> Option<u64> {
    let mut child = start_child(mode, start, path);
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut last = None;
    if round.is_multiple_of(2) {
        last = lines
            .by_ref()
            .map_while(Result::ok)
            .find_map(|l| saved_number(&l));
        std::thread::sleep(random_delay(round, 300));
    } else {
        std::thread::sleep(random_delay(round, 500));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    lines
        .map_while(Result::ok)
        .filter_map(|l| saved_number(&l))
        .last()
        .or(last)
}

/// The version on disk after a round: the last reported save or the one
/// after it; with no reported save, what was there before or the first.
fn check_round(found: u64, done: Option<u64>, before: Option<u64>, start: u64, round: usize) {
    let ok = match done {
        Some(done) => found == done || found == done + 1,
        None => Some(found) == before || found == start,
    };
    assert!(
        ok,
        "round {round}: version {found} on disk, last saved {done:?}, before {before:?}"
    );
}

#[test]
fn a_save_killed_at_any_moment_leaves_a_complete_file_and_backup() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("large.ron");
    save_workspace(&path, &version(0)).unwrap();
    let mut before = Some(0);
    let mut saves_seen = 0;
    for round in 0..KILLS {
        let start = 1_000 * (round as u64 + 1);
        let done = kill_during_saves("save", start, &path, round);
        saves_seen += usize::from(done.is_some());
        let found = version_of(&load_workspace(&path).unwrap());
        check_round(found, done, before, start, round);
        before = Some(found);
        if backup_path(&path).exists() {
            let backup = version_of(&load_workspace(&backup_path(&path)).unwrap());
            assert!(
                backup <= found,
                "round {round}: backup {backup}, file {found}"
            );
        }
    }
    assert!(saves_seen > 0, "no save ever completed before a kill");
    save_workspace(&path, &version(1)).unwrap();
    let leftovers = interrupted_save_files(tmp.path());
    assert!(leftovers.is_empty(), "the next save left {leftovers:?}");
}

/// Temporary files of interrupted saves (`.NAME.saving-PID`, `NAME.bak-PID`).
fn interrupted_save_files(folder: &Path) -> Vec<String> {
    std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.contains(".saving-") || name.contains(".bak-"))
        .collect()
}

#[test]
fn an_autosave_killed_at_any_moment_is_complete_or_absent() {
    let tmp = tempfile::tempdir().unwrap();
    let recovery = tmp.path().join(".large.ron.autosave");
    let mut before = None;
    for round in 0..KILLS {
        let start = 1_000 * (round as u64 + 1);
        let done = kill_during_saves("autosave", start, &recovery, round);
        match pending_recovery(&recovery, None) {
            None => assert!(done.is_none() && before.is_none(), "round {round}"),
            Some(loaded) => {
                let found = version_of(&loaded.unwrap());
                check_round(found, done, before, start, round);
                before = Some(found);
            }
        }
    }
}
