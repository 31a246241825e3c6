//! `plinth adr doctor` on folders written in each tool's own style: well-kept
//! folders pass with notes for the fields their dialect makes optional, a
//! duplicate number fails, `--strict` turns notes into problems.

use std::path::Path;
use std::process::{Command, Output};

use plinth::export::adr::doctor::{AdrProblem, doctor_with};

fn plinth(args: &[&dyn AsRef<std::ffi::OsStr>]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_plinth"))
        .arg("--no-user-catalog")
        .args(args)
        .output()
        .unwrap()
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A copy of a fixture folder that a test may change.
pub fn copy_of(name: &str) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(crate::fixture("adr").join(name)).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, tmp.path().join(path.file_name().unwrap())).unwrap();
    }
    tmp
}

#[test]
fn well_kept_folders_of_every_style_pass() {
    for name in ["madr4", "nygard", "log4brains"] {
        let dir = crate::fixture("adr").join(name);
        let out = plinth(&[&"adr", &"doctor", &dir]);
        assert_eq!(out.status.code(), Some(0), "{name}:\n{}", stdout(&out));
        assert!(stdout(&out).contains(" 0 problems"), "{}", stdout(&out));
    }
}

#[test]
fn madr_4_records_without_status_or_date_are_notes() {
    let report = doctor_with(&crate::fixture("adr/madr4"), false).unwrap();
    assert!(report.is_clean(), "{report}");
    let noted: Vec<(&str, &AdrProblem)> = report
        .findings()
        .into_iter()
        .map(|(_, name, what)| (name, what))
        .collect();
    assert_eq!(
        noted,
        [
            ("0001-keep-one-deployable.md", &AdrProblem::MissingStatus),
            ("0002-postgresql-for-orders.md", &AdrProblem::MissingDate),
            (
                "0004-use-dashes-in-file-names.md",
                &AdrProblem::MissingStatus
            ),
            ("0004-use-dashes-in-file-names.md", &AdrProblem::MissingDate),
        ]
    );
    let text = report.to_string();
    assert!(
        text.starts_with("0001-keep-one-deployable.md: note: no status (optional in MADR)\n"),
        "{text}"
    );
}

#[test]
fn strict_turns_notes_into_problems() {
    let dir = crate::fixture("adr/madr4");
    let out = plinth(&[&"adr", &"doctor", &"--strict", &dir]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    assert!(
        stdout(&out).contains("0001-keep-one-deployable.md: problem: no status"),
        "{}",
        stdout(&out)
    );
    assert!(stdout(&out).contains(" 4 problems, 0 notes"));
}

#[test]
fn a_duplicate_number_fails_once_listed_first() {
    let tmp = copy_of("madr4");
    std::fs::copy(
        tmp.path().join("0000-record-decisions-in-madr.md"),
        tmp.path().join("0003-a-second-three.md"),
    )
    .unwrap();
    let out = plinth(&[&"adr", &"doctor", &tmp.path()]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    let text = stdout(&out);
    let first = text.lines().next().unwrap();
    assert_eq!(
        first,
        "0003-a-second-three.md: problem: number 3 is used by 2 files: 0003-a-second-three.md, 0003-managed-postgresql-for-orders.md"
    );
    assert_eq!(text.matches("is used by").count(), 1, "{text}");
    assert!(text.contains(" 1 problem, 4 notes"), "{text}");
}

#[test]
fn missing_fields_adr_tools_always_writes_are_problems() {
    for (name, problem) in [("missing-status", "no status"), ("missing-date", "no date")] {
        let dir = crate::fixture("bad/adr").join(name);
        let out = plinth(&[&"adr", &"doctor", &dir]);
        assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
        assert!(
            stdout(&out).contains(&format!("0001-no-{}.md: problem: {problem}\n", &name[8..])),
            "{}",
            stdout(&out)
        );
        assert!(stdout(&out).contains("dialect nygard"));
    }
}

#[test]
fn an_unreadable_file_is_a_problem_not_a_failure() {
    let tmp = copy_of("nygard");
    let dir: &Path = tmp.path();
    std::fs::create_dir(dir.join("0005-a-folder.md")).unwrap();
    let report = doctor_with(dir, false).unwrap();
    assert!(report.is_clean(), "a folder named like an ADR is skipped");
    std::fs::write(dir.join("0006-empty.md"), "").unwrap();
    let report = doctor_with(dir, false).unwrap();
    assert_eq!(report.problem_count(), 2, "{report}");
}
