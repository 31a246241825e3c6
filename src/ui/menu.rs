//! The menu bar (File, Edit, Candidate, View), built from the command
//! list, and the toolbar at its right end (export, present).

use egui::{Align, Layout, RichText};

use super::actions::Action;
use super::app::PlinthApp;
use super::commands::{Command, CommandState};
use super::settings::{ThemeChoice, UI_SCALES};
use crate::workspace::examples::EXAMPLES;

/// Presentation sizes offered in the View menu.
const PRESENT_SCALES: [f32; 6] = [1.0, 1.25, 1.5, 1.75, 2.0, 2.5];

/// File, Edit, Candidate and View, then the toolbar.
pub fn menu_bar_ui(ui: &mut egui::Ui, app: &PlinthApp, actions: &mut Vec<Action>) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| file_menu_ui(ui, app, actions));
        ui.menu_button("Edit", |ui| edit_menu_ui(ui, app, actions));
        ui.menu_button("Candidate", |ui| candidate_menu_ui(ui, app, actions));
        ui.menu_button("View", |ui| view_menu_ui(ui, app, actions));
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            toolbar_ui(ui, actions);
        });
    });
}

/// The buttons at the right end of the menu bar.
fn toolbar_ui(ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    for (command, text) in [
        (Command::Present, "Present"),
        (Command::ExportAdr, "Export…"),
    ] {
        let mut tip = command.tooltip().to_owned();
        if let Some(shortcut) = command.shortcut() {
            tip.push_str(&format!(" ({})", ui.ctx().format_shortcut(&shortcut)));
        }
        if ui
            .button(RichText::new(text).strong())
            .on_hover_text(tip)
            .clicked()
        {
            actions.push(Action::Command(command));
        }
    }
}

fn command(ui: &mut egui::Ui, command: Command, state: &CommandState, actions: &mut Vec<Action>) {
    if command.menu_button(ui, state) {
        actions.push(Action::Command(command));
    }
}

fn file_menu_ui(ui: &mut egui::Ui, app: &PlinthApp, actions: &mut Vec<Action>) {
    let state = app.command_state();
    command(ui, Command::New, &state, actions);
    command(ui, Command::Open, &state, actions);
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
    command(ui, Command::Save, &state, actions);
    command(ui, Command::SaveAs, &state, actions);
    ui.separator();
    command(ui, Command::ExportAdr, &state, actions);
    command(ui, Command::ExportMermaid, &state, actions);
    command(ui, Command::ExportPicture, &state, actions);
    command(ui, Command::ExportReport, &state, actions);
    ui.separator();
    command(ui, Command::ImportMermaid, &state, actions);
    command(ui, Command::AddCatalogFolder, &state, actions);
    catalog_folders_ui(ui, app, actions);
    ui.separator();
    command(ui, Command::Quit, &state, actions);
}

/// The folders added to the catalog, each removable, and a reload for
/// pattern files edited while the window is open.
fn catalog_folders_ui(ui: &mut egui::Ui, app: &PlinthApp, actions: &mut Vec<Action>) {
    ui.menu_button("Catalog folders", |ui| {
        let folders = &app.settings().catalog_folders;
        if folders.is_empty() {
            ui.weak("No folder added");
        }
        for path in folders {
            let label = format!("Remove {}", path.display());
            if ui
                .button(label)
                .on_hover_text("Stop loading pattern files from this folder")
                .clicked()
            {
                actions.push(Action::RemoveCatalogFolder(path.clone()));
            }
        }
        ui.separator();
        if ui
            .button("Reload catalog")
            .on_hover_text("Read every pattern folder again (after editing pattern files)")
            .clicked()
        {
            actions.push(Action::ReloadCatalog);
        }
    });
}

fn edit_menu_ui(ui: &mut egui::Ui, app: &PlinthApp, actions: &mut Vec<Action>) {
    let state = app.command_state();
    for c in [Command::Undo, Command::Redo] {
        command(ui, c, &state, actions);
    }
    ui.separator();
    for c in [
        Command::Copy,
        Command::Paste,
        Command::Delete,
        Command::Duplicate,
        Command::Rename,
        Command::SelectAll,
    ] {
        command(ui, c, &state, actions);
    }
    ui.separator();
    command(ui, Command::Arrange, &state, actions);
}

fn candidate_menu_ui(ui: &mut egui::Ui, app: &PlinthApp, actions: &mut Vec<Action>) {
    let state = app.command_state();
    for c in [
        Command::AddCandidate,
        Command::DuplicateCandidate,
        Command::RenameCandidate,
    ] {
        command(ui, c, &state, actions);
    }
    ui.separator();
    for c in [Command::MoveCandidateLeft, Command::MoveCandidateRight] {
        command(ui, c, &state, actions);
    }
    ui.separator();
    command(ui, Command::DeleteCandidate, &state, actions);
}

fn view_menu_ui(ui: &mut egui::Ui, app: &PlinthApp, actions: &mut Vec<Action>) {
    let state = app.command_state();
    for c in [
        Command::ZoomIn,
        Command::ZoomOut,
        Command::ZoomReset,
        Command::ZoomToFit,
    ] {
        command(ui, c, &state, actions);
    }
    ui.separator();
    let settings = app.settings();
    for (c, on) in [
        (Command::ToggleSnap, settings.snap_to_grid),
        (Command::ToggleCatalog, settings.show_catalog),
        (Command::ToggleInspector, settings.show_inspector),
        (Command::ToggleAnalysis, settings.show_analysis),
        (Command::ToggleLegend, settings.show_legend),
    ] {
        if c.menu_toggle(ui, on) {
            actions.push(Action::Command(c));
        }
    }
    command(ui, Command::FocusSearch, &state, actions);
    ui.separator();
    scale_menus_ui(ui, app, actions);
    command(ui, Command::Present, &state, actions);
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

/// Interface size and presentation size.
fn scale_menus_ui(ui: &mut egui::Ui, app: &PlinthApp, actions: &mut Vec<Action>) {
    let settings = app.settings();
    ui.menu_button("Interface size", |ui| {
        for scale in UI_SCALES {
            let chosen = (settings.ui_scale() - scale).abs() < 0.01;
            let text = format!("{:.0} %", scale * 100.0);
            if ui.add(egui::Button::selectable(chosen, text)).clicked() {
                actions.push(Action::SetUiScale(scale));
            }
        }
    });
    ui.menu_button("Presentation size", |ui| {
        for scale in PRESENT_SCALES {
            let chosen = (settings.present_scale() - scale).abs() < 0.01;
            let text = format!("{scale}×");
            if ui.add(egui::Button::selectable(chosen, text)).clicked() {
                actions.push(Action::SetPresentScale(scale));
            }
        }
    });
}
