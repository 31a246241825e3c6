//! The open document: the workspace, its undo history, where it lives on
//! disk and which candidate the canvas shows. Every change goes through
//! [`Document::apply`], that is through [`History`].

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::design::{Candidate, CandidateId};
use crate::geometry::Geometry;
use crate::history::History;
use crate::storage::stamp::{DiskChange, FileStamp};
use crate::workspace::{Edit, EditError, Workspace, clipboard};

/// One open workspace.
pub struct Document {
    workspace: Workspace,
    history: History,
    /// The file it was opened from or saved to; `None` until saved.
    path: Option<PathBuf>,
    /// Shown in the title while there is no path ("checkout example").
    untitled_name: String,
    /// The candidate on the canvas.
    current: Option<CandidateId>,
    /// Recovered or imported work that is not on disk yet, even though the
    /// history has no step.
    unsaved_without_steps: bool,
    /// The file as it was when opened or last saved.
    disk_stamp: Option<FileStamp>,
    /// The geometry of a candidate as opened, worked out ahead (see
    /// `prefetch`); good until the first change.
    geometry_ahead: Option<(CandidateId, Arc<Geometry>)>,
}

impl Document {
    /// A document for `workspace`, unchanged since `path` (if any).
    pub fn new(workspace: Workspace, path: Option<PathBuf>, untitled_name: &str) -> Self {
        let current = workspace.candidates().first().map(|c| c.id);
        let disk_stamp = path.as_deref().and_then(FileStamp::of);
        Self {
            workspace,
            history: History::new(),
            path,
            untitled_name: untitled_name.to_owned(),
            current,
            unsaved_without_steps: false,
            disk_stamp,
            geometry_ahead: None,
        }
    }

    /// The document with the geometry of one of its candidates, worked out
    /// ahead from the same workspace.
    #[must_use]
    pub fn with_geometry_ahead(mut self, geometry: Option<(CandidateId, Arc<Geometry>)>) -> Self {
        self.geometry_ahead = geometry;
        self
    }

    /// The geometry of `candidate` worked out ahead, while nothing has changed
    /// since the document was opened.
    pub fn geometry_ahead(&self, candidate: CandidateId) -> Option<&Arc<Geometry>> {
        let (id, geometry) = self.geometry_ahead.as_ref()?;
        (*id == candidate && self.history.revision() == 0).then_some(geometry)
    }

    /// An empty workspace with one empty candidate, ready to draw on; its
    /// title is asked for (the side panel's title prompt).
    pub fn empty() -> Self {
        let mut workspace = Workspace::new("");
        let id = CandidateId(workspace.fresh_id());
        workspace.push_candidate(Candidate::new(id, "Candidate A"));
        Self::new(workspace, None, "Untitled")
    }

    /// Work that exists only in memory (recovered, imported): dirty from the start.
    #[must_use]
    pub fn unsaved(mut self) -> Self {
        self.unsaved_without_steps = true;
        self
    }

    /// Whether saving to `path` would overwrite a version of the document's
    /// own file that another program (or window) wrote since it was opened
    /// or last saved here.
    pub fn changed_on_disk(&self, path: &Path) -> bool {
        let same_file = self
            .path
            .as_deref()
            .is_some_and(|own| own == path || std::fs::canonicalize(path).is_ok_and(|p| p == own));
        same_file
            && self
                .disk_stamp
                .is_some_and(|stamp| stamp.change(path) == DiskChange::Changed)
    }

    pub fn workspace(&self) -> &Workspace {
        &self.workspace
    }

    pub fn history(&self) -> &History {
        &self.history
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The file name, or the untitled name.
    pub fn display_name(&self) -> String {
        self.path.as_deref().and_then(Path::file_name).map_or_else(
            || self.untitled_name.clone(),
            |n| n.to_string_lossy().into_owned(),
        )
    }

    pub fn is_dirty(&self) -> bool {
        self.unsaved_without_steps || self.history.is_dirty()
    }

    /// The window title: file name, a dot when there are unsaved changes.
    pub fn title(&self) -> String {
        let mark = if self.is_dirty() { "● " } else { "" };
        format!("{mark}{} — Plinth", self.display_name())
    }

    /// The candidate on the canvas, if the workspace has any.
    pub fn current(&self) -> Option<&Candidate> {
        self.current.and_then(|id| self.workspace.candidate(id))
    }

    pub fn current_id(&self) -> Option<CandidateId> {
        self.current().map(|c| c.id)
    }

    /// Shows another candidate (ignored if it does not exist).
    pub fn select_candidate(&mut self, id: CandidateId) {
        if self.workspace.candidate(id).is_some() {
            self.current = Some(id);
        }
    }

    /// Applies one undoable edit.
    pub fn apply(&mut self, edit: Edit) -> Result<(), EditError> {
        let added = match &edit {
            Edit::AddCandidate { candidate, .. } => Some(candidate.id),
            _ => None,
        };
        self.history.apply(&mut self.workspace, edit)?;
        if let Some(id) = added {
            self.current = Some(id);
        }
        self.keep_current_valid();
        Ok(())
    }

    pub fn undo(&mut self) -> Result<bool, EditError> {
        let done = self.history.undo(&mut self.workspace)?;
        self.keep_current_valid();
        Ok(done)
    }

    pub fn redo(&mut self) -> Result<bool, EditError> {
        let done = self.history.redo(&mut self.workspace)?;
        self.keep_current_valid();
        Ok(done)
    }

    /// Records a successful save to `path`.
    pub fn saved_as(&mut self, path: &Path) {
        self.disk_stamp = FileStamp::of(path);
        self.path = Some(path.to_path_buf());
        self.history.mark_saved();
        self.unsaved_without_steps = false;
    }

    /// The edit that adds a new empty candidate after the others.
    pub fn add_candidate_edit(&self) -> Edit {
        let letter = char::from(b'A' + (self.workspace.candidates().len() % 26) as u8);
        clipboard::new_candidate_edit(&self.workspace, &format!("Candidate {letter}"))
    }

    fn keep_current_valid(&mut self) {
        if self.current().is_none() {
            self.current = self.workspace.candidates().first().map(|c| c.id);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undoing_an_added_candidate_falls_back_to_the_first() {
        let mut doc = Document::empty();
        let first = doc.current_id();
        doc.apply(doc.add_candidate_edit()).unwrap();
        assert_ne!(doc.current_id(), first);
        assert_eq!(doc.workspace().candidates()[1].name, "Candidate B");
        doc.undo().unwrap();
        assert_eq!(doc.current_id(), first);
        assert!(!doc.is_dirty());
        assert_eq!(doc.title(), "Untitled — Plinth");
    }

    #[test]
    fn recovered_work_is_dirty_until_saved() {
        let mut doc = Document::empty().unsaved();
        assert!(doc.title().starts_with('●'));
        doc.saved_as(Path::new("/tmp/x.ron"));
        assert!(!doc.is_dirty());
        assert_eq!(doc.display_name(), "x.ron");
    }
}
