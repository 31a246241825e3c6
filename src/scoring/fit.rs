//! Team fit and complexity: can this team build and run this design?
//!
//! - Each pattern's team-size range against the team: too small costs up to
//!   4 points per complexity level; too large costs 5 points per 100% over
//!   its largest team, at most 25.
//! - A junior team pays 2 more points for each pattern of complexity 4 or 5.
//! - Cognitive load: distinct pattern complexity (plus half a point per
//!   deployable block) per engineer, against a comfortable level that grows
//!   with experience; 6 points per unit over it, at most 30.
//! - Complexity budget: 2 points per complexity point over the budget, at most 20.

use std::fmt::Write as _;

use super::model::{Contribution, Criterion};
use crate::catalog::Pattern;
use crate::catalog::blocks::BlockKind;
use crate::context::{EvaluationContext, Experience};
use crate::design::Candidate;

pub(super) const SHORTFALL_POINTS_PER_COMPLEXITY: f64 = 4.0;
pub(super) const OVERSIZE_POINTS: f64 = 15.0;
/// Beyond six times its largest team a pattern costs no more (25 points).
pub(super) const OVERSIZE_MAX_RATIO: f64 = 5.0;
pub(super) const JUNIOR_HARD_PATTERN_POINTS: f64 = 2.0;
pub(super) const LOAD_POINTS_PER_UNIT: f64 = 6.0;
pub(super) const LOAD_MAX_PENALTY: f64 = 30.0;
pub(super) const BUDGET_POINTS_PER_UNIT: f64 = 2.0;
pub(super) const BUDGET_MAX_PENALTY: f64 = 20.0;

/// Complexity per engineer a team carries comfortably.
pub fn comfortable_load(experience: Experience) -> f64 {
    match experience {
        Experience::Junior => 1.0,
        Experience::Mixed => 1.5,
        Experience::Senior => 2.0,
    }
}

/// Sum of the distinct patterns' complexity.
pub fn total_complexity(patterns: &[&Pattern]) -> u32 {
    patterns.iter().map(|p| u32::from(p.complexity)).sum()
}

/// The patterns and their complexity, in words: "Monolith 1, Rate Limiting 2",
/// so the cost of each one added is named where it is charged.
fn named_complexity(patterns: &[&Pattern]) -> String {
    if patterns.is_empty() {
        return "no pattern".to_owned();
    }
    // One buffer, not a string per pattern: this runs for every candidate
    // the sensitivity analysis re-scores.
    let mut text = String::with_capacity(patterns.len() * 24);
    for (i, p) in patterns.iter().enumerate() {
        let separator = if i == 0 { "" } else { ", " };
        let _ = write!(text, "{separator}{} {}", p.name, p.complexity);
    }
    text
}

pub(super) fn team_fit(
    patterns: &[&Pattern],
    candidate: &Candidate,
    context: &EvaluationContext,
    out: &mut Vec<Contribution>,
) {
    let team = context.team_size.max(1);
    for pattern in patterns {
        range_fit(pattern, team, out);
        if context.experience == Experience::Junior && pattern.complexity >= 4 {
            out.push(Contribution::new(
                Criterion::TeamFit,
                &pattern.id,
                -JUNIOR_HARD_PATTERN_POINTS,
                format!(
                    "complexity {}/5 is a steep climb for a junior team",
                    pattern.complexity
                ),
            ));
        }
    }
    cognitive_load(patterns, candidate, context, out);
}

fn range_fit(pattern: &Pattern, team: u32, out: &mut Vec<Contribution>) {
    let range = &pattern.team_size;
    if team < range.min {
        let shortfall = f64::from(range.min - team) / f64::from(range.min);
        let points = -SHORTFALL_POINTS_PER_COMPLEXITY * f64::from(pattern.complexity) * shortfall;
        out.push(Contribution::new(
            Criterion::TeamFit,
            &pattern.id,
            points,
            format!(
                "needs {} engineers ({}); the team has {team}",
                range.min, range.text
            ),
        ));
    } else if let Some(max) = range.max.filter(|&max| team > max) {
        let excess = (f64::from(team - max) / f64::from(max)).min(OVERSIZE_MAX_RATIO);
        out.push(Contribution::new(
            Criterion::TeamFit,
            &pattern.id,
            -OVERSIZE_POINTS * excess,
            format!(
                "suits up to {max} engineers ({}); {team} will step on each other",
                range.text
            ),
        ));
    }
}

fn cognitive_load(
    patterns: &[&Pattern],
    candidate: &Candidate,
    context: &EvaluationContext,
    out: &mut Vec<Contribution>,
) {
    let deployables = candidate
        .nodes()
        .filter(|n| {
            n.block_kind().is_some_and(|b| {
                matches!(
                    b,
                    BlockKind::Service | BlockKind::Database | BlockKind::Queue | BlockKind::Cache
                )
            })
        })
        .count();
    let complexity = f64::from(total_complexity(patterns)) + 0.5 * deployables as f64;
    let team = f64::from(context.team_size.max(1));
    let load = complexity / team;
    let comfortable = comfortable_load(context.experience);
    let over = load - comfortable;
    let points = if over > 0.0 {
        -(LOAD_POINTS_PER_UNIT * over).min(LOAD_MAX_PENALTY)
    } else {
        0.0
    };
    out.push(Contribution::new(
        Criterion::TeamFit,
        "rule: cognitive load",
        points,
        format!(
            "{complexity:.1} complexity ({}; {deployables} deployable {} at 0.5) over {} {} is {load:.2} each; a {} team carries {comfortable:.1}",
            named_complexity(patterns),
            if deployables == 1 { "block" } else { "blocks" },
            context.team_size,
            if context.team_size == 1 {
                "engineer"
            } else {
                "engineers"
            },
            context.experience.key()
        ),
    ));
}

/// "point" for one, else "points".
fn points_word(total: u32) -> &'static str {
    if total == 1 { "point" } else { "points" }
}

pub(super) fn complexity_budget(
    patterns: &[&Pattern],
    context: &EvaluationContext,
    out: &mut Vec<Contribution>,
) {
    let total = total_complexity(patterns);
    let budget = context.complexity_budget;
    let (points, reason) = if total > budget {
        let over = f64::from(total - budget);
        (
            -(BUDGET_POINTS_PER_UNIT * over).min(BUDGET_MAX_PENALTY),
            format!(
                "{total} complexity {} ({}) against a budget of {budget}: {} over",
                points_word(total),
                named_complexity(patterns),
                total - budget
            ),
        )
    } else {
        (
            0.0,
            format!(
                "{total} complexity {}, within the budget of {budget}",
                points_word(total)
            ),
        )
    };
    out.push(Contribution::new(
        Criterion::Complexity,
        "rule: complexity budget",
        points,
        reason,
    ));
}
