//! The window's side of the commands on candidates and on the clipboard
//! (the edits themselves come from the session: `session/candidates.rs`,
//! `session/clipboard.rs`): renaming in the tab, selecting what was
//! pasted, and presentation mode.

use super::app::PlinthApp;
use super::canvas::Selection;
use super::commands::Command;
use super::export_dialog::ExportTab;
use super::present::Presentation;
use super::settings::{PRESENT_SCALE_RANGE, PRESENT_SCALE_STEP};
use super::theme;
use crate::design::Point;
use crate::session::CandidateChange;
use crate::workspace::Edit;

impl PlinthApp {
    /// Adds, duplicates, deletes or moves a candidate (one undoable edit).
    pub(super) fn change_candidate(&mut self, change: CandidateChange) {
        if let Some(edit) = self.session.candidate_edit(change) {
            self.edit(edit);
        }
    }

    /// Opens the name field of the candidate shown, in its tab.
    pub(super) fn rename_candidate(&mut self) {
        if let Some(candidate) = self.session.document().current() {
            self.tabs.start_rename(candidate.id, &candidate.name);
        }
    }

    /// Copies the selected nodes and the edges between them (Ctrl+C).
    pub(super) fn copy(&mut self, ctx: &egui::Context) {
        for effect in self.session.copy(&self.canvas.selection.nodes) {
            self.carry_out(Some(ctx), effect);
        }
    }

    /// Pastes the copied nodes into the candidate on the canvas (Ctrl+V);
    /// the pasted nodes are selected.
    pub(super) fn paste(&mut self) {
        let step = Point::new(theme::DUPLICATE_OFFSET.x, theme::DUPLICATE_OFFSET.y);
        if let Some(edit) = self.session.paste_edit(step) {
            self.select_added(&edit);
            self.edit(edit);
        }
    }

    /// Copies the selected nodes beside the originals (Ctrl+D) and selects them.
    pub(super) fn duplicate(&mut self) {
        let step = Point::new(theme::DUPLICATE_OFFSET.x, theme::DUPLICATE_OFFSET.y);
        if let Some(edit) = self
            .session
            .duplicate_edit(&self.canvas.selection.nodes, step)
        {
            self.select_added(&edit);
            self.edit(edit);
        }
    }

    fn select_added(&mut self, edit: &Edit) {
        if let Edit::AddNodes { nodes, edges, .. } = edit {
            self.canvas.selection = Selection {
                nodes: nodes.iter().map(|n| n.id).collect(),
                edges: edges.iter().map(|e| e.id).collect(),
            };
        }
    }

    /// F5 toggles presentation, Esc leaves it, + and - resize it.
    pub(super) fn presentation_command(&mut self, command: Command) {
        let current = self.session.document().current_id();
        match (command, self.presenting.take()) {
            (Command::Present, None) => {
                self.export.tab = None;
                self.presenting = Some(Presentation::start(&mut self.canvas, current));
                self.session.start_presenting();
            }
            (Command::Present | Command::LeavePresentation, Some(saved)) => {
                saved.finish(&mut self.canvas, current);
                self.session.stop_presenting();
            }
            (Command::AllFindings, Some(mut saved)) => {
                saved.all_findings ^= true;
                self.presenting = Some(saved);
            }
            (Command::LargerText | Command::SmallerText, Some(saved)) => {
                let step = if command == Command::LargerText {
                    PRESENT_SCALE_STEP
                } else {
                    -PRESENT_SCALE_STEP
                };
                let scale = (self.settings.present_scale() + step)
                    .clamp(*PRESENT_SCALE_RANGE.start(), *PRESENT_SCALE_RANGE.end());
                self.settings.present_scale = scale;
                self.presenting = Some(saved);
            }
            (_, saved) => self.presenting = saved,
        }
    }

    /// Left and Right: the next stop of the walk or the next candidate
    /// while presenting, else the next candidate.
    pub(super) fn step(&mut self, step: isize) {
        match self.presenting.as_ref() {
            Some(presentation) => {
                let stops = presentation.walk.len();
                if self.session.present_step(step, stops) {
                    self.canvas.selection.clear();
                }
            }
            None => {
                self.session.show_neighbour(step);
            }
        }
    }

    /// Opens the export dialog on `tab`.
    pub(super) fn open_export(&mut self, tab: ExportTab) {
        self.refresh_derived();
        let mut export = std::mem::take(&mut self.export);
        export.open(tab, &self.export_input());
        self.export = export;
    }
}
