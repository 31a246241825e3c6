//! Presentation mode (F5): the editing chrome hidden, large type and a
//! high-contrast theme for a video call. The canvas of the current
//! candidate fills the window beside its score summary; Left and Right (or a
//! clicker's Page Up and Page Down) move between candidates, + and - change
//! the size, Esc leaves.

use egui::{Align, Layout, Rect, RichText, Vec2, vec2};

use super::actions::Action;
use super::canvas::view::View;
use super::canvas::{CanvasState, Selection};
use super::commands::Command;
use super::comparison::signed;
use super::theme;
use crate::design::{CandidateId, Finding, Severity};
use crate::scoring::{Criterion, Ranking};
use crate::workspace::Workspace;

/// The summary is drawn only while presenting, on the high-contrast theme.
const PRESENTING: bool = true;

/// The editing view to return to.
#[derive(Debug, Clone, PartialEq)]
pub struct Presentation {
    candidate: Option<CandidateId>,
    view: View,
    selection: Selection,
}

impl Presentation {
    /// Enters presentation: remembers the canvas and fits the candidate.
    pub fn start(canvas: &mut CanvasState, candidate: Option<CandidateId>) -> Self {
        let saved = Self {
            candidate,
            view: canvas.view,
            selection: canvas.selection.clone(),
        };
        canvas.selection.clear();
        canvas.set_read_only(true);
        canvas.request_fit();
        saved
    }

    /// Leaves: the canvas as it was if the same candidate is shown, else fitted.
    pub fn finish(self, canvas: &mut CanvasState, candidate: Option<CandidateId>) {
        canvas.set_read_only(false);
        match candidate {
            Some(id) if Some(id) == self.candidate => {
                canvas.restore(id, Some(self.view), self.selection);
            }
            _ => canvas.request_fit(),
        }
    }
}

/// The decision's title, where we are, and the keys.
pub fn header_ui(
    ui: &mut egui::Ui,
    ws: &Workspace,
    current: Option<CandidateId>,
    actions: &mut Vec<Action>,
) {
    let list = ws.candidates();
    let index = list.iter().position(|c| Some(c.id) == current);
    ui.horizontal(|ui| {
        ui.heading(RichText::new(&ws.decision.title).strong());
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            if ui
                .button("Leave")
                .on_hover_text(Command::LeavePresentation.tooltip())
                .clicked()
            {
                actions.push(Action::Command(Command::LeavePresentation));
            }
            let next = index.is_some_and(|i| i + 1 < list.len());
            if ui
                .add_enabled(next, egui::Button::new("Next"))
                .on_hover_text("Next candidate (Right arrow)")
                .clicked()
            {
                actions.push(Action::Command(Command::NextCandidate));
            }
            if let Some(i) = index {
                ui.label(format!("Candidate {} of {}", i + 1, list.len()));
            }
            let previous = index.is_some_and(|i| i > 0);
            if ui
                .add_enabled(previous, egui::Button::new("Previous"))
                .on_hover_text("Previous candidate (Left arrow)")
                .clicked()
            {
                actions.push(Action::Command(Command::PreviousCandidate));
            }
            ui.weak("Left and Right arrows: candidates · + and −: size · Esc: leave");
        });
    });
}

/// Where the score summary goes: beside the canvas, or below it when that
/// leaves the diagram larger (a wide diagram on a wide screen).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SummaryPlace {
    Right,
    Below,
}

impl SummaryPlace {
    /// The place that shows a diagram of `content` (canvas units) larger
    /// in `room` (points, below the header).
    pub fn for_content(room: Vec2, content: Option<Rect>) -> Self {
        let Some(content) = content else {
            return Self::Right;
        };
        let size = content.size().max(vec2(1.0, 1.0));
        let fit = |w: f32, h: f32| (w / size.x).min(h / size.y);
        let beside = fit(room.x - theme::PRESENT_SUMMARY_WIDTH, room.y);
        let below = fit(room.x, room.y - theme::PRESENT_SUMMARY_HEIGHT);
        if below > beside {
            Self::Below
        } else {
            Self::Right
        }
    }
}

