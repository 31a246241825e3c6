//! Renaming a node in place: double-click (or F2) opens a text field over
//! the node; Enter or clicking away commits one `RenameNode` edit, Escape
//! cancels.

use egui::text::CCursorRange;
use egui::{Id, Rect, vec2};

use super::layout::Layout;
use super::{CanvasInput, CanvasState};
use crate::design::{Candidate, NodeId};
use crate::ui::actions::Action;
use crate::ui::fields::{Ending, FieldKind, ending};
use crate::ui::theme;
use crate::workspace::Edit;

/// A rename in progress.
#[derive(Debug, Clone, PartialEq)]
pub struct Renaming {
    node: NodeId,
    text: String,
    focused: bool,
}

/// The id of the in-place text field (the tests look for it).
pub fn rename_field_id() -> Id {
    Id::unique("rename-node")
}

impl CanvasState {
    /// Opens the in-place editor on `node`.
    pub fn start_rename(&mut self, node: NodeId, candidate: &Candidate) {
        if let Some(n) = candidate.node(node) {
            self.renaming = Some(Renaming {
                node,
                text: n.label.clone(),
                focused: false,
            });
        }
    }
}

/// Shows the field while a rename is open and commits it.
pub fn rename_ui(
    ui: &mut egui::Ui,
    input: &CanvasInput<'_>,
    state: &mut CanvasState,
    layout: &Layout,
    actions: &mut Vec<Action>,
) {
    let Some(renaming) = state.renaming.as_mut() else {
        return;
    };
    let (Some(node), Some(rect)) = (
        input.candidate.node(renaming.node),
        layout.rect(renaming.node),
    ) else {
        state.renaming = None;
        return;
    };
    let zoom = layout.t.zoom;
    let height = (theme::LABEL_FONT_SIZE + 10.0) * zoom.max(0.8);
    let field = Rect::from_center_size(rect.center(), vec2(rect.width().max(160.0), height));
    let id = rename_field_id();
    let output = egui::TextEdit::singleline(&mut renaming.text)
        .id(id)
        .desired_width(field.width())
        .font(theme::canvas_font(theme::LABEL_FONT_SIZE, zoom.max(0.8)))
        .show(&mut ui.new_child(egui::UiBuilder::new().max_rect(field)));
    let _ = output
        .response
        .response
        .clone()
        .accessible_name("Rename node");
    if !renaming.focused {
        // Keep asking until the field has the focus: the click that opened
        // it may take the focus away again in the same frame.
        if output.response.has_focus() {
            renaming.focused = true;
        } else {
            output.response.request_focus();
            let mut text_state = output.state;
            text_state
                .cursor
                .set_char_range(Some(CCursorRange::select_all_str(&renaming.text)));
            text_state.store(ui.ctx(), id);
            ui.ctx().request_repaint();
            return;
        }
    }
    match ending(
        ui,
        &output.response,
        &renaming.text,
        &node.label,
        FieldKind::Name,
    ) {
        Ending::Open => return,
        Ending::Dropped => {}
        Ending::Commit(label) => actions.push(Action::Edit(Edit::RenameNode {
            candidate: input.candidate.id,
            node: node.id,
            label,
        })),
    }
    state.renaming = None;
}
