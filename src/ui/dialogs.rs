//! Questions and messages: "save your changes first?", the offer to
//! recover autosaved work, and the list of problems (damaged files,
//! unreadable folders) with file and line, each dismissable. The app keeps
//! running whatever happens.

use std::path::Path;

use egui::RichText;

use super::actions::Action;
use super::theme;
use crate::session::Intent;

pub use crate::session::Notice;

/// Messages, newest last.
#[derive(Debug, Default)]
pub struct Notices {
    list: Vec<Notice>,
}

/// At most this many messages are kept.
const MAX_NOTICES: usize = 50;

impl Notices {
    pub fn error(&mut self, text: impl Into<String>) {
        self.push(Notice {
            text: text.into(),
            is_error: true,
        });
    }

    pub fn info(&mut self, text: impl Into<String>) {
        self.push(Notice {
            text: text.into(),
            is_error: false,
        });
    }

    /// Adds a message (not twice in a row).
    pub fn push(&mut self, notice: Notice) {
        if self.list.last() != Some(&notice) {
            self.list.push(notice);
        }
        if self.list.len() > MAX_NOTICES {
            self.list.remove(0);
        }
    }

    pub fn list(&self) -> &[Notice] {
        &self.list
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The messages panel at the bottom of the window.
    pub fn notices_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            let errors = self.list.iter().filter(|n| n.is_error).count();
            ui.strong(format!(
                "{errors} problem(s), {} message(s)",
                self.list.len() - errors
            ));
            if ui.button("Dismiss all").clicked() {
                self.list.clear();
            }
        });
        let mut dismissed = None;
        egui::ScrollArea::vertical()
            .max_height(theme::NOTICES_MAX_HEIGHT)
            .show(ui, |ui| {
                for (i, notice) in self.list.iter().enumerate().rev() {
                    ui.horizontal_wrapped(|ui| {
                        if ui.small_button("×").on_hover_text("Dismiss").clicked() {
                            dismissed = Some(i);
                        }
                        let colour = if notice.is_error {
                            theme::ERROR
                        } else {
                            ui.visuals().text_color()
                        };
                        ui.label(RichText::new(&notice.text).color(colour));
                    });
                }
            });
        if let Some(i) = dismissed {
            self.list.remove(i);
        }
    }
}

/// "Save changes to NAME first?"; pushes the answer once given.
pub fn confirm_ui(ctx: &egui::Context, name: &str, intent: &Intent, actions: &mut Vec<Action>) {
    let verb = match intent {
        Intent::Close => "closing",
        _ => "continuing",
    };
    let mut answer = None;
    let modal = theme::modal("confirm-discard").show(ctx, |ui| {
        ui.set_width(theme::CONFIRM_WIDTH);
        ui.heading("Unsaved changes");
        ui.label(format!("Save the changes to {name} before {verb}?"));
        ui.add_space(theme::SECTION_GAP);
        ui.horizontal(|ui| {
            if ui.button("Save").clicked() {
                answer = Some(Action::SaveFirst);
            }
            if ui.button("Don't save").clicked() {
                answer = Some(Action::DontSave);
            }
            if ui.button("Cancel").clicked() {
                answer = Some(Action::KeepEditing);
            }
        });
    });
    if modal.should_close() && answer.is_none() {
        answer = Some(Action::KeepEditing);
    }
    actions.extend(answer);
}

/// "The file changed on disk since it was opened: overwrite it?"
pub fn disk_conflict_ui(ctx: &egui::Context, path: &Path, actions: &mut Vec<Action>) {
    let mut answer = None;
    let modal = theme::modal("disk-conflict").show(ctx, |ui| {
        ui.set_width(theme::DISK_CONFLICT_WIDTH);
        ui.heading("The file changed on disk");
        ui.label(format!(
            "{} was changed by another program (or another window) since you opened or saved it here.",
            path.display()
        ));
        ui.label("Overwrite it with your version (the other version is kept as a .bak file), save yours as another file, or cancel.");
        ui.add_space(theme::SECTION_GAP);
        ui.horizontal(|ui| {
            if ui.button("Overwrite").clicked() {
                answer = Some(Action::OverwriteChangedFile);
            }
            if ui.button("Save as…").clicked() {
                answer = Some(Action::SaveChangedFileAs);
            }
            if ui.button("Cancel").clicked() {
                answer = Some(Action::KeepChangedFile);
            }
        });
    });
    if modal.should_close() && answer.is_none() {
        answer = Some(Action::KeepChangedFile);
    }
    actions.extend(answer);
}

/// The offer to recover autosaved work of the file at `path` (or of an
/// untitled workspace), last edited at `edited`.
pub fn recovery_ui(
    ctx: &egui::Context,
    path: Option<&std::path::Path>,
    edited: Option<&str>,
    actions: &mut Vec<Action>,
) {
    theme::modal("recover").show(ctx, |ui| {
        ui.set_width(theme::QUESTION_WIDTH);
        ui.heading("Recover unsaved work?");
        let what = path.map_or_else(
            || "an untitled workspace".to_owned(),
            |p| {
                p.file_name().map_or_else(
                    || p.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                )
            },
        );
        ui.label(format!(
            "Plinth did not close cleanly last time. It kept the unsaved changes to {what}."
        ));
        if let Some(edited) = edited {
            ui.label(format!("Last edited {edited}."));
        }
        if let Some(path) = path {
            ui.weak(path.display().to_string());
        }
        ui.add_space(theme::SECTION_GAP);
        ui.horizontal(|ui| {
            if ui.button("Recover").clicked() {
                actions.push(Action::Recover);
            }
            if ui
                .button("Discard")
                .on_hover_text("Delete the autosaved copy")
                .clicked()
            {
                actions.push(Action::DiscardRecovery);
            }
        });
    });
}
