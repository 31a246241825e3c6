//! `plinth catalog show ID`: a pattern's page as text or JSON.

use std::io::{self, Write};
use std::process::ExitCode;

use super::{list_json, source_mark};
use crate::catalog::{Catalog, Entry};

pub fn show(
    catalog: &Catalog,
    id: &str,
    json: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<ExitCode> {
    let entry = catalog
        .entry(id)
        .or_else(|| catalog.find_by_name(id).and_then(|p| catalog.entry(&p.id)));
    let Some(entry) = entry else {
        let hint = match crate::catalog::search::did_you_mean(catalog, id) {
            Some(near) => format!(
                "did you mean `{}` ({})?",
                near.pattern.id, near.pattern.name
            ),
            None => format!("`plinth catalog list --search {id}` finds near matches"),
        };
        writeln!(err, "error: no pattern `{id}` in the catalog; {hint}")?;
        return Ok(ExitCode::FAILURE);
    };
    if json {
        let mut value = serde_json::to_value(&entry.pattern).unwrap_or_default();
        if let (Some(object), Some(extra)) = (value.as_object_mut(), list_json(entry).as_object()) {
            object.insert("source".into(), extra["source"].clone());
            object.insert(
                "overrides_embedded".into(),
                extra["overrides_embedded"].clone(),
            );
        }
        writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&value).unwrap_or_default()
        )?;
    } else {
        page(catalog, entry, out)?;
    }
    Ok(ExitCode::SUCCESS)
}

fn page(catalog: &Catalog, entry: &Entry, out: &mut dyn Write) -> io::Result<()> {
    let p = &entry.pattern;
    writeln!(out, "{}  ({}){}", p.name, p.id, source_mark(entry))?;
    writeln!(
        out,
        "{} · complexity {}/5 · {}",
        p.category, p.complexity, p.team_size.text
    )?;
    if !p.aliases.is_empty() {
        writeln!(out, "Also known as: {}", p.aliases.join(", "))?;
    }
    writeln!(out, "\n{}", p.summary)?;
    if !p.overview.trim().is_empty() {
        writeln!(out, "\n{}", p.overview.trim())?;
    }
    bullets(out, "When to use", &p.when_to_use)?;
    bullets(out, "When not to use", &p.when_not_to_use)?;
    let components: Vec<String> = p
        .components
        .iter()
        .map(|c| format!("{}: {}", c.name, c.description))
        .collect();
    bullets(out, "Components", &components)?;
    let pros: Vec<String> = p
        .pros
        .iter()
        .map(|t| format!("[{}] {}", t.weight.key(), t.text))
        .collect();
    bullets(out, "Pros", &pros)?;
    let cons: Vec<String> = p
        .cons
        .iter()
        .map(|t| format!("[{}] {}", t.weight.key(), t.text))
        .collect();
    bullets(out, "Cons", &cons)?;
    let effects: Vec<String> = p
        .effects
        .iter()
        .map(|(a, e)| format!("{:<16} {:+}  {}", a.label(), e.score, e.reason))
        .collect();
    bullets(out, "Effects on quality attributes", &effects)?;
    let stacks: Vec<String> = p
        .tech_stacks
        .iter()
        .map(|s| format!("{}: {}", s.name, s.technologies.join(", ")))
        .collect();
    bullets(out, "Tech stacks", &stacks)?;
    let examples: Vec<String> = p
        .examples
        .iter()
        .map(|e| format!("{}: {}", e.organisation, e.description))
        .collect();
    bullets(out, "Real-world examples", &examples)?;
    let alternatives: Vec<String> = p
        .alternatives
        .iter()
        .map(|a| match &a.pattern {
            Some(id) => format!("{} ({id}): {}", a.name, a.prefer_when),
            None => format!("{}: {}", a.name, a.prefer_when),
        })
        .collect();
    bullets(out, "Alternatives", &alternatives)?;
    let references: Vec<String> = p
        .references
        .iter()
        .map(|r| format!("{}, {} ({})", r.title, r.author, r.kind.key()))
        .collect();
    bullets(out, "References", &references)?;
    let related: Vec<String> = p
        .related
        .iter()
        .map(|id| linked_name(catalog, id))
        .collect();
    bullets(out, "Related patterns", &related)?;
    let conflicts: Vec<String> = p
        .conflicts_with
        .iter()
        .map(|id| linked_name(catalog, id))
        .collect();
    bullets(out, "Conflicts with", &conflicts)?;
    let facets: Vec<String> = p.facets.iter().map(|f| f.key().to_owned()).collect();
    bullets(out, "Facets", &facets)?;
    if let Some(source) = &p.imported_from {
        writeln!(out, "\nImported from {source}")?;
    }
    Ok(())
}

fn linked_name(catalog: &Catalog, id: &str) -> String {
    catalog
        .pattern(id)
        .map_or_else(|| id.to_owned(), |p| format!("{} ({id})", p.name))
}

fn bullets(out: &mut dyn Write, title: &str, items: &[String]) -> io::Result<()> {
    if items.is_empty() {
        return Ok(());
    }
    writeln!(out, "\n{title}")?;
    for item in items {
        writeln!(out, "  - {item}")?;
    }
    Ok(())
}
