//! Mermaid flowchart import: the mermaid 11 flowchart language, as Plinth
//! exports it and as people write it, becomes a candidate design.
//!
//! Owns the pipeline and its limits: `lines` turns text into numbered
//! statements, `statement` (with `shapes`, `shape_names`, `metadata`,
//! `edges` and `cursor`) reads each into a `diagram`, `build` makes the
//! candidate (node kinds in `classify`, edge kinds in `infer`, the one table
//! of what shapes, words and arrows mean; arrows to subgraphs in
//! `subgraph_ends`; labels via `text`), `layout` places the nodes. What
//! cannot be read is a warning with its line, never dropped silently; what
//! each node and edge became is a note. Parsing is linear in the input;
//! inputs over 5 MB, 20,000 nodes or 100,000 edges are refused. Must not
//! import `ui`, `cli` or `storage`.

mod build;
mod classify;
mod cursor;
mod diagram;
mod edges;
mod infer;
mod layout;
mod lines;
mod metadata;
mod sanitize;
mod shape_names;
mod shapes;
mod statement;
mod subgraph_ends;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_meaning;
#[cfg(test)]
mod tests_roundtrip;
mod text;
mod words;

use crate::catalog::Catalog;
use crate::design::{Candidate, EdgeId, GraphError, NodeId};

pub use diagram::{MAX_EDGES, MAX_NODES};
pub use layout::{SPACING, TB_SPACING};

/// Inputs longer than this many bytes are refused.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;

/// A candidate read from a flowchart, what could not be read, and what
/// each node and edge became.
#[derive(Debug, Clone, PartialEq)]
pub struct MermaidImport {
    pub candidate: Candidate,
    pub warnings: Vec<ImportWarning>,
    /// One note per node and edge of the candidate, in line order.
    pub notes: Vec<ImportNote>,
}

impl MermaidImport {
    /// The notes on what was inferred rather than said explicitly.
    pub fn guesses(&self) -> impl Iterator<Item = &ImportNote> {
        self.notes.iter().filter(|n| n.guessed)
    }
}

/// What one node or edge of the flowchart became, and why:
/// `line 4: "Order events" read as a queue (hexagon, the word "events")`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportNote {
    /// 1-based line of the text that gave the node its shape or drew the edge.
    pub line: usize,
    pub subject: NoteSubject,
    /// The mermaid id of the node, or `from --> to` for an edge.
    pub source: String,
    pub message: String,
    /// Inferred from shapes, words or what an arrow connects, rather than
    /// said explicitly (Plinth's own export, a catalog name, a plain box).
    pub guessed: bool,
}

/// The node or edge of the candidate a note is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteSubject {
    Node(NodeId),
    Edge(EdgeId),
}

impl std::fmt::Display for ImportNote {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// Something in the text that was skipped or read loosely.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportWarning {
    /// 1-based line of the text.
    pub line: usize,
    pub message: String,
}

impl ImportWarning {
    pub(crate) fn new(line: usize, message: &str) -> Self {
        Self {
            line,
            message: message.to_owned(),
        }
    }
}

impl std::fmt::Display for ImportWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// Why a text could not be imported at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MermaidError {
    #[error(
        "line {line}: not a mermaid flowchart: expected `flowchart` or `graph`, found `{found}`"
    )]
    NotAFlowchart { line: usize, found: String },
    #[error("line {line}: the text is {bytes} bytes long; at most {limit} bytes can be imported")]
    TooLarge {
        line: usize,
        bytes: usize,
        limit: usize,
    },
    #[error("line {line}: more than {limit} nodes; nothing was imported")]
    TooManyNodes { line: usize, limit: usize },
    #[error("line {line}: more than {limit} edges; nothing was imported")]
    TooManyEdges { line: usize, limit: usize },
    #[error("line {line}: the front matter opened here is never closed with `---`")]
    UnclosedFrontMatter { line: usize },
    #[error("line {line}: no ids are left after {first_id} for this import")]
    IdsExhausted { line: usize, first_id: u64 },
    #[error("line {line}: {source}")]
    Graph { line: usize, source: GraphError },
}

impl MermaidError {
    /// The 1-based line the error points at.
    pub fn line(&self) -> usize {
        match self {
            Self::NotAFlowchart { line, .. }
            | Self::TooLarge { line, .. }
            | Self::TooManyNodes { line, .. }
            | Self::TooManyEdges { line, .. }
            | Self::UnclosedFrontMatter { line }
            | Self::IdsExhausted { line, .. }
            | Self::Graph { line, .. } => *line,
        }
    }
}

/// Reads a flowchart into a candidate named `name`, ids allocated from
/// `first_id` upward (the candidate, then groups, nodes and edges).
pub fn import_mermaid(
    text: &str,
    name: &str,
    catalog: &Catalog,
    first_id: u64,
) -> Result<MermaidImport, MermaidError> {
    if text.len() > MAX_BYTES {
        let line = 1 + text.as_bytes()[..MAX_BYTES]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        return Err(MermaidError::TooLarge {
            line,
            bytes: text.len(),
            limit: MAX_BYTES,
        });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut warnings = Vec::new();
    let statements = lines::statements(text, &mut warnings)?;
    let Some((header, body)) = statements.split_first() else {
        let line = text.lines().count().max(1);
        return Err(MermaidError::NotAFlowchart {
            line,
            found: "nothing".to_owned(),
        });
    };
    let mut diagram = diagram::Diagram::new(read_header(header, &mut warnings)?);
    for &statement in body {
        statement::read(statement, &mut diagram, &mut warnings)?;
    }
    diagram.finish(&mut warnings);
    let (candidate, notes) = build::candidate(&diagram, name, catalog, first_id, &mut warnings)?;
    warnings.sort_by_key(|w| w.line);
    Ok(MermaidImport {
        candidate,
        warnings,
        notes,
    })
}

/// `flowchart`, `graph` or `flowchart-elk`, with an optional direction.
fn read_header(
    header: &lines::Statement<'_>,
    warnings: &mut Vec<ImportWarning>,
) -> Result<diagram::Flow, MermaidError> {
    let mut words = header.text.split_whitespace();
    let keyword = words.next().unwrap_or_default();
    let known = ["flowchart", "graph", "flowchart-elk"];
    if !known.iter().any(|k| keyword.eq_ignore_ascii_case(k)) {
        let found: String = header.text.chars().take(40).collect();
        return Err(MermaidError::NotAFlowchart {
            line: header.line,
            found,
        });
    }
    let flow = match words.next() {
        None => diagram::Flow::default(),
        Some(key) => diagram::Flow::from_key(key).unwrap_or_else(|| {
            let message = format!("unknown direction `{key}`; top to bottom is used");
            warnings.push(ImportWarning::new(header.line, &message));
            diagram::Flow::default()
        }),
    };
    if words.next().is_some() {
        warnings.push(ImportWarning::new(
            header.line,
            "text after the header's direction; ignored",
        ));
    }
    Ok(flow)
}
