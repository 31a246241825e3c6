//! `plinth catalog ...`: list, show, validate and import patterns.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Subcommand;
use serde_json::json;

use super::Cli;
use super::output::{OutputArgs, deliver};
use super::plural::count;
use crate::catalog::layra::{drop_taken_aliases, import_layra, write_patterns};
use crate::catalog::search::{Filter, Searcher};
use crate::catalog::{Catalog, CatalogLoader, Category, Entry, Problem};

mod check;
mod show;

#[derive(Debug, Subcommand)]
pub enum CatalogCommand {
    /// List patterns, optionally filtered and searched.
    List {
        /// Only this category (ai, application, data, infrastructure, integration, resilience, system).
        #[arg(long, value_parser = parse_category)]
        category: Option<Category>,
        /// Only patterns of at most this complexity (1-5).
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u8).range(1..=5))]
        max_complexity: Option<u8>,
        /// Only patterns whose team-size range fits a team of N engineers.
        #[arg(long, value_name = "N")]
        team: Option<u32>,
        /// Search name and aliases, then tags, then summary (best match
        /// first); weak matches are counted, not listed.
        #[arg(long, value_name = "QUERY")]
        search: Option<String>,
        /// With --search: list the weak matches too, after the others.
        #[arg(long, requires = "search")]
        all: bool,
        /// Print a JSON array instead of a table.
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        output: OutputArgs,
    },
    /// Show one pattern's page.
    Show {
        /// The pattern id (or its name or an alias).
        id: String,
        /// Print the whole pattern as JSON.
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        output: OutputArgs,
    },
    /// Check pattern files and print every problem; exits 1 if there is any.
    ///
    /// Without PATH, checks the catalog this invocation loads (embedded, user
    /// folder, --catalog folders). With PATH (a folder of pattern files, or
    /// one file), checks it on top of the embedded catalog, or on its own
    /// with --alone.
    Validate {
        /// A folder of `*.ron` pattern files, or one pattern file.
        #[arg(value_name = "PATH")]
        dir: Option<PathBuf>,
        /// Check PATH without the embedded catalog (links must resolve inside it).
        #[arg(long, requires = "dir")]
        alone: bool,
        /// Print JSON: `{"patterns": N, "problems": [{"file", "location", "field", "message"}]}`.
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        output: OutputArgs,
    },
    /// Compare the facts (not the prose) of the patterns in DIR with the
    /// embedded catalog.
    ///
    /// DIR is read on top of the embedded catalog (so its links may point
    /// into it). Reports every pattern whose name, category, complexity, team
    /// size, aliases, related ids, alternatives, tech stacks, example
    /// organisations or references differ, and the patterns only on one side.
    /// Useful after `catalog import` of a newer source catalog. Exits 1 on
    /// any difference in facts or any problem in DIR.
    Diff {
        /// A folder of `*.ron` pattern files (for example an import's output).
        dir: PathBuf,
        /// Print JSON: `{"compared", "differences": [{"id", "field", "ours",
        /// "theirs"}], "only_in_dir": [...], "only_embedded": [...]}`.
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        output: OutputArgs,
    },
    /// Convert a Layra Markdown catalog into pattern files.
    Import {
        /// The Layra catalog (one Markdown file, entries separated by `---`);
        /// `-` reads standard input.
        file: PathBuf,
        /// The folder to write `<id>.ron` files into (created if missing).
        #[arg(long, short, value_name = "DIR")]
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
            all,
            json,
            output,
        } => {
            let filter = Filter {
                text: search.clone().unwrap_or_default(),
                category: *category,
                max_complexity: *max_complexity,
                team: *team,
            };
            let outcome = cli.load_catalog();
            report_problems(&outcome.problems, err)?;
            deliver(output, out, err, |out, _| {
                list(&outcome.catalog, &filter, *all, *json, out)
            })
        }
        CatalogCommand::Show { id, json, output } => {
            let outcome = cli.load_catalog();
            report_problems(&outcome.problems, err)?;
            deliver(output, out, err, |out, err| {
                show::show(&outcome.catalog, id, *json, out, err)
            })
        }
        CatalogCommand::Validate {
            dir,
            alone,
            json,
            output,
        } => deliver(output, out, err, |out, _| {
            check::validate(cli, dir.as_ref(), *alone, *json, out)
        }),
        CatalogCommand::Diff { dir, json, output } => deliver(output, out, err, |out, err| {
            check::diff(dir, *json, out, err)
        }),
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
        let found = count(problems.len(), "problem", "problems");
        writeln!(err, "warning: {found} in the catalog (see above)")?;
    }
    Ok(())
}

