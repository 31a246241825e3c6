//! `plinth new [--example NAME] FILE`: starts a workspace file.

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

use crate::storage;
use crate::workspace::Workspace;
use crate::workspace::examples::{example_names, example_text};
use crate::workspace::file;

pub fn run(
    example: Option<&str>,
    path: &Path,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<ExitCode> {
    if path.exists() {
        writeln!(
            err,
            "error: {} already exists; choose another name (nothing was overwritten)",
            path.display()
        )?;
        return Ok(ExitCode::FAILURE);
    }
    let workspace = match example {
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
        None => Workspace::new(&title_from(path)),
    };
    match storage::save_workspace(path, &workspace) {
        Ok(()) => {
            writeln!(
                out,
                "wrote {} ({} candidate(s))",
                path.display(),
                workspace.candidates().len()
            )?;
            Ok(ExitCode::SUCCESS)
        }
        Err(problem) => {
            writeln!(err, "error: {problem}")?;
            Ok(ExitCode::FAILURE)
        }
    }
}

/// "payment-options.ron" -> "Payment options".
fn title_from(path: &Path) -> String {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().replace(['-', '_'], " "))
        .unwrap_or_default();
    let mut chars = stem.trim().chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => "New decision".to_owned(),
    }
}
