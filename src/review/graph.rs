//! A read-only view of one candidate for the review rules: nodes by dense
//! position, each node's edges in id order with both ends resolved, "is
//! pattern X present on this node", and cycles of one edge kind.
//!
//! Built once per review so that every rule walks the graph in linear time
//! with plain indexing, instead of asking the candidate for sorted edge lists
//! node by node. Must not import `scoring`.

use crate::catalog::ids;
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

use crate::catalog::blocks::BlockKind;
use crate::catalog::{Catalog, Category};
use crate::context::EvaluationContext;
use crate::design::{Candidate, Edge, EdgeId, EdgeKind, Node, NodeId, NodeKind};
use crate::reading::Reading;

/// Patterns whose nodes carry messages rather than process them.
const BROKER_PATTERNS: [&str; 3] = [ids::PUB_SUB, ids::EVENT_DRIVEN, ids::DEAD_LETTER_QUEUE];

/// An edge with the dense positions of its two ends.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Link<'a> {
    pub edge: &'a Edge,
    pub from: usize,
    pub to: usize,
}

/// A set of nodes (and the edges among them) that form a cycle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Cycle {
    pub nodes: Vec<NodeId>,
    pub edges: Vec<EdgeId>,
}

/// One candidate seen by the rules, with the catalog and the context.
pub(crate) struct View<'a> {
    pub catalog: &'a Catalog,
    pub context: &'a EvaluationContext,
    nodes: Vec<&'a Node>,
    index: BTreeMap<NodeId, usize>,
    outgoing: Rows<'a>,
    incoming: Rows<'a>,
    patterns: BTreeSet<&'a str>,
    /// What the drawing is, whatever its labels say.
    pub reading: &'a Reading,
}

/// Links grouped by one of their ends, in compressed rows (two allocations
/// instead of one per node): row `i` is `links[starts[i]..starts[i + 1]]`.
struct Rows<'a> {
    starts: Vec<usize>,
    links: Vec<Link<'a>>,
}

impl<'a> Rows<'a> {
    /// A stable counting sort of `links` by `key`, so each row keeps id order.
    fn group(links: &[Link<'a>], rows: usize, key: impl Fn(&Link<'a>) -> usize) -> Self {
        let mut starts = vec![0; rows + 1];
        for link in links {
            starts[key(link) + 1] += 1;
        }
        for i in 0..rows {
            starts[i + 1] += starts[i];
        }
        let mut fill = starts.clone();
        let mut grouped = links.to_vec();
        for link in links {
            let row = key(link);
            grouped[fill[row]] = *link;
            fill[row] += 1;
        }
        Self {
            starts,
            links: grouped,
        }
    }

    fn row(&self, i: usize) -> &[Link<'a>] {
        match (self.starts.get(i), self.starts.get(i + 1)) {
            (Some(&start), Some(&end)) => &self.links[start..end],
            _ => &[],
        }
    }

    fn all(&self) -> &[Link<'a>] {
        &self.links
    }
}

impl<'a> View<'a> {
    pub fn new(
        candidate: &'a Candidate,
        catalog: &'a Catalog,
        context: &'a EvaluationContext,
        reading: &'a Reading,
    ) -> Self {
        let nodes: Vec<&Node> = candidate.nodes().collect();
        let index: BTreeMap<NodeId, usize> =
            nodes.iter().enumerate().map(|(i, n)| (n.id, i)).collect();
        // Edges come in id order, and grouping keeps it within every row.
        let links: Vec<Link> = candidate
            .edges()
            .filter_map(|edge| {
                let from = *index.get(&edge.from)?;
                let to = *index.get(&edge.to)?;
                Some(Link { edge, from, to })
            })
            .collect();
        let outgoing = Rows::group(&links, nodes.len(), |l| l.from);
        let incoming = Rows::group(&links, nodes.len(), |l| l.to);
        let patterns = nodes
            .iter()
            .flat_map(|n| n.patterns().iter().map(String::as_str))
            .collect();
        Self {
            catalog,
            context,
            nodes,
            index,
            outgoing,
            incoming,
            patterns,
            reading,
        }
    }

