//! Commands on candidates and on the clipboard: add, duplicate, rename,
//! delete and reorder candidates, move between them, copy and paste nodes
//! (within a candidate or into another), and presentation mode.

use super::app::PlinthApp;
use super::canvas::Selection;
use super::commands::Command;
use super::export_dialog::ExportTab;
use super::present::{self, Presentation};
use super::settings::{PRESENT_SCALE_RANGE, PRESENT_SCALE_STEP};
use super::theme;
use crate::design::Point;
use crate::workspace::Edit;
use crate::workspace::clipboard::{Clipboard, copy_name, duplicate_candidate_edit, paste_edit};

impl PlinthApp {
    /// A command on the candidate on the canvas.
    pub(super) fn candidate_command(&mut self, command: Command) {
        if command == Command::AddCandidate {
            self.edit(self.doc.add_candidate_edit());
            return;
        }
        let Some(candidate) = self.doc.current() else {
            return;
        };
        let (id, name) = (candidate.id, candidate.name.clone());
        let ws = self.doc.workspace();
        let index = ws.candidates().iter().position(|c| c.id == id).unwrap_or(0);
        let edit = match command {
            Command::DuplicateCandidate => duplicate_candidate_edit(ws, id, &copy_name(ws, &name)),
            Command::DeleteCandidate => Some(Edit::RemoveCandidate { candidate: id }),
            Command::MoveCandidateLeft if index > 0 => Some(Edit::ReorderCandidate {
                candidate: id,
                index: index - 1,
            }),
            Command::MoveCandidateRight if index + 1 < ws.candidates().len() => {
                Some(Edit::ReorderCandidate {
                    candidate: id,
                    index: index + 1,
                })
            }
            Command::RenameCandidate => {
                self.tabs.start_rename(id, &name);
                None
            }
            Command::NextCandidate | Command::PreviousCandidate => {
                let step = if command == Command::NextCandidate {
                    1
                } else {
                    -1
                };
                if let Some(next) = present::neighbour(ws, Some(id), step) {
                    self.doc.select_candidate(next);
                }
                None
            }
            _ => None,
        };
        if let Some(edit) = edit {
            self.edit(edit);
        }
    }

    /// Copies the selected nodes and the edges between them (Ctrl+C). The
    /// system clipboard gets their names, so that the window's Ctrl+V (which
    /// the system sends only when it holds text) comes back to us.
    pub(super) fn copy(&mut self, ctx: &egui::Context) {
        let Some(candidate) = self.doc.current() else {
            return;
        };
        let copied = Clipboard::copy(candidate, &self.canvas.selection.nodes);
        if copied.is_empty() {
            return;
        }
        let names: Vec<&str> = copied.nodes.iter().map(|n| n.label.as_str()).collect();
        ctx.copy_text(names.join("\n"));
        self.clipboard.nodes = copied;
        self.clipboard.source = Some(candidate.id);
        self.clipboard.pastes = 0;
    }

    /// Pastes the copied nodes into the candidate on the canvas (Ctrl+V):
    /// where they were in another candidate, shifted beside them in the same
    /// one, each paste further along; the pasted nodes are selected.
    pub(super) fn paste(&mut self) {
        let Some(target) = self.doc.current_id() else {
            return;
        };
        let same = self.clipboard.source == Some(target);
        let steps = self.clipboard.pastes + u32::from(same);
        let offset = theme::DUPLICATE_OFFSET * steps as f32;
        let copied = &self.clipboard.nodes;
        let Some(edit) = paste_edit(
            self.doc.workspace(),
            target,
            copied,
            Point::new(offset.x, offset.y),
        ) else {
            return;
        };
        self.clipboard.pastes += 1;
        self.select_added(&edit);
        self.edit(edit);
    }

    /// Copies the selected nodes beside the originals (Ctrl+D) and selects them.
    pub(super) fn duplicate(&mut self) {
        let Some(candidate) = self.doc.current() else {
            return;
        };
        let copied = Clipboard::copy(candidate, &self.canvas.selection.nodes);
        let offset = Point::new(theme::DUPLICATE_OFFSET.x, theme::DUPLICATE_OFFSET.y);
        let Some(edit) = paste_edit(self.doc.workspace(), candidate.id, &copied, offset) else {
            return;
        };
        self.select_added(&edit);
        self.edit(edit);
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
        let current = self.doc.current_id();
        match (command, self.presenting.take()) {
            (Command::Present, None) => {
                self.export.tab = None;
                self.presenting = Some(Presentation::start(&mut self.canvas, current));
            }
            (Command::Present | Command::LeavePresentation, Some(saved)) => {
                saved.finish(&mut self.canvas, current);
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
                self.canvas.request_fit();
                self.presenting = Some(saved);
            }
            (_, saved) => self.presenting = saved,
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
