//! log4brains (MADR 2 style): no front matter, a `- Status:` / `- Date:` /
//! `- Deciders:` list right after the H1, MADR 2 headings and `## Links`.
//!
//! MADR 2 has no Confirmation or neutral consequences: both go under
//! "Decision Outcome", before the positive and negative consequences.

use super::content::AdrContent;
use super::doc::Doc;
use super::madr::{option_details, outcome_blocks};
use super::markdown::{Md, collapse, fenced, heading, line};
use super::status::with_successor;
use crate::workspace::Status;

const MARK: char = '-';

/// The log4brains headings in order; `###` per option sits between the last two.
pub(super) const HEADINGS: [&str; 8] = [
    "## Context and Problem Statement",
    "## Decision Drivers",
    "## Considered Options",
    "## Decision Outcome",
    "### Positive Consequences",
    "### Negative Consequences",
    "## Pros and Cons of the Options",
    "## Links",
];

/// The log4brains status word (`superseded by [title](link)` is written by the folder).
pub(super) fn status(status: Status) -> &'static str {
    status.key()
}

pub(super) fn render(c: &AdrContent) -> String {
    let mut out = Doc::default();
    out.block(heading(1, &c.title, "Untitled decision"));
    out.list(MARK, &header(c));
    out.block(HEADINGS[0].to_owned());
    out.paragraphs(&c.problem, "No problem statement was written yet.");
    out.block(line(&people(
        "Consulted",
        &c.consulted,
        "Informed",
        &c.informed,
    )));
    out.block(HEADINGS[1].to_owned());
    out.list(MARK, &c.drivers);
    out.block(HEADINGS[2].to_owned());
    out.list_or(MARK, &c.options, "No option was considered yet.");
    out.block(HEADINGS[3].to_owned());
    decision_outcome(&mut out, c);
    out.block(HEADINGS[4].to_owned());
    out.list_or(MARK, &capitalised(&c.consequences.good), "None recorded.");
    out.block(HEADINGS[5].to_owned());
    out.list_or(MARK, &capitalised(&c.consequences.bad), "None recorded.");
    out.block(HEADINGS[6].to_owned());
    options(&mut out, c);
    out.block(HEADINGS[7].to_owned());
    links(&mut out, c);
    out.finish()
}

fn capitalised(items: &[Md]) -> Vec<Md> {
    items.iter().map(Md::upper_first).collect()
}

/// The list log4brains reads right after the H1.
fn header(c: &AdrContent) -> Vec<Md> {
    let mut status_md = Md::lit("Status: ");
    status_md.push_text(&with_successor(status(c.status), c.status, c.superseded_by));
    let mut date = Md::lit("Date: ");
    date.push_text(&c.date);
    let mut deciders = Md::lit("Deciders: ");
    deciders.push_text(&joined(&c.decision_makers));
    vec![status_md, date, deciders]
}

fn joined(people: &[String]) -> String {
    let names: Vec<String> = people
        .iter()
        .map(|p| collapse(p))
        .filter(|p| !p.is_empty())
        .collect();
    if names.is_empty() {
        "none named".to_owned()
    } else {
        names.join(", ")
    }
}

/// "Consulted: a, b. Informed: c." (shared with Nygard).
pub(super) fn people(first: &str, a: &[String], second: &str, b: &[String]) -> Md {
    Md::text(&format!("{first}: {}. {second}: {}.", joined(a), joined(b)))
}

fn decision_outcome(out: &mut Doc, c: &AdrContent) {
    for block in outcome_blocks(&c.outcome, MARK) {
        out.block(block);
    }
    if let Some(diagram) = &c.diagram {
        out.block(fenced("mermaid", diagram));
    }
    if !c.consequences.neutral.is_empty() {
        out.block("Left as it is by this choice:".to_owned());
        out.list(MARK, &c.consequences.neutral);
    }
    let mut confirmation = Md::lit("**Confirmation.** ");
    confirmation.push(&c.confirmation.intro);
    out.block(line(&confirmation));
    out.list(MARK, &c.confirmation.items);
}

fn options(out: &mut Doc, c: &AdrContent) {
    out.block(c.table.trim_end().to_owned());
    option_details(out, c, MARK);
}

fn links(out: &mut Doc, c: &AdrContent) {
    if let Some(old) = &c.supersedes {
        let mut md = Md::lit("Supersedes ");
        md.push(&Md::link(&old.title, &old.file));
        out.list(MARK, &[md]);
    }
    out.block(line(&c.generated_by));
}
