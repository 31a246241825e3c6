//! Sensitivity: would the winner change with another team size, or with
//! other priorities? Answers in numbers and in sentences an architect can
//! read aloud in a review.
//!
//! The team-size sweep grows the complexity budget with the team, keeping
//! the budget per engineer of the context: a budget is what a team can
//! build and run, so a sweep that held it fixed would charge eighty
//! engineers the budget of four (and move the crossover with the budget,
//! not with the team). The weights varied are the ones the user set; a
//! weight nobody set is not a priority anyone can be asked to defend.

use serde::Serialize;

use super::evaluate_candidates;
use crate::catalog::{Catalog, QualityAttribute};
use crate::context::{EvaluationContext, MAX_WEIGHT};
use crate::design::{Candidate, CandidateId};
use crate::scoring::Ranking;

/// Team sizes swept for the chart and the crossovers.
pub const TEAM_SIZES: std::ops::RangeInclusive<u32> = 1..=100;

/// A candidate's total at each swept team size.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Series {
    pub candidate: CandidateId,
    pub name: String,
    /// `(team size, total)`; infeasible candidates are left out of a point.
    pub points: Vec<(u32, f64)>,
}

/// The team size from which another candidate leads.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Crossover {
    pub team_size: u32,
    pub from: String,
    pub to: String,
    pub sentence: String,
}

/// The smallest change to one weight that puts the runner-up ahead.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WeightFlip {
    pub attribute: QualityAttribute,
    pub from_weight: u8,
    pub to_weight: u8,
    pub sentence: String,
}

/// Everything the sensitivity analysis found.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Sensitivity {
    pub series: Vec<Series>,
    pub crossovers: Vec<Crossover>,
    /// How the sweep treats the complexity budget, in one sentence.
    pub sweep: String,
    /// The weights tried at other values: the ones the user set.
    pub varied_weights: Vec<QualityAttribute>,
    /// Which weights were varied and why, in one sentence.
    pub weights_varied: String,
    /// For the top two candidates; empty with fewer than two feasible ones.
    pub weight_flips: Vec<WeightFlip>,
    /// Varied weights no single change of which flips the top two.
    pub stable_weights: Vec<QualityAttribute>,
    /// One paragraph summing it up.
    pub summary: String,
}

/// Runs the team-size sweep and the weight analysis.
pub fn analyse(
    candidates: &[Candidate],
    catalog: &Catalog,
    context: &EvaluationContext,
) -> Sensitivity {
    let rankings: Vec<(u32, Ranking)> = TEAM_SIZES
        .map(|team| {
            let context = EvaluationContext {
                team_size: team,
                complexity_budget: budget_at(context, team),
                ..context.clone()
            };
            (team, evaluate_candidates(candidates, catalog, &context))
        })
        .collect();
    let series = series(candidates, &rankings);
    let crossovers = crossovers(&rankings, context);
    let current = evaluate_candidates(candidates, catalog, context);
    let (weight_flips, stable_weights) = weight_flips(candidates, catalog, context, &current);
    let sweep = sweep_sentence(context);
    let weights_varied = weights_varied_sentence(context);
    let summary = summary(&current, &crossovers, &weight_flips, context);
    Sensitivity {
        series,
        crossovers,
        sweep,
        varied_weights: context.set_weights(),
        weights_varied,
        weight_flips,
        stable_weights,
        summary,
    }
}

fn series(candidates: &[Candidate], rankings: &[(u32, Ranking)]) -> Vec<Series> {
    candidates
        .iter()
        .map(|c| Series {
            candidate: c.id,
            name: c.name.clone(),
            points: rankings
                .iter()
                .filter_map(|(team, r)| {
                    r.score_of(c.id)
                        .filter(|s| s.feasible)
                        .map(|s| (*team, s.total))
                })
                .collect(),
        })
        .collect()
}

/// The complexity budget at another team size: the same budget per
/// engineer as the context (rounded to the nearest point).
pub fn budget_at(context: &EvaluationContext, team: u32) -> u32 {
    let now = u64::from(context.team_size.max(1));
    let scaled = (u64::from(context.complexity_budget) * u64::from(team) + now / 2) / now;
    u32::try_from(scaled).unwrap_or(u32::MAX)
}

fn sweep_sentence(context: &EvaluationContext) -> String {
    let per = f64::from(context.complexity_budget) / f64::from(context.team_size.max(1));
    format!(
        "The team-size sweep grows the complexity budget with the team ({} points for {} engineers is {per:.1} per engineer, so {} at 20 and {} at 80): a budget is what a team can carry, and holding it fixed would charge a large organisation a small team's budget.",
        context.complexity_budget,
        context.team_size,
        budget_at(context, 20),
        budget_at(context, 80)
    )
}

