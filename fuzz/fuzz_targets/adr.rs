//! Fuzzes the ADR reader and the ADR doctor. The input is split at 0xFF
//! bytes (never in UTF-8 text) into up to eight files of a folder; each
//! file's first byte picks its number, so duplicates and links between
//! files happen.
#![no_main]

use std::path::PathBuf;
use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use plinth::export::adr::doctor;
use plinth::export::adr::read::{read_meta, superseded_by};

static DIR: LazyLock<PathBuf> = LazyLock::new(|| {
    let dir = std::env::temp_dir().join(format!("plinth-fuzz-adr-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    dir
});

fuzz_target!(|data: &[u8]| {
    let dir = &*DIR;
    for entry in std::fs::read_dir(dir).expect("the folder").flatten() {
        let _ = std::fs::remove_file(entry.path());
    }
    for (index, piece) in data.split(|&b| b == 0xFF).take(8).enumerate() {
        let text = String::from_utf8_lossy(piece);
        let meta = read_meta(&text);
        if let Some(status) = &meta.status {
            let _ = superseded_by(status);
        }
        let number = piece.first().map_or(0, |b| b % 8);
        let name = match piece.first() {
            Some(b) if b % 5 == 0 => format!("{number}-short.md"),
            _ => format!("{number:04}-adr-{index}.md"),
        };
        std::fs::write(dir.join(name), piece).expect("a file in the folder");
    }
    let report = doctor(dir).expect("the doctor reads a folder of files");
    let _ = report.to_string();
});
