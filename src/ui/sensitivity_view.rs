//! The sensitivity view: each candidate's total against the team size (1 to
//! 100 engineers) with the crossovers marked, then, in sentences an
//! architect can read aloud, the weight changes that would flip the top two.

use egui::{Align, Align2, Layout, RichText};
use egui_extras::{Size, StripBuilder};
use egui_plot::{
    Corner, GridMark, HoverPosition, Legend, Line, LineStyle, MarkerShape, Plot, PlotPoint, Points,
    Text, VLine,
};

use super::theme;
use crate::evaluate::Sensitivity;
use crate::evaluate::sensitivity::Series;

/// How many flips are listed (smallest change first).
const FLIPS_SHOWN: usize = 4;

/// Draws the chart and the sentences; `team_size` is the current one.
pub fn sensitivity_ui(ui: &mut egui::Ui, analysis: &Sensitivity, team_size: u32) {
    if analysis.series.is_empty() {
        ui.weak("No candidate to analyse yet.");
        return;
    }
    StripBuilder::new(ui)
        .clip(true)
        .cell_layout(Layout::top_down(Align::Min))
        .size(Size::relative(0.58).at_least(320.0))
        .size(Size::remainder().at_least(200.0))
        .horizontal(|mut strip| {
            strip.cell(|ui| chart_ui(ui, analysis, team_size));
            strip.cell(|ui| {
                ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
                egui::ScrollArea::vertical()
                    .id_salt("sensitivity-text")
                    .auto_shrink([false, false])
                    .show(ui, |ui| sentences_ui(ui, analysis));
            });
        });
}

/// Team sizes marked on the (logarithmic) axis.
const TEAM_TICKS: [u32; 7] = [1, 2, 5, 10, 20, 50, 100];

/// Where a team size sits on the axis: logarithmic, so that the small
/// teams where most crossovers happen are not squeezed into a corner.
fn axis_x(team: u32) -> f64 {
    f64::from(team).log10()
}

fn team_of(x: f64) -> f64 {
    10f64.powf(x)
}

fn chart_ui(ui: &mut egui::Ui, analysis: &Sensitivity, team_size: u32) {
    let text_colour = ui.visuals().text_color();
    let weak = ui.visuals().weak_text_color();
    Plot::new("sensitivity-chart")
        .legend(Legend::default().position(Corner::RightBottom))
        .x_axis_label("Team size (engineers)")
        .y_axis_label("Score")
        .x_grid_spacer(|_| {
            TEAM_TICKS
                .iter()
                .map(|t| GridMark {
                    value: axis_x(*t),
                    step_size: if matches!(t, 1 | 10 | 100) { 1.0 } else { 0.3 },
                })
                .collect()
        })
        .x_axis_formatter(|mark, _| format!("{:.0}", team_of(mark.value)))
        .label_formatter(|position| match position {
            HoverPosition::NearDataPoint {
                plot_name,
                position,
                ..
            } => Some(format!(
                "{plot_name}\n{:.0} engineers: {:.1}",
                team_of(position.x),
                position.y
            )),
            HoverPosition::Elsewhere { .. } => None,
        })
        .include_x(0.0)
        .include_x(2.0)
        .include_y(0.0)
        .include_y(100.0)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .show(ui, |plot| {
            for (index, series) in analysis.series.iter().enumerate() {
                let points: Vec<[f64; 2]> = series
                    .points
                    .iter()
                    .map(|(team, total)| [axis_x(*team), *total])
                    .collect();
                plot.line(
                    Line::new(series.name.clone(), points)
                        .color(theme::series_colour(index))
                        .width(theme::SERIES_WIDTH),
                );
            }
            plot.add(
                VLine::new("", axis_x(team_size))
                    .color(weak)
                    .width(theme::NOW_LINE_WIDTH)
                    .style(LineStyle::dashed_loose()),
            );
            let now = RichText::new(format!(" now: {team_size}")).size(theme::CHART_TEXT_SIZE);
            plot.add(
                Text::new("", PlotPoint::new(axis_x(team_size), 4.0), now)
                    .anchor(Align2::LEFT_BOTTOM)
                    .color(weak),
            );
            for crossover in &analysis.crossovers {
                let x = axis_x(crossover.team_size);
                let y = total_at(&analysis.series, &crossover.to, crossover.team_size);
                plot.add(
                    Points::new("", vec![[x, y]])
                        .shape(MarkerShape::Diamond)
                        .radius(7.0)
                        .color(text_colour),
                );
                let label =
                    RichText::new(format!(" {} from {}", crossover.to, crossover.team_size))
                        .strong()
                        .size(theme::CHART_TEXT_SIZE);
                plot.add(
                    Text::new("", PlotPoint::new(x, y + 3.0), label)
                        .anchor(Align2::LEFT_BOTTOM)
                        .color(text_colour),
                );
            }
        });
}

/// The total of the candidate called `name` at `team` engineers.
fn total_at(series: &[Series], name: &str, team: u32) -> f64 {
    series
        .iter()
        .find(|s| s.name == name)
        .and_then(|s| s.points.iter().find(|(t, _)| *t == team))
        .map_or(0.0, |(_, total)| *total)
}

fn sentences_ui(ui: &mut egui::Ui, analysis: &Sensitivity) {
    ui.label(RichText::new(&analysis.summary).size(theme::SUMMARY_TEXT_SIZE));
    ui.add_space(theme::SECTION_GAP);
    if !analysis.crossovers.is_empty() {
        ui.strong("Team size");
        for crossover in &analysis.crossovers {
            ui.label(format!("• {}", crossover.sentence));
        }
        ui.add_space(theme::SECTION_GAP);
    }
    if !analysis.weight_flips.is_empty() {
        ui.strong("What would flip the top two");
        for flip in analysis.weight_flips.iter().take(FLIPS_SHOWN) {
            ui.label(format!("• {}", flip.sentence));
        }
        if analysis.weight_flips.len() > FLIPS_SHOWN {
            ui.weak(format!(
                "and {} larger change(s)",
                analysis.weight_flips.len() - FLIPS_SHOWN
            ));
        }
        ui.add_space(theme::SECTION_GAP);
    }
    if !analysis.stable_weights.is_empty() {
        let names: Vec<&str> = analysis.stable_weights.iter().map(|a| a.label()).collect();
        ui.weak(format!(
            "No single change to the weight of {} flips them.",
            names.join(", ")
        ));
    }
}
