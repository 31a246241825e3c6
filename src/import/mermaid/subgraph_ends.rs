//! Arrows drawn to or from a subgraph. Mermaid draws them to the box; a
//! candidate has no edges to groups, so such an arrow joins the nodes at
//! the subgraph's edge: an arrow *into* it goes to its entry nodes (members
//! that no other member points to), an arrow *out of* it leaves from its
//! exit nodes (members that point to no other member). When every member
//! is in a cycle, all members are used. Members of nested subgraphs count.

use std::collections::{BTreeMap, BTreeSet};

use super::build::PlacedEdge;
use super::diagram::{Diagram, MAX_EDGES};
use super::{ImportWarning, MermaidError};

/// Where each diagram node lands: a kept node's slot, or a subgraph.
pub(super) struct Ends<'a> {
    slots: &'a [Option<usize>],
    /// Subgraph index of each diagram node that names a subgraph.
    group_of_node: Vec<Option<usize>>,
    /// Entry and exit slots of the subgraphs used as ends.
    entries: BTreeMap<usize, Vec<usize>>,
    exits: BTreeMap<usize, Vec<usize>>,
    keys: Vec<&'a str>,
}

impl<'a> Ends<'a> {
    pub fn new(
        diagram: &'a Diagram,
        groups: &BTreeMap<&str, usize>,
        slots: &'a [Option<usize>],
    ) -> Self {
        let group_of_node: Vec<Option<usize>> = diagram
            .nodes
            .iter()
            .map(|n| groups.get(n.key.as_str()).copied())
            .collect();
        let mut used = vec![false; diagram.groups.len()];
        for e in &diagram.edges {
            for g in [group_of_node[e.from], group_of_node[e.to]]
                .into_iter()
                .flatten()
            {
                used[g] = true;
            }
        }
        let mut ends = Self {
            slots,
            group_of_node,
            entries: BTreeMap::new(),
            exits: BTreeMap::new(),
            keys: diagram.groups.iter().map(|g| g.key.as_str()).collect(),
        };
        if !used.contains(&true) {
            return ends;
        }
        let ancestors =
            |start: Option<usize>| std::iter::successors(start, |&g| diagram.groups[g].parent);
        let mut members: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for (index, node) in diagram.nodes.iter().enumerate() {
            let Some(slot) = slots[index] else { continue };
            for g in ancestors(node.group).filter(|&g| used[g]) {
                members.entry(g).or_default().push(slot);
            }
        }
        // members with an edge from (into) another member of the same subgraph
        let mut entered: BTreeSet<(usize, usize)> = BTreeSet::new();
        let mut left: BTreeSet<(usize, usize)> = BTreeSet::new();
        for e in diagram.edges.iter().filter(|e| e.from != e.to) {
            let (Some(from), Some(to)) = (slots[e.from], slots[e.to]) else {
                continue;
            };
            let to_groups: Vec<usize> = ancestors(diagram.nodes[e.to].group).collect();
            for g in ancestors(diagram.nodes[e.from].group).filter(|&g| used[g]) {
                if to_groups.contains(&g) {
                    entered.insert((g, to));
                    left.insert((g, from));
                }
            }
        }
        for (g, list) in members {
            let pick = |blocked: &BTreeSet<(usize, usize)>| -> Vec<usize> {
                let open: Vec<usize> = list
                    .iter()
                    .copied()
                    .filter(|m| !blocked.contains(&(g, *m)))
                    .collect();
                if open.is_empty() { list.clone() } else { open }
            };
            ends.entries.insert(g, pick(&entered));
            ends.exits.insert(g, pick(&left));
        }
        ends
    }

    /// The slots an end stands for, and the subgraph key when it is one.
    fn resolve(&self, node: usize, into: bool) -> (Vec<usize>, Option<&'a str>) {
        if let Some(slot) = self.slots[node] {
            return (vec![slot], None);
        }
        let Some(group) = self.group_of_node[node] else {
            return (Vec::new(), None);
        };
        let table = if into { &self.entries } else { &self.exits };
        (
            table.get(&group).cloned().unwrap_or_default(),
            Some(self.keys[group]),
        )
    }
}

/// Every edge between kept nodes, arrows to subgraphs joined to their nodes.
pub(super) fn expand<'a>(
    diagram: &'a Diagram,
    ends: &Ends<'a>,
    warnings: &mut Vec<ImportWarning>,
) -> Result<Vec<PlacedEdge<'a>>, MermaidError> {
    let mut placed = Vec::with_capacity(diagram.edges.len());
    for edge in &diagram.edges {
        let (froms, from_group) = ends.resolve(edge.from, false);
        let (tos, to_group) = ends.resolve(edge.to, true);
        if froms.is_empty() || tos.is_empty() {
            let key = from_group.or(to_group).unwrap_or_default();
            warnings.push(ImportWarning::new(
                edge.line,
                &format!("the subgraph `{key}` has no nodes to join; this arrow was left out"),
            ));
            continue;
        }
        for &from in &froms {
            for &to in &tos {
                if placed.len() >= MAX_EDGES {
                    return Err(MermaidError::TooManyEdges {
                        line: edge.line,
                        limit: MAX_EDGES,
                    });
                }
                placed.push(PlacedEdge {
                    edge,
                    from,
                    to,
                    via: to_group
                        .map(|k| (k, true))
                        .or(from_group.map(|k| (k, false))),
                });
            }
        }
    }
    Ok(placed)
}
