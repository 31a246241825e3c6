//! "Apply fix": turns a review finding's suggested pattern into one edit,
//! on the node the rule says the fix belongs to (`Finding::fix_at`: the
//! caller for idempotency on retries, the publishing service for the
//! outbox), and the sentence that says so before it is applied.
//!
//! A building block there carries the pattern (the Orders service gets the
//! outbox); a pattern node gets a new node of the fixing pattern beside it,
//! connected to it. Either way it is one edit, so one undo takes it back.

use super::{Edit, Workspace};
use crate::catalog::Catalog;
use crate::context::EvaluationContext;
use crate::design::{
    Candidate, CandidateId, Edge, EdgeId, EdgeKind, Finding, Node, NodeId, NodeKind, Point,
};
use crate::reading::Reading;

/// How far from the node it protects a new pattern node is placed.
const NEW_NODE_OFFSET: Point = Point { x: 0.0, y: 140.0 };

/// The edit that applies `finding`'s fix in `candidate`, or `None` when the
/// finding has no fix, the fix is not in the catalog, it would conflict with
/// a pattern the design already uses, it would break a hard constraint the
/// design keeps (a dead-letter queue drawn where brokers are forbidden, a
/// pattern above the maximum complexity), or adding it would not make the
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
    let fixed = trial.candidate(candidate)?;
    if breaks_constraints(
        ws.candidate(candidate)?,
        fixed,
        finding,
        catalog,
        &ws.context,
    ) {
        return None;
    }
    let after = crate::review::review(fixed, catalog, &trial.context);
    let resolved = !after
        .iter()
        .any(|f| f.rule == finding.rule && f.nodes == finding.nodes);
    resolved.then_some(edit)
}

/// Whether the fixed drawing has a facet the context forbids that the
/// original did not have, or the fix is more complex than the context
/// allows: the fix would turn the design infeasible.
fn breaks_constraints(
    before: &Candidate,
    after: &Candidate,
    finding: &Finding,
    catalog: &Catalog,
    context: &EvaluationContext,
) -> bool {
    let constraints = &context.constraints;
    let too_complex = finding
        .fix
        .as_deref()
        .and_then(|id| catalog.pattern(id))
        .zip(constraints.max_complexity)
        .is_some_and(|(p, max)| p.complexity > max);
    if too_complex || constraints.forbidden_facets.is_empty() {
        return too_complex;
    }
    let had = Reading::new(before, catalog).facets;
    Reading::new(after, catalog)
        .facets
        .difference(&had)
        .any(|f| constraints.forbidden_facets.contains(f))
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

/// The node the rule placed the fix on, when it is still in the design.
fn target_node<'c>(c: &'c Candidate, finding: &Finding) -> Option<&'c Node> {
    c.node(finding.fix_at?.node)
}

/// What "Apply fix" will do, in words: "Adds Idempotency Key to Orders
/// service, the caller" (a pattern node gets one beside it, connected).
pub fn fix_sentence(candidate: &Candidate, finding: &Finding, catalog: &Catalog) -> Option<String> {
    let id = finding.fix.as_deref()?;
    let pattern = catalog.pattern(id).map_or(id, |p| p.name.as_str());
    let place = finding.fix_at?;
    let node = candidate.node(place.node)?;
    let label = if node.label.trim().is_empty() {
        place.node.to_string()
    } else {
        node.label.clone()
    };
    let phrase = place.placement.phrase();
    Some(match node.kind {
        NodeKind::Block { .. } => format!("Adds {pattern} to {label}, {phrase}"),
        NodeKind::Pattern { .. } => {
            format!("Adds {pattern} beside {label}, {phrase}, connected to it")
        }
    })
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
