//! The comparison view: a row per scoring criterion, a column per candidate
//! (best first), the rank and total on top, each cell coloured by the points
//! it gives or takes. Infeasible candidates say why. Clicking a cell lists the
//! contributions behind it: pattern or rule, points and reason.
//!
//! Above the table, the winning margin (or "too close to call") and the
//! datum: by default the status quo (`evaluate::datum`), or a candidate
//! chosen here. Each cell then carries Pugh's mark against the datum (`+`,
//! `S`, `-`), and a last row counts them per candidate.

use std::collections::BTreeSet;

use egui::{RichText, Sense, vec2};
use egui_extras::{Column, Size, StripBuilder, TableBuilder};

use super::actions::Action;
use super::theme;
use crate::design::CandidateId;
use crate::evaluate::datum::status_quo;
use crate::evaluate::{DatumChoice, DatumView, Verdict, margin};
use crate::scoring::{CandidateScore, Contribution, Criterion, Ranking};

/// The chosen cell and datum (UI state).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ComparisonState {
    pub cell: Option<(CandidateId, Criterion)>,
    pub datum: DatumChoice,
}

/// Draws the table and, beside it, the contributions of the chosen cell.
pub fn comparison_ui(
    ui: &mut egui::Ui,
    ranking: &Ranking,
    (current, empty): (Option<CandidateId>, &BTreeSet<CandidateId>),
    state: &mut ComparisonState,
    actions: &mut Vec<Action>,
) {
    if ranking.scores.is_empty() {
        ui.weak("No candidate to compare yet.");
        return;
    }
    if let Some((id, _)) = state.cell
        && ranking.score_of(id).is_none()
    {
        state.cell = None;
    }
    if let DatumChoice::Candidate(id) = state.datum
        && ranking.score_of(id).is_none()
    {
        state.datum = DatumChoice::StatusQuo;
    }
    summary_ui(ui, ranking, state);
    let datum = state.datum.view(ranking);
    let columns = ranking.scores.len() as f32;
    let room = ui.available_width() * theme::COMPARISON_TABLE_SHARE;
    let column = ((room - theme::CRITERION_COLUMN_WIDTH) / columns - theme::COMPARISON_COLUMN_GAP)
        .clamp(
            theme::MIN_CANDIDATE_COLUMN_WIDTH,
            theme::CANDIDATE_COLUMN_WIDTH,
        );
    let width = theme::CRITERION_COLUMN_WIDTH + columns * (column + theme::COMPARISON_COLUMN_GAP);
    // Strips with fixed sizes: what is inside never makes the panel grow.
    StripBuilder::new(ui)
        .clip(true)
        .cell_layout(egui::Layout::top_down(egui::Align::Min))
        .size(Size::exact(width.min(room)))
        .size(Size::remainder().at_least(theme::MIN_DETAILS_WIDTH))
        .horizontal(|mut strip| {
            strip.cell(|ui| {
                // Many candidates: the table scrolls sideways.
                egui::ScrollArea::horizontal()
                    .id_salt("comparison-columns")
                    .show(ui, |ui| {
                        let view = Table {
                            ranking,
                            datum: datum.as_ref(),
                            column,
                            current,
                            empty,
                        };
                        table_ui(ui, &view, state, actions);
                    });
            });
            strip.cell(|ui| {
                ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
                ui.separator();
                ui.vertical(|ui| details_ui(ui, ranking, state));
            });
        });
}

/// The criteria shown: all of them, except the ones no candidate uses that
/// only matter sometimes (hard constraints, bounds).
fn rows(ranking: &Ranking) -> Vec<Criterion> {
    Criterion::ALL
        .into_iter()
        .filter(|c| {
            !matches!(c, Criterion::HardConstraints | Criterion::Bounds)
                || ranking
                    .scores
                    .iter()
                    .any(|s| s.contributions.iter().any(|x| x.criterion == *c))
        })
        .collect()
}

/// The largest swing of one cell (the shared baseline left out), for the colours.
fn largest(ranking: &Ranking) -> f64 {
    ranking
        .scores
        .iter()
        .flat_map(CandidateScore::criteria)
        .filter(|(c, _)| *c != Criterion::Baseline)
        .map(|(_, p)| p.abs())
        .fold(1.0, f64::max)
}

/// What the table shows.
struct Table<'a> {
    ranking: &'a Ranking,
    datum: Option<&'a DatumView>,
    column: f32,
    current: Option<CandidateId>,
    /// Candidates with nothing drawn yet.
    empty: &'a BTreeSet<CandidateId>,
}

impl Table<'_> {
    /// A candidate's mark on a criterion against the datum.
    fn verdict(&self, candidate: CandidateId, criterion: Criterion) -> Option<Verdict> {
        let comparison = self.datum?.comparison(candidate)?;
        comparison
            .criteria
            .iter()
            .find(|v| v.criterion == criterion)
            .map(|v| v.verdict)
    }
}

