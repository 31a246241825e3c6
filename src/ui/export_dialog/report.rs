//! The report tab of the export dialog: the decision report, one
//! self-contained HTML file (what `plinth export report` writes: the
//! decision, every candidate with its picture, the comparison, the
//! sensitivity and the ADR), saved beside the workspace or where chosen.

use std::path::{Path, PathBuf};

use super::adr::{base_folder, resolve};
use super::{ExportAction, ExportInput};
use crate::cli::date::record_date;
use crate::export::adr::slug;
use crate::export::report::{Report, ReportOptions};
use crate::ui::actions::Action;
use crate::ui::theme;

/// The report tab's state.
#[derive(Default)]
pub struct ReportExport {
    /// The file as typed; relative paths start at the workspace's folder.
    pub path: String,
    /// Whether `path` is the suggestion (not typed or chosen by hand).
    suggested: bool,
}

impl ReportExport {
    /// The file name suggested for the decision, beside the workspace,
    /// unless one was typed.
    pub fn prepare(&mut self, input: &ExportInput<'_>) {
        if self.path.trim().is_empty() || self.suggested {
            let title = &input.workspace.decision.title;
            let stem = if title.trim().is_empty() {
                "decision-report".to_owned()
            } else {
                format!("{}-report", slug(title))
            };
            self.path = base_folder(input.workspace_path)
                .join(format!("{stem}.html"))
                .display()
                .to_string();
            self.suggested = true;
        }
    }

    /// A file picked with "Browse…".
    pub fn choose_file(&mut self, path: &Path) {
        self.path = path.display().to_string();
        self.suggested = false;
    }

    /// Where the report goes.
    pub fn target(&self, input: &ExportInput<'_>) -> PathBuf {
        resolve(&self.path, &base_folder(input.workspace_path))
    }

    /// The report's date: the decision's, else today (as the CLI does).
    fn date(input: &ExportInput<'_>) -> String {
        record_date(None, &input.workspace.decision.date)
    }

    /// The whole HTML document.
    pub fn html(input: &ExportInput<'_>) -> String {
        let date = Self::date(input);
        let options = ReportOptions {
            date: &date,
            datum: input.datum,
        };
        Report::build(
            input.workspace,
            input.catalog,
            input.ranking.clone(),
            &options,
        )
        .to_html()
    }

    /// Writes the report; `replace` allows replacing an existing file.
    pub fn save(&self, input: &ExportInput<'_>, replace: bool) -> Result<PathBuf, String> {
        let target = self.target(input);
        let html = Self::html(input);
        let written = if replace && target.exists() {
            crate::storage::atomic::save(&target, html.as_bytes()).map_err(|e| e.to_string())
        } else {
            crate::storage::atomic::create_new(&target, html.as_bytes()).map_err(|e| e.to_string())
        };
        written
            .map(|()| target.clone())
            .map_err(|e| format!("{}: {e}", target.display()))
    }

    /// The tab's contents.
    pub fn ui(&mut self, ui: &mut egui::Ui, input: &ExportInput<'_>, actions: &mut Vec<Action>) {
        ui.label(
            "The decision report: one HTML file that opens in any browser, offline, with the \
             decision, every candidate's picture and score, the comparison, the sensitivity \
             and the ADR.",
        );
        ui.add_space(theme::SECTION_GAP);
        egui::Grid::new("report-choices")
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                ui.label("Date");
                ui.label(Self::date(input));
                ui.end_row();
                let label = ui.label("Report file");
                ui.horizontal(|ui| {
                    let field = egui::TextEdit::singleline(&mut self.path)
                        .desired_width(ui.available_width() - theme::BROWSE_BUTTON_ROOM);
                    if ui.add(field).labelled_by(label.id).changed() {
                        self.suggested = false;
                    }
                    if ui.button("Browse…").clicked() {
                        actions.push(Action::Export(ExportAction::BrowseReportFile));
                    }
                });
                ui.end_row();
                super::datum_row_ui(ui, input, actions);
            });
        ui.add_space(theme::SECTION_GAP);
        if ui
            .button("Save report")
            .on_hover_text("Write the file; an existing one is replaced only if you say so")
            .clicked()
        {
            actions.push(Action::Export(ExportAction::SaveReport {
                confirmed: false,
            }));
        }
    }
}
