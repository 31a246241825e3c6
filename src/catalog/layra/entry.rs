//! Parses one Layra entry (the text between two `---`) into a [`Pattern`].
//!
//! The entry's id is left empty: ids are assigned for the whole file at once
//! (see `ids.rs`), because related links name patterns by slug.

use super::lists::{bullets, comma_list, labelled, link_slugs, reference, weighted};
use super::team_size::parse_team_size;
use crate::catalog::pattern::{
    Alternative, Category, Component, Example, Pattern, Reference, ReferenceKind, TeamSize,
    TechStack, TradeOff, Weight,
};
use crate::catalog::quality::QualityEffects;

/// The section headings of an entry, as they appear in the file.
const SECTIONS: [&str; 12] = [
    "## When to Use",
    "## When NOT to Use",
    "## Key Components",
    "## Trade-offs",
    "### Pros",
    "### Cons",
    "## Tech Stack Examples",
    "## Real-World Examples",
    "## Decision Matrix",
    "## References",
    "## Overview",
    "## Related Patterns",
];

/// An entry that could not be read, with the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryError {
    pub field: &'static str,
    pub message: String,
}

fn error(field: &'static str, message: impl Into<String>) -> EntryError {
    EntryError {
        field,
        message: message.into(),
    }
}

/// Parses the white-space-folded text of one entry.
pub fn parse_entry(text: &str, source_note: &str) -> Result<Pattern, EntryError> {
    let header_end = text.find(" ## ").unwrap_or(text.len());
    let header = parse_header(&text[..header_end])?;
    let sections = split_sections(&text[header_end..]);
    let section = |name: &str| {
        sections
            .iter()
            .find(|(n, _)| *n == name)
            .map_or("", |(_, body)| *body)
    };
    let pattern = Pattern {
        id: String::new(),
        name: header.name,
        category: header.category,
        complexity: header.complexity,
        team_size: header.team_size,
        aliases: header.aliases,
        tags: Vec::new(),
        summary: header.summary,
        when_to_use: bullets(section("## When to Use")),
        when_not_to_use: bullets(section("## When NOT to Use")),
        components: components(section("## Key Components")),
        pros: trade_offs(section("### Pros"), "pros")?,
        cons: trade_offs(section("### Cons"), "cons")?,
        tech_stacks: tech_stacks(section("## Tech Stack Examples")),
        examples: examples(section("## Real-World Examples")),
        alternatives: alternatives(section("## Decision Matrix")),
        references: references(section("## References"))?,
        related: link_slugs(section("## Related Patterns")),
        overview: section("## Overview").trim().to_owned(),
        effects: QualityEffects::neutral(
            "Not rated yet: the source gives no number; set a score from -2 to +2.",
        ),
        conflicts_with: Vec::new(),
        facets: Vec::new(),
        role: crate::catalog::Role::default(),
        effects_against: String::new(),
        imported_from: Some(source_note.to_owned()),
    };
    Ok(pattern)
}

struct Header {
    name: String,
    category: Category,
    complexity: u8,
    team_size: TeamSize,
    aliases: Vec<String>,
    summary: String,
}

/// `# Name **Category:** c | **Complexity:** n/5 | **Team Size:** t > summary **Also known as:** a, b`
fn parse_header(text: &str) -> Result<Header, EntryError> {
    let (before, after) = text
        .split_once("**Category:**")
        .ok_or_else(|| error("category", "no `**Category:**` line"))?;
    let name = before
        .rsplit_once("# ")
        .map(|(_, name)| name.trim())
        .filter(|n| !n.is_empty())
        .ok_or_else(|| error("name", "no `# Name` heading before the category line"))?;
    let (category_text, after) = after
        .split_once("| **Complexity:**")
        .ok_or_else(|| error("complexity", "no `**Complexity:**` after the category"))?;
    let category = Category::from_key(category_text).ok_or_else(|| {
        error(
            "category",
            format!("unknown category `{}`", category_text.trim()),
        )
    })?;
    let (complexity_text, after) = after
        .split_once("| **Team Size:**")
        .ok_or_else(|| error("team_size", "no `**Team Size:**` after the complexity"))?;
    let complexity = parse_complexity(complexity_text)?;
    let (team_text, rest) = after.split_once(" > ").unwrap_or((after, ""));
    let (summary, aliases) = rest.split_once("**Also known as:**").unwrap_or((rest, ""));
    let (min, max) = parse_team_size(team_text).ok_or_else(|| {
        error(
            "team_size",
            format!("cannot read a team size from `{}`", team_text.trim()),
        )
    })?;
    Ok(Header {
        name: name.to_owned(),
        category,
        complexity,
        team_size: TeamSize {
            min,
            max,
            text: team_text.trim().to_owned(),
        },
        aliases: comma_list(aliases),
        summary: summary.trim().to_owned(),
    })
}

