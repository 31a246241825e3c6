//! One meaning for weights: the same weights give the same totals from a
//! workspace file, from the command line and from the core the window calls,
//! for every example; unset weights follow one rule; the sensitivity varies
//! the weights the user set, and the sweep grows the budget with the team.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use plinth::catalog::{Catalog, QualityAttribute};
use plinth::context::{DEFAULT_WEIGHT, EvaluationContext};
use plinth::evaluate::sensitivity::budget_at;
use plinth::evaluate::{analyse, evaluate, evaluate_candidates};
use plinth::workspace::Workspace;
use plinth::workspace::file::{from_str, to_ron};

use crate::support::example;

const EXAMPLES: [&str; 3] = ["startup", "ai-support", "checkout"];

/// Weight sets tried on every example: none, one, two, and every one.
fn weight_sets() -> Vec<Vec<(QualityAttribute, u8)>> {
    use QualityAttribute::{CostEfficiency, Latency, Scalability, Security};
    vec![
        vec![],
        vec![(Latency, 3)],
        vec![(Latency, 5), (CostEfficiency, 2)],
        vec![(Scalability, 0), (Security, 4), (Latency, 1)],
        QualityAttribute::ALL
            .into_iter()
            .zip([5, 4, 3, 2, 1, 0, 1, 2, 3, 4])
            .collect(),
    ]
}

fn with_weights(ws: &Workspace, weights: &[(QualityAttribute, u8)]) -> Workspace {
    let mut ws = ws.clone();
    ws.context.weights = weights.iter().copied().collect();
    ws
}

/// Totals by candidate name from `plinth score FILE --json` plus `args`.
fn cli_totals(file: &Path, args: &[String]) -> (BTreeMap<String, f64>, serde_json::Value) {
    let out = Command::new(env!("CARGO_BIN_EXE_plinth"))
        .arg("--no-user-catalog")
        .arg("score")
        .arg(file)
        .arg("--json")
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let totals = json["candidates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["name"].as_str().unwrap().to_owned(),
                c["total"].as_f64().unwrap(),
            )
        })
        .collect();
    (totals, json)
}

fn totals(ranking: &plinth::scoring::Ranking) -> BTreeMap<String, f64> {
    ranking
        .scores
        .iter()
        .map(|s| (s.name.clone(), s.total))
        .collect()
}

#[test]
fn the_same_weights_give_the_same_totals_from_a_file_the_command_line_and_the_core() {
    let catalog = Catalog::embedded();
    let dir = tempfile::tempdir().unwrap();
    for name in EXAMPLES {
        let unweighted = with_weights(&example(name), &[]);
        let bare = dir.path().join(format!("{name}-bare.ron"));
        std::fs::write(&bare, to_ron(&unweighted).unwrap()).unwrap();
        for weights in weight_sets() {
            let ws = with_weights(&example(name), &weights);
            let from_file = from_str("w.ron", &to_ron(&ws).unwrap()).unwrap();
            let file_totals = totals(&evaluate(&from_file, &catalog));
            let core_totals = totals(&evaluate_candidates(ws.candidates(), &catalog, &ws.context));
            let args: Vec<String> = weights
                .iter()
                .flat_map(|(a, w)| ["--weight".to_owned(), format!("{}={w}", a.key())])
                .collect();
            let (cli, json) = cli_totals(&bare, &args);
            assert_eq!(file_totals, core_totals, "{name} {weights:?}: file vs core");
            assert_eq!(cli, core_totals, "{name} {weights:?}: command line vs core");
            for used in json["context"]["weights"].as_array().unwrap() {
                let attribute =
                    QualityAttribute::from_key(used["attribute"].as_str().unwrap()).unwrap();
                assert_eq!(
                    used["weight"].as_u64().unwrap(),
                    u64::from(ws.context.weight(attribute)),
                    "{name} {weights:?}: the JSON states the weight scored with"
                );
                assert_eq!(
                    used["set"].as_bool().unwrap(),
                    weights.iter().any(|(a, _)| *a == attribute)
                );
            }
        }
    }
}