/// The margin and the datum picker, above the table.
fn summary_ui(ui: &mut egui::Ui, ranking: &Ranking, state: &mut ComparisonState) {
    ui.horizontal_wrapped(|ui| {
        match margin(ranking) {
            Some(m) if m.too_close_to_call => {
                ui.label(RichText::new(m.sentence).color(theme::WARNING));
            }
            Some(m) => {
                ui.label(m.sentence);
            }
            None => {
                ui.label(RichText::new("No candidate is feasible.").color(theme::ERROR));
            }
        }
        let label = datum_label_ui(ui, "Datum:");
        datum_picker_ui(ui, ranking, &mut state.datum, ("datum", label.id));
    });
}

/// The datum's label, with what a datum is on hover.
pub fn datum_label_ui(ui: &mut egui::Ui, text: &str) -> egui::Response {
    ui.label(text).on_hover_text(
        "Compare every candidate with this one: better (+), same (S) or worse (-) per criterion. The status quo is a candidate whose name contains \"status quo\" or \"as is\", or begins with \"Current\" or \"Existing\".",
    )
}

/// The datum's picker: the status quo, none, or a candidate, labelled by
/// `label`. Shared by the comparison and the export dialog.
pub fn datum_picker_ui(
    ui: &mut egui::Ui,
    ranking: &Ranking,
    choice: &mut DatumChoice,
    (salt, label): (&str, egui::Id),
) {
    let name_of = |id: CandidateId| ranking.score_of(id).map_or("", |s| s.name.as_str());
    let shown = match *choice {
        DatumChoice::StatusQuo => status_quo(ranking).map_or_else(
            || "none (no status quo)".to_owned(),
            |id| match name_of(id) {
                // "Keep the monolith (status quo)" needs no second mark.
                name if name.to_lowercase().contains("status quo") => name.to_owned(),
                name => format!("{name} (status quo)"),
            },
        ),
        DatumChoice::Off => "none".to_owned(),
        DatumChoice::Candidate(id) => name_of(id).to_owned(),
    };
    egui::ComboBox::from_id_salt(salt)
        .selected_text(shown)
        .show_ui(ui, |ui| {
            ui.selectable_value(choice, DatumChoice::StatusQuo, "The status quo");
            ui.selectable_value(choice, DatumChoice::Off, "None");
            for score in &ranking.scores {
                ui.selectable_value(choice, DatumChoice::Candidate(score.candidate), &score.name);
            }
        })
        .response
        .labelled_by(label);
}

fn table_ui(
    ui: &mut egui::Ui,
    view: &Table,
    state: &mut ComparisonState,
    actions: &mut Vec<Action>,
) {
    let ranking = view.ranking;
    let largest = largest(ranking);
    TableBuilder::new(ui)
        .id_salt("comparison")
        .striped(true)
        .vscroll(true)
        .min_scrolled_height(0.0)
        .auto_shrink(false)
        .column(Column::exact(theme::CRITERION_COLUMN_WIDTH))
        .columns(Column::exact(view.column).clip(true), ranking.scores.len())
        .header(theme::COMPARISON_HEADER_HEIGHT, |mut header| {
            header.col(|ui| {
                ui.weak("Criterion");
            });
            for (rank, score) in ranking.scores.iter().enumerate() {
                header.col(|ui| {
                    let empty = view.empty.contains(&score.candidate);
                    head_ui(ui, rank + 1, score, (view.current, empty), actions);
                });
            }
        })
        .body(|mut body| {
            for criterion in rows(ranking) {
                body.row(theme::COMPARISON_ROW_HEIGHT, |mut row| {
                    row.col(|ui| {
                        ui.label(criterion.label());
                    });
                    for score in &ranking.scores {
                        let verdict = view.verdict(score.candidate, criterion);
                        row.col(|ui| cell_ui(ui, score, (criterion, verdict), largest, state));
                    }
                });
            }
            if let Some(datum) = view.datum {
                body.row(theme::COMPARISON_ROW_HEIGHT, |mut row| {
                    row.col(|ui| {
                        ui.label(format!("Against {}", datum.name));
                    });
                    for score in &ranking.scores {
                        row.col(|ui| datum_count_ui(ui, datum, score));
                    }
                });
            }
        });
}

/// How a candidate fares against the datum: "2 +, 3 S, 1 -", or "datum".
fn datum_count_ui(ui: &mut egui::Ui, datum: &DatumView, score: &CandidateScore) {
    match datum.comparison(score.candidate) {
        Some(c) => {
            ui.label(format!("{} +, {} S, {} -", c.better, c.same, c.worse))
                .on_hover_text(&c.sentence);
        }
        None => {
            ui.weak("datum");
        }
    }
}

