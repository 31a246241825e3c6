//! Files for the app: opening, saving, examples, mermaid import, catalog
//! folders, recovery after a crash, and remembering where each file was
//! left. Every failure becomes a message in the window; the current
//! document stays as it was.

use std::path::{Path, PathBuf};

use super::app::PlinthApp;
use super::canvas::Selection;
use super::canvas::view::View;
use super::document::Document;
use super::settings::FileView;
use crate::catalog::CatalogLoader;
use crate::design::{CandidateId, NodeId};
use crate::import::mermaid::import_mermaid;
use crate::storage::{self, autosave};
use crate::workspace::Workspace;
use crate::workspace::examples::example_text;
use crate::workspace::file;

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

    /// Opens `path`, replacing the document (the caller asked about unsaved work).
    pub(super) fn open_now(&mut self, path: &Path) {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        match storage::load_workspace(&path) {
            Ok(workspace) => {
                storage::leftovers::remove_leftovers(&path);
                self.replace_document(Document::new(workspace, Some(path.clone()), ""));
                self.settings.remember(&path);
                self.restore_view(&path);
                self.offer_recovery(Some(path));
            }
            Err(problem) => {
                self.notices
                    .error(format!("Could not open the workspace: {problem}"));
                if !path.exists() {
                    self.settings.forget(&path);
                }
            }
        }
    }

    pub(super) fn open_example(&mut self, name: &'static str) {
        let parsed =
            example_text(name).map(|text| file::from_str(&format!("example {name}"), text));
        match parsed {
            Some(Ok(workspace)) => {
                self.replace_document(Document::new(workspace, None, &format!("{name} example")));
            }
            Some(Err(problem)) => self
                .notices
                .error(format!("The built-in example is broken: {problem}")),
            None => self
                .notices
                .error(format!("There is no example called {name}")),
        }
    }

    /// Reads a mermaid flowchart into a new, unsaved workspace with one
    /// candidate (as `plinth import mermaid` does); warnings are listed.
    pub(super) fn import_mermaid(&mut self, path: &Path) {
        let name = path.display().to_string();
        let text = match storage::text::read_text(path) {
            Ok(text) => text,
            Err(problem) => {
                return self.notices.error(format!("Could not import {problem}"));
            }
        };
        let title = path.file_stem().map_or_else(
            || "Imported".to_owned(),
            |s| s.to_string_lossy().into_owned(),
        );
        let mut workspace = Workspace::new(&title);
        match import_mermaid(&text, &title, &self.catalog, workspace.fresh_id()) {
            Ok(import) => {
                for warning in &import.warnings {
                    self.notices.info(format!("{name}: {warning}"));
                }
                workspace.push_candidate(import.candidate);
                self.replace_document(
                    Document::new(workspace, None, &format!("{title} (imported)")).unsaved(),
                );
            }
            Err(e) => self.notices.error(format!("Could not import {name}: {e}")),
        }
    }

    /// Saves to the document's file, or asks for one.
    pub(super) fn save(&mut self, ctx: &egui::Context) {
        match self.doc.path().map(Path::to_path_buf) {
            Some(path) => {
                self.save_to(ctx, &path);
            }
            None => self.files.ask(ctx, super::files::Purpose::SaveAs, None),
        }
    }

    /// Saves to `path`; returns whether it worked. When another program
    /// changed the document's file since it was opened or saved here, asks
    /// first (`disk_conflict`) and returns false.
    pub(super) fn save_to(&mut self, ctx: &egui::Context, path: &Path) -> bool {
        if self.doc.changed_on_disk(path) {
            self.disk_conflict = Some(path.to_path_buf());
            return false;
        }
        self.write_to(ctx, path)
    }

    /// "Overwrite" answered to "the file changed on disk": saves, keeping
    /// the other version as the backup.
    pub(super) fn overwrite_changed_file(&mut self, ctx: &egui::Context) {
        let Some(path) = self.disk_conflict.take() else {
            return;
        };
        if self.write_to(ctx, &path) {
            self.notices.info(format!(
                "Saved over the changed {}; the version on disk before is kept as {}",
                path.display(),
                storage::atomic::backup_path(&path).display()
            ));
        }
    }

    /// "Cancel" answered to "the file changed on disk": nothing is written,
    /// and what was to follow the save does not happen.
    pub(super) fn keep_changed_file(&mut self) {
        self.disk_conflict = None;
        self.after_save = None;
    }

    /// Writes the document to `path` without asking.
    fn write_to(&mut self, ctx: &egui::Context, path: &Path) -> bool {
        if let Err(problem) = storage::save_workspace(path, self.doc.workspace()) {
            self.notices.error(format!("Could not save: {problem}"));
            self.after_save = None;
            return false;
        }
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        self.autosave.discard(self.doc.path());
        self.doc.saved_as(&path);
        self.autosave.discard(Some(&path));
        self.settings.remember(&path);
        if let Some(intent) = self.after_save.take() {
            self.proceed(ctx, intent);
        }
        true
    }

    /// Shows a new document, forgetting everything about the old one.
    pub(super) fn replace_document(&mut self, doc: Document) {
        self.remember_view();
        self.doc = doc;
        self.doc_serial += 1;
        self.canvas.reset();
        self.recovery = None;
        self.finding = None;
        self.comparison = Default::default();
        self.tabs = Default::default();
        self.context_draft = Default::default();
        self.export.tab = None;
        self.export.question = None;
        if self.presenting.is_some() {
            self.presenting = Some(super::present::Presentation::start(
                &mut self.canvas,
                self.doc.current_id(),
            ));
        }
    }

    /// Offers the autosaved work of `path` (or of untitled work) if it is
    /// newer than the file.
    pub(super) fn offer_recovery(&mut self, path: Option<PathBuf>) {
        let Some(recovery) = self.autosave.recovery_path(path.as_deref()) else {
            return;
        };
        match autosave::pending_recovery(&recovery, path.as_deref()) {
            Some(Ok(workspace)) => self.recovery = Some((workspace, path)),
            Some(Err(problem)) => self
                .notices
                .error(format!("The autosaved work could not be read: {problem}")),
            None => {}
        }
    }

    pub(super) fn recover(&mut self) {
        let Some((workspace, path)) = self.recovery.take() else {
            return;
        };
        self.replace_document(Document::new(workspace, path, "Recovered").unsaved());
    }

    pub(super) fn discard_recovery(&mut self) {
        if let Some((_, path)) = self.recovery.take() {
            self.autosave.discard(path.as_deref());
        }
    }

    /// Remembers the tab, selection, pan and zoom of the open file.
    pub(super) fn remember_view(&mut self) {
        let Some(path) = self.doc.path().map(Path::to_path_buf) else {
            return;
        };
        let view = FileView {
            candidate: self.doc.current_id().map(|c| c.0),
            selection: self.canvas.selection.nodes.iter().map(|n| n.0).collect(),
            pan: Some([self.canvas.view.pan.x, self.canvas.view.pan.y]),
            zoom: Some(self.canvas.view.zoom),
        };
        self.settings.set_view(&path, view);
    }

    fn restore_view(&mut self, path: &Path) {
        let Some(saved) = self.settings.view(path).cloned() else {
            return;
        };
        if let Some(id) = saved.candidate {
            self.doc.select_candidate(CandidateId(id));
        }
        let Some(candidate) = self.doc.current_id() else {
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
