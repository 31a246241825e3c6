//! Doctor tests: one file per problem type in a temporary folder.

use std::fs;

use super::*;

const MADR_OK: &str = "---\nstatus: accepted\ndate: 2026-01-01\ndecision-makers: A\nconsulted: B\ninformed: C\n---\n\n# Good\n";

fn folder(files: &[(&str, &str)]) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    for (name, text) in files {
        fs::write(tmp.path().join(name), text).unwrap();
    }
    tmp
}

fn file_of<'r>(report: &'r DoctorReport, name: &str) -> &'r FileReport {
    report.files.iter().find(|f| f.name == name).unwrap()
}

fn problems_of<'r>(report: &'r DoctorReport, name: &str) -> &'r [AdrProblem] {
    &file_of(report, name).problems
}

#[test]
fn one_file_per_problem() {
    let tmp = folder(&[
        ("0001-good.md", MADR_OK),
        ("0002-a.md", MADR_OK),
        ("0002-b.md", MADR_OK),
        (
            "0003-no-status.md",
            "---\ndate: 2026-01-01\n---\n\n# No status\n",
        ),
        (
            "0004-no-date.md",
            "# 4. No date\n\n## Status\n\nAccepted\n\n## Context\n",
        ),
        (
            "0005-broken-link.md",
            "# 5. Old\n\nDate: 2026-01-01\n\n## Status\n\nSuperceded by [99. X](0099-x.md)\n",
        ),
        (
            "0006-missing-number.md",
            "---\nstatus: superseded by ADR-0042\ndate: 2026-01-01\n---\n\n# Old\n",
        ),
        (
            "0007-mismatch.md",
            "# 8. Wrong number\n\nDate: 2026-01-01\n\n## Status\n\nAccepted\n",
        ),
        (
            "0008-superseded-by-nothing.md",
            "# 8. Old\n\nDate: 2026-01-01\n\n## Status\n\nSuperseded\n",
        ),
        (
            "0009-good-link.md",
            "# 9. Old\n\nDate: 2026-01-01\n\n## Status\n\nSuperceded by [1. Good](0001-good.md)\n",
        ),
        ("0010-unknown.md", "Some notes.\n"),
        ("12-short.md", MADR_OK),
        ("README.md", "# Decisions\n"),
    ]);
    let report = doctor(tmp.path()).unwrap();
    let names: Vec<&str> = report.files.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names.len(), 12, "README.md is not an ADR: {names:?}");
    let both = vec!["0002-a.md".to_owned(), "0002-b.md".to_owned()];
    let cases: [(&str, Vec<AdrProblem>); 12] = [
        ("0001-good.md", vec![]),
        (
            "0002-a.md",
            vec![AdrProblem::DuplicateNumber {
                number: 2,
                files: both,
            }],
        ),
        ("0002-b.md", vec![]),
        ("0003-no-status.md", vec![]),
        ("0004-no-date.md", vec![AdrProblem::MissingDate]),
        (
            "0005-broken-link.md",
            vec![AdrProblem::SupersededByMissingFile("0099-x.md".to_owned())],
        ),
        (
            "0006-missing-number.md",
            vec![AdrProblem::SupersededByMissingNumber(42)],
        ),
        (
            "0007-mismatch.md",
            vec![AdrProblem::HeadingNumberMismatch {
                heading: 8,
                file: 7,
            }],
        ),
        (
            "0008-superseded-by-nothing.md",
            vec![AdrProblem::SupersededByNothing],
        ),
        ("0009-good-link.md", vec![]),
        (
            "0010-unknown.md",
            vec![AdrProblem::MissingStatus, AdrProblem::MissingDate],
        ),
        ("12-short.md", vec![AdrProblem::NameNotRead]),
    ];
    for (name, expected) in cases {
        assert_eq!(problems_of(&report, name), expected.as_slice(), "{name}");
    }
    assert!(!report.is_clean());
    assert_eq!(report.problem_count(), 9, "the duplicate counts once");
    assert_eq!(
        file_of(&report, "0003-no-status.md").notes,
        [AdrProblem::MissingStatus],
        "MADR makes the status optional"
    );
    assert_eq!(report.note_count(), 1);
}

#[test]
fn optional_fields_are_notes_by_dialect_and_problems_when_strict() {
    let tmp = folder(&[
        ("0001-madr.md", "---\nparent: Decisions\n---\n\n# M\n"),
        ("0002-bare-madr.md", "# B\n\n## Decision Outcome\n\nx\n"),
        ("0003-l.md", "# L\n\n- Status: accepted\n\n## Links\n"),
        (
            "0004-n.md",
            "# 4. N\n\n## Status\n\nAccepted\n\n## Context\n",
        ),
    ]);
    let report = doctor(tmp.path()).unwrap();
    let both = [AdrProblem::MissingStatus, AdrProblem::MissingDate];
    assert_eq!(file_of(&report, "0001-madr.md").notes, both);
    assert_eq!(file_of(&report, "0002-bare-madr.md").notes, both);
    assert_eq!(
        file_of(&report, "0003-l.md").notes,
        [AdrProblem::MissingDate]
    );
    assert_eq!(problems_of(&report, "0004-n.md"), [AdrProblem::MissingDate]);
    assert_eq!((report.problem_count(), report.note_count()), (1, 5));
    let strict = doctor_with(tmp.path(), true).unwrap();
    assert_eq!((strict.problem_count(), strict.note_count()), (6, 0));
}

#[test]
fn dialects_are_recognised() {
    let tmp = folder(&[
        ("0001-madr.md", MADR_OK),
        (
            "0002-l.md",
            "# L\n\n- Status: accepted\n- Date: 2026-01-01\n",
        ),
        (
            "0003-n.md",
            "# 3. N\n\nDate: 2026-01-01\n\n## Status\n\nAccepted\n",
        ),
        ("0004-u.md", "# U\n"),
        ("0005-m.md", "# M\n\n## Considered Options\n"),
    ]);
    let report = doctor(tmp.path()).unwrap();
    let dialects: Vec<Option<Dialect>> = report.files.iter().map(|f| f.dialect).collect();
    assert_eq!(
        dialects,
        [
            Some(Dialect::Madr),
            Some(Dialect::Log4brains),
            Some(Dialect::Nygard),
            None,
            Some(Dialect::Madr)
        ]
    );
}

#[test]
fn the_report_lists_problems_first_with_a_severity_then_dialects_and_a_summary() {
    let tmp = folder(&[
        ("0001-a.md", "---\nstatus: accepted\n---\n\n# A\n"),
        ("0001-b.md", "# 2. B\n\n## Status\n\nAccepted\n"),
    ]);
    let text = doctor(tmp.path()).unwrap().to_string();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[..6],
        [
            "0001-a.md: problem: number 1 is used by 2 files: 0001-a.md, 0001-b.md",
            "0001-b.md: problem: no date",
            "0001-b.md: problem: the heading says ADR 2 but the file name says 1",
            "0001-a.md: note: no date (optional in MADR)",
            "0001-a.md: dialect madr",
            "0001-b.md: dialect nygard",
        ],
        "{text}"
    );
    assert!(
        lines[6].ends_with(": 2 ADR files (1 madr, 1 nygard), 3 problems, 1 note"),
        "{text}"
    );
}

#[test]
fn a_clean_folder_is_clean_and_a_missing_one_is_an_error() {
    let tmp = folder(&[("0001-good.md", MADR_OK)]);
    let report = doctor(tmp.path()).unwrap();
    assert!(report.is_clean(), "{report}");
    assert!(doctor(&tmp.path().join("nope")).is_err());
}
