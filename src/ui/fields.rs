//! The one way typing becomes an edit. [`ending`] says how a text field's
//! edit ended this frame (Enter or leaving the field commits, Escape
//! drops, an empty name is refused); [`gesture_open`] says whether a
//! gesture (a pointer held, a field being typed in) is still going on.
//! The inspector's fields ([`Fields`]), the canvas's in-place rename, the
//! tab rename and the context panel all use them.
//!
//! [`Fields`] edits a copy of a document value and commits it as one edit.
//! The copies are UI state; while a field is not focused it follows the
//! document, so undo shows up in it at once.

use std::collections::BTreeMap;

use egui::{Id, Key};

use super::actions::Action;
use crate::design::{Candidate, CandidateId, EdgeId, GroupId, NodeId};
use crate::workspace::Edit;

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

impl FieldKey {
    /// The row's label (read out by screen readers when hidden).
    fn name(self) -> &'static str {
        match self {
            Self::CandidateName(_) | Self::NodeLabel(_) => "Name",
            Self::CandidateNotes(_) | Self::NodeNotes(_) => "Notes",
            Self::EdgeLabel(_) => "Label",
            Self::GroupName(_) => "Group name",
        }
    }

    fn kind(self) -> FieldKind {
        match self {
            Self::CandidateName(_) | Self::NodeLabel(_) | Self::GroupName(_) => FieldKind::Name,
            Self::CandidateNotes(_) | Self::NodeNotes(_) => FieldKind::Notes,
            Self::EdgeLabel(_) => FieldKind::Line,
        }
    }

    /// The value in the document.
    fn current(self, c: &Candidate) -> Option<&str> {
        match self {
            Self::CandidateName(_) => Some(&c.name),
            Self::CandidateNotes(_) => Some(&c.notes),
            Self::NodeLabel(id) => c.node(id).map(|n| n.label.as_str()),
            Self::NodeNotes(id) => c.node(id).map(|n| n.notes.as_str()),
            Self::EdgeLabel(id) => c.edge(id).map(|e| e.label.as_str()),
            Self::GroupName(id) => c.group(id).map(|g| g.name.as_str()),
        }
    }

    /// The edit that sets the value to `text`.
    fn edit(self, c: &Candidate, text: String) -> Option<Edit> {
        let candidate = c.id;
        Some(match self {
            Self::CandidateName(_) => Edit::RenameCandidate {
                candidate,
                name: text,
            },
            Self::CandidateNotes(_) => Edit::SetCandidateNotes {
                candidate,
                notes: text,
            },
            Self::NodeLabel(node) => Edit::RenameNode {
                candidate,
                node,
                label: text,
            },
            Self::NodeNotes(node) => Edit::SetNodeNotes {
                candidate,
                node,
                notes: text,
            },
            Self::EdgeLabel(edge) => Edit::SetEdge {
                candidate,
                edge,
                kind: c.edge(edge)?.kind,
                label: text,
            },
            Self::GroupName(group) => Edit::RenameGroup {
                candidate,
                group,
                name: text,
            },
        })
    }
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
    /// The property row for `key` of candidate `c`: its label (hidden for
    /// a group's name, which stands in a list), its field, and the edit
    /// pushed once a changed text is committed. Draws nothing when the
    /// value is gone.
    pub fn property_ui(
        &mut self,
        ui: &mut egui::Ui,
        c: &Candidate,
        key: FieldKey,
        actions: &mut Vec<Action>,
    ) {
        let Some(current) = key.current(c) else {
            return;
        };
        let show_name = !matches!(key, FieldKey::GroupName(_));
        if let Some(text) = self.field(ui, key, (key.name(), show_name), current, key.kind())
            && let Some(edit) = key.edit(c, text)
        {
            actions.push(Action::Edit(edit));
        }
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
        match ending(ui, &response, buffer, current, kind) {
            Ending::Open => None,
            Ending::Dropped => {
                current.clone_into(buffer);
                None
            }
            Ending::Commit(text) => Some(text),
        }
    }
}

/// How a text field's edit ended this frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ending {
    /// Still being edited, or not being edited at all.
    Open,
    /// Left with Escape, with no change, or with an empty name: nothing to
    /// commit, and the field shows the document's value again.
    Dropped,
    /// Left with Enter or by moving away, with this new text.
    Commit(String),
}

/// How the edit of the field behind `response`, holding `text`, ended
/// this frame; `current` is the document's value.
pub fn ending(
    ui: &egui::Ui,
    response: &egui::Response,
    text: &str,
    current: &str,
    kind: FieldKind,
) -> Ending {
    if !response.lost_focus() {
        return Ending::Open;
    }
    if ui.input(|i| i.key_pressed(Key::Escape)) {
        return Ending::Dropped;
    }
    let committed = match kind {
        FieldKind::Notes => text.to_owned(),
        FieldKind::Name | FieldKind::Line => text.trim().to_owned(),
    };
    let refused = kind == FieldKind::Name && committed.is_empty();
    if refused || committed == current {
        Ending::Dropped
    } else {
        Ending::Commit(committed)
    }
}

/// Whether a gesture is still going on: a pointer button held (a slider
/// being dragged) or a text field being typed in. A value changed by a
/// gesture is committed as one edit once this turns false.
pub fn gesture_open(ui: &egui::Ui) -> bool {
    ui.input(|i| i.pointer.any_down()) || ui.ctx().text_edit_focused()
}
