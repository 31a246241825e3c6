//! Golden files: the example workspace rendered in every dialect and as a
//! comparison table (insta snapshots in `snapshots/`), plus the outcomes a
//! snapshot of the example does not reach.

use super::structure::{DIAGRAM, headings, monolith_findings, ranking, startup};
use super::{AdrInput, Dialect, render_adr};
use crate::catalog::Catalog;
use crate::context::HardConstraints;
use crate::export::table::comparison_table;
use crate::scoring::Ranking;
use crate::workspace::Workspace;

fn render(ws: &Workspace, ranking: &Ranking, dialect: Dialect, diagram: Option<&str>) -> String {
    let catalog = Catalog::embedded();
    let input = AdrInput {
        workspace: ws,
        catalog: &catalog,
        ranking,
        number: 3,
        date: "2026-11-27",
        diagram,
        datum: crate::evaluate::DatumChoice::StatusQuo,
        supersedes: None,
    };
    render_adr(&input, dialect)
}

fn startup_adr(dialect: Dialect) -> String {
    let ws = startup();
    let ranking = ranking(&ws, &Catalog::embedded(), monolith_findings);
    render(&ws, &ranking, dialect, Some(DIAGRAM))
}

#[test]
fn madr_of_the_startup_example() {
    insta::assert_snapshot!("startup_madr", startup_adr(Dialect::Madr));
}

#[test]
fn log4brains_of_the_startup_example() {
    insta::assert_snapshot!("startup_log4brains", startup_adr(Dialect::Log4brains));
}

#[test]
fn nygard_of_the_startup_example() {
    insta::assert_snapshot!("startup_nygard", startup_adr(Dialect::Nygard));
}

#[test]
fn comparison_table_of_the_startup_example() {
    let ws = startup();
    let ranking = ranking(&ws, &Catalog::embedded(), monolith_findings);
    insta::assert_snapshot!("startup_table", comparison_table(&ranking));
}

#[test]
fn madr_headings_are_the_template_s_in_order() {
    let expected = [
        "# Architecture for the first year of the shop",
        "## Context and Problem Statement",
        "## Decision Drivers",
        "## Considered Options",
        "## Decision Outcome",
        "### Consequences",
        "### Confirmation",
        "## Pros and Cons of the Options",
        "### Monolith",
        "### Modular monolith",
        "### Microservices",
        "## More Information",
    ];
    assert_eq!(headings(&startup_adr(Dialect::Madr)), expected);
}

#[test]
fn the_outcome_names_the_winner_and_what_it_beat() {
    let ws = startup();
    let ranking = ranking(&ws, &Catalog::embedded(), monolith_findings);
    let adr = render(&ws, &ranking, Dialect::Madr, None);
    let [first, second, third] = &ranking.scores[..] else {
        panic!("three candidates expected");
    };
    let chosen = format!(
        "Chosen option: \"{}\", because it scores highest ({:.1} of 100), mostly thanks to:",
        first.name, first.total
    );
    assert!(adr.contains(&chosen), "{adr}");
    let beats = format!(
        "It beats {} by {:.1} points and {} by {:.1} points.",
        second.name,
        first.total - second.total,
        third.name,
        first.total - third.total
    );
    assert!(adr.contains(&beats), "{adr}");
    let strongest = ranking.scores[0]
        .contributions
        .iter()
        .filter(|c| c.criterion != crate::scoring::Criterion::Baseline)
        .map(|c| c.points)
        .fold(f64::MIN, f64::max);
    assert!(adr.contains(&format!("{strongest:+.1} points)")), "{adr}");
    assert!(adr.contains("* Priority: time to market (weight 5 of 5)"));
    assert!(adr.contains("* Hard constraint: no pattern may be `needs_kubernetes`"));
}

#[test]
fn no_feasible_option_says_why() {
    let mut ws = startup();
    ws.context.constraints = HardConstraints {
        max_complexity: Some(1),
        ..HardConstraints::default()
    };
    let ranking = ranking(&ws, &Catalog::embedded(), |_| Vec::new());
    assert!(ranking.winner().is_none());
    for dialect in Dialect::ALL {
        let adr = render(&ws, &ranking, dialect, None);
        assert!(
            adr.contains("No option is chosen: every candidate breaks a hard constraint."),
            "{adr}"
        );
        assert!(
            adr.contains("Monolith: Idempotency Key has complexity 2/5, above the maximum of 1;"),
            "{adr}"
        );
        assert!(adr.contains("Nothing to confirm until an option is feasible and chosen."));
        assert!(!adr.contains("Chosen option"));
        assert!(!adr.contains("```mermaid"));
    }
}

#[test]
fn without_findings_the_confirmation_is_rescoring_and_a_clean_review() {
    let ws = startup();
    let ranking = ranking(&ws, &Catalog::embedded(), |_| Vec::new());
    let adr = render(&ws, &ranking, Dialect::Madr, None);
    assert!(
        adr.contains("The review raised no finding on Monolith."),
        "{adr}"
    );
    assert!(adr.contains("`plinth check` clean"));
}

#[test]
fn an_empty_workspace_still_has_every_heading() {
    let ws = Workspace::new("");
    let ranking = Ranking { scores: Vec::new() };
    let adr = render(&ws, &ranking, Dialect::Madr, None);
    assert_eq!(headings(&adr).len(), 9, "{adr}");
    assert!(adr.contains("# Untitled decision"));
    assert!(adr.contains("No option is chosen: the workspace has no candidate design yet."));
    let nygard = render(&ws, &ranking, Dialect::Nygard, None);
    assert!(
        nygard.starts_with("# 3. Untitled decision\n\nDate: 2026-11-27\n\n## Status\n\nProposed\n"),
        "{nygard}"
    );
}
