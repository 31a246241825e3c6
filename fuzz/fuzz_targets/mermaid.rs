//! Fuzzes the mermaid importer; a flowchart that imports has one note per
//! node and edge, and exports to one that imports again.
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
        let things = import.candidate.node_count() + import.candidate.edge_count();
        assert_eq!(import.notes.len(), things, "one note per node and edge");
        let again = candidate_to_mermaid(&import.candidate, &CATALOG, &MermaidOptions::default());
        if let Err(e) = import_mermaid(&again, "again", &CATALOG, 1) {
            panic!("an imported flowchart does not import again after export: {e}\n{again}");
        }
    }
});
