//! Asking for file and folder paths: the native dialog (rfd through the
//! xdg portal) runs on its own thread so the window never blocks; when no
//! dialog can open (no portal, headless, tests) an in-app prompt with an
//! editable path takes its place, and the prompt always offers "Browse…".

use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::time::{Duration, Instant};

use egui::Key;

use super::actions::Action;
use super::export_dialog::ExportAction;
use crate::session::PathQuestion;

/// A dialog that answers `None` faster than this did not really open.
const NO_DIALOG_WITHIN: Duration = Duration::from_millis(400);

/// What the path is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    Open,
    SaveAs,
    ImportMermaid,
    CatalogFolder,
    /// The folder the export dialog writes ADRs to.
    AdrFolder,
    /// The file the export dialog writes the diagram to.
    MermaidFile,
    /// The file the export dialog writes the picture to.
    PictureFile,
    /// The file the export dialog writes the decision report to.
    ReportFile,
}

impl From<PathQuestion> for Purpose {
    fn from(question: PathQuestion) -> Self {
        match question {
            PathQuestion::Open => Self::Open,
            PathQuestion::SaveAs => Self::SaveAs,
            PathQuestion::ImportMermaid => Self::ImportMermaid,
        }
    }
}

impl Purpose {
    fn title(self) -> &'static str {
        match self {
            Self::Open => "Open a workspace",
            Self::SaveAs => "Save the workspace as",
            Self::ImportMermaid => "Import a mermaid flowchart",
            Self::CatalogFolder => "Add a folder of pattern files",
            Self::AdrFolder => "Choose the ADR folder",
            Self::MermaidFile => "Save the diagram as",
            Self::PictureFile => "Save the picture as",
            Self::ReportFile => "Save the report as",
        }
    }

    fn confirm(self) -> &'static str {
        match self {
            Self::Open => "Open",
            Self::SaveAs => "Save",
            Self::ImportMermaid => "Import",
            Self::CatalogFolder => "Add folder",
            Self::AdrFolder => "Choose",
            Self::MermaidFile | Self::PictureFile | Self::ReportFile => "Choose",
        }
    }

    /// The action to run once the user picked `path`.
    pub fn action(self, path: PathBuf) -> Action {
        match self {
            Self::Open => Action::Open(path),
            Self::SaveAs => Action::SaveTo(path),
            Self::ImportMermaid => Action::ImportMermaid(path),
            Self::CatalogFolder => Action::AddCatalogFolder(path),
            Self::AdrFolder => Action::Export(ExportAction::AdrFolderChosen(path)),
            Self::MermaidFile => Action::Export(ExportAction::MermaidFileChosen(path)),
            Self::PictureFile => Action::Export(ExportAction::PictureFileChosen(path)),
            Self::ReportFile => Action::Export(ExportAction::ReportFileChosen(path)),
        }
    }

    fn native(self, suggestion: Option<&std::path::Path>) -> Option<PathBuf> {
        let mut dialog = rfd::FileDialog::new().set_title(self.title());
        if let Some(folder) = suggestion.and_then(std::path::Path::parent) {
            dialog = dialog.set_directory(folder);
        }
        match self {
            Self::Open => dialog
                .add_filter("Plinth workspace", &["ron", "plinth"])
                .pick_file(),
            Self::SaveAs => {
                let name = suggestion.and_then(std::path::Path::file_name).map_or_else(
                    || "workspace.ron".to_owned(),
                    |n| n.to_string_lossy().into_owned(),
                );
                dialog.set_file_name(name).save_file()
            }
            Self::ImportMermaid => dialog
                .add_filter("Mermaid flowchart", &["mmd", "mermaid"])
                .pick_file(),
            Self::CatalogFolder => dialog.pick_folder(),
            Self::AdrFolder => match suggestion.filter(|p| p.is_dir()) {
                Some(folder) => dialog.set_directory(folder).pick_folder(),
                None => dialog.pick_folder(),
            },
            Self::MermaidFile => {
                let name = suggestion.and_then(std::path::Path::file_name).map_or_else(
                    || "diagram.mmd".to_owned(),
                    |n| n.to_string_lossy().into_owned(),
                );
                dialog
                    .add_filter("Mermaid flowchart", &["mmd", "mermaid"])
                    .set_file_name(name)
                    .save_file()
            }
            Self::PictureFile | Self::ReportFile => {
                let name = suggestion
                    .and_then(std::path::Path::file_name)
                    .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
                dialog.set_file_name(name).save_file()
            }
        }
    }
}

/// The in-app path prompt.
#[derive(Debug, Clone, PartialEq)]
pub struct PathPrompt {
    pub purpose: Purpose,
    pub text: String,
    /// Why the prompt is shown instead of a native dialog.
    pub note: Option<String>,
    focused: bool,
}

struct Waiting {
    purpose: Purpose,
    suggestion: Option<PathBuf>,
    since: Instant,
    answer: Receiver<Option<PathBuf>>,
}

