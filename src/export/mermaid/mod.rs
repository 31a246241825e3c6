//! Mermaid flowchart export of one candidate design.
//!
//! Owns the text layout of the export: front matter, header, accessibility
//! lines, node declarations, group subgraphs, edges and classes. Escaping
//! lives in `escape.rs`, shapes/arrows/colours in `style.rs`. The output is
//! a pure function of (candidate, catalog, options): same input, same bytes.
//!
//! Node ids are generated (`n1`, `n2`... in node-id order, `g1`... for
//! groups), never taken from user text, and every label is quoted, so no user
//! text can become a statement (`click`, `style`, `%%{init}%%`). All nodes are
//! declared first, in id order, and each subgraph then lists its members by
//! id: importing an export gives back the nodes in the same order. Queues use
//! the subroutine shape `[[ ]]`, caches the circle `(( ))`, reads/writes the
//! two-headed `<-->` and "depends on" a dotted arrow `-.->` like a message,
//! with an edge id (`e3@`, the edge's place in the list) and the class
//! `plinth_depends_on` that keeps its direction and its kind on import.

mod escape;
mod style;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use crate::catalog::{Catalog, Category};
use crate::design::{Candidate, Edge, Node, NodeId, NodeKind};

pub use escape::normalize_label;
pub use style::{BLOCK_CLASS, DEPENDS_ON_CLASS};

/// Starts a label line naming a pattern that a building block carries
/// (`Orders<br/>+ Transactional Outbox`). A `+` that starts a line of user
/// text is written as `#43;`, so the marker is never ambiguous.
pub const CARRIED_PATTERN_MARKER: &str = "+ ";

/// Mermaid's default `maxTextSize`, in UTF-16 units.
pub const MAX_TEXT_CHARS: usize = 50_000;
/// Mermaid's default `maxEdges`.
pub const MAX_EDGES: usize = 500;

/// The flow direction of the flowchart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Direction {
    /// `flowchart LR`
    #[default]
    LeftRight,
    /// `flowchart TB`
    TopBottom,
}

impl Direction {
    /// The mermaid keyword (`LR`, `TB`).
    pub fn key(self) -> &'static str {
        match self {
            Self::LeftRight => "LR",
            Self::TopBottom => "TB",
        }
    }
}

/// Choices for one export.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MermaidOptions {
    pub direction: Direction,
    /// A visible title, written as YAML front matter; `None` writes none.
    pub title: Option<String>,
}

/// One flowchart for one candidate; same input, same bytes. Ends with a
/// newline.
pub fn candidate_to_mermaid(
    candidate: &Candidate,
    catalog: &Catalog,
    options: &MermaidOptions,
) -> String {
    let ids: BTreeMap<NodeId, String> = candidate
        .nodes()
        .enumerate()
        .map(|(index, node)| (node.id, format!("n{}", index + 1)))
        .collect();
    let mut lines = header_lines(candidate, catalog, options);
    for node in candidate.nodes() {
        lines.push(format!("  {}", node_declaration(node, &ids, catalog)));
    }
    lines.extend(group_lines(candidate, &ids));
    lines.extend(
        candidate
            .edges()
            .enumerate()
            .map(|(index, edge)| edge_line(edge, index, &ids)),
    );
    lines.extend(class_lines(candidate, &ids, catalog));
    lines.extend(edge_class_lines(candidate));
    let mut text = lines.join("\n");
    text.push('\n');
    text
}

/// Warnings for limits mermaid enforces by default: more than 500 edges or
/// more than 50,000 characters (counted as JavaScript does, in UTF-16 units).
pub fn mermaid_limits(text: &str, edge_count: usize) -> Vec<String> {
    let mut warnings = Vec::new();
    let chars = text.encode_utf16().count();
    if chars > MAX_TEXT_CHARS {
        warnings.push(format!(
            "the diagram is {chars} characters long; mermaid refuses more than \
             {MAX_TEXT_CHARS} unless its `maxTextSize` setting is raised"
        ));
    }
    if edge_count > MAX_EDGES {
        warnings.push(format!(
            "the diagram has {edge_count} edges; mermaid refuses more than \
             {MAX_EDGES} unless its `maxEdges` setting is raised"
        ));
    }
    warnings
}

fn header_lines(candidate: &Candidate, catalog: &Catalog, options: &MermaidOptions) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some(title) = &options.title {
        lines.push("---".to_owned());
        lines.push(format!("title: {}", escape::yaml_quoted(title)));
        lines.push("---".to_owned());
    }
    lines.push(format!("flowchart {}", options.direction.key()));
    let mut name = escape::one_line(&candidate.name);
    if name.is_empty() {
        name = "Candidate design".to_owned();
    }
    lines.push(format!("  accTitle: {name}"));
    let description = escape::one_line(&description(candidate, catalog));
    lines.push(format!("  accDescr: {description}"));
    lines
}

/// One line for screen readers: sizes and the patterns used.
fn description(candidate: &Candidate, catalog: &Catalog) -> String {
    let count = |n: usize, what: &str| format!("{n} {what}{}", if n == 1 { "" } else { "s" });
    let sizes = [
        count(candidate.node_count(), "node"),
        count(candidate.edge_count(), "edge"),
        count(candidate.groups().count(), "group"),
    ]
    .join(", ");
    let patterns: Vec<String> = candidate
        .pattern_ids()
        .into_iter()
        .map(|id| pattern_caption(catalog, id))
        .collect();
    if patterns.is_empty() {
        format!("{sizes}; no patterns")
    } else {
        format!("{sizes}; patterns: {}", patterns.join(", "))
    }
}

