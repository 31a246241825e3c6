//! The one place where actions are applied: document edits through the
//! history, commands, navigation, and the questions that guard unsaved work
//! (new, open, close).

use super::actions::Action;
use super::app::PlinthApp;
use super::canvas::CanvasInput;
use super::catalog_panel;
use super::commands::Command;
use super::dialogs::{Answer, Intent};
use super::files::Purpose;
use crate::workspace::Edit;

impl PlinthApp {
    /// Applies one action.
    pub(super) fn apply(&mut self, ctx: &egui::Context, action: Action) {
        match action {
            Action::Edit(edit) => self.edit(edit),
            Action::Command(command) => self.run_command(ctx, command),
            Action::ShowPattern(id) => self.settings.open_pattern = Some(id),
            Action::ClosePattern => self.settings.open_pattern = None,
            Action::SelectCandidate(id) => self.doc.select_candidate(id),
            Action::AddCandidate => self.edit(self.doc.add_candidate_edit()),
            Action::Open(path) => self.guard(ctx, Intent::Open(path)),
            Action::OpenExample(name) => self.guard(ctx, Intent::OpenExample(name)),
            Action::ImportMermaid(path) => self.guard(ctx, Intent::Import(path)),
            Action::SaveTo(path) => {
                self.save_to(ctx, &path);
            }
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
            Action::Recover => self.recover(),
            Action::DiscardRecovery => self.discard_recovery(),
            Action::OverwriteChangedFile => self.overwrite_changed_file(ctx),
            Action::KeepChangedFile => self.keep_changed_file(),
            Action::SaveChangedFileAs => {
                self.disk_conflict = None;
                self.files.ask(ctx, Purpose::SaveAs, None);
            }
            Action::CloseNow => {
                self.close_confirmed = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    /// Applies a document edit as one undoable step.
    pub(super) fn edit(&mut self, edit: Edit) {
        if let Err(err) = self.doc.apply(edit) {
            self.notices
                .error(format!("That change could not be made: {err}"));
        }
    }

    fn run_command(&mut self, ctx: &egui::Context, command: Command) {
        if self.commit_text_first(ctx, command) {
            return;
        }
        match command {
            Command::New => self.guard(ctx, Intent::New),
            Command::Open => self.guard(ctx, Intent::OpenDialog),
            Command::Save => self.save(ctx),
            Command::SaveAs => self.files.ask(
                ctx,
                Purpose::SaveAs,
                self.doc.path().map(std::path::Path::to_path_buf),
            ),
            Command::ImportMermaid => self.guard(ctx, Intent::ImportDialog),
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
            Command::AddCandidate
            | Command::DuplicateCandidate
            | Command::RenameCandidate
            | Command::DeleteCandidate
            | Command::MoveCandidateLeft
            | Command::MoveCandidateRight
            | Command::NextCandidate
            | Command::PreviousCandidate => self.candidate_command(command),
            Command::ExportAdr => self.open_export(super::export_dialog::ExportTab::Adr),
            Command::ExportMermaid => self.open_export(super::export_dialog::ExportTab::Mermaid),
            Command::Present
            | Command::LeavePresentation
            | Command::LargerText
            | Command::SmallerText => {
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
        let leaves_document = matches!(
            command,
            Command::New
                | Command::Open
                | Command::Save
                | Command::SaveAs
                | Command::ImportMermaid
                | Command::ExportAdr
                | Command::ExportMermaid
                | Command::Present
        );
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
        let Some(candidate) = self.doc.current() else {
            return;
        };
        let input = CanvasInput {
            candidate,
            catalog: &self.catalog,
            findings: &[],
            snap: self.settings.snap_to_grid,
            legend: self.settings.show_legend,
            next_id: self.doc.workspace().fresh_id(),
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
            self.doc.undo()
        } else {
            self.doc.redo()
        };
        if let Err(err) = result {
            self.notices.error(format!(
                "Could not {}: {err}",
                if undo { "undo" } else { "redo" }
            ));
        }
    }

    /// Runs `intent` now, or first asks whether to save unsaved changes.
    pub(super) fn guard(&mut self, ctx: &egui::Context, intent: Intent) {
        if self.doc.is_dirty() && !self.close_confirmed {
            self.confirming = Some(intent);
        } else {
            self.proceed(ctx, intent);
        }
    }

    /// The answer to "save changes first?".
    pub(super) fn answer(&mut self, ctx: &egui::Context, intent: Intent, answer: Answer) {
        match answer {
            Answer::Cancel => {}
            Answer::Discard => {
                self.autosave.discard(self.doc.path());
                self.proceed(ctx, intent);
            }
            Answer::Save => match self.doc.path().map(std::path::Path::to_path_buf) {
                Some(path) => {
                    // A successful save goes on with the intent; one waiting
                    // on "the file changed on disk" goes on once answered.
                    self.after_save = Some(intent);
                    self.save_to(ctx, &path);
                }
                None => {
                    self.after_save = Some(intent);
                    self.files.ask(ctx, Purpose::SaveAs, None);
                }
            },
        }
    }

    /// Does what was asked, unsaved changes having been dealt with.
    pub(super) fn proceed(&mut self, ctx: &egui::Context, intent: Intent) {
        match intent {
            Intent::New => self.replace_document(super::document::Document::empty()),
            Intent::OpenDialog => self.files.ask(
                ctx,
                Purpose::Open,
                self.doc.path().map(std::path::Path::to_path_buf),
            ),
            Intent::Open(path) => self.open_now(&path),
            Intent::OpenExample(name) => self.open_example(name),
            Intent::ImportDialog => self.files.ask(ctx, Purpose::ImportMermaid, None),
            Intent::Import(path) => self.import_mermaid(&path),
            Intent::Close => {
                self.close_confirmed = true;
                self.autosave.discard(self.doc.path());
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    /// Turns a window close into a question while there are unsaved changes.
    pub(super) fn handle_close_request(&mut self, ctx: &egui::Context) {
        if !ctx.input(|i| i.viewport().close_requested()) || self.close_confirmed {
            return;
        }
        if self.doc.is_dirty() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.confirming = Some(Intent::Close);
        } else {
            self.autosave.discard(self.doc.path());
        }
    }
}
