//! MADR 4.0: YAML front matter with exactly `status`, `date`,
//! `decision-makers`, `consulted`, `informed`, then the template's headings
//! in order, the H1 being the title without a number.

use super::content::{AdrContent, Outcome};
use super::doc::Doc;
use super::markdown::{Md, bullet, fenced, heading, line, yaml_scalar};
use super::status::with_successor;
use crate::workspace::Status;

const MARK: char = '*';

/// The MADR headings in order; `###` per option sits between the last two.
pub(super) const HEADINGS: [&str; 8] = [
    "## Context and Problem Statement",
    "## Decision Drivers",
    "## Considered Options",
    "## Decision Outcome",
    "### Consequences",
    "### Confirmation",
    "## Pros and Cons of the Options",
    "## More Information",
];

/// The MADR status word (`superseded by ADR-0007` is written by the folder).
pub(super) fn status(status: Status) -> &'static str {
    status.key()
}

pub(super) fn render(c: &AdrContent) -> String {
    let mut out = Doc::default();
    front_matter(&mut out, c);
    out.block(heading(1, &c.title, "Untitled decision"));
    out.block(HEADINGS[0].to_owned());
    out.paragraphs(&c.problem, "No problem statement was written yet.");
    out.block(HEADINGS[1].to_owned());
    out.list(MARK, &c.drivers);
    out.block(HEADINGS[2].to_owned());
    out.list_or(MARK, &c.options, "No option was considered yet.");
    out.block(HEADINGS[3].to_owned());
    outcome(&mut out, &c.outcome);
    out.block(HEADINGS[4].to_owned());
    consequences(&mut out, c);
    out.block(HEADINGS[5].to_owned());
    out.block(line(&c.confirmation.intro));
    out.list(MARK, &c.confirmation.items);
    out.block(HEADINGS[6].to_owned());
    options(&mut out, c);
    out.block(HEADINGS[7].to_owned());
    more_information(&mut out, c);
    out.finish()
}

fn front_matter(out: &mut Doc, c: &AdrContent) {
    let people = |list: &[String]| {
        yaml_scalar(
            &list
                .iter()
                .map(|p| super::markdown::collapse(p))
                .collect::<Vec<_>>()
                .join(", "),
        )
    };
    out.block(
        [
            "---".to_owned(),
            format!(
                "status: {}",
                yaml_scalar(&with_successor(status(c.status), c.status, c.superseded_by))
            ),
            format!("date: {}", yaml_scalar(&c.date)),
            format!("decision-makers: {}", people(&c.decision_makers)),
            format!("consulted: {}", people(&c.consulted)),
            format!("informed: {}", people(&c.informed)),
            "---".to_owned(),
        ]
        .join("\n"),
    );
}

/// The outcome paragraph(s), shared with log4brains (same wording).
pub(super) fn outcome_blocks(outcome: &Outcome, marker: char) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut first = match &outcome.chosen {
        Some(name) => {
            let mut md = Md::lit("Chosen option: \"");
            md.push(name).push_lit("\", because ");
            md
        }
        None => Md::default(),
    };
    first.push(&outcome.summary);
    blocks.push(line(&first));
    if !outcome.reasons.is_empty() {
        blocks.push(
            outcome
                .reasons
                .iter()
                .map(|r| bullet(marker, r))
                .collect::<Vec<_>>()
                .join("\n"),
        );
    }
    if let Some(comparison) = &outcome.comparison {
        blocks.push(line(comparison));
    }
    blocks
}

fn outcome(out: &mut Doc, outcome: &Outcome) {
    for block in outcome_blocks(outcome, MARK) {
        out.block(block);
    }
}

fn consequences(out: &mut Doc, c: &AdrContent) {
    if c.consequences.is_empty() {
        out.block("None recorded: no option is chosen.".to_owned());
        return;
    }
    let items = because_list(
        &c.consequences.good,
        &c.consequences.neutral,
        &c.consequences.bad,
    );
    out.list(MARK, &items);
}

/// "Good, because …", "Neutral, because …", "Bad, because …" items.
pub(super) fn because_list(good: &[Md], neutral: &[Md], bad: &[Md]) -> Vec<Md> {
    let mut out = Vec::with_capacity(good.len() + neutral.len() + bad.len());
    for (prefix, items) in [
        ("Good, because ", good),
        ("Neutral, because ", neutral),
        ("Bad, because ", bad),
    ] {
        for item in items {
            let mut md = Md::lit(prefix);
            md.push(item);
            out.push(md);
        }
    }
    out
}

fn options(out: &mut Doc, c: &AdrContent) {
    if c.option_details.is_empty() {
        out.block("No option was considered.".to_owned());
    }
    option_details(out, c, MARK);
}

/// Each option under its own heading: summary, notes, then its pros and
/// cons as "Good, because" items (MADR's form, which log4brains shares).
pub(super) fn option_details(out: &mut Doc, c: &AdrContent, mark: char) {
    for option in &c.option_details {
        out.block(heading(3, &option.name, "Unnamed option"));
        out.block(line(&option.summary));
        out.paragraphs(&option.notes, "");
        out.list(
            mark,
            &because_list(&option.good, &option.neutral, &option.bad),
        );
    }
}

fn more_information(out: &mut Doc, c: &AdrContent) {
    out.block(c.table.trim_end().to_owned());
    if let Some(diagram) = &c.diagram {
        out.block(fenced("mermaid", diagram));
    }
    if let Some(old) = &c.supersedes {
        let mut text = match old.number {
            Some(n) => Md::fragment(&format!("ADR-{n:04}: ")),
            None => Md::default(),
        };
        text.push(&old.title);
        let mut md = Md::lit("Supersedes ");
        md.push(&Md::link(&text, &old.file)).push_lit(".");
        out.block(line(&md));
    }
    out.block(line(&c.generated_by));
}
