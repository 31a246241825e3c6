//! The command-line interface: `plinth <subcommand>`.
//!
//! Parsing with clap, then each subcommand in its own file. This is the only
//! core module that prints; every handler writes to the given output and
//! returns the process exit code.

mod adr;
mod catalog;
mod check;
mod completions;
pub mod date;
mod export;
mod import;
mod input;
mod new;
mod output;
mod plural;
mod rules;
mod score;
mod suggest;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::catalog::{CatalogLoader, LoadOutcome};

pub use suggest::parse;

/// Plinth: an architecture decision workbench.
///
/// With no subcommand, opens the window. The subcommands give the same
/// catalog, scoring, review and exports to scripts and docs pipelines.
#[derive(Debug, Parser)]
#[command(name = "plinth", version, about, long_about, propagate_version = true)]
pub struct Cli {
    /// Add a folder of pattern files on top of the embedded catalog and the
    /// user folder; repeatable, later folders win.
    #[arg(long = "catalog", value_name = "DIR", global = true)]
    pub catalog_dirs: Vec<PathBuf>,

    /// Ignore the per-user pattern folder (for reproducible scripts).
    #[arg(long, global = true)]
    pub no_user_catalog: bool,

    /// Let an unrated pattern (every effect 0, as `catalog import` writes
    /// them) replace a rated built-in of the same id; without it, such a
    /// file is reported and the built-in kept.
    #[arg(long, global = true)]
    pub allow_unrated: bool,

    #[command(subcommand)]
    pub command: Option<Command>,

    /// Window only: render the window, write a PNG of the first complete
    /// frame to FILE and quit (works under Xvfb).
    #[arg(long, value_name = "FILE.png")]
    pub screenshot: Option<PathBuf>,

    /// Window only: open this workspace file at start (a `.mmd` flowchart
    /// is imported).
    #[arg(long, value_name = "WORKSPACE")]
    pub open: Option<PathBuf>,

    /// Window only: the workspace file to open (`plinth plan.ron`, as a
    /// file manager starts it; the same as --open); a mermaid flowchart
    /// (`.mmd`) is imported as a new workspace.
    #[arg(value_name = "WORKSPACE", conflicts_with = "open")]
    pub file: Option<PathBuf>,

    /// Window only: the window's inner size, like 1280x800.
    #[arg(long, value_name = "WxH")]
    pub size: Option<String>,

    /// Window only: start in presentation mode (large type, high contrast;
    /// with --screenshot, captures it).
    #[arg(long)]
    pub present: bool,

    /// Window only: write unsaved work to the recovery file after it stayed
    /// unsaved this long (default 30; 0 writes it at once).
    #[arg(long, value_name = "SECONDS")]
    pub autosave_after: Option<u64>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Browse, validate and import the pattern catalog.
    #[command(subcommand)]
    Catalog(catalog::CatalogCommand),
    /// Start a workspace file: one empty candidate to draw, or one of the examples.
    New(new::NewArgs),
    /// Rank candidates with every point explained, and the ranking's sensitivity.
    Score(score::ScoreArgs),
    /// Review candidates for the risks a staff engineer would raise.
    Check(check::CheckArgs),
    /// List the design review's rules: id, severity, what each catches.
    Rules(rules::RulesArgs),
    /// Write ADRs, mermaid diagrams, comparison tables, pictures and the report.
    #[command(subcommand)]
    Export(export::ExportCommand),
    /// Read designs from other formats.
    #[command(subcommand)]
    Import(import::ImportCommand),
    /// Work with folders of Architecture Decision Records.
    #[command(subcommand)]
    Adr(adr::AdrCommand),
    /// Print the shell completion script for bash, zsh, fish, elvish or powershell.
    Completions(completions::CompletionsArgs),
    /// Print the manual page (roff), e.g. `plinth man -o plinth.1`.
    Man(completions::ManArgs),
}

impl Cli {
    /// Why the window cannot start with the file given as a bare argument:
    /// a mistyped subcommand lands there too, and must not open a window.
    pub fn window_file_problem(&self) -> Option<String> {
        let file = self.file.as_ref()?;
        (!file.exists()).then(|| suggest::not_a_subcommand(&file.to_string_lossy()))
    }

    /// The catalog as this invocation sees it: embedded, user folder, `--catalog` folders.
    pub fn load_catalog(&self) -> LoadOutcome {
        let mut loader = CatalogLoader::embedded();
        if !self.no_user_catalog {
            loader = loader.with_user_folder();
        }
        for dir in &self.catalog_dirs {
            loader = loader.with_folder(dir);
        }
        loader.allow_unrated_overrides(self.allow_unrated).load()
    }
}

/// Reads a UTF-8 text file, or standard input for `-`; the error is a
/// printable line naming the file (and the line, for invalid UTF-8).
pub(crate) fn read_text(path: &std::path::Path) -> Result<String, String> {
    if output::Output::is_stdout_arg(path) {
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin().lock(), &mut bytes)
            .map_err(|e| format!("<stdin>: cannot read standard input: {e}"))?;
        return crate::diagnostics::text_of("<stdin>", &bytes, crate::diagnostics::MAX_TEXT_BYTES)
            .map(str::to_owned)
            .map_err(|problem| problem.to_string());
    }
    crate::diagnostics::read_text(path).map_err(|problem| problem.to_string())
}

/// Commands that need the catalog: loading problems are warnings on stderr.
fn with_catalog(
    cli: &Cli,
    command: &Command,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<ExitCode> {
    let outcome = cli.load_catalog();
    for problem in &outcome.problems {
        writeln!(err, "warning: {problem}")?;
    }
    let catalog = &outcome.catalog;
    match command {
        Command::Score(args) => score::run(args, catalog, out, err),
        Command::Check(args) => check::run(args, catalog, out, err),
        Command::Export(cmd) => export::run(cmd, catalog, out, err),
        Command::Import(cmd) => import::run(cmd, catalog, out, err),
        Command::Catalog(_)
        | Command::New(_)
        | Command::Adr(_)
        | Command::Rules(_)
        | Command::Completions(_)
        | Command::Man(_) => Ok(ExitCode::SUCCESS),
    }
}

/// Runs a parsed subcommand, writing results to `out` and problems to `err`.
pub fn run(cli: &Cli, command: &Command, out: &mut dyn Write, err: &mut dyn Write) -> ExitCode {
    let result = match command {
        Command::Catalog(cmd) => catalog::run(cli, cmd, out, err),
        Command::New(args) => new::run(args, out, err),
        Command::Adr(cmd) => adr::run(cmd, out, err),
        Command::Rules(args) => rules::run(args, out, err),
        Command::Completions(args) => completions::completions(args, out, err),
        Command::Man(args) => completions::man(args, out, err),
        other => with_catalog(cli, other, out, err),
    };
    match result {
        Ok(code) => code,
        Err(io) if io.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(io) => {
            let _ = writeln!(err, "error: cannot write output: {io}");
            ExitCode::FAILURE
        }
    }
}
