//! Michael Nygard's format as adr-tools writes it: `# N. Title`, a
//! `Date:` line, then `## Status` (the value on its own line), `## Context`,
//! `## Decision`, `## Consequences` and no other heading.
//!
//! What MADR spreads over more sections goes into these four: drivers,
//! options and their pros and cons into Context; the outcome, comparison
//! table and diagram into Decision; consequences and confirmation into
//! Consequences.

use super::content::AdrContent;
use super::doc::Doc;
use super::log4brains::people;
use super::madr::because_list;
use super::markdown::{Md, bullet, fenced, line};
use super::status::with_successor;
use crate::workspace::Status;

const MARK: char = '-';

/// The Nygard headings after the H1, in order.
pub(super) const HEADINGS: [&str; 4] =
    ["## Status", "## Context", "## Decision", "## Consequences"];

/// The adr-tools status word.
pub(super) fn status(status: Status) -> &'static str {
    match status {
        Status::Proposed => "Proposed",
        Status::Accepted => "Accepted",
        Status::Rejected => "Rejected",
        Status::Deprecated => "Deprecated",
        Status::Superseded => "Superseded",
    }
}

pub(super) fn render(c: &AdrContent) -> String {
    let mut out = Doc::default();
    let mut h1 = Md::fragment(&format!("{}. ", c.number));
    h1.push(&if c.title.is_empty() {
        Md::lit("Untitled decision")
    } else {
        c.title.clone()
    });
    out.block(format!("# {h1}"));
    out.block(line(&Md::text(&format!("Date: {}", c.date))));
    out.block(HEADINGS[0].to_owned());
    out.block(with_successor(status(c.status), c.status, c.superseded_by));
    if let Some(old) = &c.supersedes {
        let mut text = old
            .number
            .map(|n| Md::fragment(&format!("{n}. ")))
            .unwrap_or_default();
        text.push(&old.title);
        let mut md = Md::lit("Supercedes ");
        md.push(&Md::link(&text, &old.file));
        out.block(line(&md));
    }
    out.block(HEADINGS[1].to_owned());
    context(&mut out, c);
    out.block(HEADINGS[2].to_owned());
    decision(&mut out, c);
    out.block(HEADINGS[3].to_owned());
    consequences(&mut out, c);
    out.finish()
}

fn context(out: &mut Doc, c: &AdrContent) {
    out.paragraphs(&c.problem, "No problem statement was written yet.");
    out.block(line(&people(
        "Decision makers",
        &c.decision_makers,
        "Consulted",
        &c.consulted,
    )));
    out.block("The forces at play:".to_owned());
    out.list(MARK, &c.drivers);
    out.block("The options considered:".to_owned());
    out.list_or(MARK, &c.options, "None yet.");
    for option in &c.option_details {
        let mut title = Md::strong(&option.name);
        title.push_lit(": ").push(&option.summary);
        out.block(line(&title));
        out.paragraphs(&option.notes, "");
        out.list(
            MARK,
            &because_list(&option.good, &option.neutral, &option.bad),
        );
    }
}

fn decision(out: &mut Doc, c: &AdrContent) {
    let outcome = &c.outcome;
    let mut first = match &outcome.chosen {
        Some(name) => {
            let mut md = Md::lit("We will adopt ");
            md.push(name).push_lit(", because ");
            md
        }
        None => Md::default(),
    };
    first.push(&outcome.summary);
    out.block(line(&first));
    let reasons: Vec<String> = outcome.reasons.iter().map(|r| bullet(MARK, r)).collect();
    out.block(reasons.join("\n"));
    if let Some(comparison) = &outcome.comparison {
        out.block(line(comparison));
    }
    out.block(c.table.trim_end().to_owned());
    if let Some(diagram) = &c.diagram {
        out.block(fenced("mermaid", diagram));
    }
}

fn consequences(out: &mut Doc, c: &AdrContent) {
    let items = because_list(
        &c.consequences.good,
        &c.consequences.neutral,
        &c.consequences.bad,
    );
    out.list_or(MARK, &items, "None recorded: no option is chosen.");
    let mut confirmation = Md::lit("**Confirmation.** ");
    confirmation.push(&c.confirmation.intro);
    out.block(line(&confirmation));
    out.list(MARK, &c.confirmation.items);
    out.block(line(&c.generated_by));
}