    /// Every node, in id order.
    pub fn nodes(&self) -> impl Iterator<Item = &'a Node> + '_ {
        self.nodes.iter().copied()
    }

    /// How many nodes the design has; positions run from 0 to this.
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    /// The node at a dense position (positions follow id order).
    pub fn at(&self, position: usize) -> Option<&'a Node> {
        self.nodes.get(position).copied()
    }

    pub fn node(&self, id: NodeId) -> Option<&'a Node> {
        self.index.get(&id).map(|&i| self.nodes[i])
    }

    /// The label people see, or the id when the label is blank (borrowed
    /// from the node when it can be: messages name many nodes).
    pub fn name(&self, id: NodeId) -> Cow<'a, str> {
        match self.node(id) {
            Some(node) if !node.label.trim().is_empty() => Cow::Borrowed(node.label.trim()),
            _ => Cow::Owned(id.to_string()),
        }
    }

    /// Every edge leaving the node at `position`, in id order.
    pub fn links_out(&self, position: usize) -> &[Link<'a>] {
        self.outgoing.row(position)
    }

    fn links_in(&self, position: usize) -> &[Link<'a>] {
        self.incoming.row(position)
    }

    fn position(&self, id: NodeId) -> usize {
        // Past the end for unknown ids: every list lookup then comes back empty.
        self.index.get(&id).copied().unwrap_or(usize::MAX)
    }

    /// Edges of `kind` leaving `id`, in id order.
    pub fn outgoing(&self, id: NodeId, kind: EdgeKind) -> impl Iterator<Item = &'a Edge> + '_ {
        self.links_out(self.position(id))
            .iter()
            .filter(move |l| l.edge.kind == kind)
            .map(|l| l.edge)
    }

    /// Edges of `kind` arriving at `id`, in id order.
    pub fn incoming(&self, id: NodeId, kind: EdgeKind) -> impl Iterator<Item = &'a Edge> + '_ {
        self.links_in(self.position(id))
            .iter()
            .filter(move |l| l.edge.kind == kind)
            .map(|l| l.edge)
    }

    /// Edges of `kind` touching `id` in either direction (outgoing first).
    pub fn touching(&self, id: NodeId, kind: EdgeKind) -> impl Iterator<Item = &'a Edge> + '_ {
        self.outgoing(id, kind).chain(self.incoming(id, kind))
    }

    /// Whether `pattern` is present on a node: the node stands for or carries
    /// it, or a pattern node of it is directly connected to the node.
    pub fn has_present(&self, id: NodeId, pattern: &str) -> bool {
        let position = self.position(id);
        let Some(node) = self.at(position) else {
            return false;
        };
        let out = self.links_out(position).iter().map(|l| l.to);
        let inc = self.links_in(position).iter().map(|l| l.from);
        node.has_pattern(pattern)
            || out
                .chain(inc)
                .any(|i| is_pattern_node(self.nodes[i], pattern))
    }

    /// Whether any of `patterns` is present on the node.
    pub fn has_any_present(&self, id: NodeId, patterns: &[&str]) -> bool {
        patterns.iter().any(|p| self.has_present(id, p))
    }

    /// Whether any node of the design stands for or carries `pattern`.
    pub fn in_design(&self, pattern: &str) -> bool {
        self.patterns.contains(pattern)
    }

    /// Whether any of `patterns` is in the design.
    pub fn any_in_design(&self, patterns: &[&str]) -> bool {
        patterns.iter().any(|p| self.in_design(p))
    }

    /// Every distinct pattern id of the design, sorted.
    pub fn pattern_ids(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.patterns.iter().copied()
    }

    /// Nodes that stand for or carry `pattern`, in id order.
    pub fn nodes_with<'p>(
        &self,
        pattern: &'p str,
    ) -> impl Iterator<Item = &'a Node> + use<'_, 'a, 'p> {
        self.nodes().filter(move |n| n.has_pattern(pattern))
    }

    /// A queue or a node of a messaging pattern: it carries messages, it does
    /// not process them.
    pub fn is_broker(&self, node: &Node) -> bool {
        node.is_block(BlockKind::Queue) || BROKER_PATTERNS.iter().any(|p| node.has_pattern(p))
    }

    /// A pattern node that sits on a path rather than doing work of its own
    /// (a circuit breaker, a gateway, a retry policy): integration and
    /// resilience patterns.
    pub fn is_pass_through(&self, node: &Node) -> bool {
        let NodeKind::Pattern { pattern } = &node.kind else {
            return false;
        };
        self.catalog
            .pattern(pattern)
            .is_some_and(|p| matches!(p.category, Category::Integration | Category::Resilience))
    }

    /// Cycles over edges of `kind` among the nodes that `keep` accepts: the
    /// strongly connected components with two or more nodes, or one node
    /// with an edge to itself. In order of their first node.
    pub fn cycles(&self, kind: EdgeKind, keep: impl Fn(&Node) -> bool) -> Vec<Cycle> {
        let kept: Vec<bool> = self.nodes.iter().map(|n| keep(n)).collect();
        let counts = |l: &&Link<'_>| l.edge.kind == kind && kept[l.from] && kept[l.to];
        if !self.outgoing.all().iter().any(|l| counts(&l)) {
            return Vec::new();
        }
        let mut starts = Vec::with_capacity(self.nodes.len() + 1);
        let mut targets = Vec::new();
        for position in 0..self.nodes.len() {
            let links = self.links_out(position);
            starts.push(targets.len());
            targets.extend(links.iter().filter(counts).map(|l| l.to));
        }
        starts.push(targets.len());
        let mut cycles: Vec<Cycle> = strongly_connected(&starts, &targets)
            .into_iter()
            .filter_map(|component| self.cycle(kind, &component))
            .collect();
        cycles.sort_by(|a, b| a.nodes.cmp(&b.nodes));
        cycles
    }

    fn cycle(&self, kind: EdgeKind, component: &[usize]) -> Option<Cycle> {
        let members: BTreeSet<usize> = component.iter().copied().collect();
        let edges: Vec<EdgeId> = members
            .iter()
            .flat_map(|&n| self.links_out(n))
            .filter(|l| l.edge.kind == kind && members.contains(&l.to))
            .map(|l| l.edge.id)
            .collect();
        let is_cycle = members.len() > 1 || !edges.is_empty();
        is_cycle.then(|| Cycle {
            nodes: sorted(members.iter().map(|&i| self.nodes[i].id).collect()),
            edges: sorted(edges),
        })
    }
}

