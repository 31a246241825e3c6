//! The session's node clipboard: copy the selected nodes of the candidate
//! shown (with the edges between them), paste them into any candidate,
//! each paste a step further along so that none hides the previous one.

use std::collections::BTreeSet;

use super::{Effect, Session};
use crate::design::{CandidateId, NodeId, Point};
use crate::workspace::Edit;
use crate::workspace::clipboard::{Clipboard, paste_edit};

/// Copied nodes, the candidate they came from, and the pastes since.
#[derive(Debug, Default)]
pub struct NodeClipboard {
    nodes: Clipboard,
    source: Option<CandidateId>,
    pastes: u32,
}

impl Session {
    /// Whether a paste has nodes to add.
    pub fn can_paste(&self) -> bool {
        !self.clipboard.nodes.is_empty()
    }

    /// Copies `selected` nodes of the candidate shown (Ctrl+C). The system
    /// clipboard gets their names ([`Effect::CopyText`]), so that the
    /// window's paste (sent only when the system holds text) comes back.
    pub fn copy(&mut self, selected: &BTreeSet<NodeId>) -> Vec<Effect> {
        let Some(candidate) = self.doc.current() else {
            return Vec::new();
        };
        let copied = Clipboard::copy(candidate, selected);
        if copied.is_empty() {
            return Vec::new();
        }
        let names: Vec<&str> = copied.nodes.iter().map(|n| n.label.as_str()).collect();
        let text = names.join("\n");
        self.clipboard = NodeClipboard {
            nodes: copied,
            source: Some(candidate.id),
            pastes: 0,
        };
        vec![Effect::CopyText(text)]
    }

    /// The edit that pastes the copied nodes into the candidate shown:
    /// where they were in another candidate, `step` further along per
    /// paste in the same one (and per earlier paste).
    pub fn paste_edit(&mut self, step: Point) -> Option<Edit> {
        let target = self.doc.current_id()?;
        let same = self.clipboard.source == Some(target);
        let steps = (self.clipboard.pastes + u32::from(same)) as f32;
        let offset = Point::new(step.x * steps, step.y * steps);
        let edit = paste_edit(self.doc.workspace(), target, &self.clipboard.nodes, offset)?;
        self.clipboard.pastes += 1;
        Some(edit)
    }

    /// The edit that copies `selected` nodes `step` beside the originals
    /// (Ctrl+D), leaving the clipboard as it was.
    pub fn duplicate_edit(&self, selected: &BTreeSet<NodeId>, step: Point) -> Option<Edit> {
        let candidate = self.doc.current()?;
        let copied = Clipboard::copy(candidate, selected);
        paste_edit(self.doc.workspace(), candidate.id, &copied, step)
    }
}
