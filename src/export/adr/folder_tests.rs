//! Folder tests: numbering (empty, gaps, duplicates, log4brains dates),
//! never overwriting, and superseding in every dialect.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use super::folder::{
    AdrFolderError, NameNumber, name_number, scan_folder, write_adr, write_adr_as,
};
use super::read::read_meta;
use super::structure::{ranking, startup};
use super::{AdrSource, Dialect, doctor, render_adr};
use crate::catalog::Catalog;
use crate::scoring::Ranking;
use crate::workspace::{Status, Workspace};

const SLUG: &str = "architecture-for-the-first-year-of-the-shop";

struct Fixture {
    ws: Workspace,
    catalog: Catalog,
    ranking: Ranking,
}

impl Fixture {
    fn new() -> Self {
        let mut ws = startup();
        ws.decision.status = Status::Accepted;
        let catalog = Catalog::embedded();
        let ranking = ranking(&ws, &catalog, |_| Vec::new());
        Self {
            ws,
            catalog,
            ranking,
        }
    }

    fn source(&self) -> AdrSource<'_> {
        AdrSource {
            workspace: &self.ws,
            catalog: &self.catalog,
            ranking: &self.ranking,
            date: "2026-11-27",
            diagram: None,
            datum: crate::evaluate::DatumChoice::StatusQuo,
        }
    }
}

fn touch(dir: &Path, names: &[&str]) {
    for name in names {
        fs::write(dir.join(name), format!("# {name}\n")).unwrap();
    }
}

/// Every file of a folder with its bytes, to prove nothing changed.
fn contents(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .map(|p| (p.clone(), fs::read(&p).unwrap()))
        .collect()
}

#[test]
fn names_tell_numbers_from_log4brains_dates() {
    assert_eq!(name_number("0007-x.md"), NameNumber::Numbered(7));
    assert_eq!(name_number("12-x.MD"), NameNumber::Numbered(12));
    assert_eq!(name_number("20240115-x.md"), NameNumber::Unnumbered);
    assert_eq!(
        name_number("20241315-x.md"),
        NameNumber::Numbered(20_241_315)
    );
    assert_eq!(name_number("99999999999-x.md"), NameNumber::Unnumbered);
    assert_eq!(name_number("README.md"), NameNumber::NotAdr);
    assert_eq!(name_number("0001-x.txt"), NameNumber::NotAdr);
}

#[test]
fn an_empty_or_missing_folder_starts_at_one() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("docs/decisions");
    assert_eq!(scan_folder(&dir).unwrap().next_number, 1);
    let f = Fixture::new();
    let written = write_adr(&dir, &f.source(), Dialect::Madr, None).unwrap();
    assert_eq!(written.number, 1);
    assert_eq!(written.path, dir.join(format!("0001-{SLUG}.md")));
    let expected = render_adr(&f.source().numbered(1, None), Dialect::Madr);
    assert_eq!(fs::read_to_string(&written.path).unwrap(), expected);
}

#[test]
fn gaps_are_not_filled() {
    let tmp = tempfile::tempdir().unwrap();
    touch(
        tmp.path(),
        &[
            "0001-a.md",
            "0002-b.md",
            "0005-c.md",
            "README.md",
            "20240115-dated.md",
        ],
    );
    let scan = scan_folder(tmp.path()).unwrap();
    assert_eq!(scan.next_number, 6);
    assert_eq!(scan.adrs.len(), 4);
    assert_eq!(scan.adrs[3].number, None);
    assert_eq!(scan.adrs[3].title, "20240115-dated.md");
    let f = Fixture::new();
    let written = write_adr(tmp.path(), &f.source(), Dialect::Nygard, None).unwrap();
    assert_eq!(written.path, tmp.path().join(format!("0006-{SLUG}.md")));
    assert!(
        fs::read_to_string(&written.path)
            .unwrap()
            .starts_with("# 6. Architecture")
    );
}

#[test]
fn duplicates_are_reported_and_numbering_goes_on() {
    let tmp = tempfile::tempdir().unwrap();
    touch(tmp.path(), &["0001-a.md", "0002-b.md", "0002-c.md"]);
    let scan = scan_folder(tmp.path()).unwrap();
    let expected = vec![(
        2,
        vec![tmp.path().join("0002-b.md"), tmp.path().join("0002-c.md")],
    )];
    assert_eq!(scan.duplicates, expected);
    assert_eq!(scan.next_number, 3);
    let f = Fixture::new();
    let written = write_adr(tmp.path(), &f.source(), Dialect::Madr, None).unwrap();
    assert_eq!((written.number, written.duplicates), (3, expected));
    let superseding = write_adr(tmp.path(), &f.source(), Dialect::Madr, Some(2));
    assert!(
        matches!(
            superseding,
            Err(AdrFolderError::AmbiguousAdr { number: 2, .. })
        ),
        "{superseding:?}"
    );
}

