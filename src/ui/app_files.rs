//! The runner between the window and the session: requests go to
//! [`crate::session::Session`], and the effects it returns (ask for a path,
//! close, a notice, a new document) are carried out here. Also the
//! window's own file work: catalog folders, looking for autosaved work to
//! offer back, and remembering where each file was left.

use std::path::{Path, PathBuf};

use super::app::PlinthApp;
use super::canvas::Selection;
use super::canvas::view::View;
use super::files::Purpose;
use super::settings::FileView;
use crate::catalog::CatalogLoader;
use crate::design::{CandidateId, NodeId};
use crate::session::{Effect, Left, Request};
use crate::storage::autosave;

/// Whether `folder` has Markdown files but no pattern files (`.ron`).
fn holds_markdown_only(folder: &Path) -> bool {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return false;
    };
    let extensions: Vec<String> = entries
        .flatten()
        .filter_map(|e| {
            let path = e.path();
            Some(path.extension()?.to_string_lossy().to_ascii_lowercase())
        })
        .collect();
    extensions.iter().any(|e| e == "md") && !extensions.iter().any(|e| e == "ron")
}

impl PlinthApp {
    /// Loads the catalog: embedded, user folder, `--catalog` and added folders.
    pub(super) fn reload_catalog(&mut self) {
        let mut loader = CatalogLoader::embedded();
        if !self.options.no_user_catalog {
            loader = loader.with_user_folder();
        }
        for dir in self
            .options
            .catalog_dirs
            .iter()
            .chain(&self.settings.catalog_folders)
        {
            loader = loader.with_folder(dir);
        }
        let outcome = loader.load();
        self.catalog_serial += 1;
        for problem in &outcome.problems {
            self.notices.error(format!("Catalog: {problem}"));
        }
        self.catalog = outcome.catalog;
    }

    pub(super) fn add_catalog_folder(&mut self, path: &Path) {
        if !path.is_dir() {
            self.notices
                .error(format!("{}: not a folder that can be read", path.display()));
            return;
        }
        let before = self.catalog.len();
        if !self.settings.catalog_folders.iter().any(|p| p == path) {
            self.settings.catalog_folders.push(path.to_path_buf());
        }
        self.reload_catalog();
        let added = self.catalog.len().saturating_sub(before);
        self.notices.info(format!(
            "{}: {added} new pattern(s) in the catalog",
            path.display()
        ));
        if added == 0 && holds_markdown_only(path) {
            self.notices.info(format!(
                "{}: this folder holds Markdown, not pattern files (.ron). To use a Layra \
                 catalog, convert it first: plinth catalog import CATALOG.md --out FOLDER",
                path.display()
            ));
        }
    }

    /// Stops loading pattern files from an added folder.
    pub(super) fn remove_catalog_folder(&mut self, path: &Path) {
        let before = self.catalog.len();
        self.settings.catalog_folders.retain(|p| p != path);
        self.reload_catalog();
        let removed = before.saturating_sub(self.catalog.len());
        self.notices.info(format!(
            "{}: removed from the catalog ({removed} pattern(s) fewer)",
            path.display()
        ));
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
                self.restore_view(&path);
                self.offer_recovery(Some(path));
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
            self.remember_view_of(path, left.candidate);
        }
        self.canvas.reset();
        self.finding = None;
        self.comparison = Default::default();
        self.tabs = Default::default();
        self.context_draft = Default::default();
        self.export.tab = None;
        self.export.question = None;
        if self.presenting.is_some() {
            self.presenting = Some(super::present::Presentation::start(
                &mut self.canvas,
                self.session.document().current_id(),
            ));
            self.session.start_presenting();
        }
    }

    /// Offers the autosaved work of `path` (or of untitled work) if it is
    /// newer than the file.
    pub(super) fn offer_recovery(&mut self, path: Option<PathBuf>) {
        let Some(recovery) = self.autosave.recovery_path(path.as_deref()) else {
            return;
        };
        self.offer_newest(vec![(recovery, path)]);
    }

    /// At a plain start: offers the most recently edited autosave of
    /// untitled work or of the last opened files that is newer than its
    /// file.
    pub(super) fn offer_recovery_at_start(&mut self) {
        let untitled = self.autosave.recovery_path(None).map(|r| (r, None));
        let recent = self.settings.recent.iter().filter_map(|path| {
            let recovery = self.autosave.recovery_path(Some(path))?;
            Some((recovery, Some(path.clone())))
        });
        let files = untitled.into_iter().chain(recent).collect();
        self.offer_newest(files);
    }

    fn offer_newest(&mut self, files: Vec<(PathBuf, Option<PathBuf>)>) {
        let Some(pending) = autosave::newest_pending(files) else {
            return;
        };
        match pending.workspace {
            Ok(workspace) => {
                self.session
                    .offer_recovery(workspace, pending.path, Some(pending.edited));
            }
            Err(problem) => self
                .notices
                .error(format!("The autosaved work could not be read: {problem}")),
        }
    }

    /// Remembers the tab, selection, pan and zoom of the open file.
    pub(super) fn remember_view(&mut self) {
        let Some(path) = self.session.document().path().map(Path::to_path_buf) else {
            return;
        };
        self.remember_view_of(&path, self.session.document().current_id());
    }

    /// Remembers the canvas view of the file at `path`, showing `candidate`.
    fn remember_view_of(&mut self, path: &Path, candidate: Option<CandidateId>) {
        let view = FileView {
            candidate: candidate.map(|c| c.0),
            selection: self.canvas.selection.nodes.iter().map(|n| n.0).collect(),
            pan: Some([self.canvas.view.pan.x, self.canvas.view.pan.y]),
            zoom: Some(self.canvas.view.zoom),
        };
        self.settings.set_view(path, view);
    }

    fn restore_view(&mut self, path: &Path) {
        let Some(saved) = self.settings.view(path).cloned() else {
            return;
        };
        if let Some(id) = saved.candidate {
            self.session
                .document_mut()
                .select_candidate(CandidateId(id));
        }
        let Some(candidate) = self.session.document().current_id() else {
            return;
        };
        let view = match (saved.pan, saved.zoom) {
            (Some([x, y]), Some(zoom)) => Some(View {
                pan: egui::vec2(x, y),
                zoom,
            }),
            _ => None,
        };
        let selection = Selection {
            nodes: saved.selection.iter().map(|n| NodeId(*n)).collect(),
            edges: Default::default(),
        };
        self.canvas.restore(candidate, view, selection);
    }
}
