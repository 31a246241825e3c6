//! Where the panels go: the menu and toolbar on top, the catalog on the
//! left, the inspector or the context on the right, the comparison,
//! sensitivity and review below the canvas, the candidate tabs over the
//! canvas; or, while presenting, the canvas beside the score summary. Then
//! the windows and questions on top of everything.

use egui::RichText;

use super::actions::Action;
use super::app::PlinthApp;
use super::canvas::{self, Highlight};
use super::export_dialog::ExportInput;
use super::frame::frame_ctx;
use super::inspector;
use super::present_summary::SummaryPlace;
use super::review_panel::{self, ReviewInput};
use super::settings::{AnalysisTab, SideTab};
use super::{
    candidate_tabs, catalog_panel, comparison, context_panel, decision_panel, dialogs, menu,
    pattern_page, present, present_pointer, present_summary, sensitivity_view, theme,
};
use crate::design::CandidateId;
use crate::session::Flow;

impl PlinthApp {
    /// The editing layout.
    pub(super) fn layout_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        egui::Panel::top("menu").show(ui, |ui| menu::menu_bar_ui(ui, self, actions));
        if !self.notices.is_empty() {
            egui::Panel::bottom("notices")
                .resizable(true)
                .show(ui, |ui| self.notices.notices_ui(ui));
        }
        if self.settings.show_catalog {
            egui::Panel::left("catalog")
                .default_size(theme::CATALOG_PANEL_WIDTH)
                .min_size(theme::CATALOG_PANEL_MIN_WIDTH)
                .resizable(true)
                .show(ui, |ui| {
                    let open = self.settings.open_pattern.as_deref();
                    catalog_panel::catalog_panel_ui(
                        ui,
                        &self.catalog,
                        &mut self.browser,
                        open,
                        actions,
                    );
                });
        }
        self.sync_highlight();
        if self.settings.show_inspector {
            egui::Panel::right("inspector")
                .default_size(theme::INSPECTOR_PANEL_WIDTH)
                .min_size(theme::INSPECTOR_PANEL_MIN_WIDTH)
                .resizable(true)
                .show(ui, |ui| self.side_ui(ui, actions));
        }
        if self.settings.show_analysis {
            egui::Panel::bottom("analysis")
                .default_size(theme::ANALYSIS_PANEL_HEIGHT)
                .min_size(theme::ANALYSIS_PANEL_MIN_HEIGHT)
                .resizable(true)
                .show(ui, |ui| {
                    self.analysis_ui(ui, actions);
                    // The panel keeps its height whatever the tab holds.
                    ui.take_available_space();
                });
        }
        let frame = canvas_frame(ui);
        egui::CentralPanel::default()
            .frame(frame)
            .show(ui, |ui| self.centre_ui(ui, actions));
    }

    /// The presentation layout: no menus, no editing panels.
    pub(super) fn presentation_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let current = self.session.document().current_id();
        let stops = self.presenting.as_ref().map_or(1, |p| p.walk.len());
        let place = present::Place {
            current,
            stop: self.session.presenting().map_or(0, |p| p.stop_of(stops)),
            stops,
        };
        egui::Panel::top("present-header").show(ui, |ui| {
            ui.add_space(theme::PRESENT_HEADER_GAP);
            present::header_ui(ui, self.session.document().workspace(), &place, actions);
            ui.add_space(theme::PRESENT_HEADER_GAP);
        });
        if let Some(id) = current {
            self.present_summary_ui(ui, id, actions);
        }
        let frame = canvas_frame(ui);
        egui::CentralPanel::default()
            .frame(frame)
            .show(ui, |ui| self.present_canvas_ui(ui));
        if let Some(presentation) = self.presenting.as_mut() {
            presentation.laser.ui(ui.ctx());
            if presentation.all_findings {
                let findings = current.map_or(&[][..], |id| self.session.derived().findings(id));
                present_summary::all_findings_ui(
                    ui.ctx(),
                    findings,
                    &mut presentation.all_findings,
                );
            }
        }
    }

    /// The score summary beside or below the canvas.
    fn present_summary_ui(&self, ui: &mut egui::Ui, id: CandidateId, actions: &mut Vec<Action>) {
        let room = ui.available_rect_before_wrap().size();
        let content = self
            .session
            .document()
            .current()
            .and_then(canvas::content_bounds);
        let place = SummaryPlace::for_content(room, content);
        let ranking = self.session.derived().ranking();
        let findings = self.session.derived().findings(id);
        let panel = match place {
            SummaryPlace::Right => {
                egui::Panel::right("present-summary").exact_size(theme::PRESENT_SUMMARY_WIDTH)
            }
            SummaryPlace::Below => egui::Panel::bottom("present-summary-below")
                .exact_size(theme::PRESENT_SUMMARY_HEIGHT),
        };
        panel.resizable(false).show(ui, |ui| {
            ui.add_space(theme::SECTION_GAP);
            present_summary::summary_ui(ui, ranking, id, findings, place, actions);
        });
    }

    /// The candidate at a readable size, the stop of the walk framed, the
    /// node in focus lit, the overview map when walking.
    fn present_canvas_ui(&mut self, ui: &mut egui::Ui) {
        let Some(input) = frame_ctx!(self).canvas_input() else {
            ui.painter().add(panel_fill(ui, ui.max_rect()));
            ui.centered_and_justified(|ui| ui.heading("No candidate to present."));
            return;
        };
        let area = ui.available_rect_before_wrap();
        let ppp = ui.ctx().pixels_per_point();
        let revision = (
            self.session.serial(),
            self.session.document().history().revision(),
        );
        let mut stop = 0;
        if let Some(presentation) = self.presenting.as_mut() {
            let stops = presentation
                .walk
                .plan(input.candidate, revision, area, ppp)
                .len();
            stop = self.session.presenting().map_or(0, |p| p.stop_of(stops));
            presentation
                .walk
                .frame(&mut self.canvas, input.candidate.id, stop, area, ppp);
        }
        // Looking only: what the canvas would change is dropped.
        let mut ignored = Vec::new();
        canvas::canvas_ui(ui, &input, &mut self.canvas, &mut ignored);
        let painter = ui.painter_at(area);
        let selection = &self.canvas.selection;
        let focus = match (selection.nodes.len(), selection.edges.is_empty()) {
            (1, true) => selection.nodes.first().copied(),
            _ => None,
        };
        self.session.set_focus(focus);
        let Some(candidate) = self.session.document().current() else {
            return;
        };
        if let (Some(lit), Some(t)) = (self.session.lit_nodes(), self.canvas.transform()) {
            present_pointer::focus_veil(&painter, candidate, t, &lit);
        }
        if let Some(presentation) = self.presenting.as_ref() {
            presentation
                .walk
                .overview_ui(&painter, area, candidate, stop);
        }
    }

    /// Inspector or context, as tabs.
    fn side_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        decision_panel::title_prompt_ui(ui, self.session.document().workspace(), actions);
        ui.horizontal(|ui| {
            for (tab, label) in [
                (SideTab::Inspector, "Inspector"),
                (SideTab::Context, "Context"),
                (SideTab::Decision, "Decision"),
            ] {
                if ui
                    .selectable_label(self.settings.side_tab == tab, RichText::new(label).strong())
                    .clicked()
                {
                    actions.push(Action::ShowSideTab(tab));
                }
            }
        });
        ui.separator();
        match self.settings.side_tab {
            SideTab::Inspector => self.inspector_ui(ui, actions),
            SideTab::Context => context_panel::context_panel_ui(
                ui,
                &self.session.document().workspace().context,
                &mut self.context_draft,
                actions,
            ),
            SideTab::Decision => decision_panel::decision_panel_ui(
                ui,
                self.session.document().workspace(),
                self.session.derived().ranking(),
                actions,
            ),
        }
    }

    fn inspector_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let Some(input) = frame_ctx!(self).inspector_input(&self.canvas.selection) else {
            ui.weak("No candidate.");
            return;
        };
        inspector::inspector_ui(ui, &input, &mut self.fields, actions);
    }

    /// Comparison, sensitivity and review, as tabs.
    fn analysis_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        ui.horizontal(|ui| {
            for tab in AnalysisTab::ALL {
                let label = RichText::new(tab.label()).strong();
                if ui
                    .selectable_label(self.settings.analysis_tab == tab, label)
                    .clicked()
                {
                    actions.push(Action::ShowAnalysis(tab));
                }
            }
        });
        ui.separator();
        match self.settings.analysis_tab {
            AnalysisTab::Comparison => {
                let empty = self
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
                    self.session.derived().ranking(),
                    (self.session.document().current_id(), &empty),
                    &mut self.comparison,
                    actions,
                );
            }
            AnalysisTab::Sensitivity => {
                let team_size = self.session.document().workspace().context.team_size;
                let analysis = self.session.sensitivity(&self.catalog, self.catalog_serial);
                sensitivity_view::sensitivity_ui(ui, analysis, team_size);
            }
            AnalysisTab::Review => self.review_ui(ui, actions),
        }
    }

    fn review_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let Some(candidate) = self.session.document().current() else {
            ui.weak("No candidate.");
            return;
        };
        let id = candidate.id;
        let fixes = self
            .session
            .fixes(&self.catalog, self.catalog_serial, id)
            .to_vec();
        let Some(candidate) = self.session.document().current() else {
            return;
        };
        let findings = self.session.derived().findings(candidate.id);
        let input = ReviewInput {
            candidate,
            catalog: &self.catalog,
            findings,
            fixes: &fixes,
            selected: self.finding_index(),
        };
        review_panel::review_ui(ui, &input, actions);
    }

    fn centre_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        // Painted once the tabs' height is known, under them.
        let fill = ui.painter().add(egui::Shape::Noop);
        let whole = ui.max_rect();
        let frame = frame_ctx!(self);
        candidate_tabs::candidate_tabs_ui(ui, &frame, &mut self.tabs, actions);
        let Some(input) = frame.canvas_input() else {
            ui.painter().set(fill, panel_fill(ui, whole));
            ui.centered_and_justified(|ui| {
                if ui.button("Add a candidate design").clicked() {
                    actions.push(Action::AddCandidate);
                }
            });
            return;
        };
        let tabs = whole.with_max_y(ui.cursor().min.y);
        ui.painter().set(fill, panel_fill(ui, tabs));
        canvas::canvas_ui(ui, &input, &mut self.canvas, actions);
    }

    /// The index of the finding being looked at, if it still exists.
    pub(super) fn finding_index(&self) -> Option<usize> {
        let (rule, nodes) = self.finding.as_ref()?;
        self.findings()
            .iter()
            .position(|f| f.rule == *rule && f.nodes == *nodes)
    }

    /// Drops the halo once its finding is gone (fixed, another candidate
    /// shown) or the user selected something else.
    fn sync_highlight(&mut self) {
        let Some((_, nodes)) = &self.finding else {
            return;
        };
        let selected: Vec<_> = self.canvas.selection.nodes.iter().copied().collect();
        let still = self.finding_index().is_some()
            && self.canvas.highlighted().is_some()
            && selected == *nodes;
        if !still {
            self.finding = None;
            self.canvas.clear_highlight();
        }
    }

    /// Selects, highlights and frames the nodes of finding `index`.
    pub(super) fn select_finding(&mut self, index: usize) {
        let Some(finding) = self.findings().get(index).cloned() else {
            return;
        };
        self.finding = Some((finding.rule.clone(), finding.nodes.clone()));
        let highlight = Highlight {
            nodes: finding.nodes.iter().copied().collect(),
            severity: finding.severity,
        };
        self.canvas
            .highlight(highlight, finding.edges.iter().copied().collect());
    }

    /// Windows and questions over the layout.
    pub(super) fn overlays_ui(&mut self, ctx: &egui::Context, actions: &mut Vec<Action>) {
        if self.presenting.is_none() {
            if let Some(id) = self.settings.open_pattern.clone() {
                pattern_page::pattern_window_ui(ctx, &self.catalog, &id, actions);
            }
            self.export_ui(ctx, actions);
        }
        if let Some(action) = self.files.prompt_ui(ctx) {
            actions.push(action);
        }
        match self.session.flow() {
            Flow::Confirming(intent) => {
                let name = self.session.document().display_name();
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

    /// What the export dialog reads.
    pub(super) fn export_input(&self) -> ExportInput<'_> {
        ExportInput {
            workspace: self.session.document().workspace(),
            catalog: &self.catalog,
            ranking: self.session.derived().ranking(),
            revision: self.revision(),
            current: self.session.document().current(),
            workspace_path: self.session.document().path(),
        }
    }

    fn export_ui(&mut self, ctx: &egui::Context, actions: &mut Vec<Action>) {
        if !self.export.is_open() {
            return;
        }
        let mut export = std::mem::take(&mut self.export);
        export.ui(ctx, &self.export_input(), actions);
        self.export = export;
    }
}

/// The central panel's frame, without a fill: the canvas paints its own
/// background, and a software renderer (Mesa's llvmpipe under Xvfb, in a
/// virtual machine or over a remote desktop) pays for every pixel painted
/// twice. Whatever the canvas does not cover gets `panel_fill`.
fn canvas_frame(ui: &egui::Ui) -> egui::Frame {
    egui::Frame::central_panel(ui.style())
        .inner_margin(0)
        .fill(egui::Color32::TRANSPARENT)
}

/// The panel's usual fill over `rect`.
fn panel_fill(ui: &egui::Ui, rect: egui::Rect) -> egui::Shape {
    egui::Shape::rect_filled(rect, 0.0, ui.visuals().panel_fill)
}

#[cfg(test)]
mod tests {
    use egui::{Rect, Shape, pos2, vec2};

    use crate::ui::{AppOptions, PlinthApp, Settings};

    /// The opaque rectangles of the second frame of an empty document
    /// (the first one settles the layout), and the canvas's area.
    fn filled_rects() -> (Vec<(Rect, egui::Color32)>, Rect) {
        let options = AppOptions {
            no_user_catalog: true,
            ..AppOptions::default()
        };
        let mut app = PlinthApp::new(options, Settings::default());
        let ctx = egui::Context::default();
        let mut shapes = Vec::new();
        for _ in 0..2 {
            let input = egui::RawInput {
                screen_rect: Some(Rect::from_min_size(pos2(0.0, 0.0), vec2(1280.0, 800.0))),
                ..egui::RawInput::default()
            };
            let mut output = ctx.run_ui(input, |ui| app.show(ui));
            // No renderer takes the font atlas here.
            output.textures_delta.clear();
            shapes = output.shapes;
        }
        let rects = shapes
            .into_iter()
            .filter_map(|clipped| match clipped.shape {
                Shape::Rect(r) if r.fill.is_opaque() => Some((r.rect, r.fill)),
                _ => None,
            })
            .collect();
        (rects, app.canvas().area().unwrap_or(Rect::NOTHING))
    }

    #[test]
    fn the_canvas_area_is_painted_once_and_the_tabs_keep_the_panel_colour() {
        let (rects, canvas) = filled_rects();
        assert!(
            canvas.width() > 300.0 && canvas.height() > 200.0,
            "{canvas:?}"
        );
        let covering = rects.iter().filter(|(r, _)| r.contains_rect(canvas));
        assert_eq!(covering.count(), 1, "{rects:?}");
        let panel = egui::Visuals::dark().panel_fill;
        let under_tabs = rects.iter().any(|(r, fill)| {
            *fill == panel && r.max.y == canvas.min.y && r.x_range() == canvas.x_range()
        });
        assert!(under_tabs, "{rects:?}");
    }
}
