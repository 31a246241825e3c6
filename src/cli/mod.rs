//! The command-line interface: `plinth <subcommand>`.
//!
//! Parsing with clap, then each subcommand in its own file. This is the only
//! core module that prints; every handler writes to the given output and
//! returns the process exit code.

mod catalog;
mod new;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::catalog::{CatalogLoader, LoadOutcome};

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

    #[command(subcommand)]
    pub command: Option<Command>,

    /// Window only: render the window, write a PNG of the first complete
    /// frame to FILE and quit (works under Xvfb).
    #[arg(long, value_name = "FILE.png")]
    pub screenshot: Option<PathBuf>,

    /// Window only: open this workspace file at start.
    #[arg(long, value_name = "WORKSPACE")]
    pub open: Option<PathBuf>,

    /// Window only: the window's inner size, like 1280x800.
    #[arg(long, value_name = "WxH")]
    pub size: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Browse, validate and import the pattern catalog.
    #[command(subcommand)]
    Catalog(catalog::CatalogCommand),
    /// Start a workspace file: empty, or one of the examples.
    New {
        /// Copy a built-in example: startup, ai-support or checkout.
        #[arg(long, value_name = "NAME")]
        example: Option<String>,
        /// The workspace file to create (it must not exist).
        file: PathBuf,
    },
}

impl Cli {
    /// The catalog as this invocation sees it: embedded, user folder, `--catalog` folders.
    pub fn load_catalog(&self) -> LoadOutcome {
        let mut loader = CatalogLoader::embedded();
        if !self.no_user_catalog {
            loader = loader.with_user_folder();
        }
        for dir in &self.catalog_dirs {
            loader = loader.with_folder(dir);
        }
        loader.load()
    }
}

/// Runs a parsed subcommand, writing results to `out` and problems to `err`.
pub fn run(cli: &Cli, command: &Command, out: &mut dyn Write, err: &mut dyn Write) -> ExitCode {
    let result = match command {
        Command::Catalog(cmd) => catalog::run(cli, cmd, out, err),
        Command::New { example, file } => new::run(example.as_deref(), file, out, err),
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
