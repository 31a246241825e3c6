//! The comparison: a table with a column per candidate (rank order) and a
//! row per criterion, each cell's contributions behind a `<details>`
//! disclosure; then every candidate against the datum, when there is one.

use maud::{Markup, html};

use super::Report;
use super::text::Text;
use crate::evaluate::DatumView;
use crate::scoring::{CandidateScore, Criterion};

pub fn section(report: &Report) -> Markup {
    html! {
        section #comparison aria-labelledby="comparison-h" {
            h2 #comparison-h { "Comparison" }
            p { "Points per criterion; open a cell to see each point with its subject and reason." }
            (table(&report.ranking.scores))
            h3 #datum-h { "Against the datum" }
            (datum(report.datum.as_ref()))
        }
    }
}

/// Criteria that some candidate has points or reasons for, in model order.
fn criteria(scores: &[CandidateScore]) -> Vec<Criterion> {
    Criterion::ALL
        .into_iter()
        .filter(|c| {
            scores
                .iter()
                .any(|s| s.contributions.iter().any(|x| x.criterion == *c))
        })
        .collect()
}

fn table(scores: &[CandidateScore]) -> Markup {
    html! {
        div.scroll {
            table.comparison {
                caption { "Scores of every candidate, best first" }
                thead {
                    tr {
                        th scope="col" { "Criterion" }
                        @for s in scores { th scope="col" { (Text(&s.name)) } }
                    }
                }
                tbody {
                    tr { th scope="row" { "Rank" } @for i in 1..=scores.len() { td.num { (i) } } }
                    tr.total { th scope="row" { "Total" } @for s in scores { td.num { (format!("{:.1}", s.total)) } } }
                    tr { th scope="row" { "Feasible" } @for s in scores { td.num { @if s.feasible { "yes" } @else { "no" } } } }
                    @for criterion in criteria(scores) {
                        tr {
                            th scope="row" { (criterion.label()) }
                            @for s in scores { td { (cell(s, criterion)) } }
                        }
                    }
                }
            }
        }
    }
}

/// The points of one criterion, with every contribution behind a disclosure.
fn cell(score: &CandidateScore, criterion: Criterion) -> Markup {
    let parts: Vec<_> = score
        .contributions
        .iter()
        .filter(|c| c.criterion == criterion)
        .collect();
    let points = crate::scoring::round1(parts.iter().map(|c| c.points).sum());
    if parts.is_empty() {
        return html! { span.num { "0.0" } };
    }
    html! {
        details {
            summary { span.num { (signed(points)) } }
            ul.parts {
                @for c in parts {
                    li {
                        span.num { (signed(c.points)) } " "
                        span.subject { (Text(&c.subject)) } ": "
                        (Text(&c.reason.to_string()))
                    }
                }
            }
        }
    }
}

fn datum(view: Option<&DatumView>) -> Markup {
    let Some(view) = view else {
        return html! {
            p.muted { "No datum: no candidate is named as the status quo (a name with “status quo” or “as is”, or beginning with “Current” or “Existing”)." }
        };
    };
    if view.comparisons.is_empty() {
        return html! { p { (Text(&view.sentence)) " It is the only candidate." } };
    }
    html! {
        p { (Text(&view.sentence)) }
        div.scroll {
            table.datum {
                caption { "Every other candidate against " (Text(&view.name)) }
                thead {
                    tr {
                        th scope="col" { "Criterion" }
                        @for c in &view.comparisons { th scope="col" { (Text(&c.name)) } }
                    }
                }
                tbody {
                    @for (row, criterion) in view.criteria.iter().enumerate() {
                        tr {
                            th scope="row" { (criterion.label()) }
                            @for c in &view.comparisons {
                                @let v = &c.criteria[row];
                                td class=(format!("num verdict-{}", v.verdict.word())) {
                                    (v.verdict.mark()) " (" (signed(v.difference)) ")"
                                    span.visually-hidden { ", " (v.verdict.word()) }
                                }
                            }
                        }
                    }
                    tr.total {
                        th scope="row" { "Better / same / worse" }
                        @for c in &view.comparisons { td.num { (format!("{} / {} / {}", c.better, c.same, c.worse)) } }
                    }
                }
            }
        }
        ul { @for c in &view.comparisons { li { (Text(&c.sentence)) } } }
    }
}

/// `+21.7`, `-1.3`, `0.0` (never `-0.0`).
pub fn signed(points: f64) -> String {
    if points == 0.0 {
        "0.0".to_owned()
    } else {
        format!("{points:+.1}")
    }
}
