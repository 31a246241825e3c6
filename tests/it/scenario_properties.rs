//! General properties of the scoring model over every candidate of the
//! decision scenarios (`tests/scenarios/`) and of the built-in examples
//! (`assets/examples/`), from issue 12:
//!
//! - a plain design is judged: with no hard constraint set, no candidate is
//!   infeasible;
//! - fixes never hurt: applying any fix the review offers never lowers the
//!   total except by the pattern's cost to the team (team fit and
//!   complexity), which the explanation then names, and never turns a
//!   feasible candidate infeasible;
//! - correctness errors are decisive: fixing an error-severity finding never
//!   lowers the total, whatever the weights;
//! - one meaning for weights: a workspace file holding the weights the team
//!   set scores like `plinth score` given the same weights as flags, and
//!   `plinth score --json` gives the totals the library gives.
//!
//! Each test gathers every counterexample before failing, so one run shows
//! the model engineer the whole list.

use std::collections::BTreeMap;
use std::path::PathBuf;

use clap::Parser;
use plinth::catalog::{Catalog, QualityAttribute};
use plinth::cli::Cli;
use plinth::context::{EvaluationContext, HardConstraints, MAX_WEIGHT};
use plinth::design::{Candidate, Finding, Severity};
use plinth::evaluate::{evaluate, evaluate_candidate};
use plinth::history::History;
use plinth::review::review;
use plinth::scoring::{CandidateScore, Criterion};
use plinth::workspace::Workspace;
use plinth::workspace::fix::fix_edit;

use crate::scenarios::{Loaded, load, load_all};

/// Every workspace the properties run over: each scenario, then each example.
fn workspaces(catalog: &Catalog) -> Vec<(String, Workspace)> {
    let mut all: Vec<(String, Workspace)> = load_all()
        .iter()
        .map(|s| {
            let Loaded { workspace, .. } = load(s, catalog).unwrap_or_else(|e| panic!("{e}"));
            (s.file.clone(), workspace)
        })
        .collect();
    let examples = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/examples");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(examples)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    paths.sort();
    for path in paths {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        all.push((name, plinth::storage::load_workspace(&path).unwrap()));
    }
    all
}

/// Fails with every counterexample, one per paragraph.
fn assert_none(property: &str, found: &[String]) {
    assert!(
        found.is_empty(),
        "{property}: {} counterexample(s)\n\n{}",
        found.len(),
        found.join("\n\n")
    );
}

#[test]
fn a_plain_design_is_judged_no_candidate_is_infeasible_without_a_hard_constraint() {
    let catalog = Catalog::embedded();
    let mut found = Vec::new();
    for (source, ws) in workspaces(&catalog) {
        let context = EvaluationContext {
            constraints: HardConstraints::default(),
            ..ws.context.clone()
        };
        for candidate in ws.candidates() {
            let score = evaluate_candidate(candidate, &catalog, &context);
            if !score.feasible {
                found.push(format!(
                    "{source} / `{}` is infeasible with no hard constraint set: {}",
                    candidate.name,
                    score.infeasible_reasons.join("; ")
                ));
            }
        }
    }
    assert_none("a plain design is judged", &found);
}

/// A candidate before and after one offered fix, scored in its context.
struct Fixed {
    source: String,
    candidate: String,
    finding: Finding,
    before: CandidateScore,
    after: CandidateScore,
    context: EvaluationContext,
    original: Candidate,
    fixed: Candidate,
}

/// Every fix the review offers on every candidate, applied one at a time.
fn every_fix(catalog: &Catalog) -> Vec<Fixed> {
    let mut all = Vec::new();
    for (source, ws) in workspaces(catalog) {
        for candidate in ws.candidates() {
            for finding in review(candidate, catalog, &ws.context) {
                let Some(edit) = fix_edit(&ws, candidate.id, &finding, catalog) else {
                    continue;
                };
                let mut fixed_ws = ws.clone();
                History::new().apply(&mut fixed_ws, edit).unwrap();
                let fixed = fixed_ws.candidate(candidate.id).unwrap().clone();
                all.push(Fixed {
                    source: source.clone(),
                    candidate: candidate.name.clone(),
                    before: evaluate_candidate(candidate, catalog, &ws.context),
                    after: evaluate_candidate(&fixed, catalog, &ws.context),
                    finding,
                    context: ws.context.clone(),
                    original: candidate.clone(),
                    fixed,
                });
            }
        }
    }
    all
}

/// The criteria that are the pattern's explicit cost to the team.
fn is_team_cost(criterion: Criterion) -> bool {
    matches!(criterion, Criterion::TeamFit | Criterion::Complexity)
}