fn list(
    catalog: &Catalog,
    filter: &Filter,
    all: bool,
    json: bool,
    out: &mut dyn Write,
) -> io::Result<ExitCode> {
    let found = Searcher::default().search_all(catalog, filter);
    let mut entries = found.shown.clone();
    if all {
        entries.extend(&found.weak);
    }
    if json {
        let items: Vec<_> = entries.iter().map(|e| list_json(e)).collect();
        writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&items).unwrap_or_default()
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    let id_width = column_width(entries.iter().map(|e| e.pattern.id.as_str()), "id");
    let name_width = column_width(entries.iter().map(|e| e.pattern.name.as_str()), "name");
    writeln!(
        out,
        "{:<id_width$}  {:<14}  {:<10}  {:<name_width$}  team size",
        "id", "category", "complexity", "name"
    )?;
    for entry in &entries {
        let p = &entry.pattern;
        writeln!(
            out,
            "{:<id_width$}  {:<14}  {:<10}  {:<name_width$}  {}{}",
            p.id,
            p.category.key(),
            format!("{}/5", p.complexity),
            p.name,
            p.team_size.text,
            source_mark(entry),
        )?;
    }
    let shown = count(entries.len(), "pattern", "patterns");
    writeln!(out, "{shown} of {}", catalog.len())?;
    if !all && !found.weak.is_empty() {
        let weak = count(found.weak.len(), "more weak match", "more weak matches");
        writeln!(out, "{weak} (--all lists them)")?;
    }
    Ok(ExitCode::SUCCESS)
}

/// The width of a column: its longest value or its header.
fn column_width<'a>(values: impl Iterator<Item = &'a str>, header: &str) -> usize {
    values
        .map(|v| v.chars().count())
        .chain([header.len()])
        .max()
        .unwrap_or(0)
}

/// What a row says about where a pattern comes from and whether it is rated.
pub(super) fn source_mark(entry: &Entry) -> String {
    let source = match (&entry.source, entry.overrides_embedded) {
        (crate::catalog::Source::Embedded, _) => String::new(),
        (source, true) => format!("  [your version of a built-in: {}]", source.label()),
        (source, false) => format!("  [user: {}]", source.label()),
    };
    let rating = if entry.is_unrated() {
        "  [unrated: every effect 0]"
    } else {
        ""
    };
    format!("{source}{rating}")
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
        "unrated": entry.is_unrated(),
    })
}

fn import(
    file: &Path,
    dir: &Path,
    force: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<ExitCode> {
    let name = super::input::display_name(file);
    let text = match super::read_text(file) {
        Ok(text) => text,
        Err(message) => {
            writeln!(err, "error: {message}")?;
            return Ok(ExitCode::FAILURE);
        }
    };
    let mut imported = import_layra(&name, &text);
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
    for note in drop_taken_aliases(&mut imported.patterns, &Catalog::embedded()) {
        writeln!(err, "note: {note}")?;
    }
    let written = match write_patterns(dir, &imported.patterns, force) {
        Ok(paths) => paths,
        Err(e) => {
            writeln!(err, "error: {e}")?;
            return Ok(ExitCode::FAILURE);
        }
    };
    let imported_count = count(written.len(), "pattern", "patterns");
    writeln!(out, "imported {imported_count} into {}", dir.display())?;
    let written: Vec<String> = written.iter().map(|p| p.display().to_string()).collect();
    let check = CatalogLoader::embedded()
        .allow_unrated_overrides(true)
        .with_folder(dir)
        .load();
    let mut clean = imported.problems.is_empty();
    for problem in check.problems.iter().filter(|p| written.contains(&p.file)) {
        writeln!(err, "error: {problem}")?;
        clean = false;
    }
    Ok(if clean {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
