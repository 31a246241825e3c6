//! One set of conventions for every command (docs/cli.md), checked on the
//! clap definition itself: every subcommand is in the table below, so a new
//! one cannot forget `-o`, `--json`, `--force`, the context options or the
//! help of an argument. Then each command that produces output is run with
//! `-o -` and `-o FILE` (twice, then with `--force`).

use std::path::Path;
use std::process::{Command, Output};

use clap::CommandFactory;
use plinth::cli::Cli;

/// How a command delivers its result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Delivers {
    /// A result people or scripts read: `-o FILE|-`, `--force`, `--json`.
    Report,
    /// A document in its own format (a diagram, a workspace, a page): `-o
    /// FILE|-` and `--force`; JSON would not be that format.
    Document,
    /// The file to create is the positional FILE (`-` prints it); `--force`.
    NamedFile,
    /// Writes into a folder, never replacing a file it did not mean to.
    Folder,
    /// Changes a file in place; prints one line on what it did.
    InPlace,
}

use Delivers::*;

/// Every leaf subcommand: how it delivers, whether it scores (all context
/// options), whether it compares with a datum, and the arguments that run
/// it on the test's workspace (`w.ron`, the startup example).
const COMMANDS: &[(&str, Delivers, bool, bool, &[&str])] = &[
    ("catalog list", Report, false, false, &["--search", "saga"]),
    ("catalog show", Report, false, false, &["saga"]),
    ("catalog validate", Report, false, false, &[]),
    (
        "catalog diff",
        Report,
        false,
        false,
        &["FIXTURE:catalog/good"],
    ),
    ("catalog import", Folder, false, false, &[]),
    ("new", NamedFile, false, false, &[]),
    ("score", Report, true, true, &["w.ron"]),
    ("check", Report, true, false, &["w.ron"]),
    ("rules", Report, false, false, &[]),
    ("export adr", Folder, true, true, &[]),
    ("export mermaid", Document, true, false, &["w.ron"]),
    ("export table", Report, true, true, &["w.ron"]),
    ("export svg", Document, true, false, &["w.ron"]),
    ("export png", Document, true, false, &["w.ron"]),
    (
        "export report",
        Document,
        true,
        true,
        &["w.ron", "--date", "2026-01-02"],
    ),
    (
        "import mermaid",
        Document,
        false,
        false,
        &["FIXTURE:mermaid/01-issue-dual-write.mmd"],
    ),
    ("adr doctor", Report, false, false, &["FIXTURE:adr/madr4"]),
    ("adr status", InPlace, false, false, &[]),
    ("adr index", Report, false, false, &["FIXTURE:adr/madr4"]),
    ("completions", Document, false, false, &["bash"]),
    ("man", Document, false, false, &[]),
];

const CONTEXT_OPTIONS: [&str; 7] = [
    "team",
    "experience",
    "budget",
    "weight",
    "require",
    "forbid",
    "max-complexity",
];

/// Every leaf subcommand of the definition, as "export adr".
fn leaves(command: &clap::Command, prefix: &str, found: &mut Vec<(String, clap::Command)>) {
    for sub in command.get_subcommands() {
        let path = format!("{prefix}{}", sub.get_name()).trim().to_owned();
        if sub.has_subcommands() {
            leaves(sub, &format!("{path} "), found);
        } else {
            found.push((path, sub.clone()));
        }
    }
}

fn all_leaves() -> Vec<(String, clap::Command)> {
    let mut found = Vec::new();
    leaves(&Cli::command(), "", &mut found);
    found
}

fn has_long(command: &clap::Command, name: &str) -> bool {
    command.get_arguments().any(|a| a.get_long() == Some(name))
}

#[test]
fn every_subcommand_is_in_the_table_and_the_table_is_complete() {
    let leaves: Vec<String> = all_leaves().into_iter().map(|(p, _)| p).collect();
    for path in &leaves {
        assert!(
            COMMANDS.iter().any(|(p, ..)| p == path),
            "`plinth {path}` is not in COMMANDS: say how it delivers (docs/cli.md)"
        );
    }
    for (path, ..) in COMMANDS {
        assert!(
            leaves.contains(&(*path).to_owned()),
            "no subcommand `{path}`"
        );
    }
}

