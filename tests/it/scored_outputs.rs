//! Every output names the context it scored with, and the datum view:
//! snapshots of `score`'s text and JSON sections and of an ADR with a status
//! quo, and properties of the Pugh view over every example.

use std::path::Path;
use std::process::{Command, Output};

use plinth::catalog::Catalog;
use plinth::evaluate::datum::{SAME_WITHIN, choose_datum, datum_view};
use plinth::evaluate::{DatumSource, Verdict, datum_for, evaluate};
use plinth::export::adr::{AdrSource, Dialect, render_adr};
use plinth::workspace::Workspace;

use crate::support::example;

/// The startup example with its monolith renamed as the running system.
fn with_status_quo() -> Workspace {
    let text = plinth::workspace::examples::example_text("startup")
        .unwrap()
        .replace("name: \"Monolith\"", "name: \"Current monolith\"");
    plinth::workspace::file::from_str("startup.ron", &text).unwrap()
}

fn plinth(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_plinth"))
        .current_dir(dir)
        .arg("--no-user-catalog")
        .args(args)
        .output()
        .unwrap()
}

fn stdout(out: &Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn written(ws: &Workspace) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let text = plinth::workspace::file::to_ron(ws).unwrap();
    std::fs::write(dir.path().join("w.ron"), text).unwrap();
    dir
}

/// The lines of `text` from the one starting with `from` up to (not
/// including) the next one starting with `to`.
fn section(text: &str, from: &str, to: &str) -> String {
    let mut out = Vec::new();
    let mut inside = false;
    for line in text.lines() {
        if line.starts_with(from) {
            inside = true;
        } else if inside && line.starts_with(to) {
            break;
        }
        if inside {
            out.push(line);
        }
    }
    out.join("\n")
}

#[test]
fn score_text_names_its_context_and_compares_with_the_status_quo() {
    let dir = written(&with_status_quo());
    let text = stdout(&plinth(dir.path(), &["score", "w.ron"]));
    insta::assert_snapshot!(
        "score-text-scored-with",
        section(&text, "Scored with", "1. ")
    );
    insta::assert_snapshot!(
        "score-text-datum",
        section(&text, "Against the datum", "Sensitivity")
    );
    insta::assert_snapshot!(
        "score-text-sensitivity",
        section(&text, "Sensitivity", "\u{0}")
    );
}

#[test]
fn score_json_has_a_context_section_and_the_datum() {
    let dir = written(&with_status_quo());
    let text = stdout(&plinth(dir.path(), &["score", "w.ron", "--json"]));
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    let pretty = |v: &serde_json::Value| serde_json::to_string_pretty(v).unwrap();
    insta::assert_snapshot!("score-json-context", pretty(&json["context"]));
    insta::assert_snapshot!("score-json-datum", pretty(&json["datum"]));
}

#[test]
fn a_named_datum_replaces_the_status_quo_and_an_unknown_one_is_refused() {
    let dir = written(&with_status_quo());
    let text = stdout(&plinth(
        dir.path(),
        &["score", "w.ron", "--json", "--datum", "microservices"],
    ));
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(json["datum"]["name"], "Microservices");
    assert_eq!(json["datum"]["source"], "chosen");
    assert_eq!(json["datum"]["comparisons"].as_array().unwrap().len(), 2);

    let out = plinth(dir.path(), &["score", "w.ron", "--datum", "Nope"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("no candidate is named `Nope`") && err.contains("`Current monolith`"),
        "{err}"
    );
}

#[test]
fn every_export_that_compares_takes_the_same_datum() {
    let dir = written(&with_status_quo());
    let chosen = "Against Microservices (chosen as the datum)";
    let status_quo = "Against Current monolith (the status quo";
    for args in [
        &["export", "adr", "w.ron", "--stdout", "--date", "2026-12-02"][..],
        &["export", "table", "w.ron"][..],
        &[
            "export",
            "report",
            "w.ron",
            "-o",
            "-",
            "--date",
            "2026-12-02",
        ][..],
    ] {
        let plain = stdout(&plinth(dir.path(), args));
        assert!(
            plain.contains(status_quo),
            "{args:?}: the status quo by default"
        );
        let named = [args, &["--datum", "microservices"][..]].concat();
        let text = stdout(&plinth(dir.path(), &named));
        assert!(text.contains(chosen), "{named:?}");
        assert!(!text.contains(status_quo), "{named:?}: one datum only");
        let unknown = [args, &["--datum", "Nope"][..]].concat();
        let out = plinth(dir.path(), &unknown);
        assert!(!out.status.success(), "{unknown:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("--datum: no candidate is named `Nope`"),
            "{err}"
        );
    }
}

#[test]
fn without_a_status_quo_the_text_says_how_to_name_one() {
    let dir = written(&example("startup"));
    let text = stdout(&plinth(dir.path(), &["score", "w.ron"]));
    assert!(text.contains("No datum: no candidate is named as the status quo"));
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&plinth(dir.path(), &["score", "w.ron", "--json"]))).unwrap();
    assert!(json["datum"].is_null());
}

