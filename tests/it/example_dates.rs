//! An example is a starting point, not a decision already taken: its ADR
//! is dated the day it is exported (`plinth export adr` of a workspace made
//! with `plinth new --example`, and the window's export, which takes the
//! decision's date and else today's), never the day the example was written.

use std::path::Path;
use std::process::{Command, Output};

use plinth::workspace::examples::{EXAMPLES, example_text};
use plinth::workspace::file;

fn plinth(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_plinth"))
        .current_dir(dir)
        .arg("--no-user-catalog")
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn no_example_carries_a_decision_date() {
    for (name, ..) in EXAMPLES {
        let ws = file::from_str(name, example_text(name).unwrap()).unwrap();
        assert_eq!(
            ws.decision.date, "",
            "{name}: an example's date would go into the ADR"
        );
    }
}

#[test]
fn the_adr_of_an_example_is_dated_today() {
    for name in ["startup", "legacy-shop"] {
        let dir = tempfile::tempdir().unwrap();
        let made = plinth(dir.path(), &["new", "--example", name, "w.ron"]);
        assert!(made.status.success(), "{name}");
        let before = plinth::cli::date::today();
        let out = plinth(
            dir.path(),
            &["export", "adr", "w.ron", "--dialect", "nygard", "--stdout"],
        );
        let after = plinth::cli::date::today();
        assert!(out.status.success(), "{name}");
        let adr = String::from_utf8_lossy(&out.stdout);
        assert!(
            adr.contains(&format!("Date: {before}")) || adr.contains(&format!("Date: {after}")),
            "{name}: {adr}"
        );
    }
}