/// Name (click to show it on the canvas), rank and total, and why it is
/// infeasible if it is.
fn head_ui(
    ui: &mut egui::Ui,
    rank: usize,
    score: &CandidateScore,
    (current, empty): (Option<CandidateId>, bool),
    actions: &mut Vec<Action>,
) {
    let name = RichText::new(&score.name).strong();
    let spoken = format!("{}: rank {rank}, {:.1} points", score.name, score.total);
    if ui
        .selectable_label(current == Some(score.candidate), name)
        .accessible_name(spoken)
        .on_hover_text(format!("{}: show this candidate on the canvas", score.name))
        .clicked()
    {
        actions.push(Action::SelectCandidate(score.candidate));
    }
    ui.horizontal(|ui| {
        let total = RichText::new(format!("{:.1}", score.total))
            .strong()
            .size(theme::TOTAL_TEXT_SIZE);
        egui::Frame::NONE
            .fill(theme::total_fill(score.total))
            .corner_radius(theme::TOTAL_CORNER)
            .inner_margin(theme::TOTAL_MARGIN)
            .show(ui, |ui| ui.label(total));
        ui.label(format!("rank {rank}"));
    });
    if empty {
        ui.add(egui::Label::new(RichText::new("Empty: draw it on the canvas").weak()).truncate());
        return;
    }
    if score.feasible {
        return;
    }
    // Cut to the column; egui shows the whole text on hover (one tooltip).
    let reasons = score.infeasible_reasons.join("; ");
    let text = RichText::new(format!("Infeasible: {reasons}")).color(theme::ERROR);
    ui.add(egui::Label::new(text).truncate());
}

/// The points a candidate gets for a criterion, as a button that shows
/// where they come from, with its mark against the datum.
fn cell_ui(
    ui: &mut egui::Ui,
    score: &CandidateScore,
    (criterion, verdict): (Criterion, Option<Verdict>),
    largest: f64,
    state: &mut ComparisonState,
) {
    let parts = contributions(score, criterion).count();
    let points: f64 = contributions(score, criterion).map(|c| c.points).sum();
    let mut text = if parts == 0 {
        "—".to_owned()
    } else {
        signed(points)
    };
    let mut hover = format!("{parts} contribution(s); click for the details");
    if let Some(verdict) = verdict {
        text = format!("{text} {}", verdict.mark());
        hover = format!("{}. {hover}", against_datum(verdict));
    }
    let fill = if criterion == Criterion::Baseline {
        egui::Color32::TRANSPARENT
    } else {
        theme::score_fill(points, largest)
    };
    let selected = state.cell == Some((score.candidate, criterion));
    let button = egui::Button::new(RichText::new(text).monospace())
        .fill(fill)
        .selected(selected)
        .min_size(vec2(
            ui.available_width(),
            theme::COMPARISON_ROW_HEIGHT - 4.0,
        ))
        .sense(Sense::click());
    let response = ui
        .add(button)
        .accessible_name(cell_name(criterion, &score.name))
        .on_hover_text(hover);
    if response.clicked() {
        state.cell = (!selected).then_some((score.candidate, criterion));
    }
}

/// How a cell compares with the datum, in words.
fn against_datum(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Better => "Better than the datum",
        Verdict::Same => "The same as the datum",
        Verdict::Worse => "Worse than the datum",
    }
}

/// How screen readers and the UI tests name a cell: "Team fit, Monolith".
pub fn cell_name(criterion: Criterion, candidate: &str) -> String {
    format!("{}, {candidate}", criterion.label())
}

fn contributions(
    score: &CandidateScore,
    criterion: Criterion,
) -> impl Iterator<Item = &Contribution> {
    score
        .contributions
        .iter()
        .filter(move |c| c.criterion == criterion)
}

/// `+4.0`, `-12.5`, `0.0`.
pub fn signed(points: f64) -> String {
    if points > 0.0 {
        format!("+{points:.1}")
    } else {
        format!("{points:.1}")
    }
}

/// The contributions behind the chosen cell.
fn details_ui(ui: &mut egui::Ui, ranking: &Ranking, state: &ComparisonState) {
    let Some((id, criterion)) = state.cell else {
        ui.weak("Click a cell to see the contributions behind it: every point is explained.");
        return;
    };
    let Some(score) = ranking.score_of(id) else {
        return;
    };
    ui.strong(format!("{}: {}", score.name, criterion.label()));
    egui::ScrollArea::vertical()
        .id_salt("contributions")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            egui::Grid::new("contribution-list")
                .num_columns(3)
                .striped(true)
                .spacing(theme::DETAILS_SPACING)
                .show(ui, |ui| {
                    for c in contributions(score, criterion) {
                        ui.label(RichText::new(signed(c.points)).monospace().strong());
                        ui.add(egui::Label::new(&c.subject).extend());
                        ui.add(egui::Label::new(c.reason.to_string()).wrap());
                        ui.end_row();
                    }
                });
        });
}
