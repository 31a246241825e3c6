//! The menu bar (File, Edit, View), built from the command list, and the
//! candidate tabs above the canvas.

use super::actions::Action;
use super::app::PlinthApp;
use super::commands::Command;
use super::document::Document;
use super::settings::ThemeChoice;
use crate::workspace::examples::EXAMPLES;

/// File, Edit and View.
pub fn menu_bar_ui(ui: &mut egui::Ui, app: &PlinthApp, actions: &mut Vec<Action>) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| file_menu_ui(ui, app, actions));
        ui.menu_button("Edit", |ui| edit_menu_ui(ui, app, actions));
        ui.menu_button("View", |ui| view_menu_ui(ui, app, actions));
    });
}

fn command(ui: &mut egui::Ui, command: Command, enabled: bool, actions: &mut Vec<Action>) {
    if command.menu_button(ui, enabled) {
        actions.push(Action::Command(command));
    }
}

fn file_menu_ui(ui: &mut egui::Ui, app: &PlinthApp, actions: &mut Vec<Action>) {
    command(ui, Command::New, true, actions);
    command(ui, Command::Open, true, actions);
    ui.menu_button("Open example", |ui| {
        for (name, description, _) in EXAMPLES {
            if ui.button(name).on_hover_text(description).clicked() {
                actions.push(Action::OpenExample(name));
            }
        }
    });
    ui.menu_button("Recent", |ui| {
        if app.settings().recent.is_empty() {
            ui.weak("No recent files");
        }
        for path in &app.settings().recent {
            let name = path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            if ui
                .button(name)
                .on_hover_text(path.display().to_string())
                .clicked()
            {
                actions.push(Action::Open(path.clone()));
            }
        }
    });
    ui.separator();
    command(ui, Command::Save, true, actions);
    command(ui, Command::SaveAs, true, actions);
    ui.separator();
    command(ui, Command::ImportMermaid, true, actions);
    command(ui, Command::AddCatalogFolder, true, actions);
}

fn edit_menu_ui(ui: &mut egui::Ui, app: &PlinthApp, actions: &mut Vec<Action>) {
    let history = app.document().history();
    let selection = app.selection();
    command(ui, Command::Undo, history.can_undo(), actions);
    command(ui, Command::Redo, history.can_redo(), actions);
    ui.separator();
    command(ui, Command::Delete, !selection.is_empty(), actions);
    command(ui, Command::Duplicate, !selection.nodes.is_empty(), actions);
    command(ui, Command::Rename, selection.nodes.len() == 1, actions);
    command(ui, Command::SelectAll, true, actions);
}

fn view_menu_ui(ui: &mut egui::Ui, app: &PlinthApp, actions: &mut Vec<Action>) {
    for c in [
        Command::ZoomIn,
        Command::ZoomOut,
        Command::ZoomReset,
        Command::ZoomToFit,
    ] {
        command(ui, c, true, actions);
    }
    ui.separator();
    let settings = app.settings();
    for (c, on) in [
        (Command::ToggleSnap, settings.snap_to_grid),
        (Command::ToggleCatalog, settings.show_catalog),
        (Command::ToggleInspector, settings.show_inspector),
    ] {
        if c.menu_toggle(ui, on) {
            actions.push(Action::Command(c));
        }
    }
    command(ui, Command::FocusSearch, true, actions);
    ui.separator();
    ui.menu_button("Theme", |ui| {
        for theme in ThemeChoice::ALL {
            if ui
                .add(egui::Button::selectable(
                    settings.theme == theme,
                    theme.label(),
                ))
                .clicked()
            {
                actions.push(Action::SetTheme(theme));
            }
        }
    });
}

/// One tab per candidate, and a button to add one.
pub fn candidate_tabs_ui(ui: &mut egui::Ui, doc: &Document, actions: &mut Vec<Action>) {
    egui::Frame::NONE
        .inner_margin(egui::Margin::symmetric(8, 4))
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.weak("Candidates");
                let current = doc.current_id();
                for candidate in doc.workspace().candidates() {
                    let tab = ui.selectable_label(current == Some(candidate.id), &candidate.name);
                    if tab.clicked() {
                        actions.push(Action::SelectCandidate(candidate.id));
                    }
                }
                if ui
                    .small_button("+")
                    .on_hover_text("Add an empty candidate design")
                    .clicked()
                {
                    actions.push(Action::AddCandidate);
                }
            });
        });
}
