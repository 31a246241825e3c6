//! The diagram half of the export dialog: the mermaid flowchart of the
//! candidate on the canvas (what `plinth export mermaid --candidate NAME`
//! prints), to copy or save. Saving over an existing file is asked first
//! and keeps the old one as `NAME.bak`.

use std::path::{Path, PathBuf};

use super::adr::{base_folder, resolve};
use super::{ExportAction, ExportInput};
use crate::design::CandidateId;
use crate::export::adr::slug;
use crate::export::mermaid::{Direction, MermaidOptions, candidate_to_mermaid, mermaid_limits};
use crate::ui::actions::Action;
use crate::ui::derived::Revision;
use crate::ui::theme;

/// The diagram tab's state.
#[derive(Default)]
pub struct MermaidExport {
    pub direction: Direction,
    /// The file as typed; relative paths start at the workspace's folder.
    pub path: String,
    /// The candidate the default path was made for (`None`: typed by hand).
    default_for: Option<CandidateId>,
    text: Option<((Revision, CandidateId, Direction), String)>,
}

impl MermaidExport {
    /// The file name suggested for the candidate on the canvas, beside the
    /// workspace, unless one was typed.
    pub fn prepare(&mut self, input: &ExportInput<'_>) {
        let Some(candidate) = input.current else {
            return;
        };
        if self.path.trim().is_empty() || self.default_for.is_some() {
            let name = format!("{}.mmd", slug(&candidate.name));
            self.path = base_folder(input.workspace_path)
                .join(name)
                .display()
                .to_string();
            self.default_for = Some(candidate.id);
        }
    }

    /// A file picked with "Browse…".
    pub fn choose_file(&mut self, path: &Path) {
        self.path = path.display().to_string();
        self.default_for = None;
    }

    /// Where the diagram goes.
    pub fn target(&self, input: &ExportInput<'_>) -> PathBuf {
        resolve(&self.path, &base_folder(input.workspace_path))
    }

    /// The flowchart, made again only when the candidate or the direction changed.
    pub fn text(&mut self, input: &ExportInput<'_>) -> Option<&str> {
        let candidate = input.current?;
        let key = (input.revision, candidate.id, self.direction);
        if self.text.as_ref().map(|(k, _)| *k) != Some(key) {
            let options = MermaidOptions {
                direction: self.direction,
                title: None,
            };
            let text = candidate_to_mermaid(candidate, input.catalog, &options);
            self.text = Some((key, text));
        }
        self.text.as_ref().map(|(_, t)| t.as_str())
    }

    /// Writes the diagram; `replace` allows replacing an existing file.
    pub fn save(&mut self, input: &ExportInput<'_>, replace: bool) -> Result<PathBuf, String> {
        let target = self.target(input);
        let text = self
            .text(input)
            .ok_or_else(|| "there is no candidate to export".to_owned())?
            .to_owned();
        let written = if replace && target.exists() {
            crate::storage::atomic::save(&target, text.as_bytes()).map_err(|e| e.to_string())
        } else {
            crate::storage::atomic::create_new(&target, text.as_bytes()).map_err(|e| e.to_string())
        };
        written
            .map(|()| target.clone())
            .map_err(|e| format!("{}: {e}", target.display()))
    }

    /// The tab's contents.
    pub fn ui(&mut self, ui: &mut egui::Ui, input: &ExportInput<'_>, actions: &mut Vec<Action>) {
        let Some(candidate) = input.current else {
            ui.weak("There is no candidate to export.");
            return;
        };
        if self.default_for.is_some_and(|id| id != candidate.id) {
            self.prepare(input);
        }
        ui.label(format!("The flowchart of {}", candidate.name));
        self.choices_ui(ui, actions);
        let edges = candidate.edge_count();
        let Some(text) = self.text(input).map(str::to_owned) else {
            return;
        };
        for warning in mermaid_limits(&text, edges) {
            ui.colored_label(theme::WARNING, warning);
        }
        ui.horizontal(|ui| {
            if ui
                .button("Copy")
                .on_hover_text("Put the mermaid text on the clipboard")
                .clicked()
            {
                ui.ctx().copy_text(text.clone());
            }
            if ui
                .button("Save diagram")
                .on_hover_text("Write the file; an existing one is replaced only if you say so")
                .clicked()
            {
                actions.push(Action::Export(ExportAction::SaveMermaid {
                    confirmed: false,
                }));
            }
        });
        ui.separator();
        egui::ScrollArea::vertical()
            .id_salt("mermaid-preview")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.add(
                    egui::TextEdit::multiline(&mut text.as_str())
                        .code_editor()
                        .desired_width(f32::INFINITY),
                )
                .accessible_name("Mermaid text");
            });
    }

    fn choices_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        egui::Grid::new("mermaid-choices")
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                ui.label("Direction");
                ui.horizontal(|ui| {
                    ui.selectable_value(&mut self.direction, Direction::LeftRight, "Left to right");
                    ui.selectable_value(&mut self.direction, Direction::TopBottom, "Top to bottom");
                });
                ui.end_row();
                let label = ui.label("Diagram file");
                ui.horizontal(|ui| {
                    let field = egui::TextEdit::singleline(&mut self.path)
                        .desired_width(ui.available_width() - theme::BROWSE_BUTTON_ROOM);
                    if ui.add(field).labelled_by(label.id).changed() {
                        self.default_for = None;
                    }
                    if ui.button("Browse…").clicked() {
                        actions.push(Action::Export(ExportAction::BrowseMermaidFile));
                    }
                });
                ui.end_row();
            });
    }
}
