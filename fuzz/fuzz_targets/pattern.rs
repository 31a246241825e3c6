//! Fuzzes the pattern-file reader and the checks run on every parsed file.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plinth::catalog::parse::parse_pattern_bytes;
use plinth::catalog::validate::{ParsedFile, check_pattern};

fuzz_target!(|data: &[u8]| {
    if let Ok(pattern) = parse_pattern_bytes("fuzz.ron", data) {
        let text = String::from_utf8_lossy(data);
        let _ = check_pattern(&ParsedFile {
            file: "fuzz.ron",
            text: &text,
            pattern: &pattern,
        });
    }
});