fn parse_complexity(text: &str) -> Result<u8, EntryError> {
    let number = text.trim().split('/').next().unwrap_or("").trim();
    match number.parse::<u8>() {
        Ok(n) if (1..=5).contains(&n) => Ok(n),
        _ => Err(error(
            "complexity",
            format!("complexity must be 1/5 to 5/5, found `{}`", text.trim()),
        )),
    }
}

/// Cuts the body at each known heading, in the order they appear.
fn split_sections(body: &str) -> Vec<(&'static str, &str)> {
    let mut marks: Vec<(usize, &'static str)> = SECTIONS
        .iter()
        .filter_map(|heading| find_heading(body, heading).map(|at| (at, *heading)))
        .collect();
    marks.sort_unstable();
    marks
        .iter()
        .enumerate()
        .map(|(i, (at, heading))| {
            let start = at + heading.len();
            let end = marks.get(i + 1).map_or(body.len(), |(next, _)| *next);
            (*heading, body.get(start..end).unwrap_or(""))
        })
        .collect()
}

/// A heading followed by a space or the end, so `## When to Use` does not
/// match inside `## When to Use it`.
fn find_heading(body: &str, heading: &str) -> Option<usize> {
    body.match_indices(heading).map(|(at, _)| at).find(|&at| {
        let after = &body[at + heading.len()..];
        let before_ok = at == 0 || body[..at].ends_with(' ');
        before_ok && (after.is_empty() || after.starts_with(' '))
    })
}

fn components(section: &str) -> Vec<Component> {
    labelled(section)
        .into_iter()
        .map(|(name, description)| Component { name, description })
        .collect()
}

fn trade_offs(section: &str, field: &'static str) -> Result<Vec<TradeOff>, EntryError> {
    bullets(section)
        .iter()
        .map(|item| {
            let (weight, text) = weighted(item).unwrap_or(("medium", item));
            let weight = match weight.to_lowercase().as_str() {
                "high" => Weight::High,
                "medium" => Weight::Medium,
                "low" => Weight::Low,
                other => {
                    return Err(error(
                        field,
                        format!("unknown weight `[{other}]`; use high, medium or low"),
                    ));
                }
            };
            Ok(TradeOff {
                weight,
                text: text.to_owned(),
            })
        })
        .collect()
}

fn tech_stacks(section: &str) -> Vec<TechStack> {
    labelled(section)
        .into_iter()
        .map(|(name, list)| TechStack {
            name,
            technologies: comma_list(&list),
        })
        .collect()
}

fn examples(section: &str) -> Vec<Example> {
    labelled(section)
        .into_iter()
        .map(|(organisation, description)| Example {
            organisation,
            description,
        })
        .collect()
}

fn alternatives(section: &str) -> Vec<Alternative> {
    labelled(section)
        .into_iter()
        .map(|(label, text)| Alternative {
            name: label
                .strip_prefix("vs ")
                .unwrap_or(&label)
                .trim()
                .to_owned(),
            pattern: None,
            prefer_when: text,
        })
        .collect()
}

fn references(section: &str) -> Result<Vec<Reference>, EntryError> {
    let mut items: Vec<String> = Vec::new();
    for piece in section.trim().trim_start_matches("- ").split(" - ") {
        match items.last_mut() {
            Some(last) if reference(last).is_none() => {
                last.push_str(" - ");
                last.push_str(piece);
            }
            _ => items.push(piece.trim().to_owned()),
        }
    }
    items
        .iter()
        .filter(|item| !item.is_empty())
        .map(|item| {
            let (title, author, kind) = reference(item).ok_or_else(|| {
                error(
                    "references",
                    format!("cannot read `{item}` as `Title by Author (kind)`"),
                )
            })?;
            let kind = ReferenceKind::from_key(&kind).ok_or_else(|| {
                error(
                    "references",
                    format!("unknown reference kind `{kind}` in `{item}`"),
                )
            })?;
            Ok(Reference {
                title,
                author,
                kind,
            })
        })
        .collect()
}
