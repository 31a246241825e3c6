//! The appendix: every catalog pattern the candidates use, with its
//! one-line summary and its trade-offs. Link-free: the catalog's references
//! are not repeated, so nothing in the file points elsewhere.

use std::collections::BTreeSet;

use maud::{Markup, html};

use super::Report;
use super::text::Text;
use crate::catalog::Pattern;
use crate::catalog::pattern::TradeOff;

pub fn section(report: &Report) -> Markup {
    let ids: BTreeSet<&str> = report
        .workspace
        .candidates()
        .iter()
        .flat_map(|c| c.pattern_ids())
        .collect();
    let mut known: Vec<&Pattern> = ids
        .iter()
        .filter_map(|id| report.catalog.pattern(id))
        .collect();
    known.sort_by(|a, b| a.name.cmp(&b.name).then_with(|| a.id.cmp(&b.id)));
    let unknown: Vec<&str> = ids
        .iter()
        .copied()
        .filter(|id| report.catalog.pattern(id).is_none())
        .collect();
    html! {
        section #patterns aria-labelledby="patterns-h" {
            h2 #patterns-h { "Appendix: patterns used" }
            @if known.is_empty() && unknown.is_empty() {
                p.muted { "No candidate uses a catalog pattern." }
            }
            @for (i, p) in known.iter().enumerate() { (pattern(p, i + 1)) }
            @if !unknown.is_empty() {
                p { "Not in the catalog, so not scored: " (Text(&unknown.join(", "))) }
            }
        }
    }
}

fn pattern(p: &Pattern, index: usize) -> Markup {
    html! {
        article.pattern #(format!("pattern-{index}")) {
            h3 { (Text(&p.name)) }
            p.muted {
                code { (Text(&p.id)) } " · " (p.category.key())
                " · complexity " (p.complexity) " of 5 · teams: " (Text(&p.team_size.text))
            }
            p { (Text(&p.summary)) }
            div.tradeoffs {
                (list("Pros", &p.pros))
                (list("Cons", &p.cons))
            }
        }
    }
}

fn list(label: &str, items: &[TradeOff]) -> Markup {
    html! {
        div {
            h4 { (label) }
            @if items.is_empty() { p.muted { "none listed" } }
            @else {
                ul { @for t in items { li { (Text(&t.text)) " " span.muted { "(" (t.weight.key()) ")" } } } }
            }
        }
    }
}
