//! Each option's pros and cons in the short ADR: at most
//! [`MAX_OPTION_POINTS`] of each, chosen by the same rule as the
//! consequences — the score contributions that separate the option from the
//! one it is compared with (the chosen option; for the chosen option, the
//! runner-up), largest difference first. Quality-attribute points already
//! carry the team's weights, so the priorities decide the order.
//!
//! Each point is a sentence with its subject: the pattern ("Circuit Breaker
//! raises availability…"), the review ("the review found a warning…"), or
//! the rule's own sentence.

use std::collections::BTreeMap;

use super::AdrInput;
use super::consequences::OptionDetail;
use super::content;
use super::distinguish::rival;
use super::markdown::Md;
use crate::scoring::{CandidateScore, Contribution, Criterion, Reason};

/// The most pros, and the most cons, per option.
pub(super) const MAX_OPTION_POINTS: usize = 5;
/// The most zero-point remarks per option.
const MAX_NEUTRAL: usize = 2;

/// One scored point, with the contributions of the same kind folded in.
struct Point<'a> {
    first: &'a Contribution,
    count: usize,
    points: f64,
}

/// What a contribution is about: the same key in two options is the same point.
fn key(c: &Contribution) -> (Criterion, String, Option<&'static str>) {
    let attribute = match &c.reason {
        Reason::Effect { attribute, .. } => Some(attribute.label()),
        Reason::Text(_) => None,
    };
    (c.criterion, c.subject.clone(), attribute)
}

fn points(
    score: &CandidateScore,
) -> BTreeMap<(Criterion, String, Option<&'static str>), Point<'_>> {
    let mut out: BTreeMap<_, Point> = BTreeMap::new();
    for c in score.contributions.iter().filter(|c| {
        !matches!(
            c.criterion,
            Criterion::Baseline | Criterion::HardConstraints | Criterion::Bounds
        )
    }) {
        out.entry(key(c))
            .and_modify(|p| {
                p.count += 1;
                p.points += c.points;
            })
            .or_insert(Point {
                first: c,
                count: 1,
                points: c.points,
            });
    }
    out
}

/// The option `score` is compared with.
fn compared_with<'a>(input: &AdrInput<'a>, score: &CandidateScore) -> Option<&'a CandidateScore> {
    let ranking = input.ranking;
    match super::choice::chosen_score(input) {
        Some(winner) if winner.candidate != score.candidate => Some(winner),
        _ => rival(ranking, score).map(|i| &ranking.scores[i]),
    }
}

/// The short pros and cons of one option.
pub(super) fn short_option_detail(input: &AdrInput, score: &CandidateScore) -> OptionDetail {
    let mut detail = super::consequences::option_header(input, score);
    let other = compared_with(input, score).map(points).unwrap_or_default();
    let mut scored: Vec<(f64, Md, bool)> = points(score)
        .into_iter()
        .filter(|(_, p)| p.points != 0.0)
        .filter_map(|(k, p)| {
            let theirs = other.get(&k).map_or(0.0, |o| o.points);
            let diff = p.points - theirs;
            let separates = (p.points > 0.0 && diff > 0.05) || (p.points < 0.0 && diff < -0.05);
            separates.then(|| (diff.abs(), sentence(input, &p), p.points > 0.0))
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    let (pros, cons): (Vec<_>, Vec<_>) = scored.into_iter().partition(|s| s.2);
    detail.good = pros
        .into_iter()
        .take(MAX_OPTION_POINTS)
        .map(|s| s.1)
        .collect();
    let room = MAX_OPTION_POINTS.saturating_sub(detail.bad.len());
    detail.bad.extend(cons.into_iter().take(room).map(|s| s.1));
    detail.neutral = score
        .contributions
        .iter()
        .filter(|c| {
            c.points == 0.0 && matches!(c.criterion, Criterion::TeamFit | Criterion::Complexity)
        })
        .take(MAX_NEUTRAL)
        .map(content::contribution)
        .collect();
    detail
}

/// A point as a sentence with its subject.
fn sentence(input: &AdrInput, point: &Point) -> Md {
    let c = point.first;
    let times = match point.count {
        1 => String::new(),
        n => format!(", {n} times"),
    };
    let signed = format!("{:+.1} points", point.points);
    match (&c.reason, c.criterion) {
        (
            Reason::Effect {
                attribute,
                score,
                weight,
                why,
                ..
            },
            _,
        ) => {
            // A pattern's name, or what the drawing has ("rule: request
            // path" reads "the request path").
            let name = match input.catalog.pattern(&c.subject) {
                Some(p) => p.name.clone(),
                None => c
                    .subject
                    .strip_prefix("rule: ")
                    .map_or_else(|| c.subject.clone(), |rest| format!("the {rest}")),
            };
            let verb = if *score > 0 { "raises" } else { "lowers" };
            Md::text(&format!(
                "{name} {verb} {} (effect {score:+}, weight {weight} of 5, {signed}): {}",
                attribute.label(),
                why.trim()
            ))
        }
        (Reason::Text(text), Criterion::ReviewFindings) => {
            let (severity, message) = text.split_once(": ").unwrap_or(("finding", text));
            let article = if severity.starts_with(['a', 'e', 'i', 'o', 'u']) {
                "an"
            } else {
                "a"
            };
            let rule = c.subject.strip_prefix("rule: ").unwrap_or(&c.subject);
            let mut md = Md::fragment(&format!("the review found {article} {severity} ("));
            md.push(&Md::code(rule))
                .push_text(&format!("{times}, {signed}): {}", message.trim()));
            md
        }
        (Reason::Text(_), _) => {
            let mut md = content::contribution(c);
            if point.count > 1 {
                md.push_text(&format!(" ({} times, {signed} in all)", point.count));
            }
            md
        }
    }
}