#[test]
fn every_argument_of_every_command_has_help() {
    let mut missing = Vec::new();
    let root = Cli::command();
    let commands = std::iter::once(("plinth".to_owned(), root.clone()))
        .chain(all_leaves())
        .collect::<Vec<_>>();
    for (path, command) in commands {
        assert!(
            command.get_about().is_some() || path == "plinth",
            "`{path}` has no help"
        );
        for arg in command.get_arguments() {
            let id = arg.get_id().as_str();
            if matches!(id, "help" | "version") {
                continue;
            }
            let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
            if help.trim().is_empty() {
                missing.push(format!("{path}: {id}"));
            }
        }
    }
    assert!(missing.is_empty(), "arguments without help: {missing:?}");
}

#[test]
fn every_command_follows_the_conventions_of_its_kind() {
    let mut broken = Vec::new();
    for (path, command) in all_leaves() {
        let Some((_, delivers, scores, datum, _)) = COMMANDS.iter().find(|(p, ..)| *p == path)
        else {
            continue;
        };
        let output = command
            .get_arguments()
            .any(|a| a.get_short() == Some('o') && a.get_long() == Some("output"));
        let wants_output = matches!(delivers, Report | Document);
        if wants_output && !output {
            broken.push(format!("{path}: no -o/--output"));
        }
        let wants_force = matches!(delivers, Report | Document | NamedFile);
        if wants_force && !has_long(&command, "force") {
            broken.push(format!("{path}: no --force"));
        }
        if (*delivers == Report) != has_long(&command, "json") {
            broken.push(format!(
                "{path}: --json is for reports, and every report has it"
            ));
        }
        let missing: Vec<&str> = CONTEXT_OPTIONS
            .into_iter()
            .filter(|option| !has_long(&command, option))
            .collect();
        if *scores && !missing.is_empty() {
            broken.push(format!("{path} scores but has no {missing:?}"));
        }
        if !*scores && missing.is_empty() {
            broken.push(format!(
                "{path} takes the context options but is not marked as scoring"
            ));
        }
        if *datum != has_long(&command, "datum") {
            broken.push(format!(
                "{path}: --datum belongs to every datum comparison, only"
            ));
        }
    }
    assert!(broken.is_empty(), "{broken:#?}");
}

fn plinth(dir: &Path, args: &[String]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_plinth"))
        .current_dir(dir)
        .arg("--no-user-catalog")
        .args(args)
        .output()
        .unwrap()
}

fn runnable(path: &str, args: &[&str]) -> Vec<String> {
    let mut all: Vec<String> = path.split(' ').map(str::to_owned).collect();
    for arg in args {
        all.push(match arg.strip_prefix("FIXTURE:") {
            Some(rest) => crate::fixture(rest).display().to_string(),
            None => (*arg).to_owned(),
        });
    }
    all
}

#[test]
fn dash_is_standard_output_and_a_file_is_replaced_only_with_force() {
    let dir = tempfile::tempdir().unwrap();
    let made = plinth(
        dir.path(),
        &runnable("new", &["--example", "startup", "w.ron"]),
    );
    assert!(made.status.success());
    for (path, delivers, _, _, args) in COMMANDS {
        if !matches!(delivers, Report | Document) {
            continue;
        }
        let with = |extra: &[&str]| {
            let mut all = runnable(path, args);
            all.extend(extra.iter().map(|s| (*s).to_owned()));
            plinth(dir.path(), &all)
        };
        let printed = with(&["-o", "-"]);
        assert!(!printed.stdout.is_empty(), "{path} -o -: nothing printed");
        assert!(
            !dir.path().join("-").exists(),
            "{path} -o - wrote a file called -"
        );
        let target = dir.path().join("result.out");
        let _ = std::fs::remove_file(&target);
        let first = with(&["-o", "result.out"]);
        assert!(
            target.exists(),
            "{path} -o FILE: {}",
            String::from_utf8_lossy(&first.stderr)
        );
        std::fs::write(&target, "mine").unwrap();
        let second = with(&["-o", "result.out"]);
        assert_eq!(second.status.code(), Some(1), "{path}: an existing file");
        let said = String::from_utf8_lossy(&second.stderr);
        assert!(
            said.contains("already exists") && said.contains("--force"),
            "{path}: {said}"
        );
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "mine");
        with(&["-o", "result.out", "--force"]);
        assert_ne!(
            std::fs::read_to_string(&target).ok().as_deref(),
            Some("mine"),
            "{path} --force"
        );
    }
}

