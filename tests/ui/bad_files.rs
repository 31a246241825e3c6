//! Damaged inputs through the window: every entry of `tests/fixtures/bad/`
//! goes in the way a user would give it (Open, Import mermaid, Add catalog
//! folder, the export dialog's ADR folder). The window shows an error that
//! names the file, and its line as the library reports it; the workspace
//! open before is still there; and the window keeps working (a click, a key
//! and undo). The window has no Layra reader: a Layra catalog reaches it
//! only as the pattern files `plinth catalog import` writes.
//! 50 MB inputs (see `tests/it/big_inputs.rs`) are generated at test time.

use std::path::{Path, PathBuf};

use egui::Key;
use egui_kittest::kittest::Queryable;
use plinth::catalog::layra::{import_layra, write_patterns};
use plinth::catalog::{Catalog, CatalogLoader};
use plinth::export::adr::doctor;
use plinth::export::adr::doctor::AdrProblem;
use plinth::import::mermaid::import_mermaid;
use plinth::storage::load_workspace;
use plinth::workspace::Workspace;

use crate::support::{
    App, answer_prompt, ctrl, menu, notice_texts, set_field, still_works, with_example,
};
use crate::test_files::write_50_mb;

/// The entries of `tests/fixtures/bad/<kind>/`, sorted, as full paths.
fn bad(kind: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir.join(kind))
        .unwrap()
        .map(|e| e.unwrap().path().canonicalize().unwrap())
        .collect();
    paths.sort();
    paths
}

fn name_of(path: &Path) -> String {
    path.file_name().unwrap().to_string_lossy().into_owned()
}

/// The workspace is the one open before, still without a file.
fn assert_unchanged(h: &App, before: &Workspace, what: &str) {
    assert!(
        *h.state().document().workspace() == *before,
        "{what}: the open workspace changed"
    );
    assert_eq!(h.state().document().path(), None, "{what}");
    assert!(!h.state().document().is_dirty(), "{what}");
}

/// A message contains `expected`, and the window shows it.
fn assert_shown(h: &App, expected: &str, what: &str) {
    let notices = notice_texts(h);
    assert!(
        notices.iter().any(|n| n.contains(expected)),
        "{what}: no message contains `{expected}`: {notices:?}"
    );
    assert!(
        h.query_by_label_contains(expected).is_some(),
        "{what}: `{expected}` is not shown in the window"
    );
}

/// Opens `path` as a user does: Ctrl+O and the path typed into the prompt.
fn open(h: &mut App, path: &Path) {
    ctrl(h, Key::O);
    answer_prompt(h, path);
}

fn check_workspace(h: &mut App, path: &Path, before: &Workspace) {
    let what = format!("workspace {}", name_of(path));
    open(h, path);
    let problem = load_workspace(path).unwrap_err();
    assert_shown(h, &problem.to_string(), &what);
    if let Some(at) = problem.location {
        let line = format!("{}:{}:{}", name_of(path), at.line, at.column);
        assert_shown(h, &line, &what);
    }
    assert_unchanged(h, before, &what);
    still_works(h, &what);
}

#[test]
fn every_damaged_workspace_is_refused_by_the_window_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "checkout");
    let before = h.state().document().workspace().clone();
    let paths = bad("workspace");
    assert!(paths.len() >= 20);
    for path in paths {
        check_workspace(&mut h, &path, &before);
    }
}

/// Imports `path` as a user does: File > Import mermaid… and the prompt.
fn import(h: &mut App, path: &Path) {
    menu(h, "File", "Import mermaid…");
    answer_prompt(h, path);
}

fn check_mermaid(h: &mut App, path: &Path, before: &Workspace) {
    let what = format!("flowchart {}", name_of(path));
    import(h, path);
    assert_shown(h, &name_of(path), &what);
    match String::from_utf8(std::fs::read(path).unwrap()) {
        Ok(text) => {
            let error = import_mermaid(&text, "bad", &Catalog::embedded(), 1).unwrap_err();
            assert_shown(h, &error.to_string(), &what);
            assert_shown(h, &format!("line {}:", error.line()), &what);
        }
        Err(e) => {
            let valid = &std::fs::read(path).unwrap()[..e.utf8_error().valid_up_to()];
            let line = 1 + valid.iter().filter(|&&b| b == b'\n').count();
            let at = format!("{}:{line}:", path.display());
            assert_shown(h, &at, &what);
            assert_shown(h, "the file is not valid UTF-8 text", &what);
        }
    }
    assert_unchanged(h, before, &what);
    still_works(h, &what);
}

#[test]
fn every_damaged_flowchart_is_refused_by_the_window_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "checkout");
    let before = h.state().document().workspace().clone();
    let paths = bad("mermaid");
    assert!(paths.len() >= 8);
    for path in paths {
        check_mermaid(&mut h, &path, &before);
    }
}

/// Adds `dir` as a user does: File > Add catalog folder… and the prompt;
/// every problem the catalog loader finds there is shown as the library
/// words it, and the open workspace stays.
fn check_catalog_folder(h: &mut App, dir: &Path, named: &str, what: &str) {
    let before = h.state().document().workspace().clone();
    menu(h, "File", "Add catalog folder…");
    answer_prompt(h, dir);
    let outcome = CatalogLoader::embedded().with_folder(dir).load();
    assert!(!outcome.problems.is_empty(), "{what}: no problem found");
    for problem in &outcome.problems {
        let text = problem.to_string();
        assert!(text.contains(named), "{what}: {text}");
        assert_shown(h, &format!("Catalog: {text}"), what);
    }
    assert_eq!(
        h.state().catalog().len(),
        outcome.catalog.len(),
        "{what}: the catalog the window loaded"
    );
    assert_unchanged(h, &before, what);
    still_works(h, what);
}

