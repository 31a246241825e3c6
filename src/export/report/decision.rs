//! The decision: status, date, people, problem, drivers, the chosen option
//! and why, and the context it was scored with.

use maud::{Markup, html};

use super::Report;
use super::text::{Text, paragraphs};
use crate::scoring::{CandidateScore, Contribution, Criterion};

/// How many contributions explain the choice.
const REASONS: usize = 3;

pub fn section(report: &Report) -> Markup {
    let decision = &report.workspace.decision;
    html! {
        section #decision aria-labelledby="decision-h" {
            h2 #decision-h { "The decision" }
            dl.facts {
                dt { "Status" } dd { (decision.status.key()) }
                dt { "Date" } dd { (Text(date(&decision.date, &report.date))) }
                (people("Decision makers", &decision.decision_makers))
                (people("Consulted", &decision.consulted))
                (people("Informed", &decision.informed))
            }
            h3 { "Problem" }
            @if decision.problem.trim().is_empty() {
                p.muted { "No problem statement was written." }
            } @else {
                (paragraphs(&decision.problem))
            }
            h3 { "Drivers" }
            @let drivers: Vec<&String> = decision.drivers.iter().filter(|d| !d.trim().is_empty()).collect();
            @if drivers.is_empty() {
                p.muted { "No drivers were written; the weights below say what mattered." }
            } @else {
                ul { @for driver in drivers { li { (Text(driver)) } } }
            }
            h3 { "Outcome" }
            (outcome(report))
            h3 { "Scored with" }
            (scored_with(report))
        }
    }
}

fn date<'a>(decided: &'a str, report: &'a str) -> &'a str {
    if decided.trim().is_empty() {
        report
    } else {
        decided
    }
}

fn people(label: &str, names: &[String]) -> Markup {
    html! {
        dt { (label) }
        dd {
            @if names.is_empty() { span.muted { "nobody named" } }
            @else { (Text(&names.join(", "))) }
        }
    }
}

fn outcome(report: &Report) -> Markup {
    let margin = report.scored_with.margin_line();
    let Some(winner) = report.ranking.winner() else {
        return html! {
            p.outcome { "No option is chosen. " (Text(&margin)) }
            ul {
                @for score in &report.ranking.scores {
                    li { (Text(&score.name)) ": " (Text(&score.infeasible_reasons.join("; "))) }
                }
            }
        };
    };
    let reasons = strongest(winner);
    html! {
        p.outcome {
            "Chosen option: " strong { (Text(&winner.name)) }
            (format!(", scoring {:.1} of 100. ", winner.total))
            (Text(&margin))
        }
        @if !reasons.is_empty() {
            p { "Mostly thanks to:" }
            ul {
                @for c in reasons {
                    li { (Text(&c.reason.to_string())) " " span.muted { "(" (c.criterion.label()) ", " (Text(&c.subject)) (format!(", {:+.1} points)", c.points)) } }
                }
            }
        }
    }
}

/// The winner's positive contributions other than the baseline, strongest first.
fn strongest(score: &CandidateScore) -> Vec<&Contribution> {
    let mut list: Vec<&Contribution> = score
        .contributions
        .iter()
        .filter(|c| c.points > 0.0 && c.criterion != Criterion::Baseline)
        .collect();
    list.sort_by(|a, b| b.points.total_cmp(&a.points));
    list.truncate(REASONS);
    list
}

fn scored_with(report: &Report) -> Markup {
    let with = &report.scored_with;
    html! {
        dl.facts {
            dt { "Team" } dd { (Text(&with.team_line())) }
            dt { "Hard constraints" } dd { (Text(&with.constraints_line())) }
            dt { "Margin" } dd { (Text(&with.margin_line())) }
        }
        p { "Weights scored with (0 to 5). " (Text(&with.weights_rule)) }
        table.weights {
            caption { "Weights scored with" }
            thead { tr { th scope="col" { "Quality attribute" } th scope="col" { "Weight" } th scope="col" { "Set by" } } }
            tbody {
                @for w in &with.weights {
                    tr {
                        th scope="row" { (w.attribute.label()) }
                        td.num { (w.weight) }
                        td { @if w.set { "you" } @else { "the weights rule" } }
                    }
                }
            }
        }
    }
}
