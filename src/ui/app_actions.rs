//! The one place where actions are applied: document edits through the
//! history, commands, navigation, and the questions that guard unsaved work
//! (new, open, close).

use super::actions::Action;
use super::app::PlinthApp;
use super::catalog_panel;
use super::commands::{Command, Typing};
use super::files::Purpose;
use super::frame::frame_ctx;
use crate::session::{CandidateChange, Intent, Request};
use crate::workspace::Edit;

impl PlinthApp {
    /// Applies one action.
    pub(super) fn apply(&mut self, ctx: &egui::Context, action: Action) {
        match action {
            Action::Edit(edit) => self.edit(edit),
            Action::Command(command) => self.run_command(ctx, command),
            Action::ShowPattern(id) => self.settings.open_pattern = Some(id),
            Action::ClosePattern => self.settings.open_pattern = None,
            Action::SelectCandidate(id) => self.session.document_mut().select_candidate(id),
            Action::AddCandidate => self.change_candidate(CandidateChange::Add),
            Action::Open(path) => self.request(Some(ctx), Request::Leave(Intent::Open(path))),
            Action::OpenExample(name) => {
                self.request(Some(ctx), Request::Leave(Intent::OpenExample(name)));
            }
            Action::ImportMermaid(path) => {
                self.request(Some(ctx), Request::Leave(Intent::Import(path)));
            }
            Action::SaveTo(path) => self.request(Some(ctx), Request::SaveTo(path)),
            Action::PathCancelled => self.request(Some(ctx), Request::PathCancelled),
            Action::AddCatalogFolder(path) => self.add_catalog_folder(&path),
            Action::RemoveCatalogFolder(path) => self.remove_catalog_folder(&path),
            Action::ReloadCatalog => {
                self.reload_catalog();
                let count = self.catalog.len();
                self.notices
                    .info(format!("Catalog reloaded: {count} pattern(s)"));
            }
            Action::SetTheme(theme) => self.settings.theme = theme,
            Action::SetUiScale(scale) => self.settings.ui_scale = scale,
            Action::SetPresentScale(scale) => self.settings.present_scale = scale,
            Action::ShowSideTab(tab) => self.settings.side_tab = tab,
            Action::ShowAnalysis(tab) => {
                self.settings.analysis_tab = tab;
                self.settings.show_analysis = true;
            }
            Action::SelectFinding(index) => self.select_finding(index),
            Action::Export(action) => self.export_action(ctx, action),
            Action::Recover => self.request(Some(ctx), Request::Recover),
            Action::DiscardRecovery => self.request(Some(ctx), Request::DiscardRecovery),
            Action::OverwriteChangedFile => {
                self.request(Some(ctx), Request::OverwriteChangedFile);
            }
            Action::KeepChangedFile => self.request(Some(ctx), Request::KeepChangedFile),
            Action::SaveChangedFileAs => self.request(Some(ctx), Request::SaveChangedFileAs),
            Action::SaveFirst => self.request(Some(ctx), Request::SaveFirst),
            Action::DontSave => self.request(Some(ctx), Request::DontSave),
            Action::KeepEditing => self.request(Some(ctx), Request::KeepEditing),
            Action::CloseNow => self.request(Some(ctx), Request::CloseNow),
        }
    }

    /// Applies a document edit as one undoable step.
    pub(super) fn edit(&mut self, edit: Edit) {
        if let Err(err) = self.session.document_mut().apply(edit) {
            self.notices
                .error(format!("That change could not be made: {err}"));
        }
    }

    fn run_command(&mut self, ctx: &egui::Context, command: Command) {
        if self.commit_text_first(ctx, command) {
            return;
        }
        match command {
            Command::New => self.request(Some(ctx), Request::Leave(Intent::New)),
            Command::Open => self.request(Some(ctx), Request::Leave(Intent::OpenDialog)),
            Command::Save => self.request(Some(ctx), Request::Save),
            Command::SaveAs => self.request(Some(ctx), Request::SaveAs),
            Command::ImportMermaid => {
                self.request(Some(ctx), Request::Leave(Intent::ImportDialog));
            }
            Command::AddCatalogFolder => self.files.ask(ctx, Purpose::CatalogFolder, None),
            Command::Undo => self.undo_redo(true),
            Command::Redo => self.undo_redo(false),
            Command::FocusSearch => {
                self.settings.show_catalog = true;
                ctx.memory_mut(|m| m.request_focus(catalog_panel::search_box_id()));
            }
            Command::ToggleSnap => self.settings.snap_to_grid ^= true,
            Command::ToggleCatalog => self.settings.show_catalog ^= true,
            Command::ToggleInspector => self.settings.show_inspector ^= true,
            Command::ToggleAnalysis => self.settings.show_analysis ^= true,
            Command::ToggleLegend => self.settings.show_legend ^= true,
            Command::Duplicate => self.duplicate(),
            Command::Copy => self.copy(ctx),
            Command::Paste => self.paste(),
            Command::AddCandidate => self.change_candidate(CandidateChange::Add),
            Command::DuplicateCandidate => self.change_candidate(CandidateChange::Duplicate),
            Command::DeleteCandidate => self.change_candidate(CandidateChange::Delete),
            Command::MoveCandidateLeft => self.change_candidate(CandidateChange::Move(-1)),
            Command::MoveCandidateRight => self.change_candidate(CandidateChange::Move(1)),
            Command::RenameCandidate => self.rename_candidate(),
            Command::NextCandidate => self.step(1),
            Command::PreviousCandidate => self.step(-1),
            Command::Quit => self.request(Some(ctx), Request::Leave(Intent::Close)),
            Command::ExportAdr => self.open_export(super::export_dialog::ExportTab::Adr),
            Command::ExportMermaid => self.open_export(super::export_dialog::ExportTab::Mermaid),
            Command::Present
            | Command::LeavePresentation
            | Command::LargerText
            | Command::SmallerText
            | Command::AllFindings => {
                self.presentation_command(command);
            }
            Command::Delete
            | Command::Rename
            | Command::SelectAll
            | Command::ZoomIn
            | Command::ZoomOut
            | Command::ZoomReset
            | Command::ZoomToFit => self.canvas_command(command),
        }
    }

    /// Saving or leaving the document while a text field is being edited
    /// first ends the edit (which commits it), then runs a frame later.
    fn commit_text_first(&mut self, ctx: &egui::Context, command: Command) -> bool {
        let leaves_document = command.typing() == Typing::CommitsTextFirst;
        let Some(field) = ctx
            .memory(egui::Memory::focused)
            .filter(|_| leaves_document)
        else {
            return false;
        };
        ctx.memory_mut(|m| m.surrender_focus(field));
        self.deferred.push(Action::Command(command));
        ctx.request_repaint();
        true
    }

    fn canvas_command(&mut self, command: Command) {
        let Some(input) = frame_ctx!(self).canvas_input() else {
            return;
        };
        if let Some(edit) = self.canvas.command(command, &input) {
            self.edit(edit);
        }
    }

    fn undo_redo(&mut self, undo: bool) {
        if self.canvas.is_busy() {
            return;
        }
        let result = if undo {
            self.session.document_mut().undo()
        } else {
            self.session.document_mut().redo()
        };
        if let Err(err) = result {
            self.notices.error(format!(
                "Could not {}: {err}",
                if undo { "undo" } else { "redo" }
            ));
        }
    }

    /// Turns a window close into a question while there are unsaved changes.
    pub(super) fn handle_close_request(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) {
            self.request(Some(ctx), Request::CloseRequested);
        }
    }
}
