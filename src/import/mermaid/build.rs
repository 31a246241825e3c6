//! From the diagram to a candidate: node kinds (`classify`), edge kinds
//! (`infer`), labels, ids, positions, and one note per node and edge
//! saying what it became and why.
//!
//! An arrow to or from a subgraph (mermaid draws it to the box) becomes
//! edges to the subgraph's entry nodes (members no other member points
//! to) or from its exit nodes (members that point to no other member);
//! nested subgraphs count as members. Ids are handed out from `first_id`:
//! the candidate, then groups, nodes and edges in the order they appear.

use std::collections::BTreeMap;

use super::classify::{NodeReading, classify, is_marked, node_message};
use super::diagram::{Diagram, DiagramEdge};
use super::infer::{End, edge};
use super::subgraph_ends::{Ends, expand};
use super::text::label_text;
use super::{ImportNote, ImportWarning, MermaidError, NoteSubject, layout};
use crate::catalog::Catalog;
use crate::catalog::blocks::BlockKind;
use crate::design::{
    Candidate, CandidateId, Edge, EdgeId, EdgeKind, GraphError, Group, GroupId, Node, NodeId,
    NodeKind,
};
use crate::export::mermaid::DEPENDS_ON_CLASS;

/// The candidate `name` and the notes on what each node and edge became.
pub(super) fn candidate(
    diagram: &Diagram,
    name: &str,
    catalog: &Catalog,
    first_id: u64,
    warnings: &mut Vec<ImportWarning>,
) -> Result<(Candidate, Vec<ImportNote>), MermaidError> {
    let groups: BTreeMap<&str, usize> = diagram
        .groups
        .iter()
        .enumerate()
        .map(|(i, g)| (g.key.as_str(), i))
        .collect();
    let kept: Vec<usize> = (0..diagram.nodes.len())
        .filter(|&i| !groups.contains_key(diagram.nodes[i].key.as_str()))
        .collect();
    let mut slots: Vec<Option<usize>> = vec![None; diagram.nodes.len()];
    for (slot, &index) in kept.iter().enumerate() {
        slots[index] = Some(slot);
    }
    let ends = Ends::new(diagram, &groups, &slots);
    let edges = expand(diagram, &ends, warnings)?;
    let mut ids = Ids::new(
        first_id,
        1 + diagram.groups.len() + kept.len() + edges.len(),
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
    let node_ids: Vec<NodeId> = kept.iter().map(|_| NodeId(ids.next())).collect();
    let mut notes = Vec::with_capacity(kept.len() + edges.len());
    let mut readings: Vec<NodeReading> = Vec::with_capacity(kept.len());
    for (slot, &index) in kept.iter().enumerate() {
        let node = &diagram.nodes[index];
        let reading = classify(node, catalog);
        notes.push(ImportNote {
            line: node.shape.map_or(node.line, |(_, line)| line),
            subject: NoteSubject::Node(node_ids[slot]),
            source: node.key.clone(),
            message: node_message(&reading),
            guessed: reading.guessed,
        });
        let built = Node {
            id: node_ids[slot],
            kind: reading.kind.clone(),
            label: reading.label.clone(),
            position: crate::design::Point::default(),
            notes: String::new(),
            group: node.group.map(|g| group_ids[g]),
        };
        add(node.line, candidate.add_node(built))?;
        readings.push(reading);
    }
    let context = EdgeContext {
        diagram,
        kept: &kept,
        readings: &readings,
        node_ids: &node_ids,
    };
    for placed in &edges {
        let (built, note) = context.edge(placed, EdgeId(ids.next()));
        notes.push(note);
        add(placed.edge.line, candidate.add_edge(built))?;
    }
    layout::arrange(&mut candidate, diagram.flow);
    notes.sort_by_key(|n| n.line);
    Ok((candidate, notes))
}

/// What the edges need to know about the nodes already built.
struct EdgeContext<'a> {
    diagram: &'a Diagram,
    kept: &'a [usize],
    readings: &'a [NodeReading],
    node_ids: &'a [NodeId],
}

