//! The ADR folder's decisions in the export dialog: the same index as
//! `plinth adr index` (number, title, status, date, superseded by), and a
//! way to move one record's status on, as `plinth adr status` does (in the
//! record's own dialect, every other line kept).

use std::path::Path;

use crate::export::adr::index::index_rows;
use crate::export::adr::{FolderScan, NewStatus, change_status};
use crate::ui::theme;
use crate::workspace::Status;

/// Statuses offered here (superseding needs a successor: `plinth adr status --by`).
const OFFERED: [Status; 4] = [
    Status::Proposed,
    Status::Accepted,
    Status::Rejected,
    Status::Deprecated,
];

/// Draws the folder's index; returns what changing a status said, if a
/// status was changed (the folder must then be read again).
pub fn folder_index_ui(
    ui: &mut egui::Ui,
    dir: &Path,
    scan: &FolderScan,
) -> Option<Result<String, String>> {
    let rows = index_rows(scan);
    if rows.is_empty() {
        return None;
    }
    let mut changed = None;
    egui::CollapsingHeader::new(format!("Decisions in this folder ({})", rows.len()))
        .id_salt("adr-folder-index")
        .show(ui, |ui| {
            egui::Grid::new("adr-index-grid")
                .num_columns(5)
                .spacing([10.0, 4.0])
                .striped(true)
                .show(ui, |ui| {
                    for heading in ["Number", "Decision", "Status", "Date", "Superseded by"] {
                        ui.strong(heading);
                    }
                    ui.end_row();
                    for row in &rows {
                        ui.label(row.number.map_or_else(String::new, |n| format!("{n:04}")));
                        ui.label(&row.title).on_hover_text(&row.file);
                        let status = row.status.clone().unwrap_or_default();
                        match row.number {
                            Some(number) => {
                                let salt = ("adr-index-status", number, row.file.as_str());
                                egui::ComboBox::from_id_salt(salt)
                                    .selected_text(if status.is_empty() { "none" } else { &status })
                                    .show_ui(ui, |ui| {
                                        for offered in OFFERED {
                                            if ui
                                                .selectable_label(
                                                    status == offered.key(),
                                                    offered.key(),
                                                )
                                                .clicked()
                                            {
                                                changed = Some(
                                                    change_status(
                                                        dir,
                                                        number,
                                                        NewStatus::Plain(offered),
                                                        None,
                                                    )
                                                    .map(|c| {
                                                        format!(
                                                            "ADR {number} is now {}: {}",
                                                            offered.key(),
                                                            c.file.display()
                                                        )
                                                    })
                                                    .map_err(|e| e.to_string()),
                                                );
                                            }
                                        }
                                    })
                                    .response
                                    .accessible_name(format!("Status of ADR {number}"))
                                    .on_hover_text("Change this record's status in its own format");
                            }
                            None => {
                                ui.label(status);
                            }
                        }
                        ui.label(row.date.clone().unwrap_or_default());
                        ui.label(
                            row.superseded_by
                                .as_ref()
                                .map_or_else(String::new, |(n, file)| {
                                    n.map_or_else(|| file.clone(), |n| format!("ADR {n:04}"))
                                }),
                        );
                        ui.end_row();
                    }
                });
        });
    changed
}

/// What the last status change said.
pub fn note_ui(ui: &mut egui::Ui, note: &Result<String, String>) {
    match note {
        Ok(done) => ui.colored_label(theme::SUCCESS, done),
        Err(problem) => ui.colored_label(theme::ERROR, problem),
    };
}
