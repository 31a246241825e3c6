//! Text fields that edit a copy of a document value and commit it as one
//! edit when the user presses Enter or leaves the field (Escape reverts).
//! The copies are UI state; while a field is not focused it follows the
//! document, so undo shows up in it at once.

use std::collections::BTreeMap;

use egui::{Id, Key};

use crate::design::{CandidateId, EdgeId, GroupId, NodeId};

/// Which document value a field edits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FieldKey {
    CandidateName(CandidateId),
    CandidateNotes(CandidateId),
    NodeLabel(NodeId),
    NodeNotes(NodeId),
    EdgeLabel(EdgeId),
    GroupName(GroupId),
}

/// How a field behaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    /// One line that must not be empty (names).
    Name,
    /// One line that may be empty (edge labels).
    Line,
    /// Several lines; Enter adds a line, leaving the field commits.
    Notes,
}

/// The copies being edited.
#[derive(Default)]
pub struct Fields {
    buffers: BTreeMap<FieldKey, String>,
    /// The field that had the focus last frame: its copy is kept even if
    /// the focus went away before it was drawn again (so it still commits).
    editing: Option<FieldKey>,
}

impl Fields {
    /// A labelled field for `current`; returns the new text once, when it is committed
    /// and differs from `current`.
    pub fn edit(
        &mut self,
        ui: &mut egui::Ui,
        key: FieldKey,
        name: &str,
        current: &str,
        kind: FieldKind,
    ) -> Option<String> {
        self.field(ui, key, (name, true), current, kind)
    }

    /// The same field with no visible label (`name` is still read out by
    /// screen readers).
    pub fn edit_unlabelled(
        &mut self,
        ui: &mut egui::Ui,
        key: FieldKey,
        name: &str,
        current: &str,
        kind: FieldKind,
    ) -> Option<String> {
        self.field(ui, key, (name, false), current, kind)
    }

    fn field(
        &mut self,
        ui: &mut egui::Ui,
        key: FieldKey,
        (name, show_name): (&str, bool),
        current: &str,
        kind: FieldKind,
    ) -> Option<String> {
        let id = Id::unique(("field", key));
        let focused = ui.memory(|m| m.has_focus(id));
        let buffer = self.buffers.entry(key).or_default();
        if !focused && self.editing != Some(key) && buffer != current {
            current.clone_into(buffer);
        }
        let editor = if kind == FieldKind::Notes {
            egui::TextEdit::multiline(buffer).desired_rows(4)
        } else {
            egui::TextEdit::singleline(buffer)
        };
        let response = if show_name {
            let label = ui.label(name);
            ui.add(editor.id(id).desired_width(f32::INFINITY))
                .labelled_by(label.id)
        } else {
            ui.add(editor.id(id).desired_width(f32::INFINITY))
                .accessible_name(name)
        };
        if response.has_focus() {
            self.editing = Some(key);
        } else if self.editing == Some(key) {
            self.editing = None;
        }
        if !response.lost_focus() {
            return None;
        }
        if ui.input(|i| i.key_pressed(Key::Escape)) {
            current.clone_into(buffer);
            return None;
        }
        let committed = match kind {
            FieldKind::Notes => buffer.clone(),
            FieldKind::Name | FieldKind::Line => buffer.trim().to_owned(),
        };
        let refused = kind == FieldKind::Name && committed.is_empty();
        if refused {
            current.clone_into(buffer);
        }
        (committed != current && !refused).then_some(committed)
    }
}