#[test]
fn dash_reads_standard_input_where_a_file_is_read() {
    let text = plinth::workspace::examples::example_text("startup").unwrap();
    let dir = tempfile::tempdir().unwrap();
    for args in [
        &["score", "-", "--json"][..],
        &["check", "-"],
        &["export", "table", "-"],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_plinth"))
            .current_dir(dir.path())
            .arg("--no-user-catalog")
            .args(args)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(text.as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("Monolith"),
            "{args:?}"
        );
    }
}

#[test]
fn a_usage_error_exits_2_and_a_typo_names_the_subcommand() {
    let dir = tempfile::tempdir().unwrap();
    let typo = plinth(dir.path(), &runnable("scor", &["x.ron"]));
    assert_eq!(typo.status.code(), Some(2));
    let said = String::from_utf8_lossy(&typo.stderr);
    assert!(said.contains("did you mean `score`?"), "{said}");
    let nested = plinth(dir.path(), &runnable("export", &["tabel", "w.ron"]));
    assert_eq!(nested.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&nested.stderr).contains("table"));
}

/// The rows of the README's command table: (command cell, whole row).
fn readme_rows() -> Vec<(String, String)> {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    readme
        .lines()
        .filter(|l| l.starts_with("| `plinth "))
        .map(|l| {
            let command = l.trim_start_matches("| `").split('`').next().unwrap_or("");
            (command.replace("\\|", "|"), l.to_owned())
        })
        .collect()
}

/// Options every command has, not repeated in each row.
const GLOBAL: [&str; 5] = [
    "catalog",
    "no-user-catalog",
    "allow-unrated",
    "help",
    "version",
];

#[test]
fn the_readme_table_lists_every_command_with_every_option() {
    let rows = readme_rows();
    let mut wrong = Vec::new();
    for (path, command) in all_leaves() {
        let prefix = format!("plinth {path}");
        let Some((cell, _)) = rows
            .iter()
            .find(|(cell, _)| cell == &prefix || cell.starts_with(&format!("{prefix} ")))
        else {
            wrong.push(format!("no README row for `{prefix}`"));
            continue;
        };
        for arg in command.get_arguments() {
            let id = arg.get_id().as_str();
            if GLOBAL.contains(&id) {
                continue;
            }
            let scores = CONTEXT_OPTIONS.iter().all(|o| has_long(&command, o));
            let shown = match arg.get_long() {
                Some(long) if scores && CONTEXT_OPTIONS.contains(&long) => {
                    "[context options]".to_owned()
                }
                Some("output") => "-o ".to_owned(),
                Some(long) => format!("--{long}"),
                None => arg
                    .get_value_names()
                    .and_then(|names| names.first())
                    .map_or_else(|| id.to_uppercase(), ToString::to_string),
            };
            if !cell.contains(&shown) {
                wrong.push(format!("`{prefix}`: the README row does not show {shown}"));
            }
        }
    }
    for (cell, _) in &rows {
        let words: Vec<&str> = cell.split_whitespace().skip(1).collect();
        let known = all_leaves().iter().any(|(path, _)| {
            let parts: Vec<&str> = path.split(' ').collect();
            words.len() >= parts.len() && words[..parts.len()] == parts[..]
        });
        if !known {
            wrong.push(format!("the README row `{cell}` is no command"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// The words of a README command line: split at spaces, a double-quoted
/// run kept whole, a trailing `# comment` dropped.
fn shell_words(line: &str) -> Vec<String> {
    let line = line.split("  #").next().unwrap_or(line);
    let mut words = Vec::new();
    for (i, part) in line.split('"').enumerate() {
        if i % 2 == 1 {
            words.push(part.to_owned());
        } else {
            words.extend(part.split_whitespace().map(str::to_owned));
        }
    }
    words
}

#[test]
fn every_plinth_command_of_the_readme_runs_in_order() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut in_sh = false;
    let mut ran = 0;
    for line in readme.lines() {
        if line.starts_with("```") {
            in_sh = line == "```sh";
            continue;
        }
        let Some(rest) = line.strip_prefix("plinth ").filter(|_| in_sh) else {
            continue;
        };
        let out = plinth(dir.path(), &shell_words(rest));
        assert!(
            out.status.success(),
            "README: `{line}` failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        ran += 1;
    }
    assert!(ran >= 7, "only {ran} README commands found");
}
