//! The `plinth catalog` commands as scripts call them: the real binary.

use std::process::{Command, Output};

fn plinth(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_plinth"))
        .args(["--no-user-catalog"])
        .args(args)
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn list_json_is_the_documented_contract() {
    let output = plinth(&["catalog", "list", "--json"]);
    assert!(output.status.success());
    let items: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let items = items.as_array().unwrap();
    assert!(items.len() >= 57);
    let monolith = items.iter().find(|i| i["id"] == "monolith").unwrap();
    assert_eq!(
        monolith["team_size"],
        serde_json::json!({"min": 1, "max": 15, "text": "Small to Medium (1-15 engineers)"})
    );
    for key in [
        "id",
        "name",
        "category",
        "complexity",
        "team_size",
        "aliases",
        "related",
        "source",
    ] {
        assert!(items.iter().all(|i| i.get(key).is_some()), "missing {key}");
    }
    assert!(items.iter().all(|i| i["source"] == "embedded"));
    assert!(
        items
            .iter()
            .all(|i| i["team_size"]["max"].is_null() || i["team_size"]["max"].is_u64())
    );
}

#[test]
fn list_filters_and_search() {
    let output = plinth(&[
        "catalog",
        "list",
        "--category",
        "ai",
        "--max-complexity",
        "2",
        "--team",
        "1",
    ]);
    let text = stdout(&output);
    assert!(
        text.contains("structured-output") && !text.contains("multi-agent-systems"),
        "{text}"
    );
    let output = plinth(&["catalog", "list", "--search", "pubsub", "--json"]);
    let items: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(items[0]["id"], "pub-sub");
    let bad = plinth(&["catalog", "list", "--category", "databases"]);
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("unknown category"));
}

#[test]
fn show_prints_the_page_and_json() {
    let text = stdout(&plinth(&["catalog", "show", "saga"]));
    for part in [
        "Saga Pattern",
        "When to use",
        "Compensating Transactions",
        "Chris Richardson",
        "Publish-Subscribe (pub-sub)",
    ] {
        assert!(text.contains(part), "missing {part} in\n{text}");
    }
    let json: serde_json::Value =
        serde_json::from_slice(&plinth(&["catalog", "show", "Pub/Sub", "--json"]).stdout).unwrap();
    assert_eq!(json["id"], "pub-sub");
    assert_eq!(json["source"], "embedded");
    assert!(json["effects"]["scalability"]["score"].is_i64());
    let missing = plinth(&["catalog", "show", "no-such-thing"]);
    assert!(!missing.status.success());
}

#[test]
fn validate_passes_on_the_catalog_and_fails_on_bad_files() {
    let good = plinth(&["catalog", "validate"]);
    assert!(good.status.success(), "{}", stdout(&good));
    let bad_dir = crate::fixture("catalog/bad");
    let bad = plinth(&["catalog", "validate", bad_dir.to_str().unwrap()]);
    assert_eq!(bad.status.code(), Some(1));
    let text = stdout(&bad);
    assert_eq!(
        text.lines().filter(|l| l.starts_with("error: ")).count(),
        11,
        "{text}"
    );
    assert!(text.contains(
        "complexity-seven.ron:6:5: field `complexity`: complexity must be between 1 and 5, found 7"
    ));
    assert!(!String::from_utf8_lossy(&bad.stderr).contains("panicked"));
}

#[test]
fn catalog_folder_option_marks_user_patterns() {
    let dir = crate::fixture("catalog/good");
    let output = plinth(&[
        "--catalog",
        dir.to_str().unwrap(),
        "catalog",
        "list",
        "--json",
    ]);
    let items: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let edge = items
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == "edge-cache")
        .unwrap();
    assert!(edge["source"].as_str().unwrap().ends_with("edge-cache.ron"));
}

/// `plinth catalog import FROM --out INTO`.
fn run_import(from: &std::path::Path, into: &std::path::Path) -> std::process::Output {
    plinth(&[
        "catalog",
        "import",
        from.to_str().unwrap(),
        "--out",
        into.to_str().unwrap(),
    ])
}

#[test]
fn import_then_diff_round_trip() {
    let out = tempfile::tempdir().unwrap();
    let out_dir = out.path().join("imported");
    let fixture = crate::fixture("layra/mini.md");
    let import = run_import(&fixture, &out_dir);
    assert_eq!(
        import.status.code(),
        Some(1),
        "the broken entry makes the import exit 1"
    );
    assert!(String::from_utf8_lossy(&import.stderr).contains("Broken Entry Without Category"));
    assert!(out_dir.join("queue-worker.ron").exists());
    let again = run_import(&fixture, &out_dir);
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));
    let diff = plinth(&[
        "--catalog",
        out_dir.to_str().unwrap(),
        "catalog",
        "diff",
        out_dir.to_str().unwrap(),
    ]);
    assert!(diff.status.success(), "{}", stdout(&diff));
    let diff = plinth(&["catalog", "diff", out_dir.to_str().unwrap()]);
    assert!(stdout(&diff).contains("queue-worker: only in"));
}

#[test]
fn help_is_complete() {
    let text = stdout(&plinth(&["--help"]));
    assert!(text.contains("catalog") && text.contains("--catalog"));
    let text = stdout(&plinth(&["catalog", "--help"]));
    for sub in ["list", "show", "validate", "import", "diff"] {
        assert!(text.contains(sub), "{sub} missing from catalog --help");
    }
    let text = stdout(&plinth(&["catalog", "list", "--help"]));
    assert!(text.contains("--max-complexity") && text.contains("--json"));
}

#[test]
fn show_with_a_typo_suggests_the_pattern_meant() {
    let typo = plinth(&["catalog", "show", "cirquit-breaker"]);
    assert_eq!(typo.status.code(), Some(1));
    let said = String::from_utf8_lossy(&typo.stderr);
    assert!(
        said.contains("did you mean `circuit-breaker` (Circuit Breaker)?"),
        "{said}"
    );
    let nonsense = plinth(&["catalog", "show", "qwertyuiop"]);
    let said = String::from_utf8_lossy(&nonsense.stderr);
    assert!(
        said.contains("finds near matches") && !said.contains("did you mean"),
        "{said}"
    );
}

#[test]
fn an_imported_alias_that_names_another_pattern_is_left_out_and_said() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(crate::fixture("layra/mini.md")).unwrap();
    let text = text.replace(
        "**Also known as:** Background Jobs, Task Queue (async, durable)",
        "**Also known as:** Background Jobs, Outbox Pattern",
    );
    assert!(text.contains("Outbox Pattern"), "the fixture changed");
    let source = dir.path().join("mini.md");
    std::fs::write(&source, text).unwrap();
    let out_dir = dir.path().join("imported");
    let import = run_import(&source, &out_dir);
    let said = String::from_utf8_lossy(&import.stderr);
    assert!(
        said.contains(
            "note: queue-worker: alias \"Outbox Pattern\" left out: it already names `transactional-outbox`"
        ),
        "{said}"
    );
    assert!(!said.contains("is also the id, name or alias"), "{said}");
    let written = std::fs::read_to_string(out_dir.join("queue-worker.ron")).unwrap();
    assert!(written.contains("Background Jobs") && !written.contains("Outbox Pattern"));
}
