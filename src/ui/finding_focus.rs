//! The review finding being looked at: its rule and nodes (so it is found
//! again after the document changed, or is known gone once fixed), the
//! halo around its nodes, and dropping both when it is gone or the user
//! selected something else.

use super::canvas::{CanvasState, Highlight};
use crate::design::{Finding, NodeId};

/// The finding being looked at: its rule and its nodes.
pub type FindingKey = (String, Vec<NodeId>);

/// The index of the finding `key` among `findings`, if it still exists.
pub fn index_of(key: Option<&FindingKey>, findings: &[Finding]) -> Option<usize> {
    let (rule, nodes) = key?;
    findings
        .iter()
        .position(|f| f.rule == *rule && f.nodes == *nodes)
}

/// Drops the halo once its finding is gone (fixed, another candidate
/// shown) or the user selected something else.
pub fn sync(key: &mut Option<FindingKey>, canvas: &mut CanvasState, findings: &[Finding]) {
    let Some((_, nodes)) = key.as_ref() else {
        return;
    };
    let selected: Vec<NodeId> = canvas.selection.nodes.iter().copied().collect();
    let still = index_of(key.as_ref(), findings).is_some()
        && canvas.highlighted().is_some()
        && selected == *nodes;
    if !still {
        *key = None;
        canvas.clear_highlight();
    }
}

/// Selects, highlights and frames the nodes of finding `index`.
pub fn select(
    key: &mut Option<FindingKey>,
    canvas: &mut CanvasState,
    findings: &[Finding],
    index: usize,
) {
    let Some(finding) = findings.get(index) else {
        return;
    };
    *key = Some((finding.rule.clone(), finding.nodes.clone()));
    let highlight = Highlight {
        nodes: finding.nodes.iter().copied().collect(),
        severity: finding.severity,
    };
    canvas.highlight(highlight, finding.edges.iter().copied().collect());
}
