//! The window's own file work: loading the catalog and its folders,
//! looking for autosaved work to offer back (for the file opened, or at a
//! plain start for untitled work and the last opened files), and
//! remembering where each file was left.

use std::path::{Path, PathBuf};

use super::app::AppOptions;
use super::autosave::Autosave;
use super::canvas::view::View;
use super::canvas::{CanvasState, Selection};
use super::dialogs::Notices;
use super::settings::{FileView, Settings};
use crate::catalog::{Catalog, CatalogLoader};
use crate::design::{CandidateId, NodeId};
use crate::session::Session;
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

/// Where the catalog comes from and what loading it changes: the
/// embedded patterns, the user folder, `--catalog` and the folders added in
/// the window.
pub struct CatalogHome<'a> {
    pub options: &'a AppOptions,
    pub settings: &'a mut Settings,
    pub notices: &'a mut Notices,
    pub catalog: &'a mut Catalog,
    /// Counts loads, to key derived results.
    pub serial: &'a mut u64,
}

impl CatalogHome<'_> {
    /// Loads the catalog: embedded, user folder, `--catalog` and added folders.
    pub fn reload(&mut self) {
        let mut loader =
            CatalogLoader::embedded().allow_unrated_overrides(self.options.allow_unrated);
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
        *self.serial += 1;
        for problem in &outcome.problems {
            self.notices.error(format!("Catalog: {problem}"));
        }
        *self.catalog = outcome.catalog;
    }

    pub fn add_folder(&mut self, path: &Path) {
        if !path.is_dir() {
            self.notices
                .error(format!("{}: not a folder that can be read", path.display()));
            return;
        }
        let before = self.catalog.len();
        if !self.settings.catalog_folders.iter().any(|p| p == path) {
            self.settings.catalog_folders.push(path.to_path_buf());
        }
        self.reload();
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
    pub fn remove_folder(&mut self, path: &Path) {
        let before = self.catalog.len();
        self.settings.catalog_folders.retain(|p| p != path);
        self.reload();
        let removed = before.saturating_sub(self.catalog.len());
        self.notices.info(format!(
            "{}: removed from the catalog ({removed} pattern(s) fewer)",
            path.display()
        ));
    }
}

/// The recovery file of `path` (or of untitled work), with whose it is.
pub fn recovery_of(autosave: &Autosave, path: Option<PathBuf>) -> Vec<(PathBuf, Option<PathBuf>)> {
    autosave
        .recovery_path(path.as_deref())
        .map(|r| (r, path))
        .into_iter()
        .collect()
}

/// At a plain start: the recovery files of untitled work and of the last
/// opened files.
pub fn recovery_at_start(
    autosave: &Autosave,
    settings: &Settings,
) -> Vec<(PathBuf, Option<PathBuf>)> {
    let untitled = autosave.recovery_path(None).map(|r| (r, None));
    let recent = settings.recent.iter().filter_map(|path| {
        let recovery = autosave.recovery_path(Some(path))?;
        Some((recovery, Some(path.clone())))
    });
    untitled.into_iter().chain(recent).collect()
}

/// Offers the most recently edited of `files` whose autosave is newer
/// than its file.
pub fn offer_recovery(
    files: Vec<(PathBuf, Option<PathBuf>)>,
    session: &mut Session,
    notices: &mut Notices,
) {
    let Some(pending) = autosave::newest_pending(files) else {
        return;
    };
    match pending.workspace {
        Ok(workspace) => session.offer_recovery(workspace, pending.path, Some(pending.edited)),
        Err(problem) => notices.error(format!("The autosaved work could not be read: {problem}")),
    }
}

/// Remembers the canvas view of the file at `path`, showing `candidate`.
pub fn remember_view_of(
    settings: &mut Settings,
    canvas: &CanvasState,
    path: &Path,
    candidate: Option<CandidateId>,
) {
    let view = FileView {
        candidate: candidate.map(|c| c.0),
        selection: canvas.selection.nodes.iter().map(|n| n.0).collect(),
        pan: Some([canvas.view.pan.x, canvas.view.pan.y]),
        zoom: Some(canvas.view.zoom),
    };
    settings.set_view(path, view);
}

/// Shows the file at `path` where it was left: its tab, selection, pan and zoom.
pub fn restore_view(
    settings: &Settings,
    session: &mut Session,
    canvas: &mut CanvasState,
    path: &Path,
) {
    let Some(saved) = settings.view(path).cloned() else {
        return;
    };
    if let Some(id) = saved.candidate {
        session.document_mut().select_candidate(CandidateId(id));
    }
    let Some(candidate) = session.document().current_id() else {
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
    canvas.restore(candidate, view, selection);
}
