//! A mistyped subcommand (`plinth scor plan.ron`) is named and the right
//! one suggested, rather than being taken for a workspace file to open.

use std::ffi::OsString;

use clap::error::ErrorKind;
use clap::{CommandFactory, Parser};

use super::Cli;

/// Top-level options that take a value: their value is not a subcommand.
const TAKES_VALUE: [&str; 5] = [
    "--catalog",
    "--screenshot",
    "--open",
    "--size",
    "--autosave-after",
];

/// Parses the command line; exits with code 2 and a suggestion when the
/// first word is a mistyped subcommand rather than an existing file.
pub fn parse() -> Cli {
    let args: Vec<OsString> = std::env::args_os().collect();
    if let Some(message) = mistyped_subcommand(&args) {
        Cli::command()
            .error(ErrorKind::InvalidSubcommand, message)
            .exit();
    }
    Cli::parse_from(args)
}

/// The message for a first word that is close to a subcommand's name and
/// is no existing file.
pub fn mistyped_subcommand(args: &[OsString]) -> Option<String> {
    let mut previous: Option<&str> = None;
    let first = args.iter().skip(1).find_map(|arg| {
        let text = arg.to_str()?;
        let is_value = previous.is_some_and(|p| TAKES_VALUE.contains(&p));
        previous = Some(text);
        (!text.starts_with('-') && !is_value).then_some(text)
    })?;
    let names = subcommand_names();
    if names.iter().any(|n| n == first) || std::path::Path::new(first).exists() {
        return None;
    }
    closest(first, &names).map(|near| {
        format!("`{first}` is not a subcommand; did you mean `{near}`? (plinth --help lists them)")
    })
}

/// The explanation for a bare argument that is neither a subcommand nor a file.
pub fn not_a_subcommand(word: &str) -> String {
    match closest(word, &subcommand_names()) {
        Some(near) => format!("`{word}` is not a subcommand; did you mean `{near}`?"),
        None => format!(
            "`{word}` is neither a subcommand nor an existing workspace file (see plinth --help)"
        ),
    }
}

fn subcommand_names() -> Vec<String> {
    Cli::command()
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .collect()
}

/// The subcommand `word` most likely meant: a close spelling or a prefix.
fn closest(word: &str, names: &[String]) -> Option<String> {
    let word = word.to_lowercase();
    names
        .iter()
        .map(|name| {
            let alike = strsim::jaro_winkler(&word, name);
            let prefix = word.len() >= 2 && name.starts_with(&word);
            (if prefix { 1.0 } else { alike }, name)
        })
        .filter(|(alike, _)| *alike >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, name)| name.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(words: &[&str]) -> Vec<OsString> {
        std::iter::once("plinth")
            .chain(words.iter().copied())
            .map(OsString::from)
            .collect()
    }

    #[test]
    fn a_typo_of_a_subcommand_is_named_with_the_right_one() {
        let message = mistyped_subcommand(&args(&["scor", "x.ron"])).unwrap_or_default();
        assert!(message.contains("did you mean `score`?"), "{message}");
        let message = mistyped_subcommand(&args(&["--catalog", "d", "exprt"])).unwrap_or_default();
        assert!(message.contains("`export`"), "{message}");
    }

    #[test]
    fn real_subcommands_files_and_unlike_words_are_left_alone() {
        assert_eq!(mistyped_subcommand(&args(&["score", "x.ron"])), None);
        assert_eq!(mistyped_subcommand(&args(&["--catalog", "scor"])), None);
        assert_eq!(mistyped_subcommand(&args(&["my-plan.ron"])), None);
        assert_eq!(mistyped_subcommand(&args(&["Cargo.toml"])), None);
    }
}
