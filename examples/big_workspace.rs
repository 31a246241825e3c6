//! Writes a large workspace for the window's start-up and memory
//! measurements (`scripts/startup-memory.sh`): one candidate of NODES nodes
//! (default 2,000) and 1.5 edges per node, built with the library's own
//! types and saved with `storage::save_workspace`, so the window reads it
//! like any file a user saved.
//!
//! The shape is the canvas benchmark's (`benches/support/big_candidate.rs`).
//!
//! `cargo run --release --example big_workspace -- FILE.ron [NODES]`

use std::path::PathBuf;
use std::process::ExitCode;

use plinth::catalog::Catalog;
use plinth::workspace::Workspace;

#[path = "../benches/support/big_candidate.rs"]
mod big_candidate;
use big_candidate::{FIRST_GROUP, big_candidate};

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next().map(PathBuf::from) else {
        return fail("usage: big_workspace FILE.ron [NODES]");
    };
    let nodes = match args.next().map(|n| n.parse::<u64>()) {
        None => 2_000,
        Some(Ok(n)) if (1..FIRST_GROUP).contains(&n) => n,
        Some(_) => return fail("NODES wants a number from 1 to 99,999"),
    };
    let catalog = Catalog::embedded();
    let candidate = match big_candidate(&catalog, nodes) {
        Ok(candidate) => candidate,
        Err(err) => return fail(&format!("cannot build the candidate: {err}")),
    };
    let summary = format!(
        "{}: {} nodes, {} edges",
        path.display(),
        candidate.node_count(),
        candidate.edge_count()
    );
    let mut ws = Workspace::new(&format!("{nodes}-node workspace"));
    ws.push_candidate(candidate);
    match plinth::storage::save_workspace(&path, &ws) {
        Ok(()) => {
            say(&summary);
            ExitCode::SUCCESS
        }
        Err(problem) => fail(&problem.to_string()),
    }
}

#[expect(clippy::print_stdout, reason = "an example says what it wrote")]
fn say(line: &str) {
    println!("{line}");
}

#[expect(clippy::print_stderr, reason = "an example's errors go to stderr")]
fn fail(message: &str) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::FAILURE
}