/// Pending path questions.
pub struct FileDialogs {
    native: bool,
    waiting: Option<Waiting>,
    pub prompt: Option<PathPrompt>,
}

impl FileDialogs {
    /// `native`: try the system dialog first (off in tests and screenshots).
    pub fn new(native: bool) -> Self {
        Self {
            native,
            waiting: None,
            prompt: None,
        }
    }

    /// Asks for a path for `purpose`.
    pub fn ask(&mut self, ctx: &egui::Context, purpose: Purpose, suggestion: Option<PathBuf>) {
        if self.waiting.is_some() {
            return;
        }
        if !self.native {
            self.show_prompt(purpose, suggestion, None);
            return;
        }
        let (tx, rx) = mpsc::channel();
        let ctx = ctx.clone();
        let hint = suggestion.clone();
        let spawned = std::thread::Builder::new()
            .name("file-dialog".into())
            .spawn(move || {
                let _ = tx.send(purpose.native(hint.as_deref()));
                ctx.request_repaint();
            });
        match spawned {
            Ok(_) => {
                self.waiting = Some(Waiting {
                    purpose,
                    suggestion,
                    since: Instant::now(),
                    answer: rx,
                });
            }
            Err(e) => {
                self.native = false;
                self.show_prompt(purpose, suggestion, Some(format!("No file dialog ({e}).")));
            }
        }
    }

    fn show_prompt(&mut self, purpose: Purpose, suggestion: Option<PathBuf>, note: Option<String>) {
        let text = suggestion
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        self.prompt = Some(PathPrompt {
            purpose,
            text,
            note,
            focused: false,
        });
    }

    /// The native dialog's answer, once it has one.
    pub fn poll(&mut self) -> Option<Action> {
        let waiting = self.waiting.as_ref()?;
        let answer = match waiting.answer.try_recv() {
            Ok(answer) => answer,
            Err(TryRecvError::Empty) => return None,
            Err(TryRecvError::Disconnected) => None,
        };
        let waiting = self.waiting.take()?;
        match answer {
            Some(path) => Some(waiting.purpose.action(path)),
            None if waiting.since.elapsed() < NO_DIALOG_WITHIN => {
                // No dialog here: no "Browse…" either, now or later.
                self.native = false;
                let note =
                    "No system file dialog is available here; type the path instead.".to_owned();
                self.show_prompt(waiting.purpose, waiting.suggestion, Some(note));
                None
            }
            None => Some(Action::PathCancelled),
        }
    }

    /// Draws the prompt; returns the action when the user confirms.
    pub fn prompt_ui(&mut self, ctx: &egui::Context) -> Option<Action> {
        let prompt = self.prompt.as_mut()?;
        let mut confirmed = false;
        let mut cancelled = false;
        let mut browse = false;
        let native = self.native;
        super::theme::modal("path-prompt").show(ctx, |ui| {
            ui.set_width(super::theme::PATH_PROMPT_WIDTH);
            ui.heading(prompt.purpose.title());
            if let Some(note) = &prompt.note {
                ui.weak(note);
            }
            let field = ui
                .add(
                    egui::TextEdit::singleline(&mut prompt.text)
                        .desired_width(f32::INFINITY)
                        .hint_text("/path/to/file"),
                )
                .accessible_name("Path");
            if !prompt.focused {
                prompt.focused = true;
                field.request_focus();
            }
            confirmed = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
            ui.horizontal(|ui| {
                confirmed |= ui.button(prompt.purpose.confirm()).clicked();
                cancelled =
                    ui.button("Cancel").clicked() || ui.input(|i| i.key_pressed(Key::Escape));
                browse = native && ui.button("Browse…").clicked();
            });
        });
        let prompt = self.prompt.take()?;
        let path = PathBuf::from(expand_home(prompt.text.trim()));
        if confirmed && !prompt.text.trim().is_empty() {
            return Some(prompt.purpose.action(path));
        }
        if browse {
            self.ask(ctx, prompt.purpose, Some(path));
        } else if cancelled {
            return Some(Action::PathCancelled);
        } else {
            self.prompt = Some(prompt);
        }
        None
    }
}

/// `~/x` as the home folder's `x`.
fn expand_home(text: &str) -> String {
    match (text.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => PathBuf::from(home).join(rest).display().to_string(),
        _ => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_a_system_dialog_the_prompt_offers_no_browse() {
        let mut dialogs = FileDialogs::new(true);
        let (tx, rx) = mpsc::channel();
        tx.send(None).unwrap();
        dialogs.waiting = Some(Waiting {
            purpose: Purpose::Open,
            suggestion: None,
            since: Instant::now(),
            answer: rx,
        });
        assert!(dialogs.poll().is_none());
        assert!(dialogs.prompt.is_some(), "the prompt instead");
        assert!(!dialogs.native, "and no Browse… on it");
    }
}