fn weights_varied_sentence(context: &EvaluationContext) -> String {
    let set = context.set_weights();
    if set.is_empty() {
        return "No weight is set, so none is varied: set the priorities that matter (--weight ATTR=W, or the sliders) to see how far each can move before the winner changes.".to_owned();
    }
    let names: Vec<String> = set.iter().map(|a| a.label().to_owned()).collect();
    let unset = QualityAttribute::ALL.len() - set.len();
    let rest = if unset == 0 {
        String::new()
    } else {
        format!("; the {unset} not set stay at 0")
    };
    format!(
        "Varied: the weights you set ({}), each from 0 to {MAX_WEIGHT}{rest}.",
        crate::prose::spoken_list(&names)
    )
}

fn crossovers(rankings: &[(u32, Ranking)], context: &EvaluationContext) -> Vec<Crossover> {
    let mut found = Vec::new();
    let mut previous: Option<&str> = None;
    for (team, ranking) in rankings {
        let leader = ranking.winner().map(|s| s.name.as_str());
        if let (Some(before), Some(now)) = (previous, leader)
            && before != now
        {
            found.push(Crossover {
                team_size: *team,
                from: before.to_owned(),
                to: now.to_owned(),
                sentence: format!(
                    "From {team} engineers (complexity budget {}), {now} overtakes {before}.",
                    budget_at(context, *team)
                ),
            });
        }
        if leader.is_some() {
            previous = leader;
        }
    }
    found
}

fn weight_flips(
    candidates: &[Candidate],
    catalog: &Catalog,
    context: &EvaluationContext,
    current: &Ranking,
) -> (Vec<WeightFlip>, Vec<QualityAttribute>) {
    let feasible: Vec<_> = current.scores.iter().filter(|s| s.feasible).collect();
    let [leader, runner_up, ..] = feasible.as_slice() else {
        return (Vec::new(), Vec::new());
    };
    let pair: Vec<Candidate> = candidates
        .iter()
        .filter(|c| c.id == leader.candidate || c.id == runner_up.candidate)
        .cloned()
        .collect();
    let mut flips = Vec::new();
    let mut stable = Vec::new();
    for attribute in context.set_weights() {
        match smallest_flip(
            &pair,
            catalog,
            context,
            attribute,
            (leader.candidate, runner_up.candidate),
        ) {
            Some(to_weight) => {
                let from_weight = context.weight(attribute);
                let verb = if to_weight > from_weight {
                    "Raising"
                } else {
                    "Lowering"
                };
                flips.push(WeightFlip {
                    attribute,
                    from_weight,
                    to_weight,
                    sentence: format!(
                        "{verb} the weight of {} from {from_weight} to {to_weight} puts {} ahead of {}.",
                        attribute.label(),
                        runner_up.name,
                        leader.name
                    ),
                });
            }
            None => stable.push(attribute),
        }
    }
    flips.sort_by_key(|f| (f.from_weight.abs_diff(f.to_weight), f.attribute));
    (flips, stable)
}

/// The weight closest to the current one at which the runner-up wins.
fn smallest_flip(
    pair: &[Candidate],
    catalog: &Catalog,
    context: &EvaluationContext,
    attribute: QualityAttribute,
    (leader, runner_up): (CandidateId, CandidateId),
) -> Option<u8> {
    let current = context.weight(attribute);
    let mut options: Vec<u8> = (0..=MAX_WEIGHT).filter(|w| *w != current).collect();
    options.sort_by_key(|w| (w.abs_diff(current), *w));
    options.into_iter().find(|&weight| {
        let mut changed = context.clone();
        changed.weights.insert(attribute, weight);
        let ranking = evaluate_candidates(pair, catalog, &changed);
        ranking.winner().is_some_and(|w| w.candidate == runner_up)
            && ranking.score_of(leader).is_some()
    })
}

fn summary(
    current: &Ranking,
    crossovers: &[Crossover],
    flips: &[WeightFlip],
    context: &EvaluationContext,
) -> String {
    let Some(winner) = current.winner() else {
        return "No candidate is feasible, so there is no winner to test.".to_owned();
    };
    let mut parts = vec![format!(
        "With {} engineers, {} leads.",
        context.team_size, winner.name
    )];
    if crossovers.is_empty() {
        parts.push(format!(
            "It leads at every team size from {} to {} (the complexity budget growing with the team).",
            TEAM_SIZES.start(),
            TEAM_SIZES.end()
        ));
    } else {
        parts.extend(crossovers.iter().map(|c| c.sentence.clone()));
    }
    match flips.first() {
        Some(flip) => parts.push(format!("The closest call: {}", flip.sentence)),
        None if context.set_weights().is_empty() => {
            parts.push("No weight is set, so no weight is varied.".to_owned());
        }
        None => parts
            .push("No single change of one weight you set puts the runner-up ahead.".to_owned()),
    }
    parts.join(" ")
}