/// Tarjan's strongly connected components that hold a cycle (two or more
/// nodes, or one with an edge to itself), iterative (no recursion depth
/// limit), over a graph in compressed rows: the successors of node `v` are
/// `targets[starts[v]..starts[v + 1]]`.
fn strongly_connected(starts: &[usize], targets: &[usize]) -> Vec<Vec<usize>> {
    const UNSEEN: usize = usize::MAX;
    let len = starts.len().saturating_sub(1);
    let mut order = vec![UNSEEN; len];
    let mut low = vec![0; len];
    let mut on_stack = vec![false; len];
    let mut stack = Vec::new();
    let mut calls: Vec<(usize, usize)> = Vec::new();
    let mut components = Vec::new();
    let mut counter = 0;
    for root in 0..len {
        if order[root] != UNSEEN {
            continue;
        }
        calls.push((root, starts[root]));
        (order[root], low[root], on_stack[root]) = (counter, counter, true);
        stack.push(root);
        counter += 1;
        while let Some((v, next)) = calls.last_mut() {
            let v = *v;
            if *next < starts[v + 1] {
                let w = targets[*next];
                *next += 1;
                if order[w] == UNSEEN {
                    (order[w], low[w], on_stack[w]) = (counter, counter, true);
                    stack.push(w);
                    counter += 1;
                    calls.push((w, starts[w]));
                } else if on_stack[w] {
                    low[v] = low[v].min(order[w]);
                }
                continue;
            }
            calls.pop();
            if let Some(&(parent, _)) = calls.last() {
                low[parent] = low[parent].min(low[v]);
            }
            if low[v] == order[v] {
                let top = stack.iter().rposition(|&w| w == v).unwrap_or(0);
                let looped = targets[starts[v]..starts[v + 1]].contains(&v);
                // A lone node without a self-loop is no cycle: skip it without
                // allocating, since almost every node of a design is one.
                if stack.len() - top > 1 || looped {
                    components.push(stack[top..].to_vec());
                }
                for w in stack.drain(top..) {
                    on_stack[w] = false;
                }
            }
        }
    }
    components
}