/// The total without the team's cost and without the 0-100 bounds: what
/// the design is judged to be worth.
fn judged(score: &CandidateScore) -> f64 {
    score
        .contributions
        .iter()
        .filter(|c| !is_team_cost(c.criterion) && c.criterion != Criterion::Bounds)
        .map(|c| c.points)
        .sum()
}

fn fix_name(f: &Fixed) -> String {
    format!(
        "{} / `{}`: fixing {} ({}) with {}",
        f.source,
        f.candidate,
        f.finding.rule,
        f.finding.severity,
        f.finding.fix.as_deref().unwrap_or("?")
    )
}

/// Contributions that differ between two scores, as lines.
fn changes(before: &CandidateScore, after: &CandidateScore) -> String {
    let key = |c: &plinth::scoring::Contribution| (c.criterion, c.subject.clone());
    let mut points: BTreeMap<(Criterion, String), (f64, f64)> = BTreeMap::new();
    for c in &before.contributions {
        points.entry(key(c)).or_default().0 += c.points;
    }
    for c in &after.contributions {
        points.entry(key(c)).or_default().1 += c.points;
    }
    points
        .into_iter()
        .filter(|(_, (b, a))| (b - a).abs() > 0.05)
        .map(|((criterion, subject), (b, a))| {
            format!("    {:<18} {subject}: {b:+.1} -> {a:+.1}", criterion.key())
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn applying_a_fix_never_lowers_the_total_except_by_its_cost_to_the_team() {
    let catalog = Catalog::embedded();
    let fixes = every_fix(&catalog);
    assert!(fixes.len() >= 20, "only {} fixes offered", fixes.len());
    let found: Vec<String> = fixes
        .iter()
        .filter(|f| judged(&f.after) < judged(&f.before) - 0.05)
        .map(|f| {
            format!(
                "{}: total {:.1} -> {:.1}, of which the team's cost explains only {:.1}\n{}",
                fix_name(f),
                f.before.total,
                f.after.total,
                (f.after.total - f.before.total) - (judged(&f.after) - judged(&f.before)),
                changes(&f.before, &f.after)
            )
        })
        .collect();
    assert_none("a fix never hurts beyond its cost to the team", &found);
}

#[test]
fn a_fix_that_lowers_the_total_names_the_pattern_whose_cost_it_is() {
    let catalog = Catalog::embedded();
    let mut found = Vec::new();
    for f in every_fix(&catalog) {
        if f.after.total >= f.before.total {
            continue;
        }
        let id = f.finding.fix.clone().unwrap_or_default();
        let name = catalog
            .pattern(&id)
            .map(|p| p.name.to_lowercase())
            .unwrap_or_default();
        let named = f
            .after
            .contributions
            .iter()
            .filter(|c| is_team_cost(c.criterion) && c.points < 0.0)
            .any(|c| {
                let text = format!("{} {}", c.subject, c.reason).to_lowercase();
                text.contains(&id) || (!name.is_empty() && text.contains(&name))
            });
        if !named {
            found.push(format!(
                "{}: total {:.1} -> {:.1} and no team-fit or complexity contribution names `{id}`\n{}",
                fix_name(&f),
                f.before.total,
                f.after.total,
                changes(&f.before, &f.after)
            ));
        }
    }
    assert_none("the cost of a fix is named", &found);
}

#[test]
fn a_fix_never_turns_a_feasible_candidate_infeasible() {
    let catalog = Catalog::embedded();
    let found: Vec<String> = every_fix(&catalog)
        .iter()
        .filter(|f| f.before.feasible && !f.after.feasible)
        .map(|f| {
            format!(
                "{}: now infeasible: {}",
                fix_name(f),
                f.after.infeasible_reasons.join("; ")
            )
        })
        .collect();
    assert_none("a fix keeps a feasible candidate feasible", &found);
}

/// The weight profiles an error must survive: the scenario's own, nothing
/// matters, everything is critical, and each attribute alone at the top.
fn weight_profiles(context: &EvaluationContext) -> Vec<(String, EvaluationContext)> {
    let with = |weight: &dyn Fn(QualityAttribute) -> u8| EvaluationContext {
        weights: QualityAttribute::ALL
            .into_iter()
            .map(|a| (a, weight(a)))
            .collect(),
        ..context.clone()
    };
    let mut profiles = vec![
        ("the scenario's weights".to_owned(), context.clone()),
        ("every weight 0".to_owned(), with(&|_| 0)),
        (format!("every weight {MAX_WEIGHT}"), with(&|_| MAX_WEIGHT)),
    ];
    for only in QualityAttribute::ALL {
        profiles.push((
            format!("only {} at {MAX_WEIGHT}", only.key()),
            with(&|a| if a == only { MAX_WEIGHT } else { 0 }),
        ));
    }
    profiles
}

#[test]
fn a_design_with_an_error_never_outscores_the_same_design_with_the_error_fixed() {
    let catalog = Catalog::embedded();
    let mut found = Vec::new();
    let errors: Vec<Fixed> = every_fix(&catalog)
        .into_iter()
        .filter(|f| f.finding.severity == Severity::Error)
        .collect();
    assert!(!errors.is_empty(), "no error finding with a fix to test");
    for f in &errors {
        for (profile, context) in weight_profiles(&f.context) {
            let before = evaluate_candidate(&f.original, &catalog, &context);
            let after = evaluate_candidate(&f.fixed, &catalog, &context);
            if after.total < before.total {
                found.push(format!(
                    "{} under {profile}: with the error {:.1}, fixed {:.1}\n{}",
                    fix_name(f),
                    before.total,
                    after.total,
                    changes(&before, &after)
                ));
            }
        }
    }
    assert_none("correctness errors are decisive", &found);
}

/// The weights a scenario's team set (`--weight K=V` among its flags).
fn set_weights(flags: &[String]) -> BTreeMap<QualityAttribute, u8> {
    flags
        .windows(2)
        .filter(|w| w[0] == "--weight")
        .filter_map(|w| {
            let (key, value) = w[1].split_once('=')?;
            Some((QualityAttribute::from_key(key)?, value.parse().ok()?))
        })
        .collect()
}

#[test]
fn a_workspace_file_with_the_teams_weights_scores_like_the_command_line() {
    let catalog = Catalog::embedded();
    let mut found = Vec::new();
    for scenario in load_all() {
        let loaded = load(&scenario, &catalog).unwrap();
        let cli = evaluate(&loaded.workspace, &catalog);
        // The file a user writes: only the weights they care about.
        let mut ws = loaded.workspace.clone();
        ws.context.weights = set_weights(&scenario.flags);
        let text = plinth::workspace::file::to_ron(&ws).unwrap();
        let read = plinth::workspace::file::from_str(&scenario.file, &text).unwrap();
        let file = evaluate(&read, &catalog);
        for score in &cli.scores {
            let other = file.score_of(score.candidate).map_or(f64::NAN, |s| s.total);
            if (other - score.total).abs() > 0.05 {
                found.push(format!(
                    "{} / `{}`: {:.1} from the command line, {:.1} from a workspace file with the same weights ({})",
                    scenario.file,
                    score.name,
                    score.total,
                    other,
                    scenario.flags.join(" ")
                ));
            }
        }
    }
    assert_none("the same weights mean the same everywhere", &found);
}

#[test]
fn plinth_score_json_gives_the_totals_the_library_gives() {
    let catalog = Catalog::embedded();
    let mut found = Vec::new();
    for scenario in load_all() {
        let loaded = load(&scenario, &catalog).unwrap();
        let library = evaluate(&loaded.workspace, &catalog);
        let dir = tempfile::tempdir().unwrap();
        let mut args: Vec<String> = ["plinth", "--no-user-catalog", "score", "--json"]
            .map(str::to_owned)
            .to_vec();
        for candidate in &scenario.candidates {
            let path = dir.path().join(format!("{}.mmd", candidate.name));
            std::fs::write(&path, &candidate.mermaid).unwrap();
            args.push("--candidate".to_owned());
            args.push(path.display().to_string());
        }
        args.extend(scenario.flags.iter().cloned());
        let cli = Cli::try_parse_from(&args).unwrap();
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let command = cli.command.as_ref().unwrap();
        let _ = plinth::cli::run(&cli, command, &mut out, &mut err);
        let json: serde_json::Value = serde_json::from_slice(&out).unwrap_or_else(|e| {
            panic!(
                "{}: score --json: {e}: {}",
                scenario.file,
                String::from_utf8_lossy(&err)
            )
        });
        for score in &library.scores {
            let total = json["candidates"]
                .as_array()
                .into_iter()
                .flatten()
                .find(|c| c["name"] == score.name.as_str())
                .and_then(|c| c["total"].as_f64());
            if total.is_none_or(|t| (t - score.total).abs() > 0.05) {
                found.push(format!(
                    "{} / `{}`: library {:.1}, plinth score --json {total:?}",
                    scenario.file, score.name, score.total
                ));
            }
        }
    }
    assert_none("the command line and the library agree", &found);
}
