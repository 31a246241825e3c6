//! The decision panel's sections: the record (title, problem, drivers in
//! order, people, status, date) and the choice (the winner unless another
//! option is chosen, which asks for the reason).

use egui::RichText;

use super::{PEOPLE, View, status_label, title_field_id};
use crate::scoring::Ranking;
use crate::ui::theme;
use crate::workspace::{Decision, Status, Workspace};

/// Title, problem, drivers, people, status and date.
pub(super) fn record_ui(ui: &mut egui::Ui, view: &mut View) {
    ui.heading("Decision");
    let d = &mut view.decision;
    let label = ui.label("Title");
    ui.add(
        egui::TextEdit::singleline(&mut d.title)
            .id(title_field_id())
            .hint_text("What are you deciding?")
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label.id);
    let label = ui.label("Problem statement");
    ui.add(
        egui::TextEdit::multiline(&mut d.problem)
            .id_salt("decision-problem")
            .hint_text("The context and the question, in two or three sentences")
            .desired_rows(4)
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label.id);
    drivers_ui(ui, &mut d.drivers);
    ui.add_space(theme::SECTION_GAP);
    for (i, name) in PEOPLE.iter().enumerate() {
        let label = ui.label(*name);
        ui.add(
            egui::TextEdit::singleline(&mut view.people[i])
                .id_salt(("decision-people", i))
                .hint_text("Names, separated by commas")
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    }
    ui.add_space(theme::SECTION_GAP);
    status_ui(ui, &mut view.decision);
}

/// The drivers as a list: each can be edited, moved up or down, removed.
fn drivers_ui(ui: &mut egui::Ui, drivers: &mut Vec<String>) {
    ui.label("Decision drivers (most important first)");
    let mut swap = None;
    let mut remove = None;
    let count = drivers.len();
    for (i, driver) in drivers.iter_mut().enumerate() {
        ui.horizontal(|ui| {
            let n = i + 1;
            let up = ui
                .add_enabled(i > 0, egui::Button::new("↑").small())
                .on_hover_text("Move up");
            if up.clicked() {
                swap = Some(i - 1);
            }
            let down = ui
                .add_enabled(n < count, egui::Button::new("↓").small())
                .on_hover_text("Move down");
            if down.clicked() {
                swap = Some(i);
            }
            if ui.small_button("×").on_hover_text("Remove").clicked() {
                remove = Some(i);
            }
            ui.add(
                egui::TextEdit::singleline(driver)
                    .id(egui::Id::unique(("decision-driver", i)))
                    .desired_width(f32::INFINITY),
            )
            .accessible_name(format!("Driver {n}"));
        });
    }
    if let Some(i) = swap {
        drivers.swap(i, i + 1);
    }
    if let Some(i) = remove {
        drivers.remove(i);
    }
    if ui.button("Add driver").clicked() {
        drivers.push(String::new());
        ui.memory_mut(|m| m.request_focus(egui::Id::unique(("decision-driver", count))));
    }
}

fn status_ui(ui: &mut egui::Ui, d: &mut Decision) {
    egui::Grid::new("decision-status")
        .num_columns(2)
        .spacing([10.0, 6.0])
        .show(ui, |ui| {
            let label = ui.label("Status");
            ui.horizontal(|ui| {
                egui::ComboBox::from_id_salt("decision-status-choice")
                    .selected_text(status_label(d.status))
                    .show_ui(ui, |ui| {
                        for status in Status::ALL {
                            ui.selectable_value(&mut d.status, status, status_label(status));
                        }
                    })
                    .response
                    .labelled_by(label.id);
                if d.status == Status::Superseded {
                    let mut by = d.superseded_by.unwrap_or(0);
                    ui.label("by ADR");
                    ui.add(egui::DragValue::new(&mut by).range(0..=99_999))
                        .accessible_name("Superseded by ADR");
                    d.superseded_by = (by > 0).then_some(by);
                } else {
                    d.superseded_by = None;
                }
            });
            ui.end_row();
            let label = ui.label("Decision date");
            ui.horizontal(|ui| {
                ui.add(
                    egui::TextEdit::singleline(&mut d.date)
                        .id_salt("decision-date")
                        .hint_text("YYYY-MM-DD")
                        .desired_width(theme::DATE_FIELD_WIDTH),
                )
                .labelled_by(label.id);
                if ui.small_button("Today").clicked() {
                    d.date = crate::cli::date::today();
                }
            });
            ui.end_row();
        });
    let date = d.date.trim();
    if !date.is_empty() && !crate::cli::date::is_iso_date(date) {
        ui.colored_label(theme::ERROR, "The date must be YYYY-MM-DD.");
    }
}

/// The option the record adopts: the winner unless another is chosen, in
/// which case the reason is asked for.
pub(super) fn choice_ui(ui: &mut egui::Ui, d: &mut Decision, ws: &Workspace, ranking: &Ranking) {
    ui.heading("Choice");
    let winner = ranking.winner();
    let name_of = |id| ws.candidate(id).map_or("?", |c| c.name.as_str());
    let winner_text = winner.map_or_else(
        || "The winner (no option is feasible yet)".to_owned(),
        |w| format!("The winner: {}", w.name),
    );
    let shown = match d.chosen {
        Some(id) if winner.map(|w| w.candidate) != Some(id) => name_of(id).to_owned(),
        _ => winner_text.clone(),
    };
    let label = ui.label("Chosen option");
    egui::ComboBox::from_id_salt("decision-chosen")
        .selected_text(shown)
        .width(ui.available_width().min(theme::SUPERSEDES_WIDTH))
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut d.chosen, None, winner_text);
            for score in &ranking.scores {
                if Some(score.candidate) != winner.map(|w| w.candidate) {
                    let text = format!("{} ({:.1} points)", score.name, score.total);
                    ui.selectable_value(&mut d.chosen, Some(score.candidate), text);
                }
            }
        })
        .response
        .labelled_by(label.id);
    if winner.is_some_and(|w| d.chosen == Some(w.candidate)) {
        d.chosen = None;
    }
    if d.chosen.is_none() {
        d.chosen_reason.clear();
        return;
    }
    let label = ui.label("Why this option rather than the winner?");
    ui.add(
        egui::TextEdit::multiline(&mut d.chosen_reason)
            .id_salt("decision-chosen-reason")
            .hint_text("The ADR states this reason beside the scores")
            .desired_rows(3)
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label.id);
    if d.chosen_reason.trim().is_empty() {
        ui.label(
            RichText::new("The record needs the reason before it can be accepted.")
                .color(theme::WARNING),
        );
    }
}
