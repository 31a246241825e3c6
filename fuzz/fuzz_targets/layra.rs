//! Fuzzes the Layra Markdown importer on lossy UTF-8; every imported pattern
//! must write as RON that reads back.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plinth::catalog::layra::{import_layra, to_ron};
use plinth::catalog::parse::parse_pattern;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let imported = import_layra("fuzz.md", &text);
    for pattern in &imported.patterns {
        let ron = to_ron(pattern).expect("an imported pattern formats as RON");
        if let Err(problem) = parse_pattern("again.ron", &ron) {
            panic!("an imported pattern does not read back: {problem}\n{ron}");
        }
    }
});
