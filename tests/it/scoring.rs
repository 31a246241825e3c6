//! Scoring: arithmetic, determinism, and agreement with the catalog's guidance.

use plinth::catalog::{Catalog, Facet, QualityAttribute};
use plinth::context::{EvaluationContext, Experience};
use plinth::design::{Candidate, Finding, NodeId, Severity};
use plinth::evaluate::{analyse, evaluate, evaluate_candidates};
use plinth::scoring::{Criterion, rank, score_candidate};

use crate::support::example;

fn assert_sums(score: &plinth::scoring::CandidateScore) {
    let sum: f64 = score.contributions.iter().map(|c| c.points).sum();
    assert!(
        (sum - score.total).abs() < 1e-6,
        "{}: contributions sum to {sum}, total {}",
        score.name,
        score.total
    );
    assert!(
        (0.0..=100.0).contains(&score.total),
        "{}: {}",
        score.name,
        score.total
    );
    let criteria: f64 = score.criteria().values().sum();
    assert!((criteria - score.total).abs() < 0.05 * score.criteria().len() as f64);
}

#[test]
fn contributions_add_up_to_every_total() {
    let catalog = Catalog::embedded();
    for name in ["startup", "ai-support", "checkout"] {
        let ws = example(name);
        for score in evaluate(&ws, &catalog).scores {
            assert_sums(&score);
        }
    }
}

#[test]
fn scoring_is_deterministic() {
    let catalog = Catalog::embedded();
    let ws = example("checkout");
    let a = serde_json::to_string(&evaluate(&ws, &catalog)).unwrap();
    let b = serde_json::to_string(&evaluate(&ws.clone(), &catalog)).unwrap();
    assert_eq!(a, b);
}

#[test]
fn a_small_team_that_values_time_to_market_is_not_told_to_build_microservices() {
    let catalog = Catalog::embedded();
    let ws = example("startup");
    let ranking = evaluate(&ws, &catalog);
    let names: Vec<&str> = ranking.scores.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names.last(), Some(&"Microservices"), "{names:?}");
    assert_ne!(ranking.winner().unwrap().name, "Microservices");
    let micro = ranking
        .scores
        .iter()
        .find(|s| s.name == "Microservices")
        .unwrap();
    assert!(
        micro
            .contributions
            .iter()
            .any(|c| c.subject == "microservices"
                && c.criterion == Criterion::TeamFit
                && c.points < 0.0)
    );
}

fn large_organisation() -> EvaluationContext {
    let mut context = EvaluationContext {
        team_size: 80,
        experience: Experience::Senior,
        complexity_budget: 40,
        // Every attribute at 3, then the organisation's priorities.
        weights: EvaluationContext::default().effective_weights(),
        ..EvaluationContext::default()
    };
    for (attribute, weight) in [
        (QualityAttribute::Scalability, 5),
        (QualityAttribute::Evolvability, 5),
        (QualityAttribute::Availability, 4),
        (QualityAttribute::TimeToMarket, 1),
        (QualityAttribute::CostEfficiency, 1),
        (QualityAttribute::Operability, 2),
    ] {
        context.weights.insert(attribute, weight);
    }
    context.constraints.forbidden_facets.clear();
    context
}

#[test]
fn a_large_organisation_that_values_independent_scaling_gets_the_distributed_design() {
    let catalog = Catalog::embedded();
    let ws = example("startup");
    let ranking = evaluate_candidates(ws.candidates(), &catalog, &large_organisation());
    assert_eq!(
        ranking.winner().unwrap().name,
        "Microservices",
        "{:#?}",
        ranking
            .scores
            .iter()
            .map(|s| (&s.name, s.total))
            .collect::<Vec<_>>()
    );
}

#[test]
fn sensitivity_finds_the_team_size_where_microservices_take_over() {
    let catalog = Catalog::embedded();
    let ws = example("startup");
    let mut context = large_organisation();
    context.team_size = 4;
    let analysis = analyse(ws.candidates(), &catalog, &context);
    let crossover = analysis
        .crossovers
        .iter()
        .find(|c| c.to == "Microservices")
        .expect("a crossover to microservices");
    assert!((5..=40).contains(&crossover.team_size), "{crossover:?}");
    assert!(crossover.sentence.starts_with(&format!(
        "From {} engineers (complexity budget {}), Microservices overtakes",
        crossover.team_size,
        plinth::evaluate::sensitivity::budget_at(&context, crossover.team_size)
    )));
    assert_eq!(analysis.series.len(), 3);
    assert!(analysis.series.iter().all(|s| s.points.len() == 100));
    assert!(analysis.summary.contains("leads"));
}

