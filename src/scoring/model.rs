//! Score types and the steps shared by every criterion: which patterns a
//! candidate uses, the review penalty, and closing the total within 0-100.

use std::collections::BTreeMap;

use serde::Serialize;

use super::reason::Reason;
use super::round1;
use crate::catalog::{Catalog, Pattern};
use crate::design::{Candidate, CandidateId, Finding, Severity};

/// What a contribution is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Criterion {
    Baseline,
    /// What the drawing was read as, and risks of the design as a whole.
    Structure,
    TeamFit,
    Complexity,
    QualityAttributes,
    Synergy,
    ReviewFindings,
    HardConstraints,
    /// Keeps the total within 0 to 100.
    Bounds,
}

impl Criterion {
    pub const ALL: [Self; 9] = [
        Self::Baseline,
        Self::Structure,
        Self::TeamFit,
        Self::Complexity,
        Self::QualityAttributes,
        Self::Synergy,
        Self::ReviewFindings,
        Self::HardConstraints,
        Self::Bounds,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Self::Baseline => "baseline",
            Self::Structure => "structure",
            Self::TeamFit => "team_fit",
            Self::Complexity => "complexity",
            Self::QualityAttributes => "quality_attributes",
            Self::Synergy => "synergy",
            Self::ReviewFindings => "review_findings",
            Self::HardConstraints => "hard_constraints",
            Self::Bounds => "bounds",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Baseline => "Baseline",
            Self::Structure => "Design reading",
            Self::TeamFit => "Team fit",
            Self::Complexity => "Complexity",
            Self::QualityAttributes => "Quality attributes",
            Self::Synergy => "Synergy and conflicts",
            Self::ReviewFindings => "Review findings",
            Self::HardConstraints => "Hard constraints",
            Self::Bounds => "Bounds",
        }
    }
}

/// One traceable piece of a total.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Contribution {
    pub criterion: Criterion,
    /// The pattern id, rule (`rule: cognitive load`), pair or edge concerned.
    pub subject: String,
    /// Points, rounded to one decimal; the total is their sum.
    pub points: f64,
    pub reason: Reason,
}

impl Contribution {
    pub fn new(
        criterion: Criterion,
        subject: impl Into<String>,
        points: f64,
        reason: impl Into<Reason>,
    ) -> Self {
        Self {
            criterion,
            subject: subject.into(),
            points: round1(points),
            reason: reason.into(),
        }
    }
}

/// The score of one candidate.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CandidateScore {
    pub candidate: CandidateId,
    pub name: String,
    /// 0 to 100; the sum of `contributions`.
    pub total: f64,
    /// False when a hard constraint is violated (see `infeasible_reasons`).
    pub feasible: bool,
    pub infeasible_reasons: Vec<String>,
    pub contributions: Vec<Contribution>,
    pub findings: Vec<Finding>,
}

impl CandidateScore {
    /// Points per criterion.
    pub fn criteria(&self) -> BTreeMap<super::Criterion, f64> {
        super::criteria_of(&self.contributions)
    }
}

/// Candidates in rank order (best first).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ranking {
    pub scores: Vec<CandidateScore>,
}

impl Ranking {
    pub fn winner(&self) -> Option<&CandidateScore> {
        self.scores.first().filter(|s| s.feasible)
    }

    /// The 1-based rank of a candidate.
    pub fn rank_of(&self, candidate: CandidateId) -> Option<usize> {
        self.scores
            .iter()
            .position(|s| s.candidate == candidate)
            .map(|i| i + 1)
    }

    pub fn score_of(&self, candidate: CandidateId) -> Option<&CandidateScore> {
        self.scores.iter().find(|s| s.candidate == candidate)
    }
}

/// The distinct catalog patterns a candidate uses, in id order; unknown ids
/// are noted with zero points so nothing disappears silently.
pub(super) fn used_patterns<'c>(
    candidate: &Candidate,
    catalog: &'c Catalog,
    contributions: &mut Vec<Contribution>,
) -> Vec<&'c Pattern> {
    let mut patterns = Vec::new();
    for id in candidate.pattern_ids() {
        match catalog.pattern(id) {
            Some(pattern) => patterns.push(pattern),
            None => contributions.push(Contribution::new(
                super::Criterion::Baseline,
                id,
                0.0,
                format!("`{id}` is not in the catalog, so it is not scored"),
            )),
        }
    }
    patterns
}

/// Points a finding costs, by severity. Errors also rank: see `rank`.
pub fn finding_penalty(severity: Severity) -> f64 {
    match severity {
        Severity::Error => -12.0,
        Severity::Warning => -3.0,
        Severity::Info => -1.0,
    }
}

/// Rules whose cost team fit already charges: listed, not charged twice.
const CHARGED_IN_TEAM_FIT: [&str; 2] = ["team-too-small", "team-too-large"];

/// What a warning costs after the first of the same rule: the same missing
/// practice in one more place, which the team fixes the same way everywhere.
/// Errors always cost in full.
pub const REPEATED_WARNING_POINTS: f64 = -2.0;

pub(super) fn review_findings(findings: &[Finding], contributions: &mut Vec<Contribution>) {
    let mut seen = std::collections::BTreeSet::new();
    for finding in findings {
        let repeated = !seen.insert(finding.rule.as_str());
        let (points, note) = if CHARGED_IN_TEAM_FIT.contains(&finding.rule.as_str()) {
            (0.0, " (charged once, under team fit)")
        } else if repeated && finding.severity == Severity::Warning {
            (REPEATED_WARNING_POINTS, REPEATED_WARNING_NOTE)
        } else {
            (finding_penalty(finding.severity), "")
        };
        contributions.push(Contribution::new(
            Criterion::ReviewFindings,
            ["rule: ", finding.rule.as_str()].concat(),
            points,
            [finding.severity.key(), ": ", &finding.message, note].concat(),
        ));
    }
}

/// What a repeated warning's contribution adds to its message.
const REPEATED_WARNING_NOTE: &str = " (the same rule again: -2 after the first)";

/// Adds the bounds correction and builds the score.
pub(super) fn finish(
    candidate: &Candidate,
    mut contributions: Vec<Contribution>,
    infeasible_reasons: Vec<String>,
    findings: Vec<Finding>,
) -> CandidateScore {
    let raw = round1(contributions.iter().map(|c| c.points).sum());
    if raw > 100.0 {
        contributions.push(Contribution::new(
            Criterion::Bounds,
            "total",
            100.0 - raw,
            "totals are capped at 100",
        ));
    } else if raw < 0.0 {
        contributions.push(Contribution::new(
            Criterion::Bounds,
            "total",
            -raw,
            "totals never go below 0",
        ));
    }
    for reason in &infeasible_reasons {
        contributions.push(Contribution::new(
            Criterion::HardConstraints,
            "constraint",
            0.0,
            format!("infeasible: {reason}"),
        ));
    }
    let total = round1(contributions.iter().map(|c| c.points).sum());
    CandidateScore {
        candidate: candidate.id,
        name: candidate.name.clone(),
        total,
        feasible: infeasible_reasons.is_empty(),
        infeasible_reasons,
        contributions,
        findings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_repeated_warning_note_states_the_points_it_costs() {
        let stated = format!("the same rule again: {REPEATED_WARNING_POINTS} after");
        assert!(
            REPEATED_WARNING_NOTE.contains(&stated),
            "{REPEATED_WARNING_NOTE}"
        );
    }
}