/// The score of the candidate on the canvas: total and rank, why, what
/// the review raised; in a column (beside the canvas) or a row (below).
pub fn summary_ui(
    ui: &mut egui::Ui,
    ranking: &Ranking,
    candidate: CandidateId,
    findings: &[Finding],
    place: SummaryPlace,
) {
    if ranking.score_of(candidate).is_none() {
        return;
    }
    match place {
        SummaryPlace::Right => {
            total_ui(ui, ranking, candidate);
            ui.add_space(theme::SECTION_GAP);
            criteria_ui(ui, ranking, candidate);
            ui.add_space(theme::SECTION_GAP);
            findings_ui(ui, findings);
        }
        SummaryPlace::Below => {
            ui.columns(3, |columns| {
                total_ui(&mut columns[0], ranking, candidate);
                criteria_ui(&mut columns[1], ranking, candidate);
                findings_ui(&mut columns[2], findings);
            });
        }
    }
}

/// Name, total, rank, and who leads.
fn total_ui(ui: &mut egui::Ui, ranking: &Ranking, candidate: CandidateId) {
    let Some(score) = ranking.score_of(candidate) else {
        return;
    };
    let rank = ranking.rank_of(candidate).unwrap_or(0);
    ui.heading(
        RichText::new(&score.name)
            .strong()
            .size(theme::PRESENT_NAME_SIZE),
    );
    ui.horizontal(|ui| {
        egui::Frame::NONE
            .fill(theme::total_fill(score.total))
            .corner_radius(4)
            .inner_margin(egui::Margin::symmetric(8, 2))
            .show(ui, |ui| {
                ui.label(
                    RichText::new(format!("{:.1}", score.total))
                        .strong()
                        .size(theme::PRESENT_TOTAL_SIZE),
                )
            });
        ui.label(
            RichText::new(format!("/ 100\nrank {rank} of {}", ranking.scores.len()))
                .size(theme::SUMMARY_TEXT_SIZE),
        );
    });
    if !score.feasible {
        ui.label(
            RichText::new(format!(
                "Infeasible: {}",
                score.infeasible_reasons.join("; ")
            ))
            .color(theme::text_colour(PRESENTING, theme::ERROR))
            .strong(),
        );
    }
    leader_ui(ui, ranking, candidate);
}

/// The points per criterion (the shared baseline left out).
fn criteria_ui(ui: &mut egui::Ui, ranking: &Ranking, candidate: CandidateId) {
    let Some(score) = ranking.score_of(candidate) else {
        return;
    };
    egui::Grid::new("present-criteria")
        .num_columns(2)
        .spacing([16.0, 4.0])
        .show(ui, |ui| {
            for (criterion, points) in score.criteria() {
                if criterion == Criterion::Baseline || points.abs() < 0.05 {
                    continue;
                }
                ui.label(criterion.label());
                let colour = if points > 0.0 {
                    theme::SUCCESS
                } else {
                    theme::ERROR
                };
                let colour = theme::text_colour(PRESENTING, colour);
                ui.label(RichText::new(signed(points)).strong().color(colour));
                ui.end_row();
            }
        });
}

fn leader_ui(ui: &mut egui::Ui, ranking: &Ranking, candidate: CandidateId) {
    match ranking.winner() {
        Some(w) if w.candidate == candidate => {
            ui.label(
                RichText::new("Leads the comparison")
                    .strong()
                    .color(theme::text_colour(PRESENTING, theme::SUCCESS)),
            );
        }
        Some(w) => {
            ui.label(format!("{} leads with {:.1}", w.name, w.total));
        }
        None => {
            ui.label("No candidate is feasible");
        }
    }
}

fn findings_ui(ui: &mut egui::Ui, findings: &[Finding]) {
    if findings.is_empty() {
        ui.label("The review raised nothing.");
        return;
    }
    let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    ui.strong(format!(
        "Review: {} error(s), {} warning(s), {} note(s)",
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Info)
    ));
    for finding in findings.iter().take(3) {
        ui.horizontal_wrapped(|ui| {
            let colour = theme::text_colour(PRESENTING, theme::severity_colour(finding.severity));
            ui.label(RichText::new(finding.severity.key()).strong().color(colour));
            ui.label(&finding.message);
        });
    }
}
