//! Integration tests, one binary (linking is slow on 2 cores): a module per area.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests fail loudly on purpose"
)]

mod bad_inputs;
mod big_inputs;
mod catalog_bad_files;
mod catalog_embedded;
mod catalog_layra;
mod catalog_search;
mod cli_catalog;
mod cli_core;
mod clipboard;
mod exports;
mod fuzz_corpus;
mod inert_exports;
mod nothing_lost;
mod offline;
mod review_fixes;
mod save_failures;
mod scoring;
mod support;
#[path = "../common/files.rs"]
mod test_files;
mod workspace_edits;
mod workspace_files;

use std::path::PathBuf;

/// A file or folder under `tests/fixtures/`.
pub fn fixture(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path)
}
