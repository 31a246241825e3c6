//! Fuzzes the workspace reader: any bytes give a workspace or a problem, and
//! a workspace that loads saves to text that loads again.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plinth::workspace::file;

fuzz_target!(|data: &[u8]| {
    if let Ok(ws) = file::from_bytes("fuzz.ron", data) {
        let text = file::to_ron(&ws).expect("a loaded workspace saves");
        if let Err(problem) = file::from_str("again.ron", &text) {
            panic!("a saved workspace does not load again: {problem}\n{text}");
        }
    }
});
