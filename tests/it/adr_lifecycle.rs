//! `plinth adr status` and `plinth adr index` on folders written in each
//! tool's style: the record's status moves in its own dialect with every
//! other line kept, superseding links both records, and the index is a
//! table that `--write` keeps between markers, idempotently.

use std::path::Path;
use std::process::{Command, Output};

use crate::adr_doctor::copy_of;

fn plinth(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_plinth"))
        .current_dir(dir)
        .arg("--no-user-catalog")
        .args(args)
        .output()
        .unwrap()
}

fn ok(out: &Output) -> String {
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

fn read(dir: &Path, file: &str) -> String {
    std::fs::read_to_string(dir.join(file)).unwrap()
}

/// The lines of `before` that `after` no longer has.
fn removed<'a>(before: &'a str, after: &str) -> Vec<&'a str> {
    let kept: Vec<&str> = after.lines().collect();
    before.lines().filter(|l| !kept.contains(l)).collect()
}

/// Changes a status with the CLI and checks that only status and date lines went.
fn change(name: &str, file: &str, args: &[&str]) -> (tempfile::TempDir, String) {
    let tmp = copy_of(name);
    let before = read(tmp.path(), file);
    let mut all = vec!["adr", "status", "."];
    all.extend_from_slice(args);
    ok(&plinth(tmp.path(), &all));
    let after = read(tmp.path(), file);
    for line in removed(&before, &after) {
        let lower = line.to_ascii_lowercase();
        assert!(
            lower.contains("status")
                || lower.contains("date")
                || ["proposed", "accepted"].contains(&lower.trim()),
            "{name}/{file}: `{line}` was lost\n{after}"
        );
    }
    (tmp, after)
}

#[test]
fn accepting_a_record_in_each_dialect() {
    for (name, file) in [
        ("madr4", "0003-managed-postgresql-for-orders.md"),
        ("nygard", "0004-retry-payments-with-a-key.md"),
        ("log4brains", "0004-publish-events-for-stock.md"),
    ] {
        let number = &file[..4];
        let (_tmp, after) = change(name, file, &[number, "accepted", "--date", "2026-06-01"]);
        insta::assert_snapshot!(format!("status-accepted-{name}"), after);
    }
}

#[test]
fn a_madr_record_without_front_matter_gets_one() {
    let (_tmp, after) = change(
        "madr4",
        "0004-use-dashes-in-file-names.md",
        &["4", "accepted"],
    );
    assert!(after.starts_with("---\nstatus: accepted\n---\n\n# Use dashes in file names\n"));
}

#[test]
fn superseding_links_both_records_in_each_dialect() {
    for (name, old, new) in [
        (
            "madr4",
            "0000-record-decisions-in-madr.md",
            "0003-managed-postgresql-for-orders.md",
        ),
        (
            "nygard",
            "0001-record-architecture-decisions.md",
            "0004-retry-payments-with-a-key.md",
        ),
        (
            "log4brains",
            "0001-use-log4brains-for-decisions.md",
            "0004-publish-events-for-stock.md",
        ),
    ] {
        let (tmp, after) = change(name, old, &[&old[..4], "superseded", "--by", &new[..4]]);
        let successor = read(tmp.path(), new);
        insta::assert_snapshot!(format!("superseded-{name}"), after);
        insta::assert_snapshot!(format!("superseding-{name}"), successor);
        ok(&plinth(
            tmp.path(),
            &[
                "adr",
                "status",
                ".",
                &old[..4],
                "superseded",
                "--by",
                &new[..4],
            ],
        ));
        assert_eq!(
            read(tmp.path(), new),
            successor,
            "{name}: the link back is written once"
        );
        let doctor = plinth(tmp.path(), &["adr", "doctor", "."]);
        assert_eq!(doctor.status.code(), Some(0), "{name}: {}", ok(&doctor));
    }
}

#[test]
fn wrong_status_changes_are_refused_and_change_nothing() {
    let tmp = copy_of("nygard");
    let before = read(tmp.path(), "0002-use-a-message-queue.md");
    for args in [
        &["2", "superseded"][..],
        &["2", "accepted", "--by", "3"],
        &["2", "done"],
        &["9", "accepted"],
        &["2", "superseded", "--by", "2"],
        &["2", "accepted", "--date", "01/02/2026"],
    ] {
        let mut all = vec!["adr", "status", "."];
        all.extend_from_slice(args);
        let out = plinth(tmp.path(), &all);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).starts_with("error: "));
    }
    assert_eq!(read(tmp.path(), "0002-use-a-message-queue.md"), before);
}

#[test]
fn the_index_of_each_dialect() {
    for name in ["madr4", "nygard", "log4brains"] {
        let dir = crate::fixture("adr").join(name);
        let table = ok(&plinth(&dir, &["adr", "index", "."]));
        insta::assert_snapshot!(format!("index-{name}"), table);
    }
}

#[test]
fn the_index_is_kept_between_markers_idempotently() {
    let tmp = copy_of("madr4");
    let out = ok(&plinth(
        tmp.path(),
        &["adr", "index", ".", "--write", "README.md"],
    ));
    assert!(out.starts_with("updated the index in README.md"), "{out}");
    let once = read(tmp.path(), "README.md");
    insta::assert_snapshot!("index-readme-madr4", once);
    let out = ok(&plinth(
        tmp.path(),
        &["adr", "index", ".", "--write", "README.md"],
    ));
    assert!(out.starts_with("the index is up to date"), "{out}");
    assert_eq!(read(tmp.path(), "README.md"), once);
    std::fs::create_dir(tmp.path().join("docs")).unwrap();
    std::fs::write(tmp.path().join("docs/index.md"), "# All decisions\n").unwrap();
    let out = ok(&plinth(
        tmp.path(),
        &["adr", "index", ".", "--write", "docs/index.md"],
    ));
    assert!(out.starts_with("added the index to"), "{out}");
    let index = read(tmp.path(), "docs/index.md");
    assert!(
        index.contains("[Record decisions in MADR](../0000-record-decisions-in-madr.md)"),
        "{index}"
    );
    let missing = plinth(tmp.path(), &["adr", "index", ".", "--write", "nope.md"]);
    assert_eq!(missing.status.code(), Some(1));
}
