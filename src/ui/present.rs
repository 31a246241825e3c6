//! Presentation mode (F5): the editing chrome hidden, large type and a
//! high-contrast theme for a video call. The canvas of the current
//! candidate fills the window beside its score summary
//! (`present_summary.rs`), node titles at a readable size, walked stop by
//! stop when the candidate does not fit (`present_walk.rs`); Left and Right
//! (or a clicker's Page Up and Page Down) step through the stops and the
//! candidates, + and - change the size, a click puts a node in focus, L or
//! the right button is a laser pointer (`present_pointer.rs`), Esc leaves
//! and the editing view comes back as it was.

use egui::{Align, Layout, RichText};

use super::actions::Action;
use super::canvas::view::View;
use super::canvas::{CanvasState, Selection};
use super::commands::Command;
use super::present_pointer::Laser;
use super::present_walk::Walk;
use crate::design::CandidateId;
use crate::workspace::Workspace;

/// The window's side of a presentation: the editing view to return to,
/// the walk on screen, the laser's trail and whether every finding is
/// shown. (The stop and the focus are the session's.)
#[derive(Debug)]
pub struct Presentation {
    candidate: Option<CandidateId>,
    view: View,
    selection: Selection,
    pub walk: Walk,
    pub laser: Laser,
    /// The window with every finding is open.
    pub all_findings: bool,
}

impl Presentation {
    /// Enters presentation: remembers the canvas; the walk frames the
    /// first stop on the next frame.
    pub fn start(canvas: &mut CanvasState, candidate: Option<CandidateId>) -> Self {
        let saved = Self {
            candidate,
            view: canvas.view,
            selection: canvas.selection.clone(),
            walk: Walk::default(),
            laser: Laser::default(),
            all_findings: false,
        };
        canvas.selection.clear();
        canvas.set_read_only(true);
        saved
    }

    /// Leaves: the canvas as it was if the same candidate is shown, else fitted.
    pub fn finish(self, canvas: &mut CanvasState, candidate: Option<CandidateId>) {
        canvas.set_read_only(false);
        match candidate {
            Some(id) if Some(id) == self.candidate => {
                canvas.restore(id, Some(self.view), self.selection);
            }
            _ => canvas.request_fit(),
        }
    }
}

/// Where a presentation stands, as tests and the screenshot script see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PresentStatus {
    /// The stop of the walk on screen and how many there are.
    pub stop: usize,
    pub stops: usize,
    /// The node in focus, if any.
    pub focus: Option<crate::design::NodeId>,
    /// Whether the laser pointer (or its fading trail) is on screen.
    pub laser: bool,
    /// Whether the window with every finding is open.
    pub all_findings: bool,
}

/// Where the presentation stands, for the header.
pub struct Place {
    pub current: Option<CandidateId>,
    /// The stop on screen and how many there are.
    pub stop: usize,
    pub stops: usize,
}

/// The decision's title on its own row (cut with `…`, whole on hover),
/// then where we are, the buttons and the keys.
pub fn header_ui(ui: &mut egui::Ui, ws: &Workspace, place: &Place, actions: &mut Vec<Action>) {
    let title = &ws.decision.title;
    ui.add(egui::Label::new(RichText::new(title).heading().strong()).truncate())
        .on_hover_text(title);
    let list = ws.candidates();
    let index = list.iter().position(|c| Some(c.id) == place.current);
    ui.horizontal(|ui| {
        let previous = index.is_some_and(|i| i > 0) || place.stop > 0;
        if ui
            .add_enabled(previous, egui::Button::new("Previous"))
            .on_hover_text("Previous part or candidate (Left arrow)")
            .clicked()
        {
            actions.push(Action::Command(Command::PreviousCandidate));
        }
        if let Some(i) = index {
            ui.label(format!("Candidate {} of {}", i + 1, list.len()));
        }
        if place.stops > 1 {
            ui.label(format!("part {} of {}", place.stop + 1, place.stops));
        }
        let next = index.is_some_and(|i| i + 1 < list.len()) || place.stop + 1 < place.stops;
        if ui
            .add_enabled(next, egui::Button::new("Next"))
            .on_hover_text("Next part or candidate (Right arrow)")
            .clicked()
        {
            actions.push(Action::Command(Command::NextCandidate));
        }
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            if ui
                .button("Leave")
                .on_hover_text(Command::LeavePresentation.tooltip())
                .clicked()
            {
                actions.push(Action::Command(Command::LeavePresentation));
            }
            let keys = "Left and Right: parts and candidates · + and −: size · click: focus · \
                        hold L or the right button: pointer · Esc: leave";
            ui.add(egui::Label::new(RichText::new(keys).weak()).truncate())
                .on_hover_text(keys);
        });
    });
}
