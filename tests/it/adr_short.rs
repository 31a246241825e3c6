//! The ADR a reviewer reads in two minutes: in every example and dialect,
//! at most 12 consequences, each naming its subject; at most 5 pros and 5
//! cons per option; and `--detail full` keeps every point in an appendix.

use plinth::catalog::Catalog;
use plinth::evaluate::evaluate;
use plinth::export::adr::{AdrSource, Detail, Dialect, render_adr_with};
use plinth::scoring::Ranking;
use plinth::workspace::Workspace;

use crate::support::example;

const EXAMPLES: [&str; 3] = ["startup", "ai-support", "checkout"];

fn render(ws: &Workspace, ranking: &Ranking, dialect: Dialect, detail: Detail) -> String {
    let catalog = Catalog::embedded();
    let source = AdrSource {
        workspace: ws,
        catalog: &catalog,
        ranking,
        date: "2026-11-26",
        diagram: None,
        datum: plinth::evaluate::DatumChoice::StatusQuo,
    };
    render_adr_with(&source.numbered(7, None), dialect, detail)
}

/// The bullet lines between a line equal to `from` and the first line
/// starting with one of `to`.
fn bullets<'a>(adr: &'a str, from: &str, to: &[&str]) -> Vec<&'a str> {
    adr.lines()
        .skip_while(|l| *l != from)
        .skip(1)
        .take_while(|l| !to.iter().any(|t| l.starts_with(t)))
        .filter(|l| l.starts_with("* ") || l.starts_with("- "))
        .collect()
}

/// Every consequence bullet of an ADR, whatever its dialect.
fn consequences(adr: &str, dialect: Dialect) -> Vec<&str> {
    match dialect {
        Dialect::Madr => bullets(adr, "### Consequences", &["### Confirmation"]),
        Dialect::Log4brains => {
            let mut all = bullets(adr, "Left as it is by this choice:", &["**Confirmation"]);
            all.extend(bullets(adr, "### Positive Consequences", &["### "]));
            all.extend(bullets(adr, "### Negative Consequences", &["## "]));
            all
        }
        Dialect::Nygard => bullets(adr, "## Consequences", &["**Confirmation"]),
    }
}

/// Names a bullet may be about: the catalog's patterns and the options.
fn subjects(ws: &Workspace) -> Vec<String> {
    let mut names: Vec<String> = Catalog::embedded()
        .patterns()
        .map(|p| p.name.clone())
        .collect();
    names.extend(ws.candidates().iter().map(|c| c.name.clone()));
    names
}

#[test]
fn consequences_are_at_most_twelve_full_sentences_with_their_subject() {
    let catalog = Catalog::embedded();
    for name in EXAMPLES {
        let ws = example(name);
        let ranking = evaluate(&ws, &catalog);
        let names = subjects(&ws);
        for dialect in Dialect::ALL {
            let adr = render(&ws, &ranking, dialect, Detail::Short);
            let list = consequences(&adr, dialect);
            assert!(
                (6..=12).contains(&list.len()),
                "{name} {dialect}: {} consequences\n{adr}",
                list.len()
            );
            for bullet in list {
                let text = bullet[2..]
                    .split_once("because ")
                    .map_or(&bullet[2..], |(_, t)| t);
                let named = names
                    .iter()
                    .any(|n| text.starts_with(n.as_str()) || text.ends_with(&format!("({n}).")));
                assert!(named, "{name} {dialect}: no subject in `{bullet}`");
                assert!(text.ends_with('.'), "{name} {dialect}: `{bullet}`");
            }
        }
    }
}

#[test]
fn each_option_has_at_most_five_pros_and_five_cons() {
    let catalog = Catalog::embedded();
    for name in EXAMPLES {
        let ws = example(name);
        let ranking = evaluate(&ws, &catalog);
        let adr = render(&ws, &ranking, Dialect::Madr, Detail::Short);
        for score in &ranking.scores {
            let heading = format!("### {}", score.name);
            let items = bullets(&adr, &heading, &["### ", "## "]);
            let good = items.iter().filter(|l| l.starts_with("* Good")).count();
            let bad = items.iter().filter(|l| l.starts_with("* Bad")).count();
            assert!(
                good <= 5 && bad <= 5,
                "{name}/{}: {good} pros, {bad} cons",
                score.name
            );
            assert!(good + bad > 0, "{name}/{}: nothing said", score.name);
        }
    }
}

#[test]
fn the_full_detail_keeps_every_point_in_an_appendix() {
    let catalog = Catalog::embedded();
    let ws = example("checkout");
    let ranking = evaluate(&ws, &catalog);
    let winner = ws.candidate(ranking.winner().unwrap().candidate).unwrap();
    let trade_offs: usize = winner
        .pattern_ids()
        .iter()
        .filter_map(|id| catalog.pattern(id))
        .map(|p| p.pros.len() + p.cons.len())
        .sum();
    for dialect in Dialect::ALL {
        let short = render(&ws, &ranking, dialect, Detail::Short);
        let full = render(&ws, &ranking, dialect, Detail::Full);
        assert!(
            full.starts_with(&short),
            "{dialect}: the record itself is the same"
        );
        assert!(!short.contains("Appendix: every point"));
        let appendix = &full[short.len()..];
        assert!(appendix.contains("Appendix: every point"), "{appendix}");
        let pros_and_cons = appendix
            .lines()
            .filter(|l| {
                l[2.min(l.len())..].starts_with("Good, because")
                    || l[2.min(l.len())..].starts_with("Bad, because")
            })
            .count();
        let scored: usize = ranking
            .scores
            .iter()
            .map(|s| {
                s.contributions
                    .iter()
                    .filter(|c| {
                        c.points != 0.0 && c.criterion != plinth::scoring::Criterion::Baseline
                    })
                    .count()
            })
            .sum();
        assert_eq!(pros_and_cons, trade_offs + scored, "{dialect}:\n{appendix}");
        if dialect == Dialect::Nygard {
            assert!(
                !appendix.lines().any(|l| l.starts_with('#')),
                "adr-tools has no other heading"
            );
        }
    }
}

#[test]
fn another_choice_states_the_reason_beside_the_scores() {
    let catalog = Catalog::embedded();
    let mut ws = example("startup");
    let ranking = evaluate(&ws, &catalog);
    let (winner, second) = (&ranking.scores[0], &ranking.scores[1]);
    ws.decision.chosen = Some(second.candidate);
    ws.decision.chosen_reason =
        "We split the shop into modules now so that hiring can follow.".into();
    ws.decision.status = plinth::workspace::Status::Superseded;
    ws.decision.superseded_by = Some(12);
    let adr = render(&ws, &ranking, Dialect::Madr, Detail::Short);
    let said = format!(
        "Chosen option: \"{}\", because the decision-makers preferred it to {}, which scores highest ({:.1} against {:.1} of 100): We split the shop into modules now so that hiring can follow.",
        second.name, winner.name, winner.total, second.total
    );
    assert!(adr.contains(&said), "{adr}");
    assert!(adr.contains("status: superseded by ADR-0012\n"), "{adr}");
    assert!(
        adr.contains(&format!(
            "The scores rank it 2 of 3; {} leads by",
            winner.name
        )),
        "{adr}"
    );
    let list = consequences(&adr, Dialect::Madr);
    assert!(
        list.iter().any(|l| l.contains("Modular Monolith")),
        "{list:#?}"
    );
    let nygard = render(&ws, &ranking, Dialect::Nygard, Detail::Short);
    assert!(
        nygard.contains("## Status\n\nSuperseded by ADR-0012\n"),
        "{nygard}"
    );
}
