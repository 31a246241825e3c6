//! The decision report: one self-contained HTML file that carries the whole
//! decision to the people who were not in the room. The decision and the
//! context it was scored with, every candidate (picture, total, rank,
//! margin, notes, review findings), the comparison table with each cell's
//! contributions, the datum view, the sensitivity (team-size chart and
//! weight flips), the ADR text and an appendix of the catalog patterns used.
//!
//! Pure, like every exporter: the date comes in as an argument. Built with
//! maud (compile-time templates, auto-escaping); every string from the
//! workspace or the catalog goes through [`text::Text`]. Inline CSS and SVG
//! only: no script, no link, no URL, so the file opens offline anywhere.

mod appendix;
mod candidates;
mod chart;
mod comparison;
mod decision;
mod page;
mod picture;
mod sensitivity;
mod style;
pub mod text;

use crate::catalog::Catalog;
use crate::evaluate::{DatumChoice, DatumView, ScoredWith, Sensitivity, analyse, evaluate};
use crate::export::adr::{AdrSource, Dialect, render_adr};
use crate::export::mermaid::{MermaidOptions, candidate_to_mermaid};
use crate::scoring::Ranking;
use crate::workspace::Workspace;

/// What the caller decides: the date (the core has no clock) and, if
/// wanted, the candidate to use as the datum (else the status quo).
#[derive(Debug, Clone, Copy)]
pub struct ReportOptions<'a> {
    /// `YYYY-MM-DD`, shown as the report's date and the ADR's.
    pub date: &'a str,
    /// The candidate every other is compared with (default: the status quo).
    pub datum: DatumChoice,
}

/// Everything the report shows, computed once through the evaluation APIs.
#[derive(Debug, Clone)]
pub struct Report<'a> {
    pub workspace: &'a Workspace,
    pub catalog: &'a Catalog,
    pub date: String,
    pub ranking: Ranking,
    pub scored_with: ScoredWith,
    pub datum: Option<DatumView>,
    pub sensitivity: Sensitivity,
    /// The ADR as `plinth export adr --stdout` writes it (MADR 4).
    pub adr: String,
}

impl<'a> Report<'a> {
    /// The report of a workspace and its ranking (`evaluate(workspace, catalog)`).
    pub fn build(
        workspace: &'a Workspace,
        catalog: &'a Catalog,
        ranking: Ranking,
        options: &ReportOptions,
    ) -> Self {
        let datum = options.datum.view(&ranking);
        let scored_with = ScoredWith::new(&workspace.context, &ranking);
        let sensitivity = analyse(workspace.candidates(), catalog, &workspace.context);
        let adr = adr_text(workspace, catalog, &ranking, options);
        Self {
            workspace,
            catalog,
            date: options.date.to_owned(),
            ranking,
            scored_with,
            datum,
            sensitivity,
            adr,
        }
    }

    /// The whole HTML document.
    pub fn to_html(&self) -> String {
        page::render(self).into_string()
    }
}

/// The report of a workspace as one HTML document, evaluated here.
pub fn report_html(workspace: &Workspace, catalog: &Catalog, options: &ReportOptions) -> String {
    Report::build(workspace, catalog, evaluate(workspace, catalog), options).to_html()
}

/// The ADR exactly as the ADR exporter writes it (MADR, the default
/// dialect), with the winner's mermaid diagram as the CLI embeds it.
fn adr_text(
    ws: &Workspace,
    catalog: &Catalog,
    ranking: &Ranking,
    options: &ReportOptions,
) -> String {
    let diagram = ranking
        .winner()
        .and_then(|w| ws.candidate(w.candidate))
        .map(|c| candidate_to_mermaid(c, catalog, &MermaidOptions::default()));
    let source = AdrSource {
        workspace: ws,
        catalog,
        ranking,
        date: options.date,
        diagram: diagram.as_deref(),
        datum: options.datum,
    };
    render_adr(&source.numbered(1, None), Dialect::Madr)
}
