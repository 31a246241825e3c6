//! The presentation's layout: the header on top, the score summary beside
//! or below the canvas, the canvas at a readable size with the walk's stop
//! framed, the node in focus lit and the overview map, then the laser and
//! the window with every finding over everything.

use super::actions::Action;
use super::app::PlinthApp;
use super::canvas;
use super::frame::frame_ctx;
use super::present_summary::SummaryPlace;
use super::{backdrop, present, present_pointer, present_summary, theme};
use crate::design::CandidateId;

/// The presentation layout: no menus, no editing panels.
pub(super) fn presentation_ui(app: &mut PlinthApp, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
    let current = app.session.document().current_id();
    let stops = app.presenting.as_ref().map_or(1, |p| p.walk.len());
    let place = present::Place {
        current,
        stop: app.session.presenting().map_or(0, |p| p.stop_of(stops)),
        stops,
    };
    backdrop::show_panel(egui::Panel::top("present-header"), ui, |ui| {
        ui.add_space(theme::PRESENT_HEADER_GAP);
        present::header_ui(ui, app.session.document().workspace(), &place, actions);
        ui.add_space(theme::PRESENT_HEADER_GAP);
    });
    if let Some(id) = current {
        present_summary_ui(app, ui, id, actions);
    }
    backdrop::show_central(ui, |ui| present_canvas_ui(app, ui));
    if let Some(presentation) = app.presenting.as_mut() {
        presentation.laser.ui(ui.ctx());
        if presentation.all_findings {
            let findings = current.map_or(&[][..], |id| app.session.derived().findings(id));
            present_summary::all_findings_ui(ui.ctx(), findings, &mut presentation.all_findings);
        }
    }
}

/// The score summary beside or below the canvas.
fn present_summary_ui(
    app: &PlinthApp,
    ui: &mut egui::Ui,
    id: CandidateId,
    actions: &mut Vec<Action>,
) {
    let room = ui.available_rect_before_wrap().size();
    let content = app
        .session
        .document()
        .current()
        .and_then(canvas::content_bounds);
    let place = SummaryPlace::for_content(room, content);
    let ranking = app.session.derived().ranking();
    let findings = app.session.derived().findings(id);
    let panel = match place {
        SummaryPlace::Right => {
            egui::Panel::right("present-summary").exact_size(theme::PRESENT_SUMMARY_WIDTH)
        }
        SummaryPlace::Below => {
            egui::Panel::bottom("present-summary-below").exact_size(theme::PRESENT_SUMMARY_HEIGHT)
        }
    };
    backdrop::show_panel(panel.resizable(false), ui, |ui| {
        ui.add_space(theme::SECTION_GAP);
        present_summary::summary_ui(ui, ranking, id, findings, place, actions);
    });
}

/// The candidate at a readable size, the stop of the walk framed, the
/// node in focus lit, the overview map when walking.
fn present_canvas_ui(app: &mut PlinthApp, ui: &mut egui::Ui) {
    let Some(mut input) = frame_ctx!(app).canvas_input() else {
        ui.centered_and_justified(|ui| ui.heading("No candidate to present."));
        return;
    };
    let area = ui.available_rect_before_wrap();
    let ppp = ui.ctx().pixels_per_point();
    let revision = (
        app.session.serial(),
        app.session.document().history().revision(),
    );
    let mut stop = 0;
    if let Some(presentation) = app.presenting.as_mut() {
        let stops = presentation
            .walk
            .plan(input.candidate, revision, area, ppp)
            .len();
        // Walking, the map takes the corner and the key to the lines
        // would cover the part shown.
        input.legend &= stops <= 1;
        stop = app.session.presenting().map_or(0, |p| p.stop_of(stops));
        presentation
            .walk
            .frame(&mut app.canvas, input.candidate.id, stop, area, ppp);
    }
    // Looking only: what the canvas would change is dropped.
    let mut ignored = Vec::new();
    canvas::canvas_ui(ui, &input, &mut app.canvas, &mut ignored);
    let painter = ui.painter_at(area);
    let selection = &app.canvas.selection;
    let focus = match (selection.nodes.len(), selection.edges.is_empty()) {
        (1, true) => selection.nodes.first().copied(),
        _ => None,
    };
    app.session.set_focus(focus);
    let Some(candidate) = app.session.document().current() else {
        return;
    };
    if let (Some(lit), Some(t)) = (app.session.lit_nodes(), app.canvas.transform()) {
        present_pointer::focus_veil(&painter, candidate, t, &lit);
    }
    if let Some(presentation) = app.presenting.as_ref() {
        presentation
            .walk
            .overview_ui(&painter, area, candidate, stop);
    }
}
