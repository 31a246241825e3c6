//! Imports of designs written by other tools into candidate designs.
//!
//! Importers are pure functions of (text, catalog, id range) that return a
//! candidate plus warnings for what they could not read: no I/O, so the CLI
//! reads the file and the window shows the warnings. Nothing here may name
//! `ui`, `cli` or `storage`.

pub mod mermaid;
