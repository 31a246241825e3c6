//! The scoring model's properties (issue 12, points 1-4), over every
//! candidate of every example workspace and of the scenario corpus:
//! every design is judged, a pattern counts for what it does, applying any
//! fix the review offers never hurts but by its named cost to the team, and
//! an error finding is decisive whatever the weights.

use plinth::catalog::{Catalog, Facet, QualityAttribute};
use plinth::context::{EvaluationContext, Experience};
use plinth::design::{Candidate, CandidateId, Severity};
use plinth::evaluate::{evaluate_candidate, evaluate_candidates};
use plinth::review::review;
use plinth::scoring::{CandidateScore, Criterion};
use plinth::workspace::Workspace;
use plinth::workspace::fix::fix_edit;

use crate::support::example;

/// Every workspace the properties run over: the examples, and the scenario
/// corpus when it is there.
pub fn workspaces() -> Vec<(String, Workspace)> {
    let mut all: Vec<(String, Workspace)> = ["startup", "ai-support", "checkout", "legacy-shop"]
        .iter()
        .map(|n| ((*n).to_owned(), example(n)))
        .collect();
    all.extend(crate::model_cases::scenario_workspaces());
    all
}

/// Contexts that stress the properties: the workspace's own, the facets a
/// fix might bring forbidden, and extreme teams.
fn contexts(base: &EvaluationContext) -> Vec<EvaluationContext> {
    let mut out = vec![base.clone()];
    for facet in [
        Facet::EventualConsistency,
        Facet::Distributed,
        Facet::NeedsMessageBroker,
        Facet::Stateful,
    ] {
        let mut c = base.clone();
        c.constraints.required_facets.remove(&facet);
        c.constraints.forbidden_facets.insert(facet);
        out.push(c);
    }
    for (team, experience) in [(1, Experience::Junior), (60, Experience::Senior)] {
        out.push(EvaluationContext {
            team_size: team,
            experience,
            ..base.clone()
        });
    }
    out
}

/// Team fit and complexity: the cost of a pattern to the team, which a fix
/// may charge and the explanation names.
fn team_cost(score: &CandidateScore) -> f64 {
    let criteria = score.criteria();
    criteria.get(&Criterion::TeamFit).unwrap_or(&0.0)
        + criteria.get(&Criterion::Complexity).unwrap_or(&0.0)
}

#[test]
fn every_design_is_judged_and_says_what_it_was_read_as() {
    let catalog = Catalog::embedded();
    let mut judged = 0;
    for (name, ws) in workspaces() {
        let mut context = ws.context.clone();
        context.constraints = Default::default();
        for candidate in ws.candidates() {
            let score = evaluate_candidate(candidate, &catalog, &context);
            assert!(
                score.feasible,
                "{name}/{}: infeasible with no constraint: {:?}",
                candidate.name, score.infeasible_reasons
            );
            let reading = score
                .contributions
                .iter()
                .find(|c| {
                    c.criterion == Criterion::Structure && c.subject == "rule: design reading"
                })
                .unwrap_or_else(|| panic!("{name}/{}: no reading", candidate.name));
            assert!(reading.reason.to_string().starts_with("read as "));
            judged += 1;
        }
        for candidate in ws.candidates() {
            let score = evaluate_candidate(candidate, &catalog, &ws.context);
            for reason in &score.infeasible_reasons {
                assert!(
                    reason.starts_with("requires")
                        || reason.starts_with("forbids")
                        || reason.contains("above the maximum"),
                    "{name}/{}: {reason}",
                    candidate.name
                );
            }
        }
    }
    assert!(judged >= 9, "{judged}");
}

#[test]
fn a_mitigation_earns_nothing_of_its_own_on_quality() {
    let catalog = Catalog::embedded();
    for (name, ws) in workspaces() {
        for candidate in ws.candidates() {
            let score = evaluate_candidate(candidate, &catalog, &ws.context);
            for c in &score.contributions {
                let Some(pattern) = catalog.pattern(&c.subject) else {
                    continue;
                };
                if matches!(pattern.role, plinth::catalog::Role::Mitigation(_)) {
                    assert!(
                        c.criterion != Criterion::QualityAttributes || c.points == 0.0,
                        "{name}/{}: {c:?}",
                        candidate.name
                    );
                }
            }
        }
    }
}

