//! Test-only builder for candidate designs addressed by label, and helpers
//! to run one rule on them against the embedded catalog.

use std::sync::LazyLock;

use crate::catalog::Catalog;
use crate::catalog::blocks::BlockKind;
use crate::context::EvaluationContext;
use crate::design::{
    Candidate, CandidateId, Edge, EdgeId, EdgeKind, Finding, Node, NodeId, NodeKind, Point,
};

use super::graph::View;
use super::rules::Rule;

static CATALOG: LazyLock<Catalog> = LazyLock::new(Catalog::embedded);

/// The embedded catalog, loaded once for all tests.
pub fn catalog() -> &'static Catalog {
    &CATALOG
}

/// Builds a candidate from labels: nodes get ids 1, 2, 3... in the order
/// they are added, edges continue the same sequence.
pub struct Design {
    candidate: Candidate,
    next_id: u64,
}

impl Design {
    pub fn new() -> Self {
        Self {
            candidate: Candidate::new(CandidateId(0), "test"),
            next_id: 1,
        }
    }

    fn allocate(&mut self) -> u64 {
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    pub fn block(mut self, kind: BlockKind, label: &str) -> Self {
        let id = NodeId(self.allocate());
        self.candidate
            .add_node(Node::block(id, kind, label, Point::default()))
            .unwrap();
        self
    }

    pub fn service(self, label: &str) -> Self {
        self.block(BlockKind::Service, label)
    }

    pub fn database(self, label: &str) -> Self {
        self.block(BlockKind::Database, label)
    }

    pub fn queue(self, label: &str) -> Self {
        self.block(BlockKind::Queue, label)
    }

    pub fn cache(self, label: &str) -> Self {
        self.block(BlockKind::Cache, label)
    }

    pub fn client(self, label: &str) -> Self {
        self.block(BlockKind::Client, label)
    }

    pub fn external(self, label: &str) -> Self {
        self.block(BlockKind::ExternalSystem, label)
    }

    /// A pattern node.
    pub fn pattern(mut self, pattern: &str, label: &str) -> Self {
        let id = NodeId(self.allocate());
        self.candidate
            .add_node(Node::pattern(id, pattern, label, Point::default()))
            .unwrap();
        self
    }

    /// Makes the block `label` carry `pattern`.
    pub fn carrying(mut self, label: &str, pattern: &str) -> Self {
        let id = id(&self.candidate, label);
        match &mut self.candidate.node_mut(id).unwrap().kind {
            NodeKind::Block { patterns, .. } => patterns.push(pattern.to_owned()),
            NodeKind::Pattern { .. } => panic!("{label} is not a block"),
        }
        self
    }

    pub fn edge(mut self, from: &str, to: &str, kind: EdgeKind) -> Self {
        let edge = Edge {
            id: EdgeId(self.allocate()),
            from: id(&self.candidate, from),
            to: id(&self.candidate, to),
            kind,
            label: String::new(),
        };
        self.candidate.add_edge(edge).unwrap();
        self
    }

    pub fn sync(self, from: &str, to: &str) -> Self {
        self.edge(from, to, EdgeKind::SyncCall)
    }

    pub fn publish(self, from: &str, to: &str) -> Self {
        self.edge(from, to, EdgeKind::AsyncMessage)
    }

    pub fn rw(self, from: &str, to: &str) -> Self {
        self.edge(from, to, EdgeKind::ReadsWrites)
    }

    pub fn replicate(self, from: &str, to: &str) -> Self {
        self.edge(from, to, EdgeKind::Replication)
    }

    /// Synchronous calls along `labels`, in order.
    pub fn calls(self, labels: &[&str]) -> Self {
        labels
            .windows(2)
            .fold(self, |design, pair| design.sync(pair[0], pair[1]))
    }

    pub fn build(self) -> Candidate {
        self.candidate
    }
}

/// The id of the node labelled `label`.
pub fn id(candidate: &Candidate, label: &str) -> NodeId {
    candidate
        .nodes()
        .find(|n| n.label == label)
        .unwrap_or_else(|| panic!("no node {label}"))
        .id
}

/// The ids of the nodes labelled `labels`, sorted.
/// The default context with a team of `engineers`.
pub fn team(engineers: u32) -> EvaluationContext {
    EvaluationContext {
        team_size: engineers,
        ..EvaluationContext::default()
    }
}

pub fn ids(candidate: &Candidate, labels: &[&str]) -> Vec<NodeId> {
    let mut ids: Vec<NodeId> = labels.iter().map(|l| id(candidate, l)).collect();
    ids.sort();
    ids
}

/// The id of the first edge from `from` to `to`.
pub fn edge(candidate: &Candidate, from: &str, to: &str) -> EdgeId {
    let (from, to) = (id(candidate, from), id(candidate, to));
    candidate
        .edges()
        .find(|e| e.from == from && e.to == to)
        .unwrap_or_else(|| panic!("no edge {from} -> {to}"))
        .id
}

/// The findings of one rule, with the default context.
pub fn run(rule: &Rule, candidate: &Candidate) -> Vec<Finding> {
    run_with(rule, candidate, &EvaluationContext::default())
}

/// The findings of one rule, with `context`.
pub fn run_with(rule: &Rule, candidate: &Candidate, context: &EvaluationContext) -> Vec<Finding> {
    let reading = crate::reading::Reading::new(candidate, catalog());
    let view = View::new(candidate, catalog(), context, &reading);
    let mut findings = Vec::new();
    (rule.check)(&view, &mut findings);
    findings
}

/// Asserts the one finding of `rule`: its id, severity, nodes and fix.
pub fn assert_one(rule: &Rule, findings: &[Finding], nodes: &[NodeId], fix: Option<&str>) {
    assert_eq!(findings.len(), 1, "{findings:#?}");
    let finding = &findings[0];
    assert_eq!(finding.rule, rule.info.id);
    assert_eq!(finding.severity, rule.info.severity);
    assert_eq!(finding.nodes, nodes, "{finding:#?}");
    assert_eq!(finding.fix.as_deref(), fix, "{finding:#?}");
    assert!(!finding.message.is_empty());
}