#[test]
fn unset_weights_follow_one_rule() {
    let mut context = EvaluationContext::default();
    assert!(
        QualityAttribute::ALL
            .into_iter()
            .all(|a| context.weight(a) == DEFAULT_WEIGHT)
    );
    context.weights.insert(QualityAttribute::Latency, 3);
    assert_eq!(context.total_weight(), 3, "only latency counts now");
}

#[test]
fn weighting_latency_at_3_alone_changes_the_ranking_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let bare = dir.path().join("bare.ron");
    std::fs::write(
        &bare,
        to_ron(&with_weights(&example("startup"), &[])).unwrap(),
    )
    .unwrap();
    let (none, _) = cli_totals(&bare, &[]);
    let (latency, json) = cli_totals(&bare, &["--weight".into(), "latency=3".into()]);
    assert_ne!(none, latency, "--weight latency=3 means something");
    assert!(
        json["context"]["weights_rule"]
            .as_str()
            .unwrap()
            .starts_with("1 weight is set; the 9 not set count 0")
    );
}

#[test]
fn the_first_format_keeps_the_meaning_of_its_weights() {
    let ws = plinth::storage::load_workspace(&crate::fixture("workspaces/v1-startup.ron")).unwrap();
    let c = &ws.context;
    assert_eq!(c.weight(QualityAttribute::TimeToMarket), 5);
    assert_eq!(c.weight(QualityAttribute::Scalability), 1);
    assert_eq!(
        c.weight(QualityAttribute::Security),
        0,
        "not set in the file"
    );
    assert_eq!(
        c.set_weights(),
        [
            QualityAttribute::Scalability,
            QualityAttribute::TimeToMarket
        ]
    );
}

#[test]
fn the_sensitivity_varies_only_the_weights_the_user_set() {
    let catalog = Catalog::embedded();
    for name in EXAMPLES {
        for weights in weight_sets() {
            let ws = with_weights(&example(name), &weights);
            let analysis = analyse(ws.candidates(), &catalog, &ws.context);
            let set = ws.context.set_weights();
            assert_eq!(analysis.varied_weights, set);
            for attribute in analysis
                .weight_flips
                .iter()
                .map(|f| f.attribute)
                .chain(analysis.stable_weights.iter().copied())
            {
                assert!(
                    set.contains(&attribute),
                    "{name}: {attribute:?} was not set"
                );
            }
            if set.is_empty() {
                assert!(analysis.weight_flips.is_empty());
                assert!(analysis.weights_varied.starts_with("No weight is set"));
            } else {
                assert!(
                    analysis
                        .weights_varied
                        .starts_with("Varied: the weights you set")
                );
            }
        }
    }
}

#[test]
fn the_team_size_sweep_grows_the_budget_with_the_team_and_says_so() {
    let catalog = Catalog::embedded();
    let ws = example("startup");
    let analysis = analyse(ws.candidates(), &catalog, &ws.context);
    assert!(
        analysis
            .sweep
            .contains("grows the complexity budget with the team"),
        "{}",
        analysis.sweep
    );
    for team in [1, 4, 20, 80] {
        let context = EvaluationContext {
            team_size: team,
            complexity_budget: budget_at(&ws.context, team),
            ..ws.context.clone()
        };
        let ranking = evaluate_candidates(ws.candidates(), &catalog, &context);
        for series in &analysis.series {
            let at = series.points.iter().find(|(t, _)| *t == team).map(|p| p.1);
            assert_eq!(
                at,
                ranking
                    .score_of(series.candidate)
                    .filter(|s| s.feasible)
                    .map(|s| s.total)
            );
        }
    }
    assert_eq!(
        budget_at(&ws.context, ws.context.team_size),
        ws.context.complexity_budget
    );
    assert_eq!(
        budget_at(&ws.context, 20),
        40,
        "8 for 4 engineers is 2 each"
    );
    for crossover in &analysis.crossovers {
        assert!(
            crossover.sentence.contains("complexity budget"),
            "{}",
            crossover.sentence
        );
    }
}
