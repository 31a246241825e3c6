//! Checks that make a catalog trustworthy beyond what the schema enforces.
//!
//! `check_pattern` looks at one pattern alone (ids, ranges, required text);
//! `check_links` looks at the merged catalog (every related, alternative and
//! conflicting id resolves). Each problem names file, line, column and field.

use std::collections::BTreeSet;

use super::pattern::Pattern;
use crate::diagnostics::Problem;
use crate::diagnostics::locate;

/// A parsed file with what validation needs to point into it.
pub struct ParsedFile<'a> {
    pub file: &'a str,
    pub text: &'a str,
    pub pattern: &'a Pattern,
}

impl ParsedFile<'_> {
    /// A problem located at `field` of this file.
    pub fn problem(&self, field: &str, message: impl Into<String>) -> Problem {
        Problem::new(self.file, message)
            .at(locate(self.text, field))
            .in_field(field)
    }
}

/// Whether `id` is a kebab-case slug: lowercase letters and digits in
/// words joined by single dashes.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|word| {
            !word.is_empty()
                && word
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// Problems of one pattern on its own; empty when the pattern is sound.
pub fn check_pattern(parsed: &ParsedFile<'_>) -> Vec<Problem> {
    let mut problems = Vec::new();
    check_identity(parsed, &mut problems);
    check_numbers(parsed, &mut problems);
    check_texts(parsed, &mut problems);
    problems
}

fn check_identity(parsed: &ParsedFile<'_>, problems: &mut Vec<Problem>) {
    let p = parsed.pattern;
    if !is_slug(&p.id) {
        problems.push(parsed.problem(
            "id",
            format!(
                "the id `{}` must be a kebab-case slug (lowercase words joined by dashes)",
                p.id
            ),
        ));
    }
    for (i, id) in p.related.iter().enumerate() {
        if *id == p.id {
            problems.push(parsed.problem(
                &format!("related[{i}]"),
                "a pattern cannot be related to itself",
            ));
        }
    }
}

fn check_numbers(parsed: &ParsedFile<'_>, problems: &mut Vec<Problem>) {
    let p = parsed.pattern;
    if !(1..=5).contains(&p.complexity) {
        problems.push(parsed.problem(
            "complexity",
            format!("complexity must be between 1 and 5, found {}", p.complexity),
        ));
    }
    let team = &p.team_size;
    if team.min == 0 {
        problems.push(parsed.problem("team_size.min", "a team has at least 1 engineer, found 0"));
    }
    if let Some(max) = team.max.filter(|&max| max < team.min) {
        problems.push(parsed.problem(
            "team_size.max",
            format!(
                "the largest team ({max}) is smaller than the smallest ({})",
                team.min
            ),
        ));
    }
    for (attribute, effect) in p.effects.iter() {
        if !(-2..=2).contains(&effect.score) {
            problems.push(parsed.problem(
                &format!("effects.{}.score", attribute.key()),
                format!(
                    "an effect must be between -2 and +2, found {}",
                    effect.score
                ),
            ));
        }
        if effect.reason.trim().is_empty() {
            problems.push(parsed.problem(
                &format!("effects.{}.reason", attribute.key()),
                "each effect needs a one-line reason",
            ));
        }
    }
}

fn check_texts(parsed: &ParsedFile<'_>, problems: &mut Vec<Problem>) {
    let p = parsed.pattern;
    let required = [
        ("name", p.name.trim().is_empty()),
        ("summary", p.summary.trim().is_empty()),
        ("team_size.text", p.team_size.text.trim().is_empty()),
        (
            "when_to_use",
            p.when_to_use.iter().all(|s| s.trim().is_empty()),
        ),
        (
            "when_not_to_use",
            p.when_not_to_use.iter().all(|s| s.trim().is_empty()),
        ),
        ("components", p.components.is_empty()),
        ("pros", p.pros.is_empty()),
        ("cons", p.cons.is_empty()),
    ];
    for (field, missing) in required {
        if missing {
            problems.push(parsed.problem(field, format!("`{field}` must not be empty")));
        }
    }
    if let super::Role::Mitigation(risks) = &p.role
        && risks.iter().all(|r| !is_slug(r))
    {
        problems.push(parsed.problem(
            "role",
            "a mitigation names the review rules whose risk it resolves, such as `mitigation([\"dual-write\"])`",
        ));
    }
    for (i, alternative) in p.alternatives.iter().enumerate() {
        if alternative.prefer_when.trim().is_empty() {
            problems.push(parsed.problem(
                &format!("alternatives[{i}].prefer_when"),
                "say when to prefer this alternative",
            ));
        }
    }
}

/// A link from one pattern to an id that the catalog does not have.
pub struct BrokenLink {
    pub field: String,
    pub target: String,
}

/// Every related, alternative and conflicting id of `pattern` that is not in `ids`.
pub fn broken_links(pattern: &Pattern, ids: &BTreeSet<&str>) -> Vec<BrokenLink> {
    let mut broken = Vec::new();
    let mut check = |field: String, target: &str| {
        if !ids.contains(target) {
            broken.push(BrokenLink {
                field,
                target: target.to_owned(),
            });
        }
    };
    for (i, id) in pattern.related.iter().enumerate() {
        check(format!("related[{i}]"), id);
    }
    for (i, alt) in pattern.alternatives.iter().enumerate() {
        if let Some(id) = &alt.pattern {
            check(format!("alternatives[{i}].pattern"), id);
        }
    }
    for (i, id) in pattern.conflicts_with.iter().enumerate() {
        check(format!("conflicts_with[{i}]"), id);
    }
    broken
}

/// Describes a broken link as a problem pointing at the field in the file.
pub fn broken_link_problem(parsed: &ParsedFile<'_>, link: &BrokenLink) -> Problem {
    parsed.problem(
        &link.field,
        format!(
            "`{}` is not the id of any pattern in the catalog",
            link.target
        ),
    )
}

/// Removes links that do not resolve, so a loaded catalog is always consistent.
pub fn drop_broken_links(pattern: &mut Pattern, ids: &BTreeSet<&str>) {
    pattern.related.retain(|id| ids.contains(id.as_str()));
    pattern
        .conflicts_with
        .retain(|id| ids.contains(id.as_str()));
    for alt in &mut pattern.alternatives {
        if alt
            .pattern
            .as_ref()
            .is_some_and(|id| !ids.contains(id.as_str()))
        {
            alt.pattern = None;
        }
    }
}
