//! Damaged inputs too large to commit, generated into a temporary folder:
//! 50 MB files for every reader that takes a path, 100,000 nested brackets
//! for every reader, and flowcharts of 10,000 and 20,001 nodes. Each is
//! refused (or, for 10,000 nodes, read) quickly, without a panic.

use plinth::catalog::layra::import_layra;
use plinth::catalog::parse::parse_pattern_bytes;
use plinth::catalog::{Catalog, CatalogLoader};
use plinth::export::adr::doctor;
use plinth::export::adr::read::read_meta;
use plinth::import::mermaid::{MAX_NODES, import_mermaid};
use plinth::storage::load_workspace;
use plinth::workspace::file;

use super::bad_inputs::plinth;
use super::test_files::write_50_mb;

const DEEP: usize = 100_000;

fn os(items: &[&dyn AsRef<std::ffi::OsStr>]) -> Vec<std::ffi::OsString> {
    items.iter().map(|a| a.as_ref().to_os_string()).collect()
}

fn assert_refusal(args: &[std::ffi::OsString], named: &str, expected: &str) {
    let run = plinth(args);
    assert!(
        run.code.is_some_and(|c| c != 0),
        "{args:?}: {run_out}",
        run_out = run.stdout
    );
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    let all = format!("{}{}", run.stdout, run.stderr);
    assert!(all.contains(named), "{named} not in {all}");
    assert!(all.contains(expected), "{expected} not in {all}");
}

#[test]
fn a_50_mb_workspace_is_refused_with_its_line() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("huge.ron");
    let head = "(version: 2,\n decision: (title: \"big\", problem: \"";
    write_50_mb(&path, head, &format!("{}\n", "x".repeat(79)));
    let problem = load_workspace(&path).unwrap_err();
    assert_eq!(problem.location.map(|l| l.line), Some(2), "{problem}");
    assert!(problem.message.contains("not closed"), "{problem}");
    assert_refusal(&os(&[&"score", &path]), "huge.ron:2:", "truncated");
}

#[test]
fn a_50_mb_pattern_file_is_refused_before_it_is_read() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("huge.ron");
    write_50_mb(&path, "(id: \"huge\", summary: \"", "words words words\n");
    let outcome = CatalogLoader::empty().with_folder(tmp.path()).load();
    assert_eq!(outcome.problems.len(), 1);
    assert!(outcome.problems[0].message.contains("larger than"));
    let args = os(&[&"catalog", &"validate", &tmp.path(), &"--alone"]);
    assert_refusal(&args, "huge.ron", "larger than");
}

#[test]
fn a_50_mb_flowchart_is_refused_with_a_line() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("huge.mmd");
    write_50_mb(
        &path,
        "flowchart LR\n",
        "  a[\"Service\"] --> b[(\"Database\")]\n",
    );
    let text = std::fs::read_to_string(&path).unwrap();
    let error = import_mermaid(&text, "huge", &Catalog::embedded(), 1).unwrap_err();
    assert!(error.to_string().contains("at most"), "{error}");
    assert_refusal(
        &os(&[&"import", &"mermaid", &path]),
        "huge.mmd: line ",
        "at most",
    );
    assert_refusal(&os(&[&"check", &path]), "huge.mmd: line ", "at most");
}

#[test]
fn a_50_mb_layra_catalog_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("huge.md");
    let entry = "# Queue Worker\n\n**Category:** integration | **Complexity:** 2/5 | **Team Size:** Small\n\n---\n\n";
    write_50_mb(&path, "# Catalog\n\n", entry);
    let text = std::fs::read_to_string(&path).unwrap();
    let imported = import_layra("huge.md", &text);
    assert!(imported.patterns.is_empty());
    assert!(
        imported.problems[0]
            .to_string()
            .starts_with("huge.md:1: the file is")
    );
    let out = tmp.path().join("out");
    let args = os(&[&"catalog", &"import", &path, &"--out", &out]);
    assert_refusal(&args, "huge.md", "bytes are imported");
    assert!(!out.exists(), "nothing may be written");
}

#[test]
fn a_layra_catalog_of_many_entries_and_links_is_cut_at_the_limit() {
    let mut text = String::from("# Catalog\n\n");
    for i in 0..1_500 {
        text.push_str(&format!(
            "# Entry {i}\n\n**Category:** data | **Complexity:** 2/5 | **Team Size:** Small\n\n## Related Patterns\n\n- [entry-{}](x) [other-{i}](y)\n\n---\n\n",
            i + 1
        ));
    }
    let imported = import_layra("many.md", &text);
    let last = imported.problems.last().unwrap();
    assert!(last.message.contains("more than 1000 entries"), "{last}");
}

