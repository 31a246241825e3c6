//! The reproductions of issue 18, as a newcomer meets them: nothing
//! silent (typos in pattern ids, copied patterns, unrated imports), diff and
//! validation that finish the job, text that reads well.

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

/// A folder with the startup example, one pattern id mistyped (`w.ron`).
fn with_typo() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let text = plinth::workspace::examples::example_text("startup")
        .unwrap()
        .replacen("\"monolith\"", "\"monolit\"", 1);
    std::fs::write(dir.path().join("w.ron"), text).unwrap();
    dir
}

#[test]
fn a_mistyped_pattern_id_is_a_located_warning_everywhere_and_fails_strict() {
    let dir = with_typo();
    let score = plinth(dir.path(), &["score", "w.ron"]);
    assert!(score.status.success());
    let said = text(&score.stderr);
    assert!(
        said.contains("warning: w.ron:50:")
            && said.contains("`monolit`")
            && said.contains("did you mean `monolith`?"),
        "{said}"
    );
    let json = plinth(dir.path(), &["score", "w.ron", "--json"]);
    let value: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let warning = &value["warnings"][0];
    assert_eq!(warning["file"], "w.ron");
    assert_eq!(warning["location"]["line"], 50);
    assert!(warning["message"].as_str().unwrap().contains("monolit"));
    let check = plinth(dir.path(), &["check", "w.ron", "--json"]);
    let value: serde_json::Value = serde_json::from_slice(&check.stdout).unwrap();
    assert_eq!(value["warnings"].as_array().map(Vec::len), Some(1));
    let strict = plinth(dir.path(), &["check", "w.ron", "--strict"]);
    assert_eq!(strict.status.code(), Some(1), "{}", text(&strict.stderr));
    let export = plinth(dir.path(), &["export", "table", "w.ron"]);
    assert!(text(&export.stderr).contains("w.ron:50:"));
}

#[test]
fn a_copied_pattern_is_reported_and_never_takes_a_built_in_name() {
    let dir = tempfile::tempdir().unwrap();
    let patterns = dir.path().join("patterns");
    std::fs::create_dir(&patterns).unwrap();
    let saga =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/patterns/saga.ron")).unwrap();
    std::fs::write(patterns.join("my-pattern.ron"), &saga).unwrap();
    let validate = plinth(dir.path(), &["catalog", "validate", "patterns"]);
    assert_eq!(validate.status.code(), Some(1));
    assert!(
        text(&validate.stdout).contains("the id `saga` does not match the file name"),
        "{}",
        text(&validate.stdout)
    );
    let renamed = saga.replacen("id: \"saga\"", "id: \"my-pattern\"", 1);
    std::fs::write(patterns.join("my-pattern.ron"), renamed).unwrap();
    let validate = plinth(
        dir.path(),
        &["catalog", "validate", "patterns/my-pattern.ron"],
    );
    let said = text(&validate.stdout);
    assert_eq!(
        validate.status.code(),
        Some(1),
        "one file is checked: {said}"
    );
    assert!(
        said.contains("\"Saga\" is also the id, name or alias of `saga`")
            && said.contains("my-pattern.ron"),
        "the problem names both: {said}"
    );
    let show = plinth(
        dir.path(),
        &["--catalog", "patterns", "catalog", "show", "Saga"],
    );
    assert!(
        text(&show.stdout).contains("(saga)"),
        "{}",
        text(&show.stdout)
    );
    let list = plinth(dir.path(), &["--catalog", "patterns", "catalog", "list"]);
    assert!(text(&list.stdout).contains("[user: patterns/my-pattern.ron]"));
}