fn adr(ws: &Workspace, dialect: Dialect) -> String {
    let catalog = Catalog::embedded();
    let ranking = evaluate(ws, &catalog);
    let source = AdrSource {
        workspace: ws,
        catalog: &catalog,
        ranking: &ranking,
        date: "2026-12-02",
        diagram: None,
        datum: plinth::evaluate::DatumChoice::StatusQuo,
    };
    render_adr(&source.numbered(3, None), dialect)
}

#[test]
fn the_adr_names_its_context_and_compares_with_the_status_quo() {
    let ws = with_status_quo();
    let madr = adr(&ws, Dialect::Madr);
    insta::assert_snapshot!(
        "adr-status-quo-drivers",
        section(&madr, "## Decision Drivers", "## Considered Options")
    );
    insta::assert_snapshot!(
        "adr-status-quo-more-information",
        section(&madr, "## More Information", "\u{0}")
    );
    for dialect in [Dialect::Log4brains, Dialect::Nygard] {
        let text = adr(&ws, dialect);
        assert!(
            text.contains("Against Current monolith (the status quo, named so)"),
            "{dialect}"
        );
        assert!(text.contains("Weights scored with (0 to 5)"), "{dialect}");
    }
}

#[test]
fn the_adr_names_the_constraint_an_option_breaks_and_only_then_says_hard_constraints() {
    let mut ws = example("startup");
    ws.context.constraints.max_complexity = Some(3);
    let text = adr(&ws, Dialect::Madr);
    assert!(
        text.contains(
            "Microservices is ruled out by the hard constraints: Microservices has complexity 4/5"
        ),
        "{text}"
    );
    ws.context.constraints = Default::default();
    let catalog = Catalog::embedded();
    let ranking = evaluate(&ws, &catalog);
    let text = adr(&ws, Dialect::Madr);
    assert!(!text.contains("ruled out by the hard constraints"));
    assert!(text.contains("Hard constraints: none"));
    if ranking.scores.iter().any(|s| !s.feasible) {
        assert!(text.contains("is infeasible: "));
    }
}

#[test]
fn the_datum_view_compares_every_criterion_of_every_candidate() {
    let catalog = Catalog::embedded();
    for name in ["startup", "ai-support", "checkout"] {
        let ranking = evaluate(&example(name), &catalog);
        assert_eq!(
            datum_for(&ranking, None).unwrap(),
            None,
            "{name}: no status quo"
        );
        for datum in &ranking.scores {
            let (id, source) = choose_datum(&ranking, Some(&datum.name.to_uppercase()))
                .unwrap()
                .unwrap();
            assert_eq!((id, source), (datum.candidate, DatumSource::Chosen));
            let view = datum_view(&ranking, id, source).unwrap();
            assert_eq!(view.comparisons.len(), ranking.scores.len() - 1);
            let expected: Vec<_> = plinth::scoring::Criterion::ALL
                .into_iter()
                .filter(|c| ranking.scores.iter().any(|s| s.criteria().contains_key(c)))
                .collect();
            assert_eq!(view.criteria, expected);
            for c in &view.comparisons {
                let score = ranking.score_of(c.candidate).unwrap();
                assert_eq!(c.better + c.same + c.worse, view.criteria.len());
                assert!((c.total_difference - (score.total - datum.total)).abs() < 0.05);
                for v in &c.criteria {
                    let mine = score.criteria().get(&v.criterion).copied().unwrap_or(0.0);
                    let theirs = datum.criteria().get(&v.criterion).copied().unwrap_or(0.0);
                    assert!((v.difference - (mine - theirs)).abs() < 0.05);
                    let expected = if v.difference >= SAME_WITHIN {
                        Verdict::Better
                    } else if v.difference <= -SAME_WITHIN {
                        Verdict::Worse
                    } else {
                        Verdict::Same
                    };
                    assert_eq!(v.verdict, expected, "{name}: {} {:?}", c.name, v.criterion);
                }
            }
        }
    }
}

#[test]
fn a_status_quo_drawn_in_mermaid_is_the_datum_on_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("status-quo.mmd"),
        "flowchart LR\n  web([Browser]) --> app[\"Rails app\"]\n  app <--> db[(\"Postgres\")]\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("modular.mmd"),
        "flowchart LR\n  web([Browser]) --> app[\"Modular Monolith\"]\n  app --> db[(\"Postgres\")]\n",
    )
    .unwrap();
    let text = stdout(&plinth(
        dir.path(),
        &[
            "score",
            "status-quo.mmd",
            "--candidate",
            "modular.mmd",
            "--json",
        ],
    ));
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(json["datum"]["name"], "status-quo");
    assert_eq!(json["datum"]["source"], "status_quo");
    assert_eq!(json["datum"]["comparisons"][0]["name"], "modular");
}

#[test]
fn check_states_the_team_and_constraints_it_reviewed_for() {
    let dir = written(&example("startup"));
    let text = stdout(&plinth(dir.path(), &["check", "w.ron", "--team", "12"]));
    assert!(
        text.starts_with(
            "Reviewed for 12 engineers, mixed experience, complexity budget 8; hard constraints: forbids `needs_kubernetes`\n"
        ),
        "{text}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&plinth(dir.path(), &["check", "w.ron", "--json"]))).unwrap();
    assert_eq!(json["context"]["team_size"], 4);
    assert_eq!(
        json["context"]["constraints"]["forbidden_facets"][0],
        "needs_kubernetes"
    );
}