#[test]
fn weight_flips_are_real_flips() {
    let catalog = Catalog::embedded();
    let ws = example("startup");
    let analysis = analyse(ws.candidates(), &catalog, &ws.context);
    let current = evaluate(&ws, &catalog);
    let (leader, runner_up) = (&current.scores[0], &current.scores[1]);
    for flip in &analysis.weight_flips {
        let mut context = ws.context.clone();
        context.weights.insert(flip.attribute, flip.to_weight);
        let ranking = evaluate_candidates(ws.candidates(), &catalog, &context);
        let a = ranking.score_of(leader.candidate).unwrap().total;
        let b = ranking.score_of(runner_up.candidate).unwrap().total;
        assert!(
            b > a || (b == a && runner_up.name < leader.name),
            "{}: {a} vs {b}",
            flip.sentence
        );
    }
    assert_eq!(
        analysis.weight_flips.len() + analysis.stable_weights.len(),
        QualityAttribute::ALL.len()
    );
}

#[test]
fn hard_constraints_make_candidates_infeasible_with_reasons() {
    let catalog = Catalog::embedded();
    let ws = example("startup");
    let mut context = ws.context.clone();
    context.constraints.max_complexity = Some(3);
    context.constraints.required_facets.insert(Facet::NeedsLlm);
    let ranking = evaluate_candidates(ws.candidates(), &catalog, &context);
    let micro = ranking
        .scores
        .iter()
        .find(|s| s.name == "Microservices")
        .unwrap();
    assert!(!micro.feasible);
    assert!(
        micro
            .infeasible_reasons
            .iter()
            .any(|r| r.contains("Microservices has complexity 4/5")),
        "{:?}",
        micro.infeasible_reasons
    );
    assert!(
        micro
            .infeasible_reasons
            .iter()
            .any(|r| r.contains("needs_llm"))
    );
    assert!(
        ranking.winner().is_none(),
        "every candidate lacks needs_llm"
    );
    assert!(!ranking.scores.last().unwrap().feasible);
}

#[test]
fn two_deployment_styles_are_one_style_not_a_conflict() {
    let catalog = Catalog::embedded();
    let mut candidate = Candidate::new(plinth::design::CandidateId(1), "Both");
    let monolith = plinth::design::Node::pattern(NodeId(2), "monolith", "m", Default::default());
    let micro = plinth::design::Node::pattern(NodeId(3), "microservices", "s", Default::default());
    candidate.add_node(monolith).unwrap();
    candidate.add_node(micro).unwrap();
    let score = score_candidate(&candidate, &catalog, &EvaluationContext::default(), &[]);
    assert!(
        !score
            .contributions
            .iter()
            .any(|c| c.subject.contains(" × ")),
        "a design has one deployment style; labels do not conflict with each other"
    );
    let styles: Vec<&str> = score
        .contributions
        .iter()
        .filter(|c| c.criterion == Criterion::QualityAttributes && c.points != 0.0)
        .map(|c| c.subject.as_str())
        .filter(|s| *s == "monolith" || *s == "microservices")
        .collect();
    assert!(styles.iter().all(|s| *s == styles[0]), "{styles:?}");
    assert!(score.feasible);
    assert_sums(&score);
}

#[test]
fn review_findings_are_charged_by_severity() {
    let catalog = Catalog::embedded();
    let ws = example("startup");
    let candidate = &ws.candidates()[0];
    let finding = |severity: Severity| Finding {
        rule: format!("test-rule-{}", severity.key()),
        severity,
        nodes: vec![],
        edges: vec![],
        message: "a problem".into(),
        fix: None,
        fix_at: None,
    };
    let clean = score_candidate(candidate, &catalog, &ws.context, &[]);
    let findings = [
        finding(Severity::Error),
        finding(Severity::Warning),
        finding(Severity::Info),
    ];
    let flagged = score_candidate(candidate, &catalog, &ws.context, &findings);
    assert!(
        (clean.total - flagged.total - 16.0).abs() < 1e-6,
        "{} vs {}",
        clean.total,
        flagged.total
    );
    assert_eq!(flagged.criteria()[&Criterion::ReviewFindings], -16.0);
}

#[test]
fn ranking_puts_feasible_candidates_first() {
    let catalog = Catalog::embedded();
    let ws = example("ai-support");
    let mut context = ws.context.clone();
    context.constraints.forbidden_facets.insert(Facet::NeedsGpu);
    let ranking = evaluate_candidates(ws.candidates(), &catalog, &context);
    let feasible: Vec<bool> = ranking.scores.iter().map(|s| s.feasible).collect();
    assert!(feasible.windows(2).all(|w| w[0] >= w[1]), "{feasible:?}");
    let _ = rank(Vec::new());
}

#[test]
#[ignore = "prints the sweep for docs/scoring.md; run with --ignored --nocapture"]
fn print_sweep() {
    let catalog = Catalog::embedded();
    let ws = example("startup");
    let mut context = large_organisation();
    context.team_size = 4;
    let analysis = analyse(ws.candidates(), &catalog, &context);
    println!("{:#?}", analysis.crossovers);
    println!("{}", analysis.summary);
    let a = analyse(ws.candidates(), &catalog, &ws.context);
    println!("{}", a.summary);
    for f in &a.weight_flips {
        println!("{}", f.sentence);
    }
}
