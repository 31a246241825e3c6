//! What follows from the choice, for the ADR content: consequences from the
//! chosen patterns' trade-offs, the confirmation (review findings to close),
//! and the pros and cons of every option from its score breakdown.
//!
//! The ADR shows the short form ([`consequences`], [`option_detail`]: the
//! points that decide the case, see `distinguish` and `option_points`); the
//! full form below is the appendix of `--detail full`, so nothing is lost.
//!
//! Full consequences, honestly sorted:
//! - Good: every pro of every pattern the winner uses, high weight first;
//! - Bad: every con, high weight first (nothing is hidden or softened);
//! - Neutral: a priority of the team (weight 4 or 5) that a chosen pattern
//!   leaves as it is (effect 0), with the catalog's reason. Those are the
//!   things a reader might expect the choice to improve and it does not.

use super::AdrInput;
use super::content::{self, PRIORITY_WEIGHT};
use super::markdown::Md;
use crate::catalog::{Pattern, QualityAttribute, Weight};
use crate::design::{Candidate, Finding};
use crate::scoring::{CandidateScore, Contribution, Criterion};

/// The clauses after "Good, because", "Bad, because", "Neutral, because"
/// (trade-off texts start lowercase; a plain list capitalises them again).
#[derive(Default)]
pub(super) struct Consequences {
    pub good: Vec<Md>,
    pub bad: Vec<Md>,
    pub neutral: Vec<Md>,
}

impl Consequences {
    pub fn is_empty(&self) -> bool {
        self.good.is_empty() && self.bad.is_empty() && self.neutral.is_empty()
    }
}

/// How the choice will be confirmed: an introduction and the findings to close.
pub(super) struct Confirmation {
    pub intro: Md,
    pub items: Vec<Md>,
}

/// One option's section under "Pros and Cons of the Options".
pub(super) struct OptionDetail {
    pub name: Md,
    pub summary: Md,
    pub notes: Vec<Md>,
    pub good: Vec<Md>,
    pub neutral: Vec<Md>,
    pub bad: Vec<Md>,
}

/// The winner's candidate and its catalog patterns (in id order).
fn winner_patterns<'a>(input: &AdrInput<'a>) -> Option<(&'a Candidate, Vec<&'a Pattern>)> {
    let winner = super::choice::chosen_score(input)?;
    let candidate = input.workspace.candidate(winner.candidate)?;
    let patterns = candidate
        .pattern_ids()
        .into_iter()
        .filter_map(|id| input.catalog.pattern(id))
        .collect();
    Some((candidate, patterns))
}

/// The consequences that decide the case (at most 12).
pub(super) fn consequences(input: &AdrInput) -> Consequences {
    super::distinguish::short_consequences(input)
}

/// Every pro and con of every pattern the chosen option uses.
pub(super) fn all_consequences(input: &AdrInput) -> Consequences {
    let Some((_, patterns)) = winner_patterns(input) else {
        return Consequences::default();
    };
    let trade_offs = |pick: fn(&Pattern) -> &[crate::catalog::pattern::TradeOff]| {
        let mut out = Vec::new();
        for weight in [Weight::High, Weight::Medium, Weight::Low] {
            for pattern in &patterns {
                for t in pick(pattern).iter().filter(|t| t.weight == weight) {
                    let text = Md::text(&format!(
                        "{} ({}; {} weight)",
                        t.text,
                        pattern.name,
                        weight.key()
                    ));
                    out.push(text.lower_first());
                }
            }
        }
        out
    };
    Consequences {
        good: trade_offs(|p| &p.pros),
        bad: trade_offs(|p| &p.cons),
        neutral: neutral_effects(input, &patterns),
    }
}

fn neutral_effects(input: &AdrInput, patterns: &[&Pattern]) -> Vec<Md> {
    let context = &input.workspace.context;
    let mut priorities: Vec<QualityAttribute> = QualityAttribute::ALL
        .into_iter()
        .filter(|a| context.weight(*a) >= PRIORITY_WEIGHT)
        .collect();
    priorities.sort_by_key(|a| std::cmp::Reverse(context.weight(*a)));
    let mut out = Vec::new();
    for attribute in priorities {
        for pattern in patterns {
            let effect = pattern.effects.get(attribute);
            if effect.score == 0 {
                out.push(Md::text(&format!(
                    "{} leaves {} (weight {}) as it is: {}",
                    pattern.name,
                    attribute.label(),
                    context.weight(attribute),
                    effect.reason
                )));
            }
        }
    }
    out
}