#[test]
fn applying_any_offered_fix_never_lowers_the_total_but_by_its_team_cost() {
    let catalog = Catalog::embedded();
    let mut checked = 0;
    for (name, ws) in workspaces() {
        for context in contexts(&ws.context) {
            let mut ws = ws.clone();
            ws.context = context.clone();
            for candidate in ws.candidates() {
                let before = evaluate_candidate(candidate, &catalog, &context);
                for finding in review(candidate, &catalog, &context) {
                    let Some(edit) = fix_edit(&ws, candidate.id, &finding, &catalog) else {
                        continue;
                    };
                    let mut fixed = ws.clone();
                    edit.apply(&mut fixed).unwrap();
                    let after_candidate = fixed.candidate(candidate.id).unwrap();
                    let after = evaluate_candidate(after_candidate, &catalog, &context);
                    let cost = (team_cost(&before) - team_cost(&after)).max(0.0);
                    let what = format!(
                        "{name}/{} fixing {} with {:?}",
                        candidate.name, finding.rule, finding.fix
                    );
                    assert!(
                        after.total + cost + 1e-6 >= before.total,
                        "{what}: {} -> {} (team cost {cost})\n{:#?}",
                        before.total,
                        after.total,
                        after.contributions
                    );
                    assert!(
                        !before.feasible || after.feasible,
                        "{what}: became infeasible: {:?}",
                        after.infeasible_reasons
                    );
                    let errors = |s: &CandidateScore| {
                        s.findings
                            .iter()
                            .filter(|f| f.severity == Severity::Error)
                            .count()
                    };
                    assert!(
                        errors(&after) <= errors(&before),
                        "{what}: {:?}",
                        after.findings
                    );
                    checked += 1;
                }
            }
        }
    }
    assert!(checked >= 20, "only {checked} fixes checked");
}

/// Weight sets from a fixed pseudo-random sequence: every attribute 0-5.
fn weight_sets(count: usize) -> Vec<Vec<(QualityAttribute, u8)>> {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    (0..count)
        .map(|_| {
            QualityAttribute::ALL
                .into_iter()
                .map(|a| {
                    state = state
                        .wrapping_mul(6_364_136_223_846_793_005)
                        .wrapping_add(1_442_695_040_888_963_407);
                    (a, ((state >> 33) % 6) as u8)
                })
                .collect()
        })
        .collect()
}

#[test]
fn an_error_cannot_outrank_the_same_design_without_it_whatever_the_weights() {
    let catalog = Catalog::embedded();
    let weights = weight_sets(40);
    let mut checked = 0;
    for (name, ws) in workspaces() {
        for candidate in ws.candidates() {
            for finding in review(candidate, &catalog, &ws.context) {
                if finding.severity != Severity::Error {
                    continue;
                }
                let Some(edit) = fix_edit(&ws, candidate.id, &finding, &catalog) else {
                    continue;
                };
                let mut fixed_ws = ws.clone();
                edit.apply(&mut fixed_ws).unwrap();
                let mut fixed: Candidate = fixed_ws.candidate(candidate.id).unwrap().clone();
                fixed.id = CandidateId(candidate.id.0 + 10_000);
                fixed.name = format!("{} (fixed)", candidate.name);
                let pair = [candidate.clone(), fixed.clone()];
                for set in &weights {
                    let mut context = ws.context.clone();
                    context.weights = set.iter().copied().collect();
                    let ranking = evaluate_candidates(&pair, &catalog, &context);
                    let total = |id| ranking.score_of(id).unwrap().total;
                    // Both at the floor of 0 are a tie, which the name breaks.
                    let tied_at_zero = total(fixed.id) == 0.0 && total(candidate.id) == 0.0;
                    assert!(
                        tied_at_zero || ranking.rank_of(fixed.id) < ranking.rank_of(candidate.id),
                        "{name}/{}: with the {} error it still ranks first under {set:?}",
                        candidate.name,
                        finding.rule
                    );
                }
                checked += 1;
            }
        }
    }
    assert!(checked >= 2, "only {checked} error fixes checked");
}

#[test]
fn every_embedded_pattern_states_its_role_and_what_its_effects_are_against() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("patterns");
    let catalog = Catalog::embedded();
    let mut files = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("\n    role: "), "{}", path.display());
        assert!(
            text.contains("\n    effects_against: \""),
            "{}",
            path.display()
        );
        files += 1;
    }
    assert_eq!(files, catalog.patterns().count());
    for pattern in catalog.patterns() {
        assert!(
            pattern.effects_against.ends_with('.') && pattern.effects_against.len() > 10,
            "{}",
            pattern.id
        );
    }
}