/// How a pattern is named in a label: its catalog name when that name leads
/// back to it through `Catalog::find_by_name`, else its id.
fn pattern_caption(catalog: &Catalog, id: &str) -> String {
    catalog
        .pattern(id)
        .map(|p| normalize_label(&p.name).replace('\n', " "))
        .filter(|name| catalog.find_by_name(name).is_some_and(|p| p.id == id))
        .unwrap_or_else(|| id.to_owned())
}

fn node_declaration(node: &Node, ids: &BTreeMap<NodeId, String>, catalog: &Catalog) -> String {
    let (open, close) = style::shape(node.block_kind());
    let id = ids.get(&node.id).map_or("", String::as_str);
    format!("{id}{open}\"{}\"{close}", node_label(node, catalog))
}

/// The escaped label of a node. A pattern node adds a line with the pattern's
/// name unless its label alone leads back to the pattern; a block adds one
/// marker line per carried pattern.
fn node_label(node: &Node, catalog: &Catalog) -> String {
    let mut text = escape::label(&node.label);
    match &node.kind {
        NodeKind::Pattern { pattern } => {
            let label = normalize_label(&node.label);
            let names_it = !label.contains('\n')
                && catalog
                    .find_by_name(&label)
                    .is_some_and(|p| p.id == *pattern);
            if !names_it {
                text.push_str("<br/>");
                text.push_str(&escape::one_line(&pattern_caption(catalog, pattern)));
            }
        }
        NodeKind::Block { patterns, .. } => {
            for pattern in patterns {
                text.push_str("<br/>");
                text.push_str(CARRIED_PATTERN_MARKER);
                text.push_str(&escape::one_line(&pattern_caption(catalog, pattern)));
            }
        }
    }
    if text.is_empty() {
        // mermaid rejects an empty quoted label; it trims this one away.
        text.push(' ');
    }
    text
}

fn group_lines(candidate: &Candidate, ids: &BTreeMap<NodeId, String>) -> Vec<String> {
    let mut lines = Vec::new();
    for (index, group) in candidate.groups().enumerate() {
        let mut title = escape::label(&group.name);
        if title.is_empty() {
            title.push(' ');
        }
        lines.push(format!("  subgraph g{}[\"{title}\"]", index + 1));
        for member in candidate.group_members(group.id) {
            if let Some(id) = ids.get(&member.id) {
                lines.push(format!("    {id}"));
            }
        }
        lines.push("  end".to_owned());
    }
    lines
}

fn edge_line(edge: &Edge, index: usize, ids: &BTreeMap<NodeId, String>) -> String {
    let from = ids.get(&edge.from).map_or("", String::as_str);
    let to = ids.get(&edge.to).map_or("", String::as_str);
    let id = match style::edge_class(edge.kind) {
        Some(_) => format!("{}@", edge_id(index)),
        None => String::new(),
    };
    let arrow = style::arrow(edge.kind);
    let label = escape::label(&edge.label);
    if label.is_empty() {
        format!("  {from} {id}{arrow} {to}")
    } else {
        format!("  {from} {id}{arrow}|\"{label}\"| {to}")
    }
}

/// The generated id of the edge at `index` (`e1` for the first).
fn edge_id(index: usize) -> String {
    format!("e{}", index + 1)
}

/// The `classDef` and `class` lines of the edges whose arrow is shared.
fn edge_class_lines(candidate: &Candidate) -> Vec<String> {
    let depends: Vec<String> = candidate
        .edges()
        .enumerate()
        .filter(|(_, edge)| style::edge_class(edge.kind).is_some())
        .map(|(index, _)| edge_id(index))
        .collect();
    if depends.is_empty() {
        return Vec::new();
    }
    vec![
        format!("  {}", style::depends_on_class_def()),
        format!("  class {} {DEPENDS_ON_CLASS}", depends.join(",")),
    ]
}

/// `classDef` lines for the categories in use and the block class, then one
/// `class` line per class listing its nodes.
fn class_lines(
    candidate: &Candidate,
    ids: &BTreeMap<NodeId, String>,
    catalog: &Catalog,
) -> Vec<String> {
    let mut categories: BTreeMap<Category, Vec<&str>> = BTreeMap::new();
    let mut blocks: Vec<&str> = Vec::new();
    for node in candidate.nodes() {
        let Some(id) = ids.get(&node.id) else {
            continue;
        };
        match &node.kind {
            NodeKind::Block { .. } => blocks.push(id),
            NodeKind::Pattern { pattern } => {
                if let Some(p) = catalog.pattern(pattern) {
                    categories.entry(p.category).or_default().push(id);
                }
            }
        }
    }
    let mut lines: Vec<String> = categories
        .keys()
        .map(|&c| format!("  {}", style::category_class_def(c)))
        .collect();
    if !blocks.is_empty() {
        lines.push(format!("  {}", style::block_class_def()));
    }
    for (category, members) in &categories {
        lines.push(format!(
            "  class {} {}",
            members.join(","),
            style::category_class(*category)
        ));
    }
    if !blocks.is_empty() {
        lines.push(format!("  class {} {BLOCK_CLASS}", blocks.join(",")));
    }
    lines
}
