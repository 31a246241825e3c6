//! The team-size chart: each candidate's total (0-100) against team sizes
//! 1-100 as the sensitivity sweep computed them, the current team marked,
//! each crossover marked with its team size. Inline SVG with `role="img"`,
//! a `<title>` and `<desc>` first and `aria-labelledby` naming both; text as
//! `<text>`. Series differ by colour (CSS classes, light and dark) and by
//! dash pattern, and are labelled at their line's end, so colour is never
//! the only cue.

use std::fmt::Write;

use maud::{Markup, html};

use super::text::Text;
use crate::evaluate::sensitivity::{Series, TEAM_SIZES};
use crate::evaluate::{Crossover, Sensitivity};

const WIDTH: f64 = 720.0;
const HEIGHT: f64 = 340.0;
const LEFT: f64 = 48.0;
const RIGHT: f64 = 170.0;
const TOP: f64 = 16.0;
const BOTTOM: f64 = 44.0;
/// Series styles before they repeat (CSS classes `s0`..`s5`).
pub const STYLES: usize = 6;

fn x_of(team: u32) -> f64 {
    let (lo, hi) = (f64::from(*TEAM_SIZES.start()), f64::from(*TEAM_SIZES.end()));
    LEFT + (f64::from(team) - lo) / (hi - lo) * (WIDTH - LEFT - RIGHT)
}

fn y_of(total: f64) -> f64 {
    TOP + (100.0 - total.clamp(0.0, 100.0)) / 100.0 * (HEIGHT - TOP - BOTTOM)
}

/// The chart; `id` prefixes the title and description ids.
pub fn team_size_chart(sensitivity: &Sensitivity, team_size: u32, id: &str) -> Markup {
    let (title_id, desc_id) = (format!("{id}-title"), format!("{id}-desc"));
    let desc = description(sensitivity, team_size);
    html! {
        figure.chart {
            svg role="img" viewBox=(format!("0 0 {WIDTH} {HEIGHT}"))
                aria-labelledby=(format!("{title_id} {desc_id}")) {
                title #(title_id) { "Total score by team size" }
                desc #(desc_id) { (Text(&desc)) }
                (axes())
                (current(team_size))
                @for (i, c) in sensitivity.crossovers.iter().enumerate() { (crossover(c, i)) }
                @let label_ys = end_labels(&sensitivity.series);
                @for (i, s) in sensitivity.series.iter().enumerate() { (series(s, i, label_ys[i])) }
            }
            figcaption { "Total score (0-100) of each candidate for teams of 1 to 100 engineers, the complexity budget growing with the team. Dotted lines mark where the leader changes." }
        }
    }
}

fn description(sensitivity: &Sensitivity, team_size: u32) -> String {
    let mut text = format!(
        "Line chart of each candidate's total for team sizes {} to {}; the current team has {team_size} engineers. ",
        TEAM_SIZES.start(),
        TEAM_SIZES.end()
    );
    for s in &sensitivity.series {
        let at = |team: u32| s.points.iter().find(|(t, _)| *t == team).map(|(_, v)| *v);
        let _ = match (at(*TEAM_SIZES.start()), at(*TEAM_SIZES.end())) {
            (Some(a), Some(b)) => write!(text, "{}: {a:.1} at 1, {b:.1} at 100. ", s.name),
            _ => write!(text, "{}: infeasible at some team sizes. ", s.name),
        };
    }
    for c in &sensitivity.crossovers {
        text.push_str(&c.sentence);
        text.push(' ');
    }
    if sensitivity.crossovers.is_empty() {
        text.push_str("The leader does not change.");
    }
    text.trim_end().to_owned()
}

fn axes() -> Markup {
    let (x0, x1, y0, y1) = (LEFT, WIDTH - RIGHT, y_of(0.0), y_of(100.0));
    html! {
        g.axes aria-hidden="true" {
            @for total in [0.0, 25.0, 50.0, 75.0, 100.0] {
                line.grid x1=(x0) x2=(x1) y1=(y_of(total)) y2=(y_of(total)) {}
                text x=(x0 - 6.0) y=(y_of(total) + 4.0) text-anchor="end" { (total) }
            }
            @for team in [1u32, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100] {
                line.tick x1=(x_of(team)) x2=(x_of(team)) y1=(y0) y2=(y0 + 4.0) {}
                text x=(x_of(team)) y=(y0 + 16.0) text-anchor="middle" { (team) }
            }
            line.axis x1=(x0) x2=(x1) y1=(y0) y2=(y0) {}
            line.axis x1=(x0) x2=(x0) y1=(y0) y2=(y1) {}
            text x=((x0 + x1) / 2.0) y=(HEIGHT - 6.0) text-anchor="middle" { "Team size (engineers)" }
        }
    }
}

