//! Exports: ADR Markdown, mermaid diagrams, comparison tables; pure
//! functions, dates and numbers come in as arguments.

pub mod adr;
pub mod table;
