//! The session: the open document, its derived results (scores, findings,
//! fixes, sensitivity, cached by revision), the node clipboard, and what
//! the window does with files
//! (open, save, save as, "save changes first?", a file changed on disk,
//! recovery of autosaved work, closing), as data outside the window.
//!
//! The window sends a [`Request`]; [`Session::apply`] changes the document
//! and the [`Flow`] and returns the [`Effect`]s only a window can carry out
//! (ask for a path, close, show a notice, reset its view state). The flows
//! are therefore unit tests without a window (`tests.rs`).
//!
//! Names no UI crate: it is compiled and tested without the `gui`
//! feature.

mod candidates;
mod clipboard;
pub mod derived;
pub mod document;
mod files;
mod flow;
pub mod prefetch;
mod presentation;
#[cfg(test)]
mod tests;
pub mod walk;

use std::path::PathBuf;
use std::time::SystemTime;

pub use candidates::CandidateChange;
pub use clipboard::NodeClipboard;
pub use derived::{Derived, Revision};
pub use document::Document;
pub use flow::{Flow, Intent};
pub use presentation::{LAST_STOP, Presenting};

use crate::catalog::Catalog;
use crate::design::CandidateId;
use crate::evaluate::Sensitivity;
use crate::workspace::{Edit, Workspace};

/// What the window asks of the session.
#[derive(Debug, Clone, PartialEq)]
pub enum Request {
    /// Replace or close the document; asks first when there are unsaved
    /// changes.
    Leave(Intent),
    /// Save to the document's file, or ask for one.
    Save,
    /// Ask for a file, then save to it.
    SaveAs,
    /// Save to this file (the answer to "save as").
    SaveTo(PathBuf),
    /// A path dialog closed without a path.
    PathCancelled,
    /// "Save changes first?": save, then go on.
    SaveFirst,
    /// "Save changes first?": go on without saving.
    DontSave,
    /// "Save changes first?": do nothing.
    KeepEditing,
    /// Save over a file that another program changed since it was opened.
    OverwriteChangedFile,
    /// Do not save over a file that another program changed.
    KeepChangedFile,
    /// Save to another file instead of over a file that another program changed.
    SaveChangedFileAs,
    /// Take the autosaved work offered after a crash.
    Recover,
    /// Drop the autosaved work offered after a crash.
    DiscardRecovery,
    /// The window's close button was pressed.
    CloseRequested,
    /// Close the window now, without asking again.
    CloseNow,
}

/// What a path is asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathQuestion {
    Open,
    SaveAs,
    ImportMermaid,
}

/// A message for the window.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub text: String,
    pub is_error: bool,
}

/// The document that was replaced: its file and the candidate it showed,
/// so that the window can remember where it was left.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Left {
    pub path: Option<PathBuf>,
    pub candidate: Option<CandidateId>,
}

/// What only a window can do, in the order it should be done.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Ask the user for a path (a dialog or the prompt).
    AskPath(PathQuestion, Option<PathBuf>),
    /// Put this text on the system clipboard.
    CopyText(String),
    /// Close the window.
    Close,
    /// Keep the window open: the close button's request is now a question.
    CancelClose,
    Notice(Notice),
    /// Another document is shown: remember the view of the one left,
    /// forget per-document window state.
    Replaced(Left),
    /// A workspace file was opened: remember it among the recent files,
    /// restore its view, offer its autosaved work if newer.
    Opened(PathBuf),
    /// The document was saved to this file: remember it.
    Saved(PathBuf),
    /// A recent file that is gone.
    Forget(PathBuf),
    /// Delete the autosave of this file (or of untitled work).
    DiscardAutosave(Option<PathBuf>),
}

impl Effect {
    fn error(text: impl Into<String>) -> Self {
        Self::Notice(Notice {
            text: text.into(),
            is_error: true,
        })
    }

    fn info(text: impl Into<String>) -> Self {
        Self::Notice(Notice {
            text: text.into(),
            is_error: false,
        })
    }
}

/// The open document and the file flow.
pub struct Session {
    doc: Document,
    /// Counts opened documents, to key caches and the autosave.
    serial: u64,
    flow: Flow,
    /// Scores, findings, fixes and sensitivity, cached by revision.
    derived: Derived,
    /// Copied nodes (kept when another document is opened).
    clipboard: NodeClipboard,
    /// The presentation going on: its stop and focus.
    presenting: Option<Presenting>,
    /// A file being read ahead, taken by the next open of that file.
    prefetch: Option<prefetch::Prefetch>,
}

impl Default for Session {
    fn default() -> Self {
        Self::new(Document::empty())
    }
}

impl Session {
    pub fn new(doc: Document) -> Self {
        Self {
            doc,
            serial: 0,
            flow: Flow::Idle,
            derived: Derived::default(),
            clipboard: NodeClipboard::default(),
            presenting: None,
            prefetch: None,
        }
    }

    /// Lets the next open of the prefetched file take what was read ahead.
    pub fn expect_open(&mut self, prefetch: prefetch::Prefetch) {
        self.prefetch = Some(prefetch);
    }

    pub fn document(&self) -> &Document {
        &self.doc
    }

    /// The document, to apply edits, undo and choose the candidate shown.
    pub fn document_mut(&mut self) -> &mut Document {
        &mut self.doc
    }

    /// Changes each time another document is shown.
    pub fn serial(&self) -> u64 {
        self.serial
    }

    /// Scores and findings of the document as of the last
    /// [`Session::refresh`].
    pub fn derived(&self) -> &Derived {
        &self.derived
    }

    /// What derived data depends on: this document, its revision and the
    /// catalog's load (`catalog_serial`).
    pub fn revision(&self, catalog_serial: u64) -> Revision {
        Revision {
            document: self.serial,
            revision: self.doc.history().revision(),
            catalog: catalog_serial,
        }
    }

    /// Re-evaluates the scores if the document or the catalog changed.
    pub fn refresh(&mut self, catalog: &Catalog, catalog_serial: u64) -> bool {
        let key = self.revision(catalog_serial);
        self.derived.refresh(key, self.doc.workspace(), catalog)
    }

    /// The fix of each finding of `candidate` (computed once per revision).
    pub fn fixes(
        &mut self,
        catalog: &Catalog,
        catalog_serial: u64,
        candidate: CandidateId,
    ) -> &[Option<Edit>] {
        let key = self.revision(catalog_serial);
        self.derived
            .fixes(key, self.doc.workspace(), catalog, candidate)
    }

    /// The sensitivity analysis (computed once per revision, when shown).
    pub fn sensitivity(&mut self, catalog: &Catalog, catalog_serial: u64) -> &Sensitivity {
        let key = self.revision(catalog_serial);
        self.derived.sensitivity(key, self.doc.workspace(), catalog)
    }

    /// Where the file flow stands.
    pub fn flow(&self) -> &Flow {
        &self.flow
    }

    /// Applies one request; `catalog` is needed to import a flowchart.
    pub fn apply(&mut self, request: Request, catalog: &Catalog) -> Vec<Effect> {
        let mut effects = Vec::new();
        self.run(request, catalog, &mut effects);
        effects
    }

    /// Offers autosaved work of `path` (or of untitled work) back, last
    /// edited at `edited` (when known).
    pub fn offer_recovery(
        &mut self,
        workspace: Workspace,
        path: Option<PathBuf>,
        edited: Option<SystemTime>,
    ) {
        self.flow = Flow::Recovery {
            workspace: Box::new(workspace),
            path,
            edited,
        };
    }

    /// From now on the window closes without asking (screenshots).
    pub fn close_without_asking(&mut self) {
        self.flow = Flow::Closing;
    }
}