fn current(team_size: u32) -> Markup {
    if !TEAM_SIZES.contains(&team_size) {
        return html! {};
    }
    let x = x_of(team_size);
    html! {
        g.current {
            line x1=(x) x2=(x) y1=(y_of(100.0)) y2=(y_of(0.0)) {}
            text x=(x + 4.0) y=(y_of(100.0) + 10.0) { "your team: " (team_size) }
        }
    }
}

/// Crossover labels stack upwards from the bottom so close ones stay apart.
fn crossover(c: &Crossover, index: usize) -> Markup {
    let x = x_of(c.team_size);
    let y = y_of(0.0) - 6.0 - LABEL_GAP * (index % 8) as f64;
    html! {
        g.crossover {
            line x1=(x) x2=(x) y1=(y_of(100.0)) y2=(y_of(0.0)) {}
            text x=(x + 4.0) y=(y) { (c.team_size) ": " (Text(&short(&c.to))) }
        }
    }
}

/// Vertical distance between two labels.
const LABEL_GAP: f64 = 14.0;

/// The y of each series' end label: at its line's end, pushed apart so no
/// two overlap (top to bottom, then back up if the last ran off the plot).
fn end_labels(series: &[Series]) -> Vec<f64> {
    let mut order: Vec<(usize, f64)> = series
        .iter()
        .enumerate()
        .map(|(i, s)| {
            (
                i,
                s.points.last().map_or(y_of(0.0), |(_, t)| y_of(*t)) + 4.0,
            )
        })
        .collect();
    order.sort_by(|a, b| a.1.total_cmp(&b.1));
    for k in 1..order.len() {
        order[k].1 = order[k].1.max(order[k - 1].1 + LABEL_GAP);
    }
    let bottom = HEIGHT - BOTTOM + 4.0;
    for k in (0..order.len()).rev() {
        let limit = if k + 1 < order.len() {
            order[k + 1].1 - LABEL_GAP
        } else {
            bottom
        };
        order[k].1 = order[k].1.min(limit);
    }
    let mut ys = vec![0.0; series.len()];
    for (i, y) in order {
        ys[i] = y;
    }
    ys
}

/// One polyline per run of consecutive feasible team sizes, labelled at the end.
fn series(s: &Series, index: usize, label_y: f64) -> Markup {
    let class = format!("series s{}", index % STYLES);
    let runs = runs(&s.points);
    let last = s.points.last();
    html! {
        g class=(class) {
            @for run in &runs { polyline points=(run) {} }
            @if let Some((team, _)) = last {
                text x=(x_of(*team) + 6.0) y=(label_y) { (Text(&short(&s.name))) }
            }
        }
    }
}

fn short(name: &str) -> String {
    const MAX: usize = 22;
    if name.chars().count() <= MAX {
        return name.to_owned();
    }
    let cut: String = name.chars().take(MAX - 1).collect();
    format!("{cut}…")
}

fn runs(points: &[(u32, f64)]) -> Vec<String> {
    let mut runs: Vec<String> = Vec::new();
    let mut previous: Option<u32> = None;
    for (team, total) in points {
        let point = format!("{:.1},{:.1}", x_of(*team), y_of(*total));
        match (previous, runs.last_mut()) {
            (Some(p), Some(run)) if p + 1 == *team => {
                run.push(' ');
                run.push_str(&point);
            }
            _ => runs.push(point),
        }
        previous = Some(*team);
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gaps_split_the_line() {
        let runs = runs(&[(1, 50.0), (2, 50.0), (4, 0.0)]);
        assert_eq!(runs.len(), 2);
        assert_eq!(runs[1], format!("{:.1},{:.1}", x_of(4), y_of(0.0)));
    }

    #[test]
    fn end_labels_never_overlap() {
        let line = |name: &str, total: f64| Series {
            candidate: crate::design::CandidateId(1),
            name: name.to_owned(),
            points: vec![(100, total)],
        };
        let ys = end_labels(&[
            line("a", 30.0),
            line("b", 30.2),
            line("c", 0.0),
            line("d", 0.1),
        ]);
        let mut sorted = ys.clone();
        sorted.sort_by(f64::total_cmp);
        for pair in sorted.windows(2) {
            assert!(pair[1] - pair[0] >= LABEL_GAP - 1e-9, "{ys:?}");
        }
        assert!(sorted[3] <= HEIGHT - BOTTOM + 4.0, "{ys:?}");
    }

    #[test]
    fn the_plot_spans_its_area() {
        assert!((x_of(1) - LEFT).abs() < 1e-9);
        assert!((x_of(100) - (WIDTH - RIGHT)).abs() < 1e-9);
        assert!((y_of(100.0) - TOP).abs() < 1e-9);
        assert!((y_of(0.0) - (HEIGHT - BOTTOM)).abs() < 1e-9);
    }
}