#[test]
fn an_unrated_import_does_not_silently_replace_rated_built_ins() {
    let dir = tempfile::tempdir().unwrap();
    let monolith = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/patterns/monolith.ron"
    ))
    .unwrap();
    let unrated = regex_free_zero_scores(&monolith);
    std::fs::create_dir(dir.path().join("layra")).unwrap();
    std::fs::write(dir.path().join("layra/monolith.ron"), unrated).unwrap();
    assert!(
        plinth(dir.path(), &["new", "--example", "startup", "w.ron"])
            .status
            .success()
    );
    let plain = plinth(dir.path(), &["score", "w.ron", "--json"]);
    let with = plinth(
        dir.path(),
        &["--catalog", "layra", "score", "w.ron", "--json"],
    );
    let said = text(&with.stderr);
    assert!(
        said.contains("unrated") && said.contains("--allow-unrated"),
        "{said}"
    );
    let total = |out: &Output| {
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        v["candidates"][0]["total"].as_f64().unwrap()
    };
    assert_eq!(total(&plain), total(&with), "the rated built-in is kept");
    let allowed = plinth(
        dir.path(),
        &["--catalog", "layra", "--allow-unrated", "score", "w.ron"],
    );
    let page = text(&allowed.stdout);
    assert!(
        page.contains(
            "scored with your version of the built-in `monolith` from layra/monolith.ron"
        ) && page.contains("`monolith` is unrated"),
        "{page}"
    );
    let adr = plinth(
        dir.path(),
        &[
            "--catalog",
            "layra",
            "--allow-unrated",
            "export",
            "adr",
            "w.ron",
            "--stdout",
        ],
    );
    let record = text(&adr.stdout);
    assert!(
        record.contains("Scored with your version of the built-in")
            && record.contains("layra/monolith.ron"),
        "the ADR says what it was scored with: {record}"
    );
    let list = plinth(
        dir.path(),
        &["--catalog", "layra", "--allow-unrated", "catalog", "list"],
    );
    assert!(text(&list.stdout).contains("[unrated: every effect 0]"));
}