pub(super) fn confirmation(input: &AdrInput) -> Confirmation {
    let Some(winner) = super::choice::chosen_score(input) else {
        return Confirmation {
            intro: Md::text("Nothing to confirm until an option is feasible and chosen."),
            items: Vec::new(),
        };
    };
    let candidate = input.workspace.candidate(winner.candidate);
    let mut findings: Vec<&Finding> = winner.findings.iter().collect();
    findings.sort_by_key(|f| std::cmp::Reverse(f.severity));
    if findings.is_empty() {
        let mut intro = Md::fragment(&format!(
            "The review raised no finding on {}. The choice is confirmed by re-scoring the workspace after every change to the design (it should stay first) and by keeping ",
            winner.name
        ));
        intro
            .push(&Md::code("plinth check"))
            .push_text(" clean while it is built.");
        return Confirmation {
            intro,
            items: Vec::new(),
        };
    }
    let mut intro = Md::fragment(&format!(
        "Close these review findings on {} before accepting it; each is confirmed when ",
        winner.name
    ));
    intro
        .push(&Md::code("plinth check"))
        .push_text(" no longer reports it:");
    Confirmation {
        intro,
        items: findings
            .into_iter()
            .map(|f| finding_item(input, candidate, f))
            .collect(),
    }
}

fn finding_item(input: &AdrInput, candidate: Option<&Candidate>, finding: &Finding) -> Md {
    let mut md = Md::strong(&Md::text(finding.severity.key()));
    md.push_lit(" ")
        .push(&Md::code(&finding.rule))
        .push_text(&format!(": {}", finding.message));
    let places: Vec<String> = finding
        .nodes
        .iter()
        .filter_map(|id| candidate.and_then(|c| c.node(*id)))
        .map(|n| n.label.clone())
        .collect();
    let place = if places.is_empty() {
        "the design".to_owned()
    } else {
        crate::prose::spoken_list(&places)
    };
    match &finding.fix {
        Some(fix) => {
            md.push_text(" Verify: add ");
            if let Some(pattern) = input.catalog.pattern(fix) {
                md.push_text(&format!("{} (", pattern.name))
                    .push(&Md::code(fix))
                    .push_lit(")");
            } else {
                md.push(&Md::code(fix));
            }
            md.push_text(&format!(" to {place} and run "))
                .push(&Md::code("plinth check"))
                .push_lit(".");
        }
        None => {
            md.push_text(&format!(" Verify: change {place} until "))
                .push(&Md::code("plinth check"));
            md.push_text(" no longer reports it.");
        }
    }
    md
}

/// An option's pros and cons that separate it (at most 5 of each).
pub(super) fn option_detail(input: &AdrInput, score: &CandidateScore) -> OptionDetail {
    super::option_points::short_option_detail(input, score)
}

/// An option's name, rank, notes, and why it is infeasible (as "Bad").
pub(super) fn option_header(input: &AdrInput, score: &CandidateScore) -> OptionDetail {
    let rank = input.ranking.rank_of(score.candidate).unwrap_or(0);
    let summary = if score.feasible {
        format!(
            "Rank {rank} of {}, {:.1} points.",
            input.ranking.scores.len(),
            score.total
        )
    } else {
        format!("Infeasible, {:.1} points.", score.total)
    };
    let notes = input
        .workspace
        .candidate(score.candidate)
        .map(|c| content::paragraphs(&c.notes))
        .unwrap_or_default();
    OptionDetail {
        name: Md::text(&score.name),
        summary: Md::text(&summary),
        notes,
        good: Vec::new(),
        neutral: Vec::new(),
        bad: score
            .infeasible_reasons
            .iter()
            .map(|r| Md::text(&format!("it is infeasible: {r}")))
            .collect(),
    }
}

/// Every scored point of an option, strongest first (the appendix).
pub(super) fn full_option_detail(input: &AdrInput, score: &CandidateScore) -> OptionDetail {
    let mut detail = option_header(input, score);
    detail.good = content::positive(score)
        .map(content::contribution)
        .collect();
    detail
        .bad
        .extend(negative(score).map(content::contribution));
    detail.neutral = neutral(score).map(content::contribution).collect();
    detail
}

fn negative(score: &CandidateScore) -> impl Iterator<Item = &Contribution> {
    let mut list: Vec<&Contribution> = score
        .contributions
        .iter()
        .filter(|c| c.points < 0.0)
        .collect();
    list.sort_by(|a, b| a.points.total_cmp(&b.points));
    list.into_iter()
}

/// Zero-point contributions that say something (not the baseline, not the
/// infeasibility markers, which are listed as "Bad" already).
fn neutral(score: &CandidateScore) -> impl Iterator<Item = &Contribution> {
    score.contributions.iter().filter(|c| {
        c.points == 0.0
            && !matches!(
                c.criterion,
                Criterion::Baseline | Criterion::HardConstraints
            )
    })
}
