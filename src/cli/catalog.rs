//! `plinth catalog ...`: list, show, validate and import patterns.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Subcommand;
use serde_json::json;

use super::Cli;
use crate::catalog::facts::compare_facts;
use crate::catalog::layra::{import_layra, write_patterns};
use crate::catalog::search::{Filter, Searcher};
use crate::catalog::{Catalog, CatalogLoader, Category, Entry, Problem};

mod show;

#[derive(Debug, Subcommand)]
pub enum CatalogCommand {
    /// List patterns, optionally filtered and searched.
    List {
        /// Only this category (ai, application, data, infrastructure, integration, resilience, system).
        #[arg(long, value_parser = parse_category)]
        category: Option<Category>,
        /// Only patterns of at most this complexity (1-5).
        #[arg(long, value_parser = clap::value_parser!(u8).range(1..=5))]
        max_complexity: Option<u8>,
        /// Only patterns whose team-size range fits a team of N engineers.
        #[arg(long, value_name = "N")]
        team: Option<u32>,
        /// Fuzzy search over name, aliases, tags and summary (best match first).
        #[arg(long, value_name = "QUERY")]
        search: Option<String>,
        /// Print a JSON array instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Show one pattern's page.
    Show {
        /// The pattern id (or its name or an alias).
        id: String,
        /// Print the whole pattern as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Check pattern files and print every problem; exits 1 if there is any.
    ///
    /// Without DIR, checks the catalog this invocation loads (embedded, user
    /// folder, --catalog folders). With DIR, checks that folder on top of the
    /// embedded catalog, or on its own with --alone.
    Validate {
        /// A folder of `*.ron` pattern files.
        dir: Option<PathBuf>,
        /// Check DIR without the embedded catalog (links must resolve inside it).
        #[arg(long, requires = "dir")]
        alone: bool,
    },
    /// Compare the facts (not the prose) of the patterns in DIR with the catalog.
    ///
    /// Reports every pattern whose name, category, complexity, team size,
    /// aliases, related ids, alternatives, tech stacks, example organisations
    /// or references differ, and patterns missing on either side. Useful after
    /// `catalog import` of a newer source catalog. Exits 1 on any difference.
    Diff {
        /// A folder of `*.ron` pattern files (for example an import's output).
        dir: PathBuf,
    },
    /// Convert a Layra Markdown catalog into pattern files.
    Import {
        /// The Layra catalog (one Markdown file, entries separated by `---`).
        file: PathBuf,
        /// The folder to write `<id>.ron` files into (created if missing).
        #[arg(long, short)]
        out: PathBuf,
        /// Replace files that already exist in the folder.
        #[arg(long)]
        force: bool,
    },
}

fn parse_category(text: &str) -> Result<Category, String> {
    Category::from_key(text).ok_or_else(|| {
        let all: Vec<&str> = Category::ALL.iter().map(|c| c.key()).collect();
        format!("unknown category `{text}`; use one of {}", all.join(", "))
    })
}

pub fn run(
    cli: &Cli,
    command: &CatalogCommand,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<ExitCode> {
    match command {
        CatalogCommand::List {
            category,
            max_complexity,
            team,
            search,
            json,
        } => {
            let filter = Filter {
                text: search.clone().unwrap_or_default(),
                category: *category,
                max_complexity: *max_complexity,
                team: *team,
            };
            let outcome = cli.load_catalog();
            report_problems(&outcome.problems, err)?;
            list(&outcome.catalog, &filter, *json, out)
        }
        CatalogCommand::Show { id, json } => {
            let outcome = cli.load_catalog();
            report_problems(&outcome.problems, err)?;
            show::show(&outcome.catalog, id, *json, out, err)
        }
        CatalogCommand::Validate { dir, alone } => validate(cli, dir.as_ref(), *alone, out),
        CatalogCommand::Diff { dir } => diff(cli, dir, out, err),
        CatalogCommand::Import { out: dir, .. } if super::output::Output::is_stdout_arg(dir) => {
            writeln!(
                err,
                "error: `-o -` (standard output) cannot hold a folder of pattern files; give a folder"
            )?;
            Ok(ExitCode::FAILURE)
        }
        CatalogCommand::Import {
            file,
            out: dir,
            force,
        } => import(file, dir, *force, out, err),
    }
}

/// Loading problems go to stderr; the command still does its work.
fn report_problems(problems: &[Problem], err: &mut dyn Write) -> io::Result<()> {
    for problem in problems {
        writeln!(err, "warning: {problem}")?;
    }
    if !problems.is_empty() {
        writeln!(
            err,
            "warning: {} problem(s) in the catalog; broken files were skipped",
            problems.len()
        )?;
    }
    Ok(())
}

fn list(
    catalog: &Catalog,
    filter: &Filter,
    json: bool,
    out: &mut dyn Write,
) -> io::Result<ExitCode> {
    let entries = Searcher::default().search(catalog, filter);
    if json {
        let items: Vec<_> = entries.iter().map(|e| list_json(e)).collect();
        writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&items).unwrap_or_default()
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    let width = entries
        .iter()
        .map(|e| e.pattern.id.len())
        .max()
        .unwrap_or(2);
    for entry in &entries {
        let p = &entry.pattern;
        writeln!(
            out,
            "{:<width$}  {:<14} {}/5  {:<40}  {}{}",
            p.id,
            p.category.key(),
            p.complexity,
            p.name,
            p.team_size.text,
            source_mark(entry),
        )?;
    }
    writeln!(out, "{} of {} patterns", entries.len(), catalog.len())?;
    Ok(ExitCode::SUCCESS)
}

/// A marker for patterns that come from a user folder.
pub(super) fn source_mark(entry: &Entry) -> String {
    match (&entry.source, entry.overrides_embedded) {
        (crate::catalog::Source::Embedded, _) => String::new(),
        (source, true) => format!("  [user, overrides built-in: {}]", source.label()),
        (source, false) => format!("  [user: {}]", source.label()),
    }
}

/// The contract of `catalog list --json`: one object per pattern.
pub(super) fn list_json(entry: &Entry) -> serde_json::Value {
    let p = &entry.pattern;
    json!({
        "id": p.id,
        "name": p.name,
        "category": p.category.key(),
        "complexity": p.complexity,
        "team_size": { "min": p.team_size.min, "max": p.team_size.max, "text": p.team_size.text },
        "aliases": p.aliases,
        "tags": p.tags,
        "related": p.related,
        "summary": p.summary,
        "source": entry.source.label(),
        "overrides_embedded": entry.overrides_embedded,
    })
}

fn validate(
    cli: &Cli,
    dir: Option<&PathBuf>,
    alone: bool,
    out: &mut dyn Write,
) -> io::Result<ExitCode> {
    let outcome = match dir {
        Some(dir) if alone => CatalogLoader::empty().with_folder(dir).load(),
        Some(dir) => CatalogLoader::embedded().with_folder(dir).load(),
        None => cli.load_catalog(),
    };
    for problem in &outcome.problems {
        writeln!(out, "error: {problem}")?;
    }
    writeln!(
        out,
        "{} pattern(s) loaded, {} problem(s)",
        outcome.catalog.len(),
        outcome.problems.len()
    )?;
    Ok(if outcome.problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn diff(
    cli: &Cli,
    dir: &PathBuf,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<ExitCode> {
    let ours = cli.load_catalog();
    report_problems(&ours.problems, err)?;
    let theirs = CatalogLoader::empty().with_folder(dir).load();
    report_problems(&theirs.problems, err)?;
    let mut differences = 0;
    for pattern in theirs.catalog.patterns() {
        let Some(mine) = ours.catalog.pattern(&pattern.id) else {
            writeln!(out, "{}: only in {}", pattern.id, dir.display())?;
            differences += 1;
            continue;
        };
        for d in compare_facts(mine, pattern) {
            writeln!(
                out,
                "{}: {}\n    ours:   {}\n    theirs: {}",
                pattern.id, d.field, d.ours, d.theirs
            )?;
            differences += 1;
        }
    }
    let compared = theirs.catalog.len();
    writeln!(
        out,
        "{compared} pattern(s) compared, {differences} difference(s)"
    )?;
    Ok(if differences == 0 && theirs.problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn import(
    file: &Path,
    dir: &Path,
    force: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<ExitCode> {
    let name = file.display().to_string();
    let text = match super::read_text(file) {
        Ok(text) => text,
        Err(message) => {
            writeln!(err, "error: {message}")?;
            return Ok(ExitCode::FAILURE);
        }
    };
    let imported = import_layra(&name, &text);
    for problem in &imported.problems {
        writeln!(err, "error: {problem} (entry skipped)")?;
    }
    if imported.patterns.is_empty() {
        writeln!(
            err,
            "error: {name}: no Layra entry found (expected `# Name` then `**Category:** ...`)"
        )?;
        return Ok(ExitCode::FAILURE);
    }
    match write_patterns(dir, &imported.patterns, force) {
        Ok(paths) => writeln!(
            out,
            "imported {} pattern(s) into {}",
            paths.len(),
            dir.display()
        )?,
        Err(e) => {
            writeln!(err, "error: {e}")?;
            return Ok(ExitCode::FAILURE);
        }
    }
    let check = CatalogLoader::empty().with_folder(dir).load();
    for problem in &check.problems {
        writeln!(err, "error: {problem}")?;
    }
    let clean = imported.problems.is_empty() && check.problems.is_empty();
    Ok(if clean {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
