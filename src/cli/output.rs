//! Where a command's result goes: `-o FILE` writes it to FILE, `-o -` (or
//! no `-o`) to standard output, for every command that produces output.
//! An existing FILE is replaced only with `--force`; otherwise the command
//! says so and writes nothing.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;

/// The destination of a command's main output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Output<'a> {
    Stdout,
    File(&'a Path),
}

impl<'a> Output<'a> {
    /// No `-o` or `-o -`: standard output; otherwise the file.
    pub fn from_arg(arg: Option<&'a Path>) -> Self {
        match arg {
            Some(path) if path.as_os_str() != "-" => Self::File(path),
            _ => Self::Stdout,
        }
    }

    /// Whether `arg` is the `-` that stands for standard output.
    pub fn is_stdout_arg(arg: &Path) -> bool {
        arg.as_os_str() == "-"
    }
}

/// `-o FILE|-` and `--force`, shared by every command that produces output.
#[derive(Debug, Clone, Default, Args)]
pub struct OutputArgs {
    /// Write the result to FILE instead of standard output (`-` is standard
    /// output; a missing folder is created).
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Replace FILE when it exists (without it, an existing file is left
    /// as it is and the command fails).
    #[arg(long)]
    pub force: bool,
}

impl OutputArgs {
    pub fn target(&self) -> Output<'_> {
        Output::from_arg(self.output.as_deref())
    }
}

/// The line that refuses to replace `path`.
pub fn exists_message(path: &Path) -> String {
    format!(
        "{} already exists; nothing was written (use --force to replace it)",
        path.display()
    )
}

/// Writes `bytes` to `path`: a new file, or with `force` a replacement
/// (atomic, the old content kept as `NAME.bak`).
pub fn write_file(path: &Path, bytes: &[u8], force: bool) -> Result<(), String> {
    if path.exists() && !force {
        return Err(exists_message(path));
    }
    let result = if path.exists() {
        crate::storage::atomic::save(path, bytes).map_err(|e| e.to_string())
    } else {
        crate::storage::atomic::create_new(path, bytes).map_err(|e| e.to_string())
    };
    result.map_err(|e| format!("{}: {e}", path.display()))
}

/// Runs `command` with its output sent where `args` says: standard output,
/// or a file written once the command is done (only if it produced
/// anything). An existing file without `--force` is refused up front.
pub fn deliver(
    args: &OutputArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
    command: impl FnOnce(&mut dyn Write, &mut dyn Write) -> io::Result<ExitCode>,
) -> io::Result<ExitCode> {
    let Output::File(path) = args.target() else {
        return command(out, err);
    };
    if path.exists() && !args.force {
        writeln!(err, "error: {}", exists_message(path))?;
        return Ok(ExitCode::FAILURE);
    }
    let mut buffer = Vec::new();
    let code = command(&mut buffer, err)?;
    if buffer.is_empty() {
        return Ok(code);
    }
    match write_file(path, &buffer, args.force) {
        Ok(()) => {
            writeln!(out, "wrote {}", path.display())?;
            Ok(code)
        }
        Err(message) => {
            writeln!(err, "error: {message}")?;
            Ok(ExitCode::FAILURE)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dash_means_standard_output() {
        assert_eq!(Output::from_arg(None), Output::Stdout);
        assert_eq!(Output::from_arg(Some(Path::new("-"))), Output::Stdout);
        let file = Path::new("./-");
        assert_eq!(Output::from_arg(Some(file)), Output::File(file));
        assert!(Output::is_stdout_arg(Path::new("-")));
    }

    fn hello(out: &mut dyn Write, _: &mut dyn Write) -> io::Result<ExitCode> {
        write!(out, "hello")?;
        Ok(ExitCode::SUCCESS)
    }

    #[test]
    fn an_existing_file_is_replaced_only_with_force() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("result.txt");
        std::fs::write(&path, "old").unwrap_or_else(|e| panic!("{e}"));
        let mut args = OutputArgs {
            output: Some(path.clone()),
            force: false,
        };
        let (mut out, mut err) = (Vec::new(), Vec::new());
        assert_eq!(
            deliver(&args, &mut out, &mut err, hello).ok(),
            Some(ExitCode::FAILURE)
        );
        assert!(String::from_utf8_lossy(&err).contains("use --force"));
        assert_eq!(std::fs::read_to_string(&path).ok().as_deref(), Some("old"));
        args.force = true;
        assert_eq!(
            deliver(&args, &mut out, &mut err, hello).ok(),
            Some(ExitCode::SUCCESS)
        );
        assert_eq!(
            std::fs::read_to_string(&path).ok().as_deref(),
            Some("hello")
        );
    }
}
