//! From the diagram to a candidate: node kinds, labels, ids and positions.
//!
//! A node's kind comes from, in order: its shape when the shape means a
//! building block (cylinder, stadium, hexagon, subroutine/asymmetric,
//! circle); the exporter's block class or carried-pattern lines (a service);
//! a label that names a catalog pattern (its last line, the whole label or
//! its first line); otherwise a service. Ids are handed out from `first_id`:
//! the candidate, then groups, nodes and edges in the order they appear.

use std::collections::{BTreeMap, BTreeSet};

use super::diagram::{Diagram, DiagramNode};
use super::shapes::Shape;
use super::text::{decode, join_lines, label_text, split_breaks};
use super::{ImportWarning, MermaidError, layout};
use crate::catalog::Catalog;
use crate::catalog::blocks::BlockKind;
use crate::design::{
    Candidate, CandidateId, Edge, EdgeId, GraphError, Group, GroupId, Node, NodeId, NodeKind,
};
use crate::export::mermaid::{BLOCK_CLASS, CARRIED_PATTERN_MARKER};

/// Builds the candidate `name` from `diagram`.
pub(super) fn candidate(
    diagram: &Diagram,
    name: &str,
    catalog: &Catalog,
    first_id: u64,
    warnings: &mut Vec<ImportWarning>,
) -> Result<Candidate, MermaidError> {
    let kept = kept_nodes(diagram, warnings);
    let mut ids = Ids::new(
        first_id,
        1 + diagram.groups.len() + kept.len() + diagram.edges.len(),
    )?;
    let mut candidate = Candidate::new(CandidateId(ids.next()), name);
    let mut group_ids = Vec::with_capacity(diagram.groups.len());
    for group in &diagram.groups {
        let id = GroupId(ids.next());
        group_ids.push(id);
        let built = Group {
            id,
            name: label_text(&group.title),
        };
        add(group.line, candidate.add_group(built))?;
    }
    // position in `kept` of each diagram node that is kept
    let mut slots: Vec<Option<usize>> = vec![None; diagram.nodes.len()];
    for (slot, &index) in kept.iter().enumerate() {
        slots[index] = Some(slot);
    }
    let node_ids: Vec<NodeId> = kept.iter().map(|_| NodeId(ids.next())).collect();
    let pairs: Vec<(usize, usize)> = diagram
        .edges
        .iter()
        .filter_map(|e| Some((slots[e.from]?, slots[e.to]?)))
        .collect();
    let positions = layout::positions(kept.len(), &pairs, diagram.flow);
    let classes = class_map(diagram);
    for (slot, &index) in kept.iter().enumerate() {
        let node = &diagram.nodes[index];
        let (kind, label) = classify(node, classes.get(node.key.as_str()), catalog);
        let built = Node {
            id: node_ids[slot],
            kind,
            label,
            position: positions[slot],
            notes: String::new(),
            group: node.group.map(|g| group_ids[g]),
        };
        add(node.line, candidate.add_node(built))?;
    }
    for edge in &diagram.edges {
        let (Some(from), Some(to)) = (slots[edge.from], slots[edge.to]) else {
            continue;
        };
        let built = Edge {
            id: EdgeId(ids.next()),
            from: node_ids[from],
            to: node_ids[to],
            kind: edge.kind,
            label: label_text(&edge.label),
        };
        add(edge.line, candidate.add_edge(built))?;
    }
    Ok(candidate)
}

/// Consecutive ids from `first_id`; refuses a range that would overflow.
struct Ids(u64);

impl Ids {
    fn new(first_id: u64, count: usize) -> Result<Self, MermaidError> {
        first_id
            .checked_add(count as u64)
            .map(|_| Self(first_id))
            .ok_or(MermaidError::IdsExhausted { line: 1, first_id })
    }

    fn next(&mut self) -> u64 {
        self.0 += 1;
        self.0 - 1
    }
}

/// A graph error here is a bug (the ids are fresh); it still gets a line.
fn add(line: usize, result: Result<(), GraphError>) -> Result<(), MermaidError> {
    result.map_err(|source| MermaidError::Graph { line, source })
}

/// Indices of the nodes that become nodes: a bare id naming a subgraph is
/// a link to that subgraph, which a candidate cannot hold.
fn kept_nodes(diagram: &Diagram, warnings: &mut Vec<ImportWarning>) -> Vec<usize> {
    let group_keys: BTreeSet<&str> = diagram.groups.iter().map(|g| g.key.as_str()).collect();
    let mut kept = Vec::with_capacity(diagram.nodes.len());
    for (index, node) in diagram.nodes.iter().enumerate() {
        if node.shape.is_none() && group_keys.contains(node.key.as_str()) {
            warnings.push(ImportWarning::new(
                node.line,
                &format!(
                    "links to the subgraph `{}` are not supported; they were left out",
                    node.key
                ),
            ));
        } else {
            kept.push(index);
        }
    }
    kept
}

/// Classes of each node key, from `class` statements.
fn class_map(diagram: &Diagram) -> BTreeMap<&str, Vec<&str>> {
    let mut classes: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (key, class) in &diagram.class_assignments {
        classes
            .entry(key.as_str())
            .or_default()
            .push(class.as_str());
    }
    classes
}

/// The kind and label of a node (see the module comment for the order).
fn classify(
    node: &DiagramNode,
    classes: Option<&Vec<&str>>,
    catalog: &Catalog,
) -> (NodeKind, String) {
    let (shape, raw) = match &node.shape {
        Some((shape, raw)) => (Some(*shape), raw.as_str()),
        None => (None, node.key.as_str()),
    };
    let mut lines = split_breaks(raw);
    let patterns = carried_patterns(&mut lines, catalog);
    let block_class = node
        .classes
        .iter()
        .map(String::as_str)
        .chain(classes.into_iter().flatten().copied())
        .any(|c| c == BLOCK_CLASS);
    let block = match shape.and_then(Shape::block_kind) {
        Some(block) => Some(block),
        None if block_class || !patterns.is_empty() => Some(BlockKind::Service),
        None => None,
    };
    if let Some(block) = block {
        return (NodeKind::Block { block, patterns }, join_lines(&lines));
    }
    match named_pattern(&lines, catalog) {
        Some((pattern, label)) => (NodeKind::Pattern { pattern }, label),
        None => (
            NodeKind::Block {
                block: BlockKind::Service,
                patterns,
            },
            join_lines(&lines),
        ),
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
