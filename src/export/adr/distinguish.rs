//! The points that decide the case, for the short ADR a reviewer reads in
//! two minutes: what separates the chosen option from the one it is
//! compared with (the runner-up), weighted by the team's priorities.
//!
//! Consequences (at most [`MAX_CONSEQUENCES`]):
//! - Good and Bad: the pros and cons of the patterns the chosen option uses
//!   and the runner-up does not (a pattern both use decides nothing), each
//!   ranked by its catalog weight times how much the pattern moves the
//!   team's priorities; plus the review findings of the runner-up that the
//!   chosen option avoids;
//! - Neutral: a priority (weight 4 or 5) on which both score the same, so it
//!   does not decide between them.
//!
//! Good and Bad share the room evenly (what one side leaves unused goes to
//! the other), so the cons are never crowded out by the pros.

use std::collections::{BTreeMap, BTreeSet};

use super::AdrInput;
use super::consequences::Consequences;
use super::content::PRIORITY_WEIGHT;
use super::markdown::Md;
use super::sentence::about;
use crate::catalog::{Pattern, QualityAttribute, Weight};
use crate::design::{Candidate, Finding, Severity};
use crate::scoring::{CandidateScore, Criterion, Ranking, Reason};

/// The most consequence bullets a short ADR has.
pub(super) const MAX_CONSEQUENCES: usize = 12;
/// The most neutral consequences.
const MAX_NEUTRAL: usize = 2;
/// The most findings of the runner-up listed as avoided.
const MAX_AVOIDED: usize = 2;

/// The option `of` is compared with: the best other feasible option, else
/// the best other one.
pub(super) fn rival(ranking: &Ranking, of: &CandidateScore) -> Option<usize> {
    let others = || {
        ranking
            .scores
            .iter()
            .enumerate()
            .filter(|(_, s)| s.candidate != of.candidate)
    };
    others()
        .find(|(_, s)| s.feasible)
        .or_else(|| others().next())
        .map(|(i, _)| i)
}

/// A bullet, what it is about, and how much it weighs in the choice.
struct Ranked {
    subject: String,
    weight: f64,
    text: Md,
}

fn candidate_patterns<'a>(input: &AdrInput<'a>, c: Option<&'a Candidate>) -> Vec<&'a Pattern> {
    c.map(|c| {
        c.pattern_ids()
            .into_iter()
            .filter_map(|id| input.catalog.pattern(id))
            .collect()
    })
    .unwrap_or_default()
}

/// How strongly a pattern moves the team's priorities, 0 to 10: its
/// largest effect (0 to 2) times that attribute's weight (0 to 5).
fn relevance(input: &AdrInput, pattern: &Pattern) -> f64 {
    let context = &input.workspace.context;
    QualityAttribute::ALL
        .into_iter()
        .map(|a| {
            u32::from(context.weight(a)) * u32::from(pattern.effects.get(a).score.unsigned_abs())
        })
        .max()
        .map_or(0.0, f64::from)
}

fn weight_factor(weight: Weight) -> f64 {
    match weight {
        Weight::High => 3.0,
        Weight::Medium => 2.0,
        Weight::Low => 1.0,
    }
}

/// The short consequences of the chosen option.
pub(super) fn short_consequences(input: &AdrInput) -> Consequences {
    let ranking = input.ranking;
    let Some(winner) = super::choice::chosen_score(input) else {
        return Consequences::default();
    };
    let rival = rival(ranking, winner).map(|i| &ranking.scores[i]);
    let ws = input.workspace;
    let chosen = candidate_patterns(input, ws.candidate(winner.candidate));
    let theirs: BTreeSet<&str> =
        candidate_patterns(input, rival.and_then(|r| ws.candidate(r.candidate)))
            .iter()
            .map(|p| p.id.as_str())
            .collect();
    let mut distinct: Vec<&Pattern> = chosen
        .iter()
        .copied()
        .filter(|p| !theirs.contains(p.id.as_str()))
        .collect();
    if distinct.is_empty() {
        distinct = chosen;
    }
    let (mut good, mut bad) = (Vec::new(), Vec::new());
    for pattern in distinct {
        let factor = 1.0 + relevance(input, pattern) / 10.0;
        let ranked = |t: &crate::catalog::pattern::TradeOff| Ranked {
            subject: pattern.id.clone(),
            weight: weight_factor(t.weight) * factor,
            text: Md::text(&format!("{}.", about(&pattern.name, &t.text))),
        };
        good.extend(pattern.pros.iter().map(ranked));
        bad.extend(pattern.cons.iter().map(ranked));
    }
    if let Some(rival) = rival {
        good.extend(avoided(winner, rival));
    }
    let neutral: Vec<Md> = rival
        .map(|r| same_priorities(input, winner, r))
        .unwrap_or_default();
    let room = MAX_CONSEQUENCES - neutral.len();
    let (good, bad) = share(good, bad, room);
    Consequences { good, bad, neutral }
}

