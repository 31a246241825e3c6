//! Damaged inputs: every file of `tests/fixtures/bad/<kind>/` must give a
//! clear error naming the file (and its line where there is one) through
//! the library and through the CLI, which must exit non-zero, quickly and
//! without a panic. Inputs too large to commit (50 MB files, 100,000 nested
//! brackets, 20,000-node flowcharts) are generated into a temporary folder.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use plinth::catalog::layra::{import_layra, write_patterns};
use plinth::catalog::{Catalog, CatalogLoader};
use plinth::export::adr::doctor;
use plinth::import::mermaid::import_mermaid;
use plinth::storage::load_workspace;

/// The longest a CLI run on one damaged input may take (debug build, shared machine).
const CLI_LIMIT: Duration = Duration::from_secs(20);

/// The entries of `tests/fixtures/bad/<kind>/`, sorted.
fn bad(kind: &str) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(crate::fixture("bad").join(kind))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    paths
}

fn name_of(path: &Path) -> String {
    path.file_name().unwrap().to_string_lossy().into_owned()
}

/// What a finished CLI run printed.
pub struct Run {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `plinth ARGS` (without the user's catalog); fails the test when it
/// takes longer than [`CLI_LIMIT`].
pub fn plinth(args: &[OsString]) -> Run {
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_plinth"))
        .arg("--no-user-catalog")
        .args(args)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > CLI_LIMIT {
            child.kill().unwrap();
            panic!("plinth {args:?} took more than {CLI_LIMIT:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let output = child.wait_with_output().unwrap();
    Run {
        code: output.status.code(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

fn args(items: &[&dyn AsRef<std::ffi::OsStr>]) -> Vec<OsString> {
    items.iter().map(|a| a.as_ref().to_os_string()).collect()
}

/// The CLI refused the input: non-zero exit, no panic, the file named.
fn assert_refused(run: &Run, named: &str, what: &str) {
    assert!(
        run.code.is_some_and(|c| c != 0),
        "{what}: exit {:?}\n{}{}",
        run.code,
        run.stdout,
        run.stderr
    );
    assert!(!run.stderr.contains("panicked"), "{what}: {}", run.stderr);
    assert!(
        run.stdout.contains(named) || run.stderr.contains(named),
        "{what}: `{named}` is not named in\n{}{}",
        run.stdout,
        run.stderr
    );
}

fn check_workspace(path: &Path) {
    let problem = load_workspace(path).unwrap_err();
    let shown = problem.to_string();
    assert!(shown.starts_with(&path.display().to_string()), "{shown}");
    let name = name_of(path);
    for command in ["score", "check"] {
        let run = plinth(&args(&[&command, &path]));
        assert_refused(&run, &name, &format!("{command} {name}"));
        if let Some(at) = problem.location {
            let line = format!("{name}:{}:{}", at.line, at.column);
            assert!(run.stderr.contains(&line), "{line} not in {}", run.stderr);
        }
    }
}

#[test]
fn damaged_workspaces_are_refused_by_name_and_line() {
    let paths = bad("workspace");
    assert!(paths.len() >= 20);
    for path in paths {
        check_workspace(&path);
    }
}

/// A pattern case is one file (checked in a folder of its own) or a folder.
fn pattern_folder(path: &Path) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    if path.is_dir() {
        return (tmp, path.to_path_buf());
    }
    std::fs::copy(path, tmp.path().join(name_of(path))).unwrap();
    let dir = tmp.path().to_path_buf();
    (tmp, dir)
}

fn check_pattern_folder(dir: &Path, named: &str) {
    let outcome = CatalogLoader::empty().with_folder(dir).load();
    assert!(!outcome.problems.is_empty(), "{named}: no problem found");
    for problem in &outcome.problems {
        assert!(problem.to_string().contains(named), "{problem}");
    }
    let run = plinth(&args(&[&"catalog", &"validate", &dir, &"--alone"]));
    assert_refused(&run, named, &format!("catalog validate {named}"));
}

#[test]
fn damaged_pattern_files_are_refused_by_name_and_line() {
    let paths = bad("pattern");
    assert!(paths.len() >= 15);
    for path in paths {
        let (_tmp, dir) = pattern_folder(&path);
        let named = if path.is_dir() {
            path.display().to_string()
        } else {
            name_of(&path)
        };
        check_pattern_folder(&dir, &named);
    }
}

fn check_mermaid(path: &Path, catalog: &Catalog) {
    let bytes = std::fs::read(path).unwrap();
    if let Ok(text) = String::from_utf8(bytes) {
        let error = import_mermaid(&text, "bad", catalog, 1).unwrap_err();
        assert!(error.line() >= 1);
        assert!(error.to_string().starts_with("line "), "{error}");
    }
    let name = name_of(path);
    let copy = tempfile::tempdir().unwrap();
    let mmd = copy.path().join(format!("{name}.mmd"));
    std::fs::copy(path, &mmd).unwrap();
    for run in [
        plinth(&args(&[&"import", &"mermaid", &path])),
        plinth(&args(&[&"check", &mmd])),
        plinth(&args(&[&"score", &"--candidate", &mmd])),
    ] {
        assert_refused(&run, &name, &format!("mermaid {name}"));
        let has_line = run.stderr.contains(": line ");
        let is_utf8 = run.stderr.contains("not valid UTF-8");
        assert!(has_line || is_utf8, "no line in {}", run.stderr);
    }
}

#[test]
fn damaged_flowcharts_are_refused_by_name_and_line() {
    let catalog = Catalog::embedded();
    let paths = bad("mermaid");
    assert!(paths.len() >= 8);
    for path in paths {
        check_mermaid(&path, &catalog);
    }
}

fn check_layra(path: &Path) {
    let name = path.display().to_string();
    if let Ok(text) = String::from_utf8(std::fs::read(path).unwrap()) {
        let imported = import_layra(&name, &text);
        for problem in &imported.problems {
            assert!(problem.to_string().starts_with(&format!("{name}:")));
        }
        if imported.problems.is_empty() && !imported.patterns.is_empty() {
            // Read cleanly: what it wrote must then fail the catalog's checks.
            let out = tempfile::tempdir().unwrap();
            write_patterns(out.path(), &imported.patterns, false).unwrap();
            let check = CatalogLoader::empty().with_folder(out.path()).load();
            assert!(
                !check.problems.is_empty(),
                "{name}: imported without a problem"
            );
        }
    }
    let out = tempfile::tempdir().unwrap();
    let run = plinth(&args(&[
        &"catalog",
        &"import",
        &path,
        &"--out",
        &out.path(),
    ]));
    // Entries the importer reads but the catalog's checks refuse are named
    // by the pattern file written (which names its source in a comment).
    let named = if run.stderr.contains(&name_of(path)) {
        name_of(path)
    } else {
        out.path().display().to_string()
    };
    assert_refused(&run, &named, &format!("catalog import {name}"));
}

#[test]
fn damaged_layra_catalogs_are_refused_by_name_and_line() {
    let paths = bad("layra");
    assert!(paths.len() >= 8);
    for path in paths {
        check_layra(&path);
    }
}

#[test]
fn damaged_adr_folders_are_reported_file_by_file() {
    let dirs = bad("adr");
    assert!(dirs.len() >= 10);
    for dir in dirs {
        let report = doctor(&dir).unwrap();
        assert!(!report.is_clean(), "{}: {report}", dir.display());
        let names: Vec<String> = report.files.iter().map(|f| f.name.clone()).collect();
        for line in report.to_string().lines().filter(|l| !l.starts_with('/')) {
            let last = line.starts_with(&dir.display().to_string());
            assert!(
                last || names.iter().any(|n| line.starts_with(n.as_str())),
                "{line}"
            );
        }
        let run = plinth(&args(&[&"adr", &"doctor", &dir]));
        assert_refused(&run, &names[0], &format!("adr doctor {}", dir.display()));
    }
}

#[test]
fn a_file_that_is_not_utf8_is_an_adr_problem_with_its_line() {
    let report = doctor(&crate::fixture("bad/adr/invalid-utf8")).unwrap();
    assert_eq!(
        report.files[0].problems,
        [plinth::export::adr::doctor::AdrProblem::NotUtf8 { line: 5 }]
    );
}

#[test]
fn the_damaged_corpus_has_at_least_forty_inputs() {
    let kinds = ["workspace", "pattern", "mermaid", "layra", "adr"];
    let total: usize = kinds.iter().map(|k| bad(k).len()).sum();
    assert!(total >= 40, "{total}");
}
