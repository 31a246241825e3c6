//! The one place where actions are applied: document edits through the
//! history, commands, navigation, and the questions that guard unsaved work
//! (new, open, close).

use super::actions::Action;
use super::app::PlinthApp;
use super::app_export::ExportRun;
use super::app_files;
use super::canvas::Selection;
use super::catalog_panel;
use super::commands::{Command, Typing};
use super::export_dialog::ExportTab;
use super::files::Purpose;
use super::finding_focus;
use super::frame::frame_ctx;
use super::present::Presentation;
use super::settings::{PRESENT_SCALE_RANGE, PRESENT_SCALE_STEP};
use super::theme;
use crate::design::Point;
use crate::session::{CandidateChange, Effect, Intent, Left, Request};
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
            Action::AddCatalogFolder(path) => self.catalog_home().add_folder(&path),
            Action::RemoveCatalogFolder(path) => self.catalog_home().remove_folder(&path),
            Action::ReloadCatalog => {
                self.catalog_home().reload();
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
            Action::ChooseDatum(choice) => self.comparison.datum = choice,
            Action::SelectFinding(index) => {
                let findings = self
                    .session
                    .document()
                    .current_id()
                    .map_or(&[][..], |id| self.session.derived().findings(id));
                finding_focus::select(&mut self.finding, &mut self.canvas, findings, index);
            }
            Action::Export(action) => {
                let frame = frame_ctx!(self);
                let mut run = ExportRun {
                    export: &mut self.export,
                    files: &mut self.files,
                    notices: &mut self.notices,
                };
                run.run(ctx, &frame.export_input(), action);
            }
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
            Command::ExportAdr => self.open_export(ExportTab::Adr),
            Command::ExportMermaid => self.open_export(ExportTab::Mermaid),
            Command::ExportPicture => self.open_export(ExportTab::Picture),
            Command::ExportReport => self.open_export(ExportTab::Report),
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
            | Command::Arrange
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
        let frame = frame_ctx!(self);
        self.export.open(tab, &frame.export_input());
    }

    /// Sends `request` to the session and carries out what it asks of the
    /// window. Without a frame (`ctx` is `None`, at start-up) the window's
    /// own effects wait for the first frame.
    pub(super) fn request(&mut self, ctx: Option<&egui::Context>, request: Request) {
        for effect in self.session.apply(request, &self.catalog) {
            self.carry_out(ctx, effect);
        }
    }

    /// Does what the session asked of the window.
    pub(super) fn carry_out(&mut self, ctx: Option<&egui::Context>, effect: Effect) {
        match (effect, ctx) {
            (Effect::AskPath(question, suggestion), Some(ctx)) => {
                self.files.ask(ctx, Purpose::from(question), suggestion);
            }
            (Effect::CopyText(text), Some(ctx)) => ctx.copy_text(text),
            (Effect::Close, Some(ctx)) => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            (Effect::CancelClose, Some(ctx)) => {
                ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            }
            (
                effect @ (Effect::AskPath(..)
                | Effect::CopyText(_)
                | Effect::Close
                | Effect::CancelClose),
                None,
            ) => {
                self.later.push(effect);
            }
            (Effect::Notice(notice), _) => self.notices.push(notice),
            (Effect::Replaced(left), _) => self.document_replaced(&left),
            (Effect::Opened(path), _) => {
                self.settings.remember(&path);
                app_files::restore_view(&self.settings, &mut self.session, &mut self.canvas, &path);
                let files = app_files::recovery_of(&self.autosave, Some(path));
                app_files::offer_recovery(files, &mut self.session, &mut self.notices);
            }
            (Effect::Saved(path), _) => self.settings.remember(&path),
            (Effect::Forget(path), _) => self.settings.forget(&path),
            (Effect::DiscardAutosave(path), _) => self.autosave.discard(path.as_deref()),
        }
    }

    /// Another document is shown: remembers where the old one was left and
    /// forgets the window state that belonged to it.
    fn document_replaced(&mut self, left: &Left) {
        if let Some(path) = &left.path {
            app_files::remember_view_of(&mut self.settings, &self.canvas, path, left.candidate);
        }
        self.canvas.reset();
        self.finding = None;
        self.comparison = Default::default();
        self.tabs = Default::default();
        self.context_draft = Default::default();
        self.export.tab = None;
        self.export.question = None;
        if self.presenting.is_some() {
            self.presenting = Some(Presentation::start(
                &mut self.canvas,
                self.session.document().current_id(),
            ));
            self.session.start_presenting();
        }
    }
}
