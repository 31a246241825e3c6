//! The file flow as one state: nothing asked, "save changes first?", a
//! path being asked to save to, "the file changed on disk", autosaved work
//! offered back, or closing. Each request moves it along one arrow; what
//! was to follow a save (an [`Intent`]) travels inside the state, so a
//! cancelled dialog or question drops it and nothing is guessed.

use std::path::PathBuf;

use super::{Effect, PathQuestion, Request, Session};
use crate::catalog::Catalog;
use crate::workspace::Workspace;

/// Something that would replace or close the document.
#[derive(Debug, Clone, PartialEq)]
pub enum Intent {
    New,
    /// Ask for a file, then open it.
    OpenDialog,
    Open(PathBuf),
    OpenExample(&'static str),
    /// Ask for a flowchart, then import it.
    ImportDialog,
    Import(PathBuf),
    Close,
}

/// Where the file flow stands.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Flow {
    /// Nothing asked.
    #[default]
    Idle,
    /// "Save changes first?" before the intent.
    Confirming(Intent),
    /// A path to save to is being asked; `then` follows a successful save.
    AskingSavePath { then: Option<Intent> },
    /// "The file changed on disk: overwrite it?"; `then` follows the save.
    DiskConflict { path: PathBuf, then: Option<Intent> },
    /// Autosaved work offered back, whose it is and when it was last
    /// edited (the autosave's time, when known).
    Recovery {
        workspace: Box<Workspace>,
        path: Option<PathBuf>,
        edited: Option<std::time::SystemTime>,
    },
    /// The window closes without asking again.
    Closing,
}

impl Session {
    pub(super) fn run(&mut self, request: Request, catalog: &Catalog, out: &mut Vec<Effect>) {
        match request {
            Request::Leave(intent) => self.guard(intent, catalog, out),
            Request::Save => match self.doc.path().map(std::path::Path::to_path_buf) {
                Some(path) => self.save_to(path, None, catalog, out),
                None => self.ask_save_path(None, None, out),
            },
            Request::SaveAs => {
                let suggestion = self.doc.path().map(std::path::Path::to_path_buf);
                self.ask_save_path(None, suggestion, out);
            }
            Request::SaveTo(path) => {
                let then = match std::mem::take(&mut self.flow) {
                    Flow::AskingSavePath { then } => then,
                    other => {
                        self.flow = other;
                        None
                    }
                };
                self.save_to(path, then, catalog, out);
            }
            Request::PathCancelled => {
                if matches!(self.flow, Flow::AskingSavePath { .. }) {
                    self.flow = Flow::Idle;
                }
            }
            Request::SaveFirst | Request::DontSave | Request::KeepEditing => {
                self.answer(&request, catalog, out);
            }
            Request::OverwriteChangedFile
            | Request::KeepChangedFile
            | Request::SaveChangedFileAs => self.answer_conflict(&request, catalog, out),
            Request::Recover | Request::DiscardRecovery => self.answer_recovery(&request, out),
            Request::CloseRequested => self.close_requested(out),
            Request::CloseNow => {
                self.flow = Flow::Closing;
                out.push(Effect::Close);
            }
        }
    }

    /// Runs `intent` now, or first asks whether to save unsaved changes.
    fn guard(&mut self, intent: Intent, catalog: &Catalog, out: &mut Vec<Effect>) {
        if self.doc.is_dirty() && self.flow != Flow::Closing {
            self.flow = Flow::Confirming(intent);
        } else {
            self.proceed(intent, catalog, out);
        }
    }

    fn ask_save_path(
        &mut self,
        then: Option<Intent>,
        suggestion: Option<PathBuf>,
        out: &mut Vec<Effect>,
    ) {
        self.flow = Flow::AskingSavePath { then };
        out.push(Effect::AskPath(PathQuestion::SaveAs, suggestion));
    }

    /// The answer to "save changes first?".
    fn answer(&mut self, answer: &Request, catalog: &Catalog, out: &mut Vec<Effect>) {
        let Flow::Confirming(intent) = std::mem::take(&mut self.flow) else {
            return;
        };
        match answer {
            Request::DontSave => {
                out.push(Effect::DiscardAutosave(self.doc.path().map(Into::into)));
                self.proceed(intent, catalog, out);
            }
            Request::SaveFirst => match self.doc.path().map(std::path::Path::to_path_buf) {
                Some(path) => self.save_to(path, Some(intent), catalog, out),
                None => self.ask_save_path(Some(intent), None, out),
            },
            _ => {}
        }
    }

    /// The answer to "the file changed on disk".
    fn answer_conflict(&mut self, answer: &Request, catalog: &Catalog, out: &mut Vec<Effect>) {
        let Flow::DiskConflict { path, then } = std::mem::take(&mut self.flow) else {
            return;
        };
        match answer {
            Request::OverwriteChangedFile => self.overwrite(&path, then, catalog, out),
            Request::SaveChangedFileAs => self.ask_save_path(then, None, out),
            _ => {}
        }
    }

    /// Saves over the changed file; the other version becomes the backup.
    fn overwrite(
        &mut self,
        path: &std::path::Path,
        then: Option<Intent>,
        catalog: &Catalog,
        out: &mut Vec<Effect>,
    ) {
        if self.write_to(path, then, catalog, out) {
            out.push(Effect::info(format!(
                "Saved over the changed {}; the version on disk before is kept as {}",
                path.display(),
                crate::storage::atomic::backup_path(path).display()
            )));
        }
    }

    fn answer_recovery(&mut self, answer: &Request, out: &mut Vec<Effect>) {
        let Flow::Recovery {
            workspace, path, ..
        } = std::mem::take(&mut self.flow)
        else {
            return;
        };
        if *answer == Request::Recover {
            let doc = super::Document::new(*workspace, path, "Recovered").unsaved();
            self.replace(doc, out);
        } else {
            out.push(Effect::DiscardAutosave(path));
        }
    }

    /// Turns a window close into a question while there are unsaved changes.
    fn close_requested(&mut self, out: &mut Vec<Effect>) {
        if self.flow == Flow::Closing {
            return;
        }
        if self.doc.is_dirty() {
            out.push(Effect::CancelClose);
            self.flow = Flow::Confirming(Intent::Close);
        } else {
            out.push(Effect::DiscardAutosave(self.doc.path().map(Into::into)));
        }
    }

    /// Does what was asked, unsaved changes having been dealt with.
    pub(super) fn proceed(&mut self, intent: Intent, catalog: &Catalog, out: &mut Vec<Effect>) {
        match intent {
            Intent::New => self.replace(super::Document::empty(), out),
            Intent::OpenDialog => out.push(Effect::AskPath(
                PathQuestion::Open,
                self.doc.path().map(Into::into),
            )),
            Intent::Open(path) => self.open(&path, catalog, out),
            Intent::OpenExample(name) => self.open_example(name, out),
            Intent::ImportDialog => out.push(Effect::AskPath(PathQuestion::ImportMermaid, None)),
            Intent::Import(path) => self.import(&path, catalog, out),
            Intent::Close => {
                self.flow = Flow::Closing;
                out.push(Effect::DiscardAutosave(self.doc.path().map(Into::into)));
                out.push(Effect::Close);
            }
        }
    }
}