#[test]
fn an_adr_folder_with_a_50_mb_file_is_examined() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("0001-huge.md");
    write_50_mb(
        &path,
        "# Huge\n\n",
        "Some decision text that goes on and on.\n",
    );
    let report = doctor(tmp.path()).unwrap();
    assert!(!report.is_clean());
    assert_refusal(
        &os(&[&"adr", &"doctor", &tmp.path()]),
        "0001-huge.md",
        "no status",
    );
}

fn nested(open: &str, close: &str) -> String {
    format!("{}{}", open.repeat(DEEP), close.repeat(DEEP))
}

#[test]
fn a_hundred_thousand_nested_brackets_never_overflow_the_stack() {
    let brackets = nested("[", "]");
    let workspaces = [
        format!("(version: 1, decision: (title: \"deep\", junk: {brackets}), candidates: [])"),
        format!("(version: 2, decision: (title: \"deep\"), context: (), candidates: [{brackets}])"),
        format!(
            "(version: 2, decision: {}, context: (), candidates: [])",
            nested("(", ")")
        ),
    ];
    for text in &workspaces {
        let problem = file::from_str("deep.ron", text).unwrap_err();
        assert!(problem.location.is_some(), "{problem}");
    }
    let patterns = [
        format!("(id: \"deep\", tags: {brackets})"),
        format!("(id: \"deep\", summary: {})", nested("Some(", ")")),
    ];
    for text in &patterns {
        assert!(parse_pattern_bytes("deep.ron", text.as_bytes()).is_err());
    }
    let catalog = Catalog::embedded();
    for text in [
        format!("flowchart LR\n  a[{brackets}] --> b({})", nested("(", ")")),
        format!("flowchart LR\n  subgraph {brackets}\n"),
    ] {
        let _ = import_mermaid(&text, "deep", &catalog, 1);
    }
    let _ = import_layra("deep.md", &format!("# A\n\n**Category:** {brackets}\n"));
    let _ = read_meta(&format!("# {brackets}\n\n- Status: {brackets}\n"));
}

#[test]
fn deep_nesting_through_the_cli_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("deep.ron");
    let text = format!(
        "(version: 1, decision: (title: \"deep\", junk: {}), candidates: [])",
        nested("[", "]")
    );
    std::fs::write(&path, text).unwrap();
    assert_refusal(&os(&[&"score", &path]), "deep.ron:1:", "nests too deeply");
}

fn chain(nodes: usize) -> String {
    let mut text = String::from("flowchart LR\n");
    for i in 0..nodes {
        text.push_str(&format!(
            "  n{i}[\"Service {i}\"] --> n{}\n",
            (i + 1) % nodes
        ));
    }
    text
}

#[test]
fn ten_thousand_nodes_import_and_one_too_many_is_refused() {
    let catalog = Catalog::embedded();
    let imported = import_mermaid(&chain(10_000), "big", &catalog, 1).unwrap();
    assert_eq!(imported.candidate.node_count(), 10_000);
    assert_eq!(imported.candidate.edge_count(), 10_000);
    let error = import_mermaid(&chain(MAX_NODES + 1), "big", &catalog, 1).unwrap_err();
    assert!(error.to_string().contains("more than"), "{error}");
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("too-many.mmd");
    std::fs::write(&path, chain(MAX_NODES + 1)).unwrap();
    assert_refusal(&os(&[&"check", &path]), "too-many.mmd: line ", "nodes");
}

#[test]
fn endless_inputs_are_refused_without_reading_them_whole() {
    // `/dev/zero` says it is 0 bytes long and never ends.
    let tmp = tempfile::tempdir().unwrap();
    let link = |name: &str| {
        let path = tmp.path().join(name);
        std::os::unix::fs::symlink("/dev/zero", &path).unwrap();
        path
    };
    let problem = load_workspace(&link("zero.ron")).unwrap_err();
    assert!(problem.message.contains("larger than"), "{problem}");
    assert_refusal(
        &os(&[&"score", &tmp.path().join("zero.ron")]),
        "zero.ron",
        "larger than",
    );
    let mmd = link("zero.mmd");
    assert_refusal(&os(&[&"check", &mmd]), "zero.mmd", "larger than");
    assert_refusal(
        &os(&[&"import", &"mermaid", &mmd]),
        "zero.mmd",
        "larger than",
    );
    let md = link("zero.md");
    let out = tmp.path().join("out");
    assert_refusal(
        &os(&[&"catalog", &"import", &md, &"--out", &out]),
        "zero.md",
        "larger than",
    );
    let outcome = CatalogLoader::empty().with_folder(tmp.path()).load();
    assert!(
        outcome.problems[0].message.contains("larger than"),
        "{:?}",
        outcome.problems
    );
}
