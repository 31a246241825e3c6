//! Integration tests, one binary (linking is slow on 2 cores): a module per area.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests fail loudly on purpose"
)]

mod adr_doctor;
mod adr_lifecycle;
mod adr_short;
mod bad_inputs;
mod big_inputs;
mod catalog_bad_files;
mod catalog_embedded;
mod catalog_layra;
mod catalog_search;
mod cli_catalog;
mod cli_conventions;
mod cli_core;
mod cli_newcomer;
mod clipboard;
mod decision_file;
mod example_dates;
mod exports;
mod fix_placement;
mod fuzz_corpus;
mod geometry;
mod import_corpus;
mod inert_exports;
mod model_cases;
mod model_properties;
mod nothing_lost;
mod offline;
mod report;
mod request_path;
mod review_fixes;
mod save_failures;
mod scenario_properties;
mod scenarios;
mod scored_outputs;
mod scoring;
mod search_queries;
mod support;
#[path = "../common/files.rs"]
mod test_files;
mod weights_rule;
mod workspace_edits;
mod workspace_files;

use std::path::PathBuf;

/// A file or folder under `tests/fixtures/`.
pub fn fixture(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path)
}