/// The runner-up's review findings (one per rule) that the chosen option
/// does not have.
fn avoided(winner: &CandidateScore, rival: &CandidateScore) -> Vec<Ranked> {
    let ours: BTreeSet<&str> = winner.findings.iter().map(|f| f.rule.as_str()).collect();
    let mut by_rule: BTreeMap<&str, Vec<&Finding>> = BTreeMap::new();
    for finding in rival
        .findings
        .iter()
        .filter(|f| !ours.contains(f.rule.as_str()))
    {
        by_rule
            .entry(finding.rule.as_str())
            .or_default()
            .push(finding);
    }
    let mut out: Vec<Ranked> = by_rule
        .into_values()
        .map(|found| {
            let first = found[0];
            let more = match found.len() {
                1 => String::new(),
                n => format!(" (and {} more like it)", n - 1),
            };
            let mut text = Md::fragment(&format!("{} avoids the ", winner.name));
            text.push(&Md::code(&first.rule)).push_text(&format!(
                " {} the review raised on {}: {}{more}",
                first.severity.key(),
                rival.name,
                first.message.trim_end_matches('.')
            ));
            text.push_lit(".");
            Ranked {
                subject: format!("rule: {}", first.rule),
                weight: severity_weight(first.severity) + found.len() as f64,
                text,
            }
        })
        .collect();
    out.sort_by(|a, b| b.weight.total_cmp(&a.weight));
    out.truncate(MAX_AVOIDED);
    out
}

/// A finding's weight among the pros: a risk the runner-up carries and the
/// chosen option does not separates them more than most trade-offs do (a
/// high-weight pro of a pattern at the heart of the priorities weighs 6).
fn severity_weight(severity: Severity) -> f64 {
    match severity {
        Severity::Error => 10.0,
        Severity::Warning => 7.0,
        Severity::Info => 4.0,
    }
}

/// Priorities on which both options score the same.
fn same_priorities(input: &AdrInput, winner: &CandidateScore, rival: &CandidateScore) -> Vec<Md> {
    let context = &input.workspace.context;
    let mut priorities: Vec<QualityAttribute> = QualityAttribute::ALL
        .into_iter()
        .filter(|a| context.weight(*a) >= PRIORITY_WEIGHT)
        .collect();
    priorities.sort_by_key(|a| std::cmp::Reverse(context.weight(*a)));
    priorities
        .into_iter()
        .filter(|a| (points_on(winner, *a) - points_on(rival, *a)).abs() < 0.05)
        .take(MAX_NEUTRAL)
        .map(|a| {
            Md::text(&format!(
                "{} and {} score the same on {} (weight {} of 5), so this priority does not decide between them.",
                winner.name,
                rival.name,
                a.label(),
                context.weight(a)
            ))
        })
        .collect()
}

/// The quality-attribute points a score gets on one attribute.
pub(super) fn points_on(score: &CandidateScore, attribute: QualityAttribute) -> f64 {
    score
        .contributions
        .iter()
        .filter(|c| c.criterion == Criterion::QualityAttributes)
        .filter(|c| matches!(&c.reason, Reason::Effect { attribute: a, .. } if *a == attribute))
        .map(|c| c.points)
        .sum()
}

/// Strongest first, one per subject before any subject gets a second, so
/// that the few bullets cover the patterns that matter rather than two
/// points of the same one.
fn strongest(mut list: Vec<Ranked>) -> Vec<Md> {
    list.sort_by(|a, b| b.weight.total_cmp(&a.weight));
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut rounds: Vec<(usize, Ranked)> = list
        .into_iter()
        .map(|r| {
            let round = seen.entry(r.subject.clone()).or_default();
            *round += 1;
            (*round, r)
        })
        .collect();
    rounds.sort_by_key(|(round, _)| *round);
    rounds.into_iter().map(|(_, r)| r.text).collect()
}

/// The strongest of each side within `room` bullets: half each, and what
/// one side leaves unused goes to the other.
fn share(good: Vec<Ranked>, bad: Vec<Ranked>, room: usize) -> (Vec<Md>, Vec<Md>) {
    let (mut good, mut bad) = (strongest(good), strongest(bad));
    let half = room / 2;
    let good_room = room - bad.len().min(half);
    good.truncate(good_room);
    bad.truncate(room - good.len());
    (good, bad)
}
