//! Exports for other tools: ADR Markdown in three dialects, mermaid
//! diagrams, comparison tables.
//!
//! Every exporter is a pure function of (workspace data, catalog, options)
//! that returns text: no I/O, no clock (dates and ADR numbers come in as
//! arguments), so the CLI and the export dialog produce the same bytes and
//! golden tests stay deterministic. Writing ADR files into a folder
//! (`adr::folder`) is the one place here that touches the disk, because
//! collision-safe numbering needs to see the folder. Nothing here may name
//! `ui` or `cli`.

pub mod adr;
pub mod mermaid;
pub mod report;
pub mod svg;
pub mod table;
