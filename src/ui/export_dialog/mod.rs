//! The export dialog: the decision record (ADR), the diagram (mermaid) and
//! the picture (SVG or PNG) of the candidate on the canvas, and the decision
//! report (HTML), each shown or previewed before it is written. It reads the
//! workspace and pushes actions; the app runs the writes (`app_export.rs`)
//! and asks before anything would change an existing file.

mod adr;
mod adr_index;
mod mermaid;
mod parts;
mod picture;
mod report;

use std::path::{Path, PathBuf};

use egui::{Id, RichText};

pub use adr::{AdrExport, PreviewMode, dialect_label};
pub use mermaid::MermaidExport;
pub use picture::{PictureExport, PictureFormat};
pub use report::ReportExport;

use super::actions::Action;
use super::derived::Revision;
use super::theme;
use crate::catalog::Catalog;
use crate::design::Candidate;
use crate::evaluate::DatumChoice;
use crate::scoring::Ranking;
use crate::workspace::Workspace;

/// The tabs of the dialog.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportTab {
    Adr,
    Mermaid,
    Picture,
    Report,
}

/// What the dialog asks the app to do.
#[derive(Debug, Clone, PartialEq)]
pub enum ExportAction {
    Close,
    /// Ask for the ADR folder (the system dialog, or the path prompt).
    BrowseAdrFolder,
    AdrFolderChosen(PathBuf),
    /// Write the ADR; unconfirmed, it first asks when it would rewrite another ADR.
    SaveAdr {
        confirmed: bool,
    },
    BrowseMermaidFile,
    MermaidFileChosen(PathBuf),
    /// Write the diagram; unconfirmed, it first asks when the file exists.
    SaveMermaid {
        confirmed: bool,
    },
    BrowsePictureFile,
    PictureFileChosen(PathBuf),
    /// Write the picture; unconfirmed, it first asks when the file exists.
    SavePicture {
        confirmed: bool,
    },
    /// Put the picture on the clipboard as an image.
    CopyPicture,
    BrowseReportFile,
    ReportFileChosen(PathBuf),
    /// Write the report; unconfirmed, it first asks when the file exists.
    SaveReport {
        confirmed: bool,
    },
    /// The answer to the question was no.
    CancelQuestion,
}

/// What the dialog reads this frame.
pub struct ExportInput<'a> {
    pub workspace: &'a Workspace,
    pub catalog: &'a Catalog,
    /// `evaluate(workspace, catalog)`, as the CLI ranks it.
    pub ranking: &'a Ranking,
    pub revision: Revision,
    /// The candidate on the canvas.
    pub current: Option<&'a Candidate>,
    /// The workspace file: default paths sit beside it.
    pub workspace_path: Option<&'a Path>,
    /// The datum chosen in the comparison, which the ADR and report use.
    pub datum: DatumChoice,
}

/// The datum row of the ADR and report tabs (inside their grid): the same
/// choice as the comparison's, so a change here changes it there too.
fn datum_row_ui(ui: &mut egui::Ui, input: &ExportInput<'_>, actions: &mut Vec<Action>) {
    let label = super::comparison::datum_label_ui(ui, "Datum");
    let mut choice = input.datum;
    super::comparison::datum_picker_ui(ui, input.ranking, &mut choice, ("export-datum", label.id));
    if choice != input.datum {
        actions.push(Action::ChooseDatum(choice));
    }
    ui.end_row();
}

/// A question before a write that would change an existing file.
#[derive(Debug, Clone, PartialEq)]
pub enum Question {
    /// Saving rewrites the status of this ADR.
    Supersede(String),
    /// Saving replaces this file; the write to run when the answer is yes.
    Replace(PathBuf, ExportAction),
}

/// The dialog's state (UI state only).
#[derive(Default)]
pub struct ExportDialog {
    /// The tab shown; `None` while the dialog is closed.
    pub tab: Option<ExportTab>,
    pub adr: AdrExport,
    pub mermaid: MermaidExport,
    pub picture: PictureExport,
    pub report: ReportExport,
    pub question: Option<Question>,
}

impl ExportDialog {
    pub fn is_open(&self) -> bool {
        self.tab.is_some()
    }

    /// Opens on `tab` with fresh defaults.
    pub fn open(&mut self, tab: ExportTab, input: &ExportInput<'_>) {
        self.adr.prepare(input);
        self.mermaid.prepare(input);
        self.picture.prepare(input);
        self.report.prepare(input);
        self.tab = Some(tab);
    }

    /// Draws the dialog (if open) and the question (if any).
    pub fn ui(&mut self, ctx: &egui::Context, input: &ExportInput<'_>, actions: &mut Vec<Action>) {
        let Some(mut tab) = self.tab else {
            return;
        };
        let mut open = true;
        egui::Window::new(RichText::new("Export").strong())
            .id(Id::unique("export-dialog"))
            .open(&mut open)
            .default_size(theme::EXPORT_DIALOG_SIZE)
            .pivot(egui::Align2::CENTER_CENTER)
            .default_pos(ctx.content_rect().center())
            .collapsible(false)
            .show(ctx, |ui| {
                ui.horizontal(|ui| {
                    ui.selectable_value(&mut tab, ExportTab::Adr, "Decision record (ADR)");
                    ui.selectable_value(&mut tab, ExportTab::Mermaid, "Diagram (mermaid)");
                    ui.selectable_value(&mut tab, ExportTab::Picture, "Picture (SVG, PNG)");
                    ui.selectable_value(&mut tab, ExportTab::Report, "Report (HTML)");
                });
                ui.separator();
                match tab {
                    ExportTab::Adr => self.adr.ui(ui, input, actions),
                    ExportTab::Mermaid => self.mermaid.ui(ui, input, actions),
                    ExportTab::Picture => self.picture.ui(ui, input, actions),
                    ExportTab::Report => self.report.ui(ui, input, actions),
                }
            });
        self.tab = Some(tab);
        if !open {
            actions.push(Action::Export(ExportAction::Close));
        }
        self.question_ui(ctx, actions);
    }

    fn question_ui(&self, ctx: &egui::Context, actions: &mut Vec<Action>) {
        let Some(question) = &self.question else {
            return;
        };
        let (heading, text, yes, then) = match question {
            Question::Supersede(what) => (
                "Supersede an earlier ADR?",
                format!("Saving also rewrites the status of {what} to point at the new ADR."),
                "Save and supersede",
                ExportAction::SaveAdr { confirmed: true },
            ),
            Question::Replace(path, then) => (
                "Replace the file?",
                format!(
                    "{} exists. Replace it? (The old one is kept as a .bak file.)",
                    path.display()
                ),
                "Replace",
                then.clone(),
            ),
        };
        let modal = theme::modal("export-question").show(ctx, |ui| {
            ui.set_width(theme::QUESTION_WIDTH);
            ui.heading(heading);
            ui.label(text);
            ui.add_space(theme::SECTION_GAP);
            ui.horizontal(|ui| {
                if ui.button(yes).clicked() {
                    actions.push(Action::Export(then.clone()));
                }
                if ui.button("Cancel").clicked() {
                    actions.push(Action::Export(ExportAction::CancelQuestion));
                }
            });
        });
        if modal.should_close() {
            actions.push(Action::Export(ExportAction::CancelQuestion));
        }
    }
}
