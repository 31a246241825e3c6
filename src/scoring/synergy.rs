//! Synergy and conflicts between the patterns of a design.
//!
//! Related patterns that are actually connected (an edge between nodes that
//! carry them, or one node carrying both) work together: 2 points per pair,
//! 8 at most. Patterns the catalog says conflict cost 12 points per pair,
//! wherever they sit in the design.

use std::collections::{BTreeMap, BTreeSet};

use super::model::{Contribution, Criterion};
use crate::catalog::Pattern;
use crate::design::Candidate;

pub(super) const SYNERGY_POINTS: f64 = 2.0;
pub(super) const SYNERGY_CAP: f64 = 8.0;
pub(super) const CONFLICT_POINTS: f64 = -12.0;

pub(super) fn synergy_and_conflicts(
    patterns: &[&Pattern],
    candidate: &Candidate,
    out: &mut Vec<Contribution>,
) {
    let by_id: BTreeMap<&str, &Pattern> = patterns.iter().map(|p| (p.id.as_str(), *p)).collect();
    let mut earned = 0.0;
    for (a, b) in connected_pairs(candidate) {
        let (Some(pa), Some(pb)) = (by_id.get(a), by_id.get(b)) else {
            continue;
        };
        if !related(pa, pb) {
            continue;
        }
        let points = if earned + SYNERGY_POINTS <= SYNERGY_CAP {
            SYNERGY_POINTS
        } else {
            0.0
        };
        earned += points;
        let reason = if points > 0.0 {
            format!(
                "{} and {} are related in the catalog and connected in the design",
                pa.name, pb.name
            )
        } else {
            format!(
                "{} and {} also work together (synergy is capped at {SYNERGY_CAP})",
                pa.name, pb.name
            )
        };
        out.push(Contribution::new(
            Criterion::Synergy,
            format!("{a} + {b}"),
            points,
            reason,
        ));
    }
    for (i, j) in conflicting_pairs(patterns) {
        let (pa, pb) = (patterns[i], patterns[j]);
        out.push(Contribution::new(
            Criterion::Synergy,
            format!("{} × {}", pa.id, pb.id),
            CONFLICT_POINTS,
            format!(
                "{} and {} pull the design in opposite directions",
                pa.name, pb.name
            ),
        ));
    }
}

/// The pairs `(i, j)`, `i < j`, of `patterns` that the catalog says
/// conflict (either side may say so), in order. Looked up from each
/// pattern's own few conflicts rather than by testing every pair.
fn conflicting_pairs(patterns: &[&Pattern]) -> BTreeSet<(usize, usize)> {
    let index: BTreeMap<&str, usize> = patterns
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id.as_str(), i))
        .collect();
    let mut pairs = BTreeSet::new();
    for (i, pattern) in patterns.iter().enumerate() {
        for other in &pattern.conflicts_with {
            match index.get(other.as_str()) {
                Some(&j) if j != i => {
                    pairs.insert((i.min(j), i.max(j)));
                }
                _ => {}
            }
        }
    }
    pairs
}

fn related(a: &Pattern, b: &Pattern) -> bool {
    a.related.contains(&b.id) || b.related.contains(&a.id)
}

/// Distinct, ordered pairs of different patterns that meet on an edge or a node.
fn connected_pairs(candidate: &Candidate) -> BTreeSet<(&str, &str)> {
    fn add<'a>(pairs: &mut BTreeSet<(&'a str, &'a str)>, a: &'a str, b: &'a str) {
        if a != b {
            pairs.insert(if a < b { (a, b) } else { (b, a) });
        }
    }
    let mut pairs = BTreeSet::new();
    for node in candidate.nodes() {
        let patterns = node.patterns();
        for (i, a) in patterns.iter().enumerate() {
            for b in &patterns[i + 1..] {
                add(&mut pairs, a, b);
            }
        }
    }
    for edge in candidate.edges() {
        let (Some(from), Some(to)) = (candidate.node(edge.from), candidate.node(edge.to)) else {
            continue;
        };
        for a in from.patterns() {
            for b in to.patterns() {
                add(&mut pairs, a, b);
            }
        }
    }
    pairs
}
