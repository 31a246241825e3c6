//! Fuzzes the mermaid importer; a flowchart that imports exports to one that
//! imports again.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use plinth::catalog::Catalog;
use plinth::export::mermaid::{MermaidOptions, candidate_to_mermaid};
use plinth::import::mermaid::import_mermaid;

static CATALOG: LazyLock<Catalog> = LazyLock::new(Catalog::embedded);

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(import) = import_mermaid(&text, "fuzz", &CATALOG, 1) {
        let again = candidate_to_mermaid(&import.candidate, &CATALOG, &MermaidOptions::default());
        if let Err(e) = import_mermaid(&again, "again", &CATALOG, 1) {
            panic!("an imported flowchart does not import again after export: {e}\n{again}");
        }
    }
});
