//! The sensitivity view: each candidate's total against the team size (1 to
//! 100 engineers) with the crossovers marked, then, in sentences an
//! architect can read aloud, the weight changes that would flip the top two.

use egui::RichText;
use egui_extras::{Size, StripBuilder};
use egui_plot::{
    Corner, Legend, Line, LineStyle, MarkerShape, Plot, PlotPoint, Points, Text, VLine,
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
        .size(Size::relative(0.58).at_least(320.0))
        .size(Size::remainder().at_least(200.0))
        .horizontal(|mut strip| {
            strip.cell(|ui| chart_ui(ui, analysis, team_size));
            strip.cell(|ui| {
                egui::ScrollArea::vertical()
                    .id_salt("sensitivity-text")
                    .auto_shrink([false, false])
                    .show(ui, |ui| sentences_ui(ui, analysis));
            });
        });
}

fn chart_ui(ui: &mut egui::Ui, analysis: &Sensitivity, team_size: u32) {
    let text_colour = ui.visuals().text_color();
    let weak = ui.visuals().weak_text_color();
    Plot::new("sensitivity-chart")
        .legend(Legend::default().position(Corner::RightTop))
        .x_axis_label("Team size (engineers)")
        .y_axis_label("Score")
        .include_x(1.0)
        .include_x(100.0)
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
                    .map(|(team, total)| [f64::from(*team), *total])
                    .collect();
                plot.line(
                    Line::new(series.name.clone(), points)
                        .color(theme::series_colour(index))
                        .width(2.5),
                );
            }
            plot.add(
                VLine::new(format!("Now: {team_size} engineers"), f64::from(team_size))
                    .color(weak)
                    .style(LineStyle::dashed_loose()),
            );
            for crossover in &analysis.crossovers {
                let x = f64::from(crossover.team_size);
                let y = total_at(&analysis.series, &crossover.to, crossover.team_size);
                plot.add(
                    Points::new(crossover.sentence.clone(), vec![[x, y]])
                        .shape(MarkerShape::Diamond)
                        .radius(7.0)
                        .color(text_colour),
                );
                let label = format!("{} from {}", crossover.to, crossover.team_size);
                plot.add(
                    Text::new(
                        label.clone(),
                        PlotPoint::new(x, y + 6.0),
                        RichText::new(label).strong(),
                    )
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
    ui.label(RichText::new(&analysis.summary).size(15.0));
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
