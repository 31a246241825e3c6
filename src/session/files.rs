//! The session's file work: opening a workspace, an example or a
//! flowchart, and saving (asking first when another program changed the
//! file). Every failure becomes a notice; the document stays as it was.

use std::path::{Path, PathBuf};

use super::flow::{Flow, Intent};
use super::prefetch::Ahead;
use super::{Document, Effect, Left, Session};
use crate::catalog::Catalog;
use crate::import::mermaid::{MermaidImport, import_mermaid};
use crate::storage;
use crate::workspace::examples::example_text;
use crate::workspace::unknown::unknown_patterns;
use crate::workspace::{Workspace, file};

impl Session {
    /// Shows `doc` instead of the open document.
    pub(super) fn replace(&mut self, doc: Document, out: &mut Vec<Effect>) {
        let left = Left {
            path: self.doc.path().map(Into::into),
            candidate: self.doc.current_id(),
        };
        self.doc = doc;
        self.serial += 1;
        if matches!(self.flow, Flow::Recovery { .. }) {
            self.flow = Flow::Idle;
        }
        out.push(Effect::Replaced(left));
    }

    /// Opens `path`, replacing the document (unsaved work was dealt with).
    /// Pattern ids the catalog does not have are noticed, located.
    pub(super) fn open(&mut self, path: &Path, catalog: &Catalog, out: &mut Vec<Effect>) {
        let path = storage::canonical_path(path);
        let ahead = self.prefetch.take().and_then(|p| p.take(&path));
        let loaded = ahead.unwrap_or_else(|| storage::load_workspace(&path).map(Ahead::read_now));
        match loaded {
            Ok(Ahead {
                workspace,
                geometry,
            }) => {
                storage::leftovers::remove_leftovers(&path);
                let text = crate::diagnostics::read_text(&path).ok();
                let name = path.display().to_string();
                let unknown = unknown_patterns(&name, text.as_deref(), &workspace, catalog);
                let doc = Document::new(workspace, Some(path.clone()), "");
                self.replace(doc.with_geometry_ahead(geometry), out);
                out.push(Effect::Opened(path));
                for problem in unknown {
                    out.push(Effect::info(problem.to_string()));
                }
            }
            Err(problem) => {
                out.push(Effect::error(format!(
                    "Could not open the workspace: {problem}"
                )));
                if !path.exists() {
                    out.push(Effect::Forget(path));
                }
            }
        }
    }

    pub(super) fn open_example(&mut self, name: &'static str, out: &mut Vec<Effect>) {
        let parsed =
            example_text(name).map(|text| file::from_str(&format!("example {name}"), text));
        match parsed {
            Some(Ok(workspace)) => {
                let doc = Document::new(workspace, None, &format!("{name} example"));
                self.replace(doc, out);
            }
            Some(Err(problem)) => out.push(Effect::error(format!(
                "The built-in example is broken: {problem}"
            ))),
            None => out.push(Effect::error(format!("There is no example called {name}"))),
        }
    }

    /// Reads a mermaid flowchart into a new, unsaved workspace with one
    /// candidate (as `plinth import mermaid` does); warnings are listed.
    pub(super) fn import(&mut self, path: &Path, catalog: &Catalog, out: &mut Vec<Effect>) {
        let name = path.display().to_string();
        let text = match crate::diagnostics::read_text(path) {
            Ok(text) => text,
            Err(problem) => return out.push(Effect::error(format!("Could not import {problem}"))),
        };
        let title = path.file_stem().map_or_else(
            || "Imported".to_owned(),
            |s| s.to_string_lossy().into_owned(),
        );
        let mut workspace = Workspace::new(&title);
        match import_mermaid(&text, &title, catalog, workspace.fresh_id()) {
            Ok(import) => {
                for warning in &import.warnings {
                    out.push(Effect::info(format!("{name}: {warning}")));
                }
                if let Some(guesses) = guesses_notice(&name, &import) {
                    out.push(Effect::info(guesses));
                }
                workspace.push_candidate(import.candidate);
                let doc = Document::new(workspace, None, &format!("{title} (imported)"));
                self.replace(doc.unsaved(), out);
            }
            Err(e) => out.push(Effect::error(format!("Could not import {name}: {e}"))),
        }
    }

    /// Saves to `path`, then does `then`. When another program changed the
    /// document's file since it was opened or saved here, asks first.
    pub(super) fn save_to(
        &mut self,
        path: PathBuf,
        then: Option<Intent>,
        catalog: &Catalog,
        out: &mut Vec<Effect>,
    ) {
        if self.doc.changed_on_disk(&path) {
            self.flow = Flow::DiskConflict { path, then };
            return;
        }
        self.write_to(&path, then, catalog, out);
    }

    /// Writes the document to `path` without asking; returns whether it
    /// worked. A failed save drops what was to follow it.
    pub(super) fn write_to(
        &mut self,
        path: &Path,
        then: Option<Intent>,
        catalog: &Catalog,
        out: &mut Vec<Effect>,
    ) -> bool {
        if let Err(problem) = storage::save_workspace(path, self.doc.workspace()) {
            out.push(Effect::error(format!("Could not save: {problem}")));
            return false;
        }
        let path = storage::canonical_path(path);
        out.push(Effect::DiscardAutosave(self.doc.path().map(Into::into)));
        self.doc.saved_as(&path);
        out.push(Effect::DiscardAutosave(Some(path.clone())));
        out.push(Effect::Saved(path));
        if let Some(intent) = then {
            self.proceed(intent, catalog, out);
        }
        true
    }
}

/// One message listing what the import guessed from shapes, words and what
/// an arrow connects (`line 4: "Order events" read as a queue ...`), so the
/// architect can check the reading before trusting the review; `None` when
/// nothing was guessed.
fn guesses_notice(name: &str, import: &MermaidImport) -> Option<String> {
    let lines: Vec<String> = import.guesses().map(|note| format!("  {note}")).collect();
    if lines.is_empty() {
        return None;
    }
    let what = if lines.len() == 1 { "guess" } else { "guesses" };
    Some(format!(
        "{name}: {} {what} about what the drawing means (check them):\n{}",
        lines.len(),
        lines.join("\n")
    ))
}
