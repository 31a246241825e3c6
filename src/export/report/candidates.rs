//! Every candidate, in rank order, each starting a new page in print: its
//! picture, total, rank and margin, its notes, its review findings with
//! severity and suggested fix.

use maud::{Markup, html};

use super::Report;
use super::picture::candidate_picture;
use super::text::{Text, paragraphs};
use crate::design::{Candidate, Finding};
use crate::scoring::CandidateScore;

pub fn section(report: &Report) -> Markup {
    html! {
        section #candidates aria-labelledby="candidates-h" {
            h2 #candidates-h { "The candidates" }
            @if report.ranking.scores.is_empty() {
                p.muted { "The workspace has no candidate design yet." }
            }
            @for (i, score) in report.ranking.scores.iter().enumerate() {
                @if let Some(candidate) = report.workspace.candidate(score.candidate) {
                    (one(report, candidate, score, i + 1))
                }
            }
        }
    }
}

/// The fragment id of a candidate's article (from its id, never its name).
pub fn anchor(score: &CandidateScore) -> String {
    format!("candidate-{}", score.candidate.0)
}

fn one(report: &Report, candidate: &Candidate, score: &CandidateScore, rank: usize) -> Markup {
    let id = anchor(score);
    html! {
        article.candidate #(id) aria-labelledby=(format!("{id}-h")) {
            h3 #(format!("{id}-h")) { (Text(&score.name)) }
            dl.facts {
                dt { "Rank" } dd { (rank) " of " (report.ranking.scores.len()) }
                dt { "Total" } dd { (format!("{:.1}", score.total)) " of 100" }
                dt { "Margin" } dd { (Text(&margin(report, score))) }
            }
            @if !score.feasible {
                p.warning { "Infeasible: " (Text(&score.infeasible_reasons.join("; "))) }
            }
            (candidate_picture(candidate, report.catalog, &score.findings, &format!("{id}-picture")))
            h4 { "Notes" }
            @if candidate.notes.trim().is_empty() {
                p.muted { "No notes." }
            } @else {
                (paragraphs(&candidate.notes))
            }
            h4 { "Review findings" }
            (findings(report, candidate, &score.findings))
        }
    }
}

/// The candidate's place against the winner, in one sentence.
fn margin(report: &Report, score: &CandidateScore) -> String {
    let Some(winner) = report.ranking.winner() else {
        return "No candidate is feasible, so there is no winner to measure against.".to_owned();
    };
    if winner.candidate == score.candidate {
        return report.scored_with.margin_line();
    }
    let behind = crate::scoring::round1(winner.total - score.total);
    format!("{behind:.1} points behind {}.", winner.name)
}

fn findings(report: &Report, candidate: &Candidate, findings: &[Finding]) -> Markup {
    if findings.is_empty() {
        return html! { p { "The review found nothing to raise." } };
    }
    html! {
        table.findings {
            caption { (findings.len()) " finding(s), most severe first" }
            thead {
                tr {
                    th scope="col" { "Severity" }
                    th scope="col" { "Rule" }
                    th scope="col" { "Finding" }
                    th scope="col" { "Suggested fix" }
                }
            }
            tbody {
                @for f in findings {
                    tr {
                        td { span class=(format!("sev sev-{}", f.severity.key())) { (f.severity.key()) } }
                        td { code { (Text(&f.rule)) } }
                        td { (Text(&f.message)) (concerned(candidate, f)) }
                        td { (fix(report, f)) }
                    }
                }
            }
        }
    }
}

/// The labels of the nodes a finding names.
fn concerned(candidate: &Candidate, finding: &Finding) -> Markup {
    let labels = candidate.labels_of(&finding.nodes);
    html! {
        @if !labels.is_empty() {
            br;
            span.muted { "Concerns: " (Text(&labels.join(", "))) }
        }
    }
}

fn fix(report: &Report, finding: &Finding) -> Markup {
    let Some(id) = &finding.fix else {
        return html! { span.muted { "no single pattern; see the finding" } };
    };
    match report.catalog.pattern(id) {
        Some(pattern) => html! {
            "Apply " strong { (Text(&pattern.name)) } " (" code { (Text(id)) } "): " (Text(&pattern.summary))
        },
        None => html! { "Apply " code { (Text(id)) } },
    }
}
