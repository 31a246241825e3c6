//! Where the panels go: the menu and toolbar on top, the catalog on the
//! left, the inspector or the context on the right, the comparison,
//! sensitivity and review below the canvas, the candidate tabs over the
//! canvas; or, while presenting, the canvas beside the score summary. Then
//! the windows and questions on top of everything.

use egui::RichText;

use super::actions::Action;
use super::app::PlinthApp;
use super::canvas;
use super::frame::frame_ctx;
use super::inspector;
use super::review_panel::{self, ReviewInput};
use super::settings::{AnalysisTab, SideTab};
use super::{
    backdrop, candidate_tabs, catalog_panel, comparison, context_panel, decision_panel, dialogs,
    finding_focus, menu, pattern_page, sensitivity_view, theme,
};
use crate::session::Flow;

/// The editing layout.
pub(super) fn layout_ui(app: &mut PlinthApp, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    backdrop::show_panel(egui::Panel::top("menu"), ui, |ui| {
        menu::menu_bar_ui(ui, app, actions);
    });
    if !app.notices.is_empty() {
        let panel = egui::Panel::bottom("notices").resizable(true);
        backdrop::show_panel(panel, ui, |ui| app.notices.notices_ui(ui));
    }
    if app.settings.show_catalog {
        let panel = egui::Panel::left("catalog")
            .default_size(theme::CATALOG_PANEL_WIDTH)
            .min_size(theme::CATALOG_PANEL_MIN_WIDTH)
            .resizable(true);
        backdrop::show_panel(panel, ui, |ui| {
            let open = app.settings.open_pattern.as_deref();
            catalog_panel::catalog_panel_ui(ui, &app.catalog, &mut app.browser, open, actions);
        });
    }
    {
        let findings = app
            .session
            .document()
            .current_id()
            .map_or(&[][..], |id| app.session.derived().findings(id));
        finding_focus::sync(&mut app.finding, &mut app.canvas, findings);
    }
    if app.settings.show_inspector {
        let panel = egui::Panel::right("inspector")
            .default_size(theme::INSPECTOR_PANEL_WIDTH)
            .min_size(theme::INSPECTOR_PANEL_MIN_WIDTH)
            .resizable(true);
        backdrop::show_panel(panel, ui, |ui| side_ui(app, ui, actions));
    }
    if app.settings.show_analysis {
        let panel = egui::Panel::bottom("analysis")
            .default_size(theme::ANALYSIS_PANEL_HEIGHT)
            .min_size(theme::ANALYSIS_PANEL_MIN_HEIGHT)
            .resizable(true);
        backdrop::show_panel(panel, ui, |ui| {
            analysis_ui(app, ui, actions);
            // The panel keeps its height whatever the tab holds.
            ui.take_available_space();
        });
    }
    backdrop::show_central(ui, |ui| centre_ui(app, ui, actions));
}

/// Inspector or context, as tabs.
fn side_ui(app: &mut PlinthApp, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    decision_panel::title_prompt_ui(ui, app.session.document().workspace(), actions);
    ui.horizontal(|ui| {
        for (tab, label) in [
            (SideTab::Inspector, "Inspector"),
            (SideTab::Context, "Context"),
            (SideTab::Decision, "Decision"),
        ] {
            if ui
                .selectable_label(app.settings.side_tab == tab, RichText::new(label).strong())
                .clicked()
            {
                actions.push(Action::ShowSideTab(tab));
            }
        }
    });
    ui.separator();
    match app.settings.side_tab {
        SideTab::Inspector => inspector_ui(app, ui, actions),
        SideTab::Context => context_panel::context_panel_ui(
            ui,
            &app.session.document().workspace().context,
            &mut app.context_draft,
            actions,
        ),
        SideTab::Decision => decision_panel::decision_panel_ui(
            ui,
            app.session.document().workspace(),
            app.session.derived().ranking(),
            actions,
        ),
    }
}

