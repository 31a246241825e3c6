//! The candidate tabs above the canvas: click to show a candidate,
//! double-click to rename it in place, right-click for rename, duplicate,
//! move left or right and delete; "+" adds an empty one and "Duplicate" a
//! copy to vary. Every change goes out as a command or an edit.

use egui::Id;

use super::actions::Action;
use super::commands::{Command, CommandState};
use super::fields::{Ending, FieldKind, ending};
use super::frame::FrameCtx;
use crate::design::CandidateId;
use crate::workspace::Edit;

/// A tab being renamed (UI state).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TabsState {
    renaming: Option<(CandidateId, String)>,
    focused: bool,
}

impl TabsState {
    /// Starts renaming `id`, whose name is `name`.
    pub fn start_rename(&mut self, id: CandidateId, name: &str) {
        self.renaming = Some((id, name.to_owned()));
        self.focused = false;
    }
}

fn rename_field_id() -> Id {
    Id::unique("candidate-rename")
}

/// One tab per candidate, then the add and duplicate buttons.
pub fn candidate_tabs_ui(
    ui: &mut egui::Ui,
    frame: &FrameCtx<'_>,
    state: &mut TabsState,
    actions: &mut Vec<Action>,
) {
    let (doc, commands) = (frame.doc, &frame.commands);
    egui::Frame::NONE
        .inner_margin(super::theme::TAB_BAR_MARGIN)
        .show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.weak("Candidates");
                let current = doc.current_id();
                let count = doc.workspace().candidates().len();
                for (index, candidate) in doc.workspace().candidates().iter().enumerate() {
                    let id = candidate.id;
                    if state.renaming.as_ref().is_some_and(|(r, _)| *r == id) {
                        rename_ui(ui, state, &candidate.name, actions);
                        continue;
                    }
                    let tab = ui.selectable_label(current == Some(id), &candidate.name);
                    if tab.double_clicked() {
                        state.start_rename(id, &candidate.name);
                    } else if tab.clicked() {
                        actions.push(Action::SelectCandidate(id));
                    }
                    let commands = commands.for_candidate(index, count);
                    tab.context_menu(|ui| tab_menu_ui(ui, id, &commands, actions));
                }
                for command in [Command::AddCandidate, Command::DuplicateCandidate] {
                    let text = if command == Command::AddCandidate {
                        "+"
                    } else {
                        "Duplicate"
                    };
                    let response = ui
                        .add_enabled(command.enabled(commands), egui::Button::new(text).small())
                        .on_hover_text(command.tooltip());
                    if response.clicked() {
                        actions.push(Action::Command(command));
                    }
                }
            });
        });
}

/// The right-click menu of a tab; each entry first shows that candidate.
fn tab_menu_ui(
    ui: &mut egui::Ui,
    id: CandidateId,
    commands: &CommandState,
    actions: &mut Vec<Action>,
) {
    let entries = [
        Command::RenameCandidate,
        Command::DuplicateCandidate,
        Command::MoveCandidateLeft,
        Command::MoveCandidateRight,
        Command::DeleteCandidate,
    ];
    for command in entries {
        if command.menu_button(ui, commands) {
            actions.push(Action::SelectCandidate(id));
            actions.push(Action::Command(command));
        }
    }
}

/// The name field of a tab being renamed: Enter or leaving commits,
/// Escape cancels, an empty name is refused.
fn rename_ui(ui: &mut egui::Ui, state: &mut TabsState, current: &str, actions: &mut Vec<Action>) {
    let Some((id, text)) = state.renaming.as_mut() else {
        return;
    };
    let response = ui.add(
        egui::TextEdit::singleline(text)
            .id(rename_field_id())
            .desired_width(super::theme::TAB_NAME_WIDTH),
    );
    let response = response.accessible_name("Candidate name");
    if !state.focused {
        state.focused = true;
        response.request_focus();
        return;
    }
    match ending(ui, &response, text, current, FieldKind::Name) {
        Ending::Open => return,
        Ending::Dropped => {}
        Ending::Commit(name) => actions.push(Action::Edit(Edit::RenameCandidate {
            candidate: *id,
            name,
        })),
    }
    state.renaming = None;
}
