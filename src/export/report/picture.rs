//! A candidate's picture as drawn on the canvas: the SVG of the picture
//! export (`export::svg`, the same file `plinth export svg` writes),
//! wrapped in a figure. The one place the report asks for it; the report
//! draws no candidate itself.
//!
//! The picture export names its title and description `plinth-title` and
//! `plinth-desc`; a report holds several pictures, so each gets ids of its
//! own (`candidate-N-title`). The replacement is exact on the attribute,
//! quote included, and user text in the SVG is escaped (`"` never appears
//! raw), so it cannot touch anything a user wrote.

use maud::{Markup, html};

use super::text::{Text, trusted};
use crate::catalog::Catalog;
use crate::design::{Candidate, Finding};
use crate::export::svg::{SvgOptions, candidate_to_svg};

/// The candidate's picture in a figure; `id` prefixes its title and description ids.
pub fn candidate_picture(
    candidate: &Candidate,
    catalog: &Catalog,
    findings: &[Finding],
    id: &str,
) -> Markup {
    let svg = candidate_to_svg(candidate, catalog, findings, SvgOptions::default());
    let svg = unique_ids(&svg, id);
    html! {
        figure.picture {
            (trusted(svg))
            figcaption { "The design of " (Text(&candidate.name)) " as drawn on the canvas; review findings are marked on their nodes." }
        }
    }
}

fn unique_ids(svg: &str, id: &str) -> String {
    svg.replacen(
        r#"aria-labelledby="plinth-title plinth-desc""#,
        &format!(r#"aria-labelledby="{id}-title {id}-desc""#),
        1,
    )
    .replacen(r#"id="plinth-title""#, &format!(r#"id="{id}-title""#), 1)
    .replacen(r#"id="plinth-desc""#, &format!(r#"id="{id}-desc""#), 1)
}
