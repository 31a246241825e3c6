//! "Apply fix": turns a review finding's suggested pattern into one edit.
//!
//! A building block concerned by the finding carries the pattern (the
//! Orders service gets the outbox); a pattern node gets a new node of the
//! fixing pattern beside it, connected to it. Either way it is one edit, so
//! one undo takes it back.

use super::{Edit, Workspace};
use crate::catalog::Catalog;
use crate::design::{
    Candidate, CandidateId, Edge, EdgeId, EdgeKind, Finding, Node, NodeId, NodeKind, Point,
};

/// How far from the node it protects a new pattern node is placed.
const NEW_NODE_OFFSET: Point = Point { x: 0.0, y: 140.0 };

/// The edit that applies `finding`'s fix in `candidate`, or `None` when the
/// finding has no fix, the fix is not in the catalog, it would conflict with
/// a pattern the design already uses, or adding it would not make the
/// finding go away (a shared database needs splitting, not a pattern): the
/// edit is tried on a copy and the review run again before it is offered.
pub fn fix_edit(
    ws: &Workspace,
    candidate: CandidateId,
    finding: &Finding,
    catalog: &Catalog,
) -> Option<Edit> {
    let edit = proposed_edit(ws, candidate, finding, catalog)?;
    let mut trial = ws.clone();
    edit.clone().apply(&mut trial).ok()?;
    let after = crate::review::review(trial.candidate(candidate)?, catalog, &trial.context);
    let resolved = !after
        .iter()
        .any(|f| f.rule == finding.rule && f.nodes == finding.nodes);
    resolved.then_some(edit)
}

fn proposed_edit(
    ws: &Workspace,
    candidate: CandidateId,
    finding: &Finding,
    catalog: &Catalog,
) -> Option<Edit> {
    let c = ws.candidate(candidate)?;
    let fix = catalog.pattern(finding.fix.as_deref()?)?;
    let conflicts = c
        .pattern_ids()
        .into_iter()
        .filter_map(|id| catalog.pattern(id))
        .any(|p| p.conflicts_with.contains(&fix.id) || fix.conflicts_with.contains(&p.id));
    if conflicts {
        return None;
    }
    let target = target_node(c, finding)?;
    match &target.kind {
        NodeKind::Block { block, patterns } => {
            let mut patterns = patterns.clone();
            patterns.push(fix.id.clone());
            Some(Edit::SetNodeKind {
                candidate,
                node: target.id,
                kind: NodeKind::Block {
                    block: *block,
                    patterns,
                },
            })
        }
        NodeKind::Pattern { .. } => Some(add_beside(ws, candidate, target, &fix.id, &fix.name)),
    }
}

/// The first node of the finding that does not carry the fix yet.
fn target_node<'c>(c: &'c Candidate, finding: &Finding) -> Option<&'c Node> {
    let fix = finding.fix.as_deref()?;
    finding
        .nodes
        .iter()
        .filter_map(|id| c.node(*id))
        .find(|n| {
            !n.has_pattern(fix) && n.block_kind() != Some(crate::catalog::blocks::BlockKind::Client)
        })
        .or_else(|| finding.nodes.first().and_then(|id| c.node(*id)))
}

fn add_beside(
    ws: &Workspace,
    candidate: CandidateId,
    target: &Node,
    pattern: &str,
    name: &str,
) -> Edit {
    let mut ids = ws.fresh_ids(2);
    let node_id = NodeId(ids.next().unwrap_or_default());
    let edge_id = EdgeId(ids.next().unwrap_or_default());
    let position = Point::new(
        target.position.x + NEW_NODE_OFFSET.x,
        target.position.y + NEW_NODE_OFFSET.y,
    );
    let mut node = Node::pattern(node_id, pattern, name, position);
    node.group = target.group;
    let edge = Edge {
        id: edge_id,
        from: target.id,
        to: node_id,
        kind: EdgeKind::DependsOn,
        label: String::new(),
    };
    Edit::AddNodes {
        candidate,
        nodes: vec![node],
        edges: vec![edge],
    }
}
