//! The sensitivity: would the winner change with another team size or
//! other priorities? The team-size chart with its crossovers, a table of
//! the same numbers at a few sizes, and the weight-flip sentences.

use maud::{Markup, html};

use super::Report;
use super::chart::team_size_chart;
use super::text::Text;
use crate::evaluate::Sensitivity;

/// Team sizes shown in the table under the chart (besides the current one).
const TABLE_SIZES: [u32; 6] = [1, 5, 10, 20, 50, 100];

pub fn section(report: &Report) -> Markup {
    let s = &report.sensitivity;
    let team = report.workspace.context.team_size;
    html! {
        section #sensitivity aria-labelledby="sensitivity-h" {
            h2 #sensitivity-h { "Sensitivity" }
            p { (Text(&s.summary)) }
            h3 { "Team size" }
            p { (Text(&s.sweep)) }
            (team_size_chart(s, team, "team-chart"))
            @if s.crossovers.is_empty() {
                p { "The leader is the same at every team size swept." }
            } @else {
                ul.crossovers { @for c in &s.crossovers { li { (Text(&c.sentence)) } } }
            }
            (table(s, team))
            h3 { "Weights" }
            p { (Text(&s.weights_varied)) }
            @if !s.weight_flips.is_empty() {
                ul.flips { @for f in &s.weight_flips { li { (Text(&f.sentence)) } } }
            }
            @if !s.stable_weights.is_empty() {
                @let names: Vec<&str> = s.stable_weights.iter().map(|a| a.label()).collect();
                p { "No value of these weights alone puts the runner-up ahead: " (names.join(", ")) "." }
            }
        }
    }
}

/// The chart's numbers at a few team sizes, for readers who cannot see it.
fn table(s: &Sensitivity, team: u32) -> Markup {
    let mut sizes: Vec<u32> = TABLE_SIZES.to_vec();
    sizes.push(team);
    sizes.extend(s.crossovers.iter().map(|c| c.team_size));
    sizes.sort_unstable();
    sizes.dedup();
    html! {
        div.scroll {
            table.sweep {
                caption { "Totals by team size (the chart's data at a few sizes; – where infeasible)" }
                thead {
                    tr {
                        th scope="col" { "Candidate" }
                        @for size in &sizes { th scope="col" { (size) @if *size == team { " (yours)" } } }
                    }
                }
                tbody {
                    @for series in &s.series {
                        tr {
                            th scope="row" { (Text(&series.name)) }
                            @for size in &sizes {
                                td.num {
                                    @match series.points.iter().find(|(t, _)| t == size) {
                                        Some((_, total)) => (format!("{total:.1}")),
                                        None => "–",
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
