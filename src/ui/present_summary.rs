//! The presentation's score summary of the candidate on the canvas: total
//! and rank, the points per criterion, and the review's findings, as many
//! as fit with "+N more (F)" to open them all.

use egui::{Rect, RichText, Vec2, vec2};

use super::actions::Action;
use super::commands::Command;
use super::comparison::signed;
use super::theme;
use crate::design::{CandidateId, Finding, Severity};
use crate::scoring::{Criterion, Ranking};

/// The summary is drawn only while presenting, on the high-contrast theme.
const PRESENTING: bool = true;

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
    actions: &mut Vec<Action>,
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
            findings_ui(ui, findings, actions);
        }
        SummaryPlace::Below => {
            ui.columns(3, |columns| {
                total_ui(&mut columns[0], ranking, candidate);
                criteria_ui(&mut columns[1], ranking, candidate);
                findings_ui(&mut columns[2], findings, actions);
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
            .corner_radius(theme::PRESENT_TOTAL_CORNER)
            .inner_margin(theme::PRESENT_TOTAL_MARGIN)
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
        .spacing(theme::PRESENT_CRITERIA_SPACING)
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

/// The review's counts, then the findings (errors first) as long as they
/// fit, then "+N more (F)" for the rest.
fn findings_ui(ui: &mut egui::Ui, findings: &[Finding], actions: &mut Vec<Action>) {
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
    let line = ui.text_style_height(&egui::TextStyle::Body) + ui.spacing().item_spacing.y;
    let ordered = by_severity(findings);
    for (shown, finding) in ordered.iter().enumerate() {
        let left = ordered.len() - shown;
        // Two lines for this one, and one for "+N more" if others follow.
        let needed = line * if left > 1 { 3.0 } else { 2.0 };
        if ui.available_height() < needed {
            more_ui(ui, left, actions);
            return;
        }
        finding_ui(ui, finding);
    }
}

/// Errors first, then warnings, then notes, each in the review's order.
fn by_severity(findings: &[Finding]) -> Vec<&Finding> {
    let rank = |s: Severity| match s {
        Severity::Error => 0,
        Severity::Warning => 1,
        Severity::Info => 2,
    };
    let mut ordered: Vec<&Finding> = findings.iter().collect();
    ordered.sort_by_key(|f| rank(f.severity));
    ordered
}

fn finding_ui(ui: &mut egui::Ui, finding: &Finding) {
    ui.horizontal_wrapped(|ui| {
        let colour = theme::text_colour(PRESENTING, theme::severity_colour(finding.severity));
        ui.label(RichText::new(finding.severity.key()).strong().color(colour));
        ui.label(&finding.message);
    });
}

/// "+N more (F)": opens every finding.
fn more_ui(ui: &mut egui::Ui, left: usize, actions: &mut Vec<Action>) {
    if ui
        .link(format!("+{left} more (F)"))
        .on_hover_text(Command::AllFindings.tooltip())
        .clicked()
    {
        actions.push(Action::Command(Command::AllFindings));
    }
}

/// Every finding of the candidate presented, in a window over the canvas
/// (F or its close button shuts it).
pub fn all_findings_ui(ctx: &egui::Context, findings: &[Finding], open: &mut bool) {
    let screen = ctx.content_rect();
    egui::Window::new("All findings")
        .open(open)
        .collapsible(false)
        .default_rect(Rect::from_center_size(
            screen.center(),
            theme::PRESENT_FINDINGS_SIZE.min(screen.size() - theme::PRESENT_FINDINGS_ROOM),
        ))
        .show(ctx, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                for finding in by_severity(findings) {
                    finding_ui(ui, finding);
                }
            });
        });
}
