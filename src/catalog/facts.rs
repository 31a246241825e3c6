//! Compares the facts of two versions of a pattern (not their prose).
//!
//! Facts are what carries over from a source catalog: name, category,
//! complexity, team size, aliases, related ids, alternative names, tech
//! stacks, example organisations and references. `plinth catalog diff`
//! uses this to check the catalog against a newer import of its source.

use super::Pattern;

/// One fact that differs, with both values as text.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct FactDifference {
    pub field: &'static str,
    pub ours: String,
    pub theirs: String,
}

/// Every fact of `ours` that differs from `theirs`; empty when they agree.
pub fn compare_facts(ours: &Pattern, theirs: &Pattern) -> Vec<FactDifference> {
    let fields: [(&'static str, String, String); 11] = [
        ("name", ours.name.clone(), theirs.name.clone()),
        (
            "category",
            ours.category.key().to_owned(),
            theirs.category.key().to_owned(),
        ),
        (
            "complexity",
            ours.complexity.to_string(),
            theirs.complexity.to_string(),
        ),
        ("team_size", team(ours), team(theirs)),
        (
            "aliases",
            ours.aliases.join(" | "),
            theirs.aliases.join(" | "),
        ),
        (
            "related",
            ours.related.join(" | "),
            theirs.related.join(" | "),
        ),
        ("alternatives", alternatives(ours), alternatives(theirs)),
        ("tech_stacks", tech_stacks(ours), tech_stacks(theirs)),
        ("examples", organisations(ours), organisations(theirs)),
        ("references", references(ours), references(theirs)),
        ("id", ours.id.clone(), theirs.id.clone()),
    ];
    fields
        .into_iter()
        .filter(|(_, a, b)| a != b)
        .map(|(field, ours, theirs)| FactDifference {
            field,
            ours,
            theirs,
        })
        .collect()
}

fn team(p: &Pattern) -> String {
    let max = p
        .team_size
        .max
        .map_or_else(|| "open".to_owned(), |m| m.to_string());
    format!("{}..{max} ({})", p.team_size.min, p.team_size.text)
}

fn alternatives(p: &Pattern) -> String {
    p.alternatives
        .iter()
        .map(|a| a.name.as_str())
        .collect::<Vec<_>>()
        .join(" | ")
}

fn tech_stacks(p: &Pattern) -> String {
    p.tech_stacks
        .iter()
        .map(|s| format!("{}: {}", s.name, s.technologies.join(", ")))
        .collect::<Vec<_>>()
        .join(" | ")
}

fn organisations(p: &Pattern) -> String {
    p.examples
        .iter()
        .map(|e| e.organisation.as_str())
        .collect::<Vec<_>>()
        .join(" | ")
}

fn references(p: &Pattern) -> String {
    p.references
        .iter()
        .map(|r| format!("{} / {} / {}", r.title, r.author, r.kind.key()))
        .collect::<Vec<_>>()
        .join(" | ")
}