fn inspector_ui(app: &mut PlinthApp, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    let Some(input) = frame_ctx!(app).inspector_input(&app.canvas.selection) else {
        ui.weak("No candidate.");
        return;
    };
    inspector::inspector_ui(ui, &input, &mut app.fields, actions);
}

/// Comparison, sensitivity and review, as tabs.
fn analysis_ui(app: &mut PlinthApp, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        for tab in AnalysisTab::ALL {
            let label = RichText::new(tab.label()).strong();
            if ui
                .selectable_label(app.settings.analysis_tab == tab, label)
                .clicked()
            {
                actions.push(Action::ShowAnalysis(tab));
            }
        }
    });
    ui.separator();
    match app.settings.analysis_tab {
        AnalysisTab::Comparison => {
            let empty = app
                .session
                .document()
                .workspace()
                .candidates()
                .iter()
                .filter(|c| c.node_count() == 0)
                .map(|c| c.id)
                .collect();
            comparison::comparison_ui(
                ui,
                app.session.derived().ranking(),
                (app.session.document().current_id(), &empty),
                &mut app.comparison,
                actions,
            );
        }
        AnalysisTab::Sensitivity => {
            let team_size = app.session.document().workspace().context.team_size;
            let analysis = app.session.sensitivity(&app.catalog, app.catalog_serial);
            sensitivity_view::sensitivity_ui(ui, analysis, team_size);
        }
        AnalysisTab::Review => review_ui(app, ui, actions),
    }
}

fn review_ui(app: &mut PlinthApp, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    let Some(candidate) = app.session.document().current() else {
        ui.weak("No candidate.");
        return;
    };
    let id = candidate.id;
    let fixes = app
        .session
        .fixes(&app.catalog, app.catalog_serial, id)
        .to_vec();
    let Some(candidate) = app.session.document().current() else {
        return;
    };
    let findings = app.session.derived().findings(candidate.id);
    let input = ReviewInput {
        candidate,
        catalog: &app.catalog,
        findings,
        fixes: &fixes,
        selected: finding_focus::index_of(app.finding.as_ref(), findings),
    };
    review_panel::review_ui(ui, &input, actions);
}

fn centre_ui(app: &mut PlinthApp, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    let frame = frame_ctx!(app);
    candidate_tabs::candidate_tabs_ui(ui, &frame, &mut app.tabs, actions);
    let Some(input) = frame.canvas_input() else {
        ui.centered_and_justified(|ui| {
            if ui.button("Add a candidate design").clicked() {
                actions.push(Action::AddCandidate);
            }
        });
        return;
    };
    canvas::canvas_ui(ui, &input, &mut app.canvas, actions);
}

/// Windows and questions over the layout.
pub(super) fn overlays_ui(app: &mut PlinthApp, ctx: &egui::Context, actions: &mut Vec<Action>) {
    if app.presenting.is_none() {
        if let Some(id) = app.settings.open_pattern.clone() {
            pattern_page::pattern_window_ui(ctx, &app.catalog, &id, actions);
        }
        export_ui(app, ctx, actions);
    }
    if let Some(action) = app.files.prompt_ui(ctx) {
        actions.push(action);
    }
    match app.session.flow() {
        Flow::Confirming(intent) => {
            let name = app.session.document().display_name();
            dialogs::confirm_ui(ctx, &name, intent, actions);
        }
        Flow::DiskConflict { path, .. } => dialogs::disk_conflict_ui(ctx, path, actions),
        Flow::Recovery { path, edited, .. } => {
            let edited = edited.map(crate::cli::date::date_time);
            dialogs::recovery_ui(ctx, path.as_deref(), edited.as_deref(), actions);
        }
        Flow::Idle | Flow::AskingSavePath { .. } | Flow::Closing => {}
    }
}

fn export_ui(app: &mut PlinthApp, ctx: &egui::Context, actions: &mut Vec<Action>) {
    if !app.export.is_open() {
        return;
    }
    let frame = frame_ctx!(app);
    app.export.ui(ctx, &frame.export_input(), actions);
}