/// Whether `node` is a pattern node of `pattern` (not a block carrying it).
fn is_pattern_node(node: &Node, pattern: &str) -> bool {
    matches!(&node.kind, NodeKind::Pattern { pattern: p } if p == pattern)
}

/// `items` sorted and without repeats.
pub(crate) fn sorted<T: Ord>(mut items: Vec<T>) -> Vec<T> {
    items.sort();
    items.dedup();
    items
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::review::testkit::{Design, catalog, id};

    #[test]
    fn present_means_on_the_node_or_a_pattern_node_next_to_it() {
        let candidate = Design::new()
            .service("Orders")
            .service("Billing")
            .service("Far")
            .pattern(ids::CIRCUIT_BREAKER, "Breaker")
            .carrying("Billing", ids::IDEMPOTENCY_KEY)
            .sync("Orders", "Breaker")
            .sync("Breaker", "Billing")
            .sync("Billing", "Far")
            .build();
        let context = EvaluationContext::default();
        let reading = crate::reading::Reading::new(&candidate, catalog());
        let view = View::new(&candidate, catalog(), &context, &reading);
        let at = |label| id(&candidate, label);
        assert!(view.has_present(at("Orders"), ids::CIRCUIT_BREAKER));
        assert!(view.has_present(at("Billing"), ids::CIRCUIT_BREAKER));
        assert!(!view.has_present(at("Far"), ids::CIRCUIT_BREAKER));
        // A block carrying a pattern does not lend it to its neighbours.
        assert!(view.has_present(at("Billing"), ids::IDEMPOTENCY_KEY));
        assert!(!view.has_present(at("Far"), ids::IDEMPOTENCY_KEY));
        assert!(view.in_design(ids::IDEMPOTENCY_KEY));
        assert!(!view.has_present(NodeId(999), ids::IDEMPOTENCY_KEY));
    }

    #[test]
    fn edges_of_a_node_come_in_id_order() {
        let candidate = Design::new()
            .service("Hub")
            .service("A")
            .service("B")
            .sync("Hub", "B")
            .publish("A", "Hub")
            .sync("Hub", "A")
            .build();
        let context = EvaluationContext::default();
        let reading = crate::reading::Reading::new(&candidate, catalog());
        let view = View::new(&candidate, catalog(), &context, &reading);
        let hub = id(&candidate, "Hub");
        let out: Vec<EdgeId> = view
            .outgoing(hub, EdgeKind::SyncCall)
            .map(|e| e.id)
            .collect();
        assert_eq!(out, vec![EdgeId(4), EdgeId(6)]);
        let touching: Vec<EdgeId> = view
            .touching(hub, EdgeKind::AsyncMessage)
            .map(|e| e.id)
            .collect();
        assert_eq!(touching, vec![EdgeId(5)]);
    }

    #[test]
    fn components_of_a_small_graph() {
        // 0 -> 1 -> 2 -> 0, 2 -> 3, 3 -> 3, 4 alone.
        let starts = [0, 1, 2, 4, 5, 5];
        let targets = [1, 2, 0, 3, 3];
        let mut components: Vec<Vec<usize>> = strongly_connected(&starts, &targets)
            .into_iter()
            .map(sorted)
            .collect();
        components.sort();
        assert_eq!(components, vec![vec![0, 1, 2], vec![3]]);
    }

    #[test]
    fn a_long_chain_does_not_overflow_the_stack() {
        let len = 200_000;
        // 0 -> 1 -> ... -> len - 1: no cycle at all.
        let starts: Vec<usize> = (0..=len).map(|i| i.min(len - 1)).collect();
        let targets: Vec<usize> = (1..len).collect();
        assert!(strongly_connected(&starts, &targets).is_empty());
    }
}
