//! `plinth catalog validate [PATH]` and `plinth catalog diff DIR`: every
//! problem of the pattern files at once, and how a folder's facts differ
//! from the embedded catalog's.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde_json::json;

use super::report_problems;
use crate::catalog::facts::compare_facts;
use crate::catalog::{Catalog, CatalogLoader, Source};
use crate::cli::Cli;
use crate::cli::plural::count;

pub fn validate(
    cli: &Cli,
    path: Option<&PathBuf>,
    alone: bool,
    json: bool,
    out: &mut dyn Write,
) -> io::Result<ExitCode> {
    let outcome = match path {
        Some(path) if alone => CatalogLoader::empty().with_folder(path).load(),
        Some(path) => CatalogLoader::embedded().with_folder(path).load(),
        None => cli.load_catalog(),
    };
    if json {
        let value = json!({ "patterns": outcome.catalog.len(), "problems": outcome.problems });
        writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&value).unwrap_or_default()
        )?;
    } else {
        for problem in &outcome.problems {
            writeln!(out, "error: {problem}")?;
        }
        writeln!(
            out,
            "{} loaded, {}",
            count(outcome.catalog.len(), "pattern", "patterns"),
            count(outcome.problems.len(), "problem", "problems")
        )?;
    }
    Ok(if outcome.problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// The folder's patterns (layered on the embedded catalog, so links into
/// it resolve) against the embedded catalog.
pub fn diff(
    dir: &Path,
    json: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<ExitCode> {
    let ours = Catalog::embedded();
    let layered = CatalogLoader::embedded()
        .allow_unrated_overrides(true)
        .with_folder(dir)
        .load();
    report_problems(&layered.problems, err)?;
    let theirs: Vec<_> = layered
        .catalog
        .entries()
        .filter(|e| e.source != Source::Embedded)
        .map(|e| &e.pattern)
        .collect();
    let mut differences = Vec::new();
    let mut only_in_dir = Vec::new();
    for pattern in &theirs {
        match ours.pattern(&pattern.id) {
            Some(mine) => differences.extend(
                compare_facts(mine, pattern)
                    .into_iter()
                    .map(|d| (pattern.id.clone(), d)),
            ),
            None => only_in_dir.push(pattern.id.clone()),
        }
    }
    let only_embedded: Vec<String> = ours
        .patterns()
        .filter(|p| !theirs.iter().any(|t| t.id == p.id))
        .map(|p| p.id.clone())
        .collect();
    if json {
        let items: Vec<_> = differences
            .iter()
            .map(
                |(id, d)| json!({ "id": id, "field": d.field, "ours": d.ours, "theirs": d.theirs }),
            )
            .collect();
        let value = json!({
            "compared": theirs.len() - only_in_dir.len(),
            "differences": items,
            "only_in_dir": only_in_dir,
            "only_embedded": only_embedded,
        });
        writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&value).unwrap_or_default()
        )?;
    } else {
        for (id, d) in &differences {
            writeln!(
                out,
                "{id}: {}\n    ours:   {}\n    theirs: {}",
                d.field, d.ours, d.theirs
            )?;
        }
        for id in &only_in_dir {
            writeln!(out, "{id}: only in {}", dir.display())?;
        }
        for id in &only_embedded {
            writeln!(out, "{id}: only in the embedded catalog")?;
        }
        writeln!(
            out,
            "{} compared, {}; {} only in {}, {} only in the embedded catalog",
            count(theirs.len() - only_in_dir.len(), "pattern", "patterns"),
            count(differences.len(), "difference", "differences"),
            only_in_dir.len(),
            dir.display(),
            only_embedded.len()
        )?;
    }
    Ok(if differences.is_empty() && layered.problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