impl EdgeContext<'_> {
    /// The edge `id` for a placed edge, and its note.
    fn edge(&self, placed: &PlacedEdge<'_>, id: EdgeId) -> (Edge, ImportNote) {
        let source = placed.edge;
        let diagram = self.diagram;
        let label = label_text(&source.label);
        let from = &diagram.nodes[self.kept[placed.from]];
        let to = &diagram.nodes[self.kept[placed.to]];
        let exported = is_marked(from) && is_marked(to);
        let drawn = source.arrow.exporter_kind();
        let classed = diagram.edge_has_class(source, DEPENDS_ON_CLASS);
        let (kind, why) = if classed {
            let why = "Plinth's own \"depends on\" class";
            (EdgeKind::DependsOn, std::borrow::Cow::Borrowed(why))
        } else if exported {
            (drawn, std::borrow::Cow::Borrowed("Plinth's own arrow"))
        } else {
            let end = |slot: usize| end_of(&self.readings[slot].kind);
            edge(source.arrow, &label, end(placed.from), end(placed.to))
        };
        let note = ImportNote {
            line: source.line,
            subject: NoteSubject::Edge(id),
            source: format!(
                "{} {} {}",
                diagram.nodes[source.from].key,
                source.arrow.text(),
                diagram.nodes[source.to].key
            ),
            message: edge_message(
                &self.readings[placed.from],
                &self.readings[placed.to],
                kind,
                &why,
                placed,
            ),
            guessed: !exported && !classed && (kind != drawn || placed.via.is_some()),
        };
        let built = Edge {
            id,
            from: self.node_ids[placed.from],
            to: self.node_ids[placed.to],
            kind,
            label,
        };
        (built, note)
    }
}

/// An edge between two kept nodes (slots), and the subgraph it was drawn
/// to or from, if any.
pub(super) struct PlacedEdge<'a> {
    pub edge: &'a DiagramEdge,
    pub from: usize,
    pub to: usize,
    /// The subgraph it was drawn to (`true`) or from (`false`).
    pub via: Option<(&'a str, bool)>,
}

fn end_of(kind: &NodeKind) -> End {
    match kind {
        NodeKind::Block {
            block: BlockKind::Database | BlockKind::Cache,
            ..
        } => End::Store,
        NodeKind::Block {
            block: BlockKind::Queue,
            ..
        } => End::Queue,
        NodeKind::Pattern { pattern } if pattern == "pub-sub" || pattern == "event-driven" => {
            End::Queue
        }
        _ => End::Other,
    }
}

fn edge_message(
    from: &NodeReading,
    to: &NodeReading,
    kind: EdgeKind,
    why: &str,
    placed: &PlacedEdge<'_>,
) -> String {
    fn name(r: &NodeReading) -> std::borrow::Cow<'_, str> {
        one_line(&r.label)
    }
    let via = placed
        .via
        .map(|(key, into)| {
            if into {
                format!("; drawn to the subgraph `{key}`, it goes to its entry node")
            } else {
                format!("; drawn from the subgraph `{key}`, it leaves from its exit node")
            }
        })
        .unwrap_or_default();
    format!(
        "\"{}\" {} \"{}\" read as {} ({why}{via})",
        name(from),
        placed.edge.arrow.text(),
        name(to),
        edge_words(kind)
    )
}

/// A label on one line, for notes.
pub(super) fn one_line(label: &str) -> std::borrow::Cow<'_, str> {
    if label.contains('\n') {
        std::borrow::Cow::Owned(label.replace('\n', " "))
    } else {
        std::borrow::Cow::Borrowed(label)
    }
}

/// An edge kind in a sentence: "read as a synchronous call".
fn edge_words(kind: EdgeKind) -> &'static str {
    match kind {
        EdgeKind::SyncCall => "a synchronous call",
        EdgeKind::AsyncMessage => "an asynchronous message",
        EdgeKind::Replication => "replication",
        EdgeKind::ReadsWrites => "reads/writes",
        EdgeKind::DependsOn => "depends on",
    }
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
