//! `plinth new [--example NAME] FILE`: starts a workspace file: one empty
//! candidate and the context's defaults to edit, or a built-in example.

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

use clap::Args;

use super::output::{Output, write_file};
use super::plural::count;
use crate::design::{Candidate, CandidateId};
use crate::workspace::Workspace;
use crate::workspace::examples::{example_names, example_text};
use crate::workspace::file;

#[derive(Debug, Args)]
pub struct NewArgs {
    /// Copy a built-in example: startup, ai-support, checkout or legacy-shop.
    #[arg(long, value_name = "NAME")]
    pub example: Option<String>,
    /// The workspace file to create; `-` prints it.
    #[arg(value_name = "FILE")]
    pub file: std::path::PathBuf,
    /// Replace FILE when it exists.
    #[arg(long)]
    pub force: bool,
}

pub fn run(args: &NewArgs, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<ExitCode> {
    let target = Output::from_arg(Some(&args.file));
    if let Output::File(path) = target
        && path.exists()
        && !args.force
    {
        writeln!(err, "error: {}", super::output::exists_message(path))?;
        return Ok(ExitCode::FAILURE);
    }
    let workspace = match args.example.as_deref() {
        Some(name) => match example_text(name).map(|text| file::from_str(name, text)) {
            Some(Ok(ws)) => ws,
            Some(Err(problem)) => {
                writeln!(err, "error: the built-in example is broken: {problem}")?;
                return Ok(ExitCode::FAILURE);
            }
            None => {
                writeln!(
                    err,
                    "error: no example `{name}`; the examples are {}",
                    example_names().join(", ")
                )?;
                return Ok(ExitCode::FAILURE);
            }
        },
        None => starter(&args.file),
    };
    let text = file::to_ron(&workspace).map_err(|p| io::Error::other(p.to_string()))?;
    let Output::File(path) = target else {
        write!(out, "{text}")?;
        return Ok(ExitCode::SUCCESS);
    };
    if let Err(message) = write_file(path, text.as_bytes(), args.force) {
        writeln!(err, "error: {message}")?;
        return Ok(ExitCode::FAILURE);
    }
    let candidates = count(workspace.candidates().len(), "candidate", "candidates");
    writeln!(out, "wrote {} ({candidates})", path.display())?;
    if args.example.is_none() {
        writeln!(
            out,
            "next: draw the candidate in the window (plinth {}), or edit the file (docs/workspace-format.md)",
            path.display()
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

/// A new decision named after the file, with one empty candidate to draw.
fn starter(path: &Path) -> Workspace {
    let mut workspace = Workspace::new(&title_from(path));
    let id = CandidateId(workspace.fresh_id());
    workspace.push_candidate(Candidate::new(id, "Candidate A"));
    workspace
}

/// "payment-options.ron" -> "Payment options".
fn title_from(path: &Path) -> String {
    let stem = path
        .file_stem()
        .filter(|_| !Output::is_stdout_arg(path))
        .map(|s| s.to_string_lossy().replace(['-', '_'], " "))
        .unwrap_or_default();
    let mut chars = stem.trim().chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => "New decision".to_owned(),
    }
}