#[test]
fn nothing_is_ever_overwritten() {
    let tmp = tempfile::tempdir().unwrap();
    let f = Fixture::new();
    write_adr(tmp.path(), &f.source(), Dialect::Madr, None).unwrap();
    // Something already named like the next ADR (here a folder, which the scan skips).
    fs::create_dir(tmp.path().join(format!("0002-{SLUG}.md"))).unwrap();
    let before = contents(tmp.path());
    let result = write_adr(tmp.path(), &f.source(), Dialect::Madr, Some(1));
    assert!(
        matches!(result, Err(AdrFolderError::WouldOverwrite(_))),
        "{result:?}"
    );
    assert_eq!(contents(tmp.path()), before);
    let taken = write_adr_as(tmp.path(), &f.source(), Dialect::Madr, 1, None);
    assert!(
        matches!(taken, Err(AdrFolderError::NumberTaken { number: 1, .. })),
        "{taken:?}"
    );
    assert_eq!(contents(tmp.path()), before);
}

#[test]
fn superseding_a_missing_or_unreadable_adr_changes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    fs::write(tmp.path().join("0001-notes.md"), "Just notes.\n").unwrap();
    let before = contents(tmp.path());
    let f = Fixture::new();
    let missing = write_adr(tmp.path(), &f.source(), Dialect::Madr, Some(9));
    assert!(
        matches!(missing, Err(AdrFolderError::NoSuchAdr { number: 9, .. })),
        "{missing:?}"
    );
    let unreadable = write_adr(tmp.path(), &f.source(), Dialect::Madr, Some(1));
    assert!(
        matches!(unreadable, Err(AdrFolderError::CannotSupersede { .. })),
        "{unreadable:?}"
    );
    assert_eq!(contents(tmp.path()), before);
}

/// Writes ADR 1, then ADR 2 superseding it, in one dialect; returns both texts.
fn supersede_in(dialect: Dialect) -> (String, String) {
    let tmp = tempfile::tempdir().unwrap();
    let f = Fixture::new();
    let first = write_adr(tmp.path(), &f.source(), dialect, None).unwrap();
    let second = write_adr(tmp.path(), &f.source(), dialect, Some(1)).unwrap();
    assert_eq!(second.number, 2);
    assert_eq!(second.superseded.as_deref(), Some(first.path.as_path()));
    let report = doctor(tmp.path()).unwrap();
    assert!(report.is_clean(), "{report}");
    let old = fs::read_to_string(&first.path).unwrap();
    let new = fs::read_to_string(&second.path).unwrap();
    (old, new)
}

#[test]
fn superseding_madr_rewrites_the_front_matter() {
    let (old, new) = supersede_in(Dialect::Madr);
    assert_eq!(
        read_meta(&old).status.as_deref(),
        Some("superseded by ADR-0002")
    );
    assert!(old.starts_with("---\nstatus: superseded by ADR-0002\ndate: 2026-11-27\n"));
    assert_eq!(read_meta(&new).status.as_deref(), Some("accepted"));
    let back = format!(
        "Supersedes [ADR-0001: Architecture for the first year of the shop](0001-{SLUG}.md)."
    );
    assert!(new.contains(&back), "{new}");
}

#[test]
fn superseding_log4brains_rewrites_the_status_item() {
    let (old, new) = supersede_in(Dialect::Log4brains);
    let status =
        format!("superseded by [Architecture for the first year of the shop](0002-{SLUG}.md)");
    assert_eq!(read_meta(&old).status.as_deref(), Some(status.as_str()));
    assert!(old.contains(&format!("\n- Status: {status}\n- Date: 2026-11-27\n")));
    let back = format!(
        "## Links\n\n- Supersedes [Architecture for the first year of the shop](0001-{SLUG}.md)\n"
    );
    assert!(new.contains(&back), "{new}");
}

#[test]
fn superseding_nygard_rewrites_the_status_section() {
    let (old, new) = supersede_in(Dialect::Nygard);
    let status = format!(
        "## Status\n\nSuperceded by [2. Architecture for the first year of the shop](0002-{SLUG}.md)\n\n## Context"
    );
    assert!(old.contains(&status), "{old}");
    assert!(!old.contains("Accepted"));
    let back = format!(
        "## Status\n\nAccepted\n\nSupercedes [1. Architecture for the first year of the shop](0001-{SLUG}.md)\n\n## Context"
    );
    assert!(new.contains(&back), "{new}");
}

#[test]
fn the_old_adr_keeps_its_own_dialect() {
    let tmp = tempfile::tempdir().unwrap();
    let f = Fixture::new();
    let first = write_adr(tmp.path(), &f.source(), Dialect::Nygard, None).unwrap();
    write_adr(tmp.path(), &f.source(), Dialect::Madr, Some(1)).unwrap();
    let old = fs::read_to_string(&first.path).unwrap();
    assert!(
        old.contains(&format!(
            "\n\nSuperceded by [2. Architecture for the first year of the shop](0002-{SLUG}.md)\n\n"
        )),
        "{old}"
    );
    assert!(!old.contains("status: "));
    assert!(doctor(tmp.path()).unwrap().is_clean());
}
