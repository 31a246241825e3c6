//! Where a command's `-o` sends its result: `-o -` means standard output,
//! for every command that takes `-o`; any other value is a file path.

use std::path::Path;

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
}
