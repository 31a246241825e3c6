//! Plinth: an architecture decision workbench.
//!
//! The core (diagnostics, catalog, design, scoring, review, export, storage) is pure Rust
//! with no UI crate; `cli` drives it from the command line and `ui` (behind
//! the default `gui` feature) from a window.

pub mod catalog;
pub mod cli;
pub mod context;
pub mod design;
pub mod diagnostics;
pub mod evaluate;
pub mod export;
pub mod geometry;
pub mod history;
pub mod import;
pub mod prose;
pub mod reading;
pub mod review;
pub mod ronfile;
pub mod scoring;
pub mod session;
pub mod storage;
#[cfg(feature = "gui")]
pub mod ui;
pub mod workspace;
