//! Exports of candidate designs for other tools.
//!
//! Every exporter is a pure function of (design data, catalog, options) that
//! returns text: no I/O, no clock, so the CLI and the export dialog produce
//! the same bytes and golden tests stay deterministic. Nothing here may name
//! `ui`, `cli` or `storage`.

pub mod mermaid;
