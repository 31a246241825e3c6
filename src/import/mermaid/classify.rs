//! One node's kind and label, following the node rules of `infer` in
//! order, with the reason in words for the import's notes.

use super::diagram::DiagramNode;
use super::infer::{a_block, block_from_drawing, exporter_block, is_cylinder};
use super::sanitize::sanitize;
use super::text::{decode, join_lines, split_breaks};
use crate::catalog::Catalog;
use crate::catalog::blocks::BlockKind;
use crate::design::NodeKind;
use crate::export::mermaid::{BLOCK_CLASS, CARRIED_PATTERN_MARKER};

/// What a node became, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct NodeReading {
    pub kind: NodeKind,
    pub label: String,
    /// The reason, e.g. `hexagon, the word "events"`.
    pub why: String,
    /// Inferred from shape or words rather than said explicitly.
    pub guessed: bool,
}

/// Whether the node carries one of the classes Plinth's exporter writes.
pub(super) fn is_marked(node: &DiagramNode) -> bool {
    node.classes
        .iter()
        .any(|c| c == BLOCK_CLASS || c.starts_with("cat_"))
}

/// The kind and label of a node (see `infer` for the order of the rules).
pub(super) fn classify(node: &DiagramNode, catalog: &Catalog) -> NodeReading {
    let shape = node.shape.map(|(s, _)| s);
    let raw = node
        .label
        .as_deref()
        .or(node.picture.as_deref())
        .unwrap_or(&node.key);
    let clean = sanitize(raw);
    let mut lines = split_breaks(&clean);
    let patterns = carried_patterns(&mut lines, catalog);
    let label = join_lines(&lines);
    let block = |block, why: &str, guessed| NodeReading {
        kind: NodeKind::Block {
            block,
            patterns: patterns.clone(),
        },
        label: label.clone(),
        why: why.to_owned(),
        guessed,
    };
    let exported = exporter_block(shape);
    let block_class = node.classes.iter().any(|c| c == BLOCK_CLASS);
    if let Some(kind) = exported.filter(|_| block_class) {
        return block(kind, "Plinth's block class and shape", false);
    }
    if !patterns.is_empty() {
        let kind = exported.unwrap_or(BlockKind::Service);
        return block(kind, "it carries catalog patterns", false);
    }
    if !is_cylinder(shape)
        && let Some((pattern, label)) = named_pattern(&lines, catalog)
    {
        let why = format!("the label names the catalog pattern `{pattern}`");
        return NodeReading {
            kind: NodeKind::Pattern { pattern },
            label,
            why,
            guessed: false,
        };
    }
    let mut reading = match block_from_drawing(shape, &label) {
        // a service is what a plain box is anyway: not a guess
        Some((kind, why)) => block(kind, &why, kind != BlockKind::Service),
        None => block(BlockKind::Service, "no shape or word says otherwise", false),
    };
    if node.label.is_none() && node.picture.is_some() {
        reading.why.push_str("; its icon or image names it");
    }
    reading
}

/// The note for a node: `"Order events" read as a queue (hexagon, ...)`.
pub(super) fn node_message(reading: &NodeReading) -> String {
    let label = super::build::one_line(&reading.label);
    match &reading.kind {
        NodeKind::Block { block, .. } => {
            format!("\"{label}\" read as {} ({})", a_block(*block), reading.why)
        }
        NodeKind::Pattern { pattern } => {
            format!(
                "\"{label}\" read as the pattern `{pattern}` ({})",
                reading.why
            )
        }
    }
}

/// Takes the trailing `+ Pattern name` lines (never the first line) that
/// name catalog patterns; returns their ids in order.
fn carried_patterns(lines: &mut Vec<&str>, catalog: &Catalog) -> Vec<String> {
    let mut ids = Vec::new();
    while lines.len() > 1 {
        let Some(name) = lines
            .last()
            .and_then(|l| l.strip_prefix(CARRIED_PATTERN_MARKER))
        else {
            break;
        };
        let Some(pattern) = catalog.find_by_name(decode(name).trim()) else {
            break;
        };
        ids.push(pattern.id.clone());
        lines.pop();
    }
    ids.reverse();
    ids
}

/// The pattern a label names, and the label to keep: a last line naming a
/// pattern is the exporter's caption and is dropped; a whole label or a
/// first line naming one is kept.
fn named_pattern(lines: &[&str], catalog: &Catalog) -> Option<(String, String)> {
    if let [rest @ .., last] = lines
        && !rest.is_empty()
        && let Some(pattern) = catalog.find_by_name(decode(last).trim())
    {
        return Some((pattern.id.clone(), join_lines(rest)));
    }
    let whole = join_lines(lines);
    let by_whole = catalog.find_by_name(&whole);
    let by_first = || match lines {
        [first, _, ..] => catalog.find_by_name(decode(first).trim()),
        _ => None,
    };
    by_whole
        .or_else(by_first)
        .map(|pattern| (pattern.id.clone(), whole))
}