#[test]
fn every_damaged_pattern_file_is_refused_by_the_window_with_its_line() {
    let paths = bad("pattern");
    assert!(paths.len() >= 15);
    for path in paths {
        // A fresh window each time: the window keeps every folder it was
        // given and reports its problems again on each load.
        let tmp = tempfile::tempdir().unwrap();
        let mut h = with_example(tmp.path(), "checkout");
        let (dir, named) = if path.is_dir() {
            (path.clone(), path.display().to_string())
        } else {
            let dir = tmp.path().join("patterns");
            std::fs::create_dir(&dir).unwrap();
            std::fs::copy(&path, dir.join(name_of(&path))).unwrap();
            (dir, name_of(&path))
        };
        check_catalog_folder(&mut h, &dir, &named, &format!("pattern {named}"));
    }
}

/// Writes what the Layra importer reads in `path` into `out`, as `plinth
/// catalog import` does; `false` when it reads no entry, so nothing could
/// reach the window (`tests/it/bad_inputs.rs` checks the CLI refuses it).
fn imported_layra(path: &Path, out: &Path) -> bool {
    let name = path.display().to_string();
    let Ok(text) = String::from_utf8(std::fs::read(path).unwrap()) else {
        return false;
    };
    let imported = import_layra(&name, &text);
    if imported.patterns.is_empty() {
        return false;
    }
    write_patterns(out, &imported.patterns, false).unwrap();
    true
}

#[test]
fn damaged_layra_catalogs_reach_the_window_only_as_imported_pattern_files() {
    let (mut through_window, mut refused) = (0, 0);
    for path in bad("layra") {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("imported");
        if !imported_layra(&path, &out) {
            refused += 1;
            continue;
        }
        let mut h = with_example(tmp.path(), "checkout");
        let what = format!("layra {}", name_of(&path));
        check_catalog_folder(&mut h, &out, &out.display().to_string(), &what);
        through_window += 1;
    }
    assert!(
        through_window >= 2,
        "{through_window} went through the window"
    );
    assert!(refused >= 6, "{refused} refused by the importer");
}

/// The lines the export dialog lists for the doctor's report of `dir`.
fn doctor_lines(dir: &Path) -> Vec<String> {
    let report = doctor(dir).unwrap();
    assert!(!report.is_clean(), "{}", dir.display());
    report
        .files
        .iter()
        .flat_map(|f| {
            f.problems.iter().map(move |p| match p {
                AdrProblem::DuplicateNumber { .. } => {
                    format!("• {}", plinth::ui::sentence_case(&p.to_string()))
                }
                _ => format!("• {}: {p}", f.name),
            })
        })
        .collect()
}

fn check_adr_folder(h: &mut App, dir: &Path, before: &Workspace) {
    let what = format!("ADR folder {}", name_of(dir));
    ctrl(h, Key::E);
    assert!(h.state().is_exporting(), "{what}");
    set_field(h, "ADR folder", &dir.display().to_string());
    assert!(
        h.query_by_label_contains("the doctor found").is_some(),
        "{what}: the dialog does not report the doctor's findings"
    );
    for line in doctor_lines(dir) {
        assert!(
            h.query_by_label(&line).is_some(),
            "{what}: `{line}` is not shown"
        );
    }
    h.get_by_label("Close window").click();
    h.run();
    assert!(!h.state().is_exporting(), "{what}: the dialog stays open");
    assert_unchanged(h, before, &what);
    still_works(h, &what);
}

#[test]
fn every_damaged_adr_folder_is_reported_by_the_export_dialog() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "checkout");
    let before = h.state().document().workspace().clone();
    let dirs = bad("adr");
    assert!(dirs.len() >= 10);
    for adr_dir in dirs {
        check_adr_folder(&mut h, &adr_dir, &before);
    }
}

#[test]
fn a_50_mb_workspace_is_refused_by_the_window_with_its_line() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("huge.ron");
    let head = "(version: 2,\n decision: (title: \"big\", problem: \"";
    write_50_mb(&path, head, &format!("{}\n", "x".repeat(79)));
    let path = path.canonicalize().unwrap();
    let mut h = with_example(tmp.path(), "checkout");
    let before = h.state().document().workspace().clone();
    open(&mut h, &path);
    assert_shown(&h, "huge.ron:2:", "50 MB workspace");
    assert_shown(&h, "not closed", "50 MB workspace");
    assert_unchanged(&h, &before, "50 MB workspace");
    still_works(&mut h, "50 MB workspace");
}

#[test]
fn a_50_mb_flowchart_is_refused_by_the_window_with_its_line() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("huge.mmd");
    let line = "  a[\"Service\"] --> b[(\"Database\")]\n";
    write_50_mb(&path, "flowchart LR\n", line);
    let mut h = with_example(tmp.path(), "checkout");
    let before = h.state().document().workspace().clone();
    import(&mut h, &path);
    assert_shown(&h, "huge.mmd", "50 MB flowchart");
    assert_shown(&h, "at most", "50 MB flowchart");
    assert!(
        notice_texts(&h).iter().any(|n| n.contains(": line ")),
        "{:?}",
        notice_texts(&h)
    );
    assert_unchanged(&h, &before, "50 MB flowchart");
    still_works(&mut h, "50 MB flowchart");
}

#[test]
fn a_50_mb_pattern_file_is_refused_by_the_window_before_it_is_read() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("patterns");
    std::fs::create_dir(&dir).unwrap();
    write_50_mb(
        &dir.join("huge.ron"),
        "(id: \"huge\", summary: \"",
        "words words words\n",
    );
    let mut h = with_example(tmp.path(), "checkout");
    check_catalog_folder(&mut h, &dir, "huge.ron", "50 MB pattern file");
}
