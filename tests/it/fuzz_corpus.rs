//! Replays every input of the fuzz corpora (`fuzz/corpus/<target>/` and the
//! seeds in `fuzz/seeds/<target>/`) through the reader its target fuzzes, on
//! stable Rust and without a fuzzer: each must return, Ok or Err, without a
//! panic, and the round trips the fuzz targets check must hold.

use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use plinth::catalog::Catalog;
use plinth::catalog::layra::{import_layra, to_ron};
use plinth::catalog::parse::{parse_pattern, parse_pattern_bytes};
use plinth::catalog::validate::{ParsedFile, check_pattern};
use plinth::export::adr::doctor;
use plinth::export::adr::read::{read_meta, superseded_by};
use plinth::export::mermaid::{MermaidOptions, candidate_to_mermaid};
use plinth::import::mermaid::import_mermaid;
use plinth::workspace::file;

static CATALOG: LazyLock<Catalog> = LazyLock::new(Catalog::embedded);

const TARGETS: [&str; 5] = ["workspace", "pattern", "layra", "mermaid", "adr"];

/// Every file of the corpus and seeds of `target`, sorted.
fn inputs(target: &str) -> Vec<PathBuf> {
    let fuzz = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut files: Vec<PathBuf> = ["corpus", "seeds"]
        .iter()
        .filter_map(|kind| std::fs::read_dir(fuzz.join(kind).join(target)).ok())
        .flatten()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.is_file())
        .collect();
    files.sort();
    files
}

fn workspace(data: &[u8]) {
    if let Ok(ws) = file::from_bytes("fuzz.ron", data) {
        let text = file::to_ron(&ws).unwrap();
        file::from_str("again.ron", &text).unwrap();
    }
}

fn pattern(data: &[u8]) {
    if let Ok(pattern) = parse_pattern_bytes("fuzz.ron", data) {
        let text = String::from_utf8_lossy(data);
        let _ = check_pattern(&ParsedFile {
            file: "fuzz.ron",
            text: &text,
            pattern: &pattern,
        });
    }
}

fn layra(data: &[u8]) {
    let imported = import_layra("fuzz.md", &String::from_utf8_lossy(data));
    for pattern in &imported.patterns {
        parse_pattern("again.ron", &to_ron(pattern).unwrap()).unwrap();
    }
}

fn mermaid(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    if let Ok(import) = import_mermaid(&text, "fuzz", &CATALOG, 1) {
        let again = candidate_to_mermaid(&import.candidate, &CATALOG, &MermaidOptions::default());
        import_mermaid(&again, "again", &CATALOG, 1).unwrap();
    }
}

/// As the `adr` fuzz target: pieces split at 0xFF become files of a folder.
fn adr(data: &[u8]) {
    let dir = tempfile::tempdir().unwrap();
    for (index, piece) in data.split(|&b| b == 0xFF).take(8).enumerate() {
        let meta = read_meta(&String::from_utf8_lossy(piece));
        if let Some(status) = &meta.status {
            let _ = superseded_by(status);
        }
        let number = piece.first().map_or(0, |b| b % 8);
        let name = match piece.first() {
            Some(b) if b % 5 == 0 => format!("{number}-short.md"),
            _ => format!("{number:04}-adr-{index}.md"),
        };
        std::fs::write(dir.path().join(name), piece).unwrap();
    }
    let _ = doctor(dir.path()).unwrap().to_string();
}

fn replay(target: &str, data: &[u8]) {
    match target {
        "workspace" => workspace(data),
        "pattern" => pattern(data),
        "layra" => layra(data),
        "mermaid" => mermaid(data),
        "adr" => adr(data),
        other => panic!("no reader for fuzz target {other}"),
    }
}

#[test]
fn every_fuzz_input_is_read_without_a_panic() {
    let mut failures = Vec::new();
    let mut total = 0;
    for target in TARGETS {
        let files = inputs(target);
        assert!(!files.is_empty(), "no corpus for the fuzz target {target}");
        for path in files {
            // A running fuzzer may remove a file it has just reduced.
            let Ok(data) = std::fs::read(&path) else {
                continue;
            };
            total += 1;
            if std::panic::catch_unwind(|| replay(target, &data)).is_err() {
                failures.push(path.display().to_string());
            }
        }
    }
    assert!(failures.is_empty(), "panicked on {failures:#?}");
    assert!(total >= 100, "only {total} corpus files");
}

#[test]
fn every_fuzz_target_has_a_replay() {
    let targets = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/fuzz_targets");
    let mut names: Vec<String> = std::fs::read_dir(targets)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter_map(|p| Some(p.file_stem()?.to_string_lossy().into_owned()))
        .collect();
    names.sort();
    let mut known = TARGETS.map(str::to_owned).to_vec();
    known.sort();
    assert_eq!(names, known);
}
