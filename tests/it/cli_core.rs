//! `plinth new|score|check|export|import|adr` as scripts call them.

use std::path::Path;
use std::process::{Command, Output};

fn plinth(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_plinth"))
        .current_dir(dir)
        .arg("--no-user-catalog")
        .args(args)
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn with_example(name: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let out = plinth(dir.path(), &["new", "--example", name, "w.ron"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    dir
}

#[test]
fn score_json_is_the_documented_contract() {
    let dir = with_example("startup");
    let out = plinth(dir.path(), &["score", "w.ron", "--json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let candidates = json["candidates"].as_array().unwrap();
    assert_eq!(candidates.len(), 3);
    assert_eq!(candidates[0]["name"], "Monolith");
    for c in candidates {
        for key in ["name", "total", "feasible", "criteria", "contributions"] {
            assert!(c.get(key).is_some(), "missing {key}");
        }
        let sum: f64 = c["contributions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x["points"].as_f64().unwrap())
            .sum();
        assert!((sum - c["total"].as_f64().unwrap()).abs() < 1e-6);
        let contribution = &c["contributions"][0];
        for key in ["criterion", "subject", "points", "reason"] {
            assert!(
                contribution.get(key).is_some(),
                "contribution without {key}"
            );
        }
    }
    assert!(
        json["sensitivity"]["summary"]
            .as_str()
            .unwrap()
            .contains("leads")
    );
}

#[test]
fn command_line_context_overrides_the_workspace() {
    let dir = with_example("startup");
    let out = plinth(
        dir.path(),
        &[
            "score",
            "w.ron",
            "--json",
            "--team",
            "80",
            "--experience",
            "senior",
            "--budget",
            "40",
            "--weight",
            "scalability=5",
            "--weight",
            "evolvability=5",
            "--weight",
            "time_to_market=1",
        ],
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["candidates"][0]["name"], "Microservices");
    let bad = plinth(dir.path(), &["score", "w.ron", "--weight", "speed=9"]);
    assert!(!bad.status.success());
    assert!(text(&bad.stderr).contains("unknown quality attribute `speed`"));
}

#[test]
fn score_reads_mermaid_candidates() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("mono.mmd"),
        "flowchart LR\n  c([Clients]) --> app[Monolith]\n  app <--> db[(Postgres)]\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("micro.mmd"), "graph TD\n  gw[API Gateway] --> a[Microservices]\n  gw --> b[Orders service]\n  a -.-> q[[Kafka]]\n  q -.-> b\n").unwrap();
    let out = plinth(
        dir.path(),
        &[
            "score",
            "--candidate",
            "mono.mmd",
            "--candidate",
            "micro.mmd",
            "--team",
            "3",
            "--json",
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["candidates"][0]["name"], "mono");
    let contributions = json["candidates"][1]["contributions"].as_array().unwrap();
    assert!(
        contributions
            .iter()
            .any(|c| c["subject"] == "microservices"),
        "labels became patterns"
    );
}

#[test]
fn check_strict_fails_on_errors_only() {
    let dir = with_example("checkout");
    let out = plinth(dir.path(), &["check", "w.ron"]);
    assert!(out.status.success());
    let report = text(&out.stdout);
    assert!(
        report.contains("dual-write") && report.contains("shared-database"),
        "{report}"
    );
    let strict = plinth(dir.path(), &["check", "w.ron", "--strict"]);
    assert_eq!(
        strict.status.code(),
        Some(1),
        "the choreographed candidate has a dual-write error"
    );
    let json: serde_json::Value =
        serde_json::from_slice(&plinth(dir.path(), &["check", "w.ron", "--json"]).stdout).unwrap();
    assert_eq!(json["candidates"].as_array().unwrap().len(), 3);
    std::fs::write(
        dir.path().join("ok.mmd"),
        "flowchart LR\n  a[Monolith] <--> b[(db)]\n",
    )
    .unwrap();
    assert!(
        plinth(dir.path(), &["check", "ok.mmd", "--strict"])
            .status
            .success()
    );
}

#[test]
fn export_adr_numbers_and_never_overwrites() {
    let dir = with_example("startup");
    // A changed decision (here its date) gets the next number.
    for (expected, date) in [("0001-", "2026-11-26"), ("0002-", "2026-11-27")] {
        let out = plinth(dir.path(), &["export", "adr", "w.ron", "--date", date]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        assert!(
            text(&out.stdout).contains(&format!("docs/decisions/{expected}")),
            "{}",
            text(&out.stdout)
        );
    }
    let doctor = plinth(dir.path(), &["adr", "doctor", "docs/decisions"]);
    assert!(doctor.status.success(), "{}", text(&doctor.stdout));
    let out = plinth(
        dir.path(),
        &["export", "adr", "w.ron", "--dialect", "nygard", "--stdout"],
    );
    let adr = text(&out.stdout);
    assert!(
        adr.starts_with("# 1. Architecture for the first year of the shop"),
        "{adr}"
    );
    assert!(
        !dir.path().join("doc/adr").exists(),
        "--stdout writes nothing"
    );
    let dup = dir.path().join("docs/decisions/0002-copy.md");
    std::fs::copy(
        dir.path()
            .join("docs/decisions/0001-architecture-for-the-first-year-of-the-shop.md"),
        &dup,
    )
    .unwrap();
    let doctor = plinth(dir.path(), &["adr", "doctor", "docs/decisions"]);
    assert_eq!(doctor.status.code(), Some(1));
    assert!(
        text(&doctor.stdout).contains("0002"),
        "{}",
        text(&doctor.stdout)
    );
}

#[test]
fn export_mermaid_and_table() {
    let dir = with_example("checkout");
    let out = plinth(
        dir.path(),
        &[
            "export",
            "mermaid",
            "w.ron",
            "--candidate",
            "synchronous checkout",
            "--direction",
            "TB",
        ],
    );
    assert!(
        text(&out.stdout).starts_with("flowchart TB"),
        "{}",
        text(&out.stdout)
    );
    let out = plinth(dir.path(), &["export", "mermaid", "w.ron", "-o", "d.mmd"]);
    assert!(out.status.success());
    let again = plinth(dir.path(), &["export", "mermaid", "w.ron", "-o", "d.mmd"]);
    assert!(
        !again.status.success(),
        "an existing file is not overwritten"
    );
    let table = text(&plinth(dir.path(), &["export", "table", "w.ron"]).stdout);
    assert!(
        table.starts_with("Scored with:"),
        "the context first: {table}"
    );
    assert!(
        table.lines().any(|l| l.starts_with("| Criterion"))
            && table.contains("Orchestrated saga with outbox")
    );
    let missing = plinth(
        dir.path(),
        &["export", "mermaid", "w.ron", "--candidate", "nope"],
    );
    assert!(text(&missing.stderr).contains("the candidates are"));
}

#[test]
fn import_mermaid_reports_unsupported_lines() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("d.mmd"),
        "flowchart LR\n  a[Saga] --> b[(orders)]\n  this is not mermaid\n",
    )
    .unwrap();
    let out = plinth(dir.path(), &["import", "mermaid", "d.mmd", "-o", "w.ron"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("line 3"),
        "{}",
        text(&out.stderr)
    );
    let ws = plinth::storage::load_workspace(&dir.path().join("w.ron")).unwrap();
    assert!(ws.candidates()[0].uses_pattern("saga"));
    std::fs::write(dir.path().join("seq.mmd"), "sequenceDiagram\n  A->>B: hi\n").unwrap();
    let out = plinth(dir.path(), &["import", "mermaid", "seq.mmd"]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("line 1"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn damaged_workspace_gives_file_line_and_no_panic() {
    let dir = tempfile::tempdir().unwrap();
    let bad = crate::fixture("workspaces/bad-type.ron");
    let out = plinth(dir.path(), &["score", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("bad-type.ron:21:") && err.contains("context.team_size"),
        "{err}"
    );
    assert!(!err.contains("panicked"));
}

#[test]
fn a_bare_workspace_argument_opens_the_window_and_a_typo_does_not() {
    use clap::Parser;
    use plinth::cli::Cli;
    let cli = Cli::try_parse_from(["plinth", "plan.ron"]).unwrap();
    assert!(cli.command.is_none());
    assert_eq!(cli.file.as_deref(), Some(Path::new("plan.ron")));
    let cli = Cli::try_parse_from(["plinth", "score", "plan.ron"]).unwrap();
    assert!(cli.command.is_some() && cli.file.is_none());
    assert!(Cli::try_parse_from(["plinth", "--open", "a.ron", "b.ron"]).is_err());

    let dir = tempfile::tempdir().unwrap();
    let typo = plinth(dir.path(), &["scroe"]);
    assert_eq!(typo.status.code(), Some(2));
    assert!(
        text(&typo.stderr).contains("`scroe` is not a subcommand; did you mean `score`?"),
        "{}",
        text(&typo.stderr)
    );
    let far = plinth(dir.path(), &["nothing-like-it.ron"]);
    assert_eq!(far.status.code(), Some(2));
    assert!(
        text(&far.stderr).contains("is neither a subcommand nor an existing workspace file"),
        "{}",
        text(&far.stderr)
    );
}

#[test]
fn a_workspace_without_candidates_is_explained_not_called_missing() {
    let dir = tempfile::tempdir().unwrap();
    let bare = plinth::workspace::Workspace::new("Plan");
    plinth::storage::save_workspace(&dir.path().join("plan.ron"), &bare).unwrap();
    for args in [
        &["score", "plan.ron"][..],
        &["check", "plan.ron"],
        &["export", "mermaid", "plan.ron"],
        &["export", "table", "plan.ron"],
    ] {
        let out = plinth(dir.path(), args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let said = text(&out.stderr);
        assert!(
            said.contains("plan.ron: the workspace has no candidate design yet"),
            "{args:?}: {said}"
        );
    }
    let adr = plinth(dir.path(), &["export", "adr", "--stdout", "plan.ron"]);
    assert!(
        adr.status.success(),
        "an ADR can record a decision before its options"
    );
    assert!(text(&adr.stdout).contains("No option was considered yet."));
}