/// Every effect score of a pattern file set to 0.
fn regex_free_zero_scores(text: &str) -> String {
    text.lines()
        .map(|line| match line.find("score: ") {
            Some(at) => {
                let rest = &line[at + 7..];
                let digits = rest
                    .trim_start_matches(['-', '+'])
                    .trim_start_matches(|c: char| c.is_ascii_digit());
                format!("{}score: 0{digits}", &line[..at])
            }
            None => line.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn diff_layers_the_folder_and_lists_what_is_on_one_side() {
    let dir = tempfile::tempdir().unwrap();
    let good = crate::fixture("catalog/good");
    let out = plinth(dir.path(), &["catalog", "diff", good.to_str().unwrap()]);
    let said = text(&out.stdout);
    assert!(!said.contains("is not the id of any pattern"), "{said}");
    assert!(said.contains("edge-cache: only in"), "{said}");
    assert!(
        said.contains("saga: only in the embedded catalog"),
        "{said}"
    );
    assert!(
        said.contains("0 patterns compared, 0 differences; 1 only in"),
        "{said}"
    );
}

#[test]
fn import_force_succeeds_beside_an_unrelated_broken_file() {
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("out");
    std::fs::create_dir(&out_dir).unwrap();
    std::fs::write(out_dir.join("notes.ron"), "not a pattern").unwrap();
    let source = crate::fixture("layra/mini.md");
    let first = plinth(
        dir.path(),
        &[
            "catalog",
            "import",
            source.to_str().unwrap(),
            "--out",
            "out",
            "--force",
        ],
    );
    let said = text(&first.stderr);
    assert!(
        !said.contains("notes.ron"),
        "an unrelated file is not the import's: {said}"
    );
    assert!(
        said.contains("Broken Entry"),
        "the source's own problem is reported: {said}"
    );
}

#[test]
fn text_output_reads_well() {
    let dir = tempfile::tempdir().unwrap();
    let list = text(&plinth(dir.path(), &["catalog", "list", "--search", "cqrs"]).stdout);
    assert!(list.starts_with("id "), "a header: {list}");
    assert!(
        list.contains("2 patterns of 59") && list.contains("more weak matches (--all lists them)"),
        "{list}"
    );
    let show = text(&plinth(dir.path(), &["catalog", "show", "saga"]).stdout);
    let overview = plinth::catalog::Catalog::embedded()
        .pattern("saga")
        .unwrap()
        .overview
        .clone();
    assert!(
        show.contains(overview.trim()),
        "the overview is on the page"
    );
    let new = plinth(dir.path(), &["new", "plan.ron"]);
    assert!(text(&new.stdout).contains("wrote plan.ron (1 candidate)"));
    let one = text(&plinth(dir.path(), &["score", "plan.ron"]).stdout);
    assert!(!one.contains("leads at every team size"), "{one}");
    assert!(one.contains("There is one candidate"), "{one}");
    assert!(
        plinth(dir.path(), &["new", "--example", "startup", "w.ron"])
            .status
            .success()
    );
    let score = text(&plinth(dir.path(), &["score", "w.ron"]).stdout);
    let flip = "puts Modular monolith ahead of Monolith";
    assert_eq!(
        score.matches(flip).count(),
        1,
        "each sentence once: {score}"
    );
    let rows: Vec<&str> = score
        .lines()
        .filter(|l| {
            let t = l.trim_start();
            t.starts_with(['+', '-']) && t[1..].starts_with(|c: char| c.is_ascii_digit())
        })
        .filter(|l| l.contains("rule:"))
        .collect();
    assert!(rows.len() >= 3, "{score}");
    let starts: std::collections::BTreeSet<usize> =
        rows.iter().filter_map(|l| l.find("rule:")).collect();
    assert_eq!(starts.len(), 1, "the subject column lines up: {rows:#?}");
}

#[test]
fn a_flowchart_given_as_a_workspace_is_named_as_one() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        crate::fixture("mermaid/01-issue-dual-write.mmd"),
        dir.path().join("sketch.txt"),
    )
    .unwrap();
    let table = plinth(dir.path(), &["export", "table", "sketch.txt"]);
    let said = text(&table.stderr);
    assert!(
        said.contains("is a mermaid flowchart, not a workspace")
            && said.contains("plinth import mermaid")
            && !said.contains("VersionOnly"),
        "{said}"
    );
    let score = plinth(dir.path(), &["score", "sketch.txt"]);
    assert!(score.status.success(), "{}", text(&score.stderr));
}

#[test]
fn an_adr_folder_is_found_and_a_wrong_one_named_once() {
    let dir = tempfile::tempdir().unwrap();
    let none = plinth(dir.path(), &["adr", "doctor"]);
    assert!(text(&none.stderr).contains("no ADR folder here"));
    let nope = plinth(dir.path(), &["adr", "doctor", "nope"]);
    let said = text(&nope.stderr);
    assert_eq!(said.matches("nope").count(), 1, "{said}");
    assert!(
        plinth(dir.path(), &["new", "--example", "startup", "w.ron"])
            .status
            .success()
    );
    assert!(
        plinth(dir.path(), &["export", "adr", "w.ron"])
            .status
            .success()
    );
    let doctor = plinth(dir.path(), &["adr", "doctor", "--json"]);
    let value: serde_json::Value = serde_json::from_slice(&doctor.stdout).unwrap();
    assert_eq!(value["dir"], "docs/decisions");
    assert_eq!(value["files"].as_array().map(Vec::len), Some(1));
}

#[test]
fn rules_completions_and_the_manual() {
    let dir = tempfile::tempdir().unwrap();
    let rules = plinth(dir.path(), &["rules", "--json"]);
    let value: serde_json::Value = serde_json::from_slice(&rules.stdout).unwrap();
    let ids: Vec<&str> = value
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| r["id"].as_str())
        .collect();
    assert_eq!(ids.len(), plinth::review::rules().len());
    assert!(ids.contains(&"dual-write"));
    let bash = text(&plinth(dir.path(), &["completions", "bash"]).stdout);
    assert!(bash.contains("plinth") && bash.contains("export"), "{bash}");
    let man = text(&plinth(dir.path(), &["man"]).stdout);
    assert!(
        man.starts_with(".ie") || man.contains(".TH plinth"),
        "{man}"
    );
}

#[test]
fn an_unchanged_decision_is_not_exported_twice() {
    let dir = tempfile::tempdir().unwrap();
    assert!(
        plinth(dir.path(), &["new", "--example", "startup", "w.ron"])
            .status
            .success()
    );
    let first = plinth(dir.path(), &["export", "adr", "w.ron"]);
    assert!(text(&first.stdout).contains("wrote ADR 1"));
    let again = plinth(dir.path(), &["export", "adr", "w.ron"]);
    assert!(again.status.success());
    let said = text(&again.stdout);
    assert!(
        said.contains("identical to docs/decisions/0001-") && said.contains("nothing written"),
        "{said}"
    );
    assert_eq!(
        std::fs::read_dir(dir.path().join("docs/decisions"))
            .unwrap()
            .count(),
        1
    );
    let changed = plinth(dir.path(), &["export", "adr", "w.ron", "--team", "9"]);
    assert!(
        text(&changed.stdout).contains("wrote ADR 2"),
        "{}",
        text(&changed.stderr)
    );
}
