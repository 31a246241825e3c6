//! Which drawn patterns count, and for what.
//!
//! - The deployment style is the one the drawing was read as (see
//!   `reading`); other deployment-style labels are not scored.
//! - One code style per box: the first; the others are alternatives.
//! - A mitigation's value is the review finding it resolves, so its own
//!   effects are not added; where the design has no such risk it earns
//!   nothing, and the explanation says so.
//! - A capability counts its effects where the drawing has what it needs.
//! - Every pattern that is built (all but the unscored labels) costs its
//!   complexity and team fit.

use super::model::{Contribution, Criterion};
use crate::catalog::{Catalog, Pattern, Role};
use crate::reading::Reading;

/// The patterns of a design, sorted by what scoring does with them.
pub(super) struct Counted<'c> {
    /// Built: they cost complexity and need a team that fits them.
    pub built: Vec<&'c Pattern>,
    /// Their quality effects count.
    pub effective: Vec<&'c Pattern>,
}

pub(super) fn decide<'c>(
    drawn: &[&'c Pattern],
    reading: &Reading,
    catalog: &'c Catalog,
    out: &mut Vec<Contribution>,
) -> Counted<'c> {
    let mut counted = Counted {
        built: Vec::new(),
        effective: Vec::new(),
    };
    let style = reading.style.as_deref().and_then(|id| catalog.pattern(id));
    if let Some(style) = style.filter(|s| !drawn.iter().any(|p| p.id == s.id)) {
        counted.built.push(style);
        counted.effective.push(style);
    }
    let in_design = |id: &str| drawn.iter().any(|p| p.id == id);
    implied(drawn, reading, catalog, &mut counted, out);
    for &pattern in drawn {
        match &pattern.role {
            Role::DeploymentStyle(_) => {
                if style.is_some_and(|s| s.id == pattern.id) {
                    counted.built.push(pattern);
                    counted.effective.push(pattern);
                } else {
                    note(out, pattern, not_the_style(pattern, reading));
                }
            }
            Role::CodeStyle => {
                if reading.code_styles.contains(&pattern.id) {
                    counted.built.push(pattern);
                    counted.effective.push(pattern);
                } else {
                    note(
                        out,
                        pattern,
                        format!(
                            "{} is drawn on a box that already has another code style; a box has one structure, so it is not scored (see the alternative-styles finding)",
                            pattern.name
                        ),
                    );
                }
            }
            Role::Mitigation(risks) => {
                counted.built.push(pattern);
                let exposed: Vec<&str> = risks
                    .iter()
                    .map(String::as_str)
                    .filter(|r| reading.exposed_to(r, in_design))
                    .collect();
                note(out, pattern, mitigation_note(pattern, risks, &exposed));
            }
            Role::Capability(_) => {
                counted.built.push(pattern);
                match reading.missing_need(pattern) {
                    None => counted.effective.push(pattern),
                    Some(need) => note(
                        out,
                        pattern,
                        format!(
                            "{} needs {} and the drawing has none, so its effects do not count; it still costs its complexity",
                            pattern.name,
                            need.label()
                        ),
                    ),
                }
            }
            Role::Migration => {
                counted.built.push(pattern);
                counted.effective.push(pattern);
            }
        }
    }
    counted.built.sort_by(|a, b| a.id.cmp(&b.id));
    counted.effective.sort_by(|a, b| a.id.cmp(&b.id));
    counted
}

/// Capabilities the drawing has without a label: they count like drawn ones.
fn implied<'c>(
    drawn: &[&'c Pattern],
    reading: &Reading,
    catalog: &'c Catalog,
    counted: &mut Counted<'c>,
    out: &mut Vec<Contribution>,
) {
    for id in &reading.implied {
        let Some(pattern) = catalog.pattern(id) else {
            continue;
        };
        if drawn.iter().any(|p| p.id == pattern.id) {
            continue;
        }
        counted.built.push(pattern);
        counted.effective.push(pattern);
        note(
            out,
            pattern,
            format!(
                "read from the drawing: it works as {} whether or not a box says so, so it counts like one",
                pattern.name
            ),
        );
    }
}

fn note(out: &mut Vec<Contribution>, pattern: &Pattern, reason: String) {
    // A `rule:` subject keeps the note in the text output with no points.
    out.push(Contribution::new(
        Criterion::QualityAttributes,
        format!("rule: role of {}", pattern.id),
        0.0,
        reason,
    ));
}

fn not_the_style(pattern: &Pattern, reading: &Reading) -> String {
    let read = reading.style.as_deref().unwrap_or("no style");
    if reading.shape == crate::reading::Shape::Transition {
        return format!(
            "a transition is scored as what runs while it lasts ({read}); {} names one side of the migration, stated and not scored, with no conflict for old and new living side by side",
            pattern.name
        );
    }
    if reading.mismatched.iter().any(|(_, id)| *id == pattern.id) {
        format!(
            "the box says {} but the drawing reads as {read} ({} deployable{}), so the label is not scored (see the label-mismatch finding)",
            pattern.name,
            reading.deployables.len(),
            if reading.deployables.len() == 1 {
                ""
            } else {
                "s"
            }
        )
    } else {
        format!(
            "{} is not the style the drawing is scored as ({read}); one design has one deployment style, so it is not scored again",
            pattern.name
        )
    }
}

fn mitigation_note(pattern: &Pattern, risks: &[String], exposed: &[&str]) -> String {
    if exposed.is_empty() {
        format!(
            "{} resolves {}; this design has no such risk, so it earns nothing beyond its cost",
            pattern.name,
            risks.join(", ")
        )
    } else {
        format!(
            "{} guards against {}, which the structure of this design is exposed to: what it earns is the review finding it prevents, so its own effects are not added on top",
            pattern.name,
            exposed.join(", ")
        )
    }
}
