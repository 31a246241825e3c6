//! The hand-written flowchart corpus (`tests/fixtures/mermaid/*.mmd`): each
//! file imports to the graph its sibling `.expected` file describes (written
//! by hand before the run), with the review findings it lists; every file
//! and every example candidate goes export -> import -> export byte-identical.
//!
//! `.expected` lines (blank lines and `#` comments ignored), in this order:
//! `group "TITLE": KEY...`, `node KEY KIND "LABEL"` (KIND is a block key or
//! `pattern:ID`), `edge FROM -> TO KIND "LABEL"` (with `via KEY` when drawn
//! to a subgraph), `warning LINE`, `finding RULE` (sorted; when a file
//! lists none, findings are not compared). Labels escape
//! `"`, `\` and line breaks as `\"`, `\\`, `\n`.

use std::collections::BTreeMap;
use std::fs;

use plinth::catalog::Catalog;
use plinth::context::EvaluationContext;
use plinth::design::{Candidate, NodeKind};
use plinth::export::mermaid::{Direction, MermaidOptions, candidate_to_mermaid};
use plinth::import::mermaid::{MermaidImport, NoteSubject, import_mermaid};
use plinth::review::review;
use plinth::workspace::examples::{example_names, example_text};
use plinth::workspace::file;

use crate::fixture;

fn quoted(text: &str) -> String {
    let escaped = text
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n");
    format!("\"{escaped}\"")
}

/// The import in the `.expected` format; findings only when asked for.
fn render(import: &MermaidImport, catalog: &Catalog, findings: bool) -> String {
    let c = &import.candidate;
    let mut node_keys = BTreeMap::new();
    let mut edge_sources = BTreeMap::new();
    for note in &import.notes {
        match note.subject {
            NoteSubject::Node(id) => node_keys.insert(id, note.source.clone()),
            NoteSubject::Edge(id) => edge_sources.insert(id, note.source.clone()),
        };
    }
    let key = |id| node_keys.get(&id).cloned().unwrap_or_default();
    let mut lines = Vec::new();
    for group in c.groups() {
        let members: Vec<String> = c.group_members(group.id).map(|n| key(n.id)).collect();
        let line = format!("group {}: {}", quoted(&group.name), members.join(" "));
        lines.push(line.trim_end().to_owned());
    }
    for node in c.nodes() {
        let kind = match &node.kind {
            NodeKind::Block { block, patterns } if patterns.is_empty() => block.key().to_owned(),
            NodeKind::Block { block, patterns } => {
                format!("{}+{}", block.key(), patterns.join("+"))
            }
            NodeKind::Pattern { pattern } => format!("pattern:{pattern}"),
        };
        lines.push(format!(
            "node {} {kind} {}",
            key(node.id),
            quoted(&node.label)
        ));
    }
    for edge in c.edges() {
        let (from, to) = (key(edge.from), key(edge.to));
        let drawn = edge_sources.get(&edge.id).cloned().unwrap_or_default();
        let mut words = drawn.split(' ');
        let (drawn_from, drawn_to) = (words.next().unwrap_or(""), words.nth(1).unwrap_or(""));
        let via = if drawn_from != from {
            format!(" via {drawn_from}")
        } else if drawn_to != to {
            format!(" via {drawn_to}")
        } else {
            String::new()
        };
        lines.push(format!(
            "edge {from} -> {to} {} {}{via}",
            edge.kind.key(),
            quoted(&edge.label)
        ));
    }
    lines.extend(
        import
            .warnings
            .iter()
            .map(|w| format!("warning {}", w.line)),
    );
    if !findings {
        return lines.join("\n");
    }
    let mut rules: Vec<String> = review(c, catalog, &EvaluationContext::default())
        .into_iter()
        .map(|f| format!("finding {}", f.rule))
        .collect();
    rules.sort();
    lines.extend(rules);
    lines.join("\n")
}

fn expected(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect::<Vec<_>>()
        .join("\n")
}

fn corpus() -> Vec<(String, String)> {
    let mut files: Vec<_> = fs::read_dir(fixture("mermaid"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "mmd"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, fs::read_to_string(&p).unwrap())
        })
        .collect()
}

#[test]
fn every_fixture_gives_its_expected_graph_and_findings() {
    let catalog = Catalog::embedded();
    let files = corpus();
    assert!(files.len() >= 60, "only {} fixtures", files.len());
    let mut failures = Vec::new();
    for (name, text) in &files {
        let expected_path = fixture("mermaid").join(name.replace(".mmd", ".expected"));
        let want = fs::read_to_string(&expected_path)
            .unwrap_or_else(|_| panic!("{name} has no .expected file"));
        let got = match import_mermaid(text, name, &catalog, 1) {
            Ok(import) => render(&import, &catalog, want.contains("\nfinding ")),
            Err(e) => format!("error {}", e.line()),
        };
        if got != expected(&want) {
            failures.push(format!(
                "== {name}\n-- got:\n{got}\n-- want:\n{}",
                expected(&want)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn assert_round_trip(name: &str, candidate: &Candidate, catalog: &Catalog) {
    for direction in [Direction::LeftRight, Direction::TopBottom] {
        let options = MermaidOptions {
            direction,
            title: None,
        };
        let once = candidate_to_mermaid(candidate, catalog, &options);
        let back = import_mermaid(&once, &candidate.name, catalog, 1).unwrap();
        assert!(back.warnings.is_empty(), "{name}: {:?}", back.warnings);
        let twice = candidate_to_mermaid(&back.candidate, catalog, &options);
        assert_eq!(once, twice, "{name}");
    }
}

#[test]
fn every_fixture_and_example_exports_imports_and_exports_the_same() {
    let catalog = Catalog::embedded();
    for (name, text) in corpus() {
        if let Ok(import) = import_mermaid(&text, &name, &catalog, 1) {
            assert_round_trip(&name, &import.candidate, &catalog);
        }
    }
    for example in example_names() {
        let ws = file::from_str(example, example_text(example).unwrap()).unwrap();
        for candidate in ws.candidates() {
            assert_round_trip(&candidate.name, candidate, &catalog);
        }
    }
}

fn plinth(dir: &std::path::Path, args: &[&str]) -> (bool, String, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_plinth"))
        .current_dir(dir)
        .arg("--no-user-catalog")
        .args(args)
        .output()
        .unwrap();
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (out.status.success(), text(&out.stdout), text(&out.stderr))
}

#[test]
fn the_cli_notes_guesses_explains_and_writes_dash_to_standard_output() {
    let dir = tempfile::tempdir().unwrap();
    let source = fixture("mermaid/01-issue-dual-write.mmd");
    fs::copy(&source, dir.path().join("sketch.mmd")).unwrap();
    let (ok, out, err) = plinth(dir.path(), &["import", "mermaid", "sketch.mmd", "-o", "-"]);
    assert!(ok, "{err}");
    assert!(out.contains("version: 2,"), "{out}");
    assert!(!dir.path().join("-").exists());
    assert!(
        err.contains("note: sketch.mmd: line 4: \"Order events\" read as a queue or topic"),
        "{err}"
    );
    let (ok, _, quiet) = plinth(dir.path(), &["import", "mermaid", "sketch.mmd", "--quiet"]);
    assert!(ok && quiet.is_empty(), "{quiet}");
    let (ok, table, err) = plinth(
        dir.path(),
        &["import", "mermaid", "sketch.mmd", "--explain"],
    );
    assert!(ok && err.is_empty(), "{err}");
    assert!(table.contains("~ orders --> db"), "{table}");
    assert!(table.contains("  orders -.-> topic"), "{table}");
    assert!(!table.contains("version: 2,"), "{table}");
    let (ok, out, _) = plinth(
        dir.path(),
        &["import", "mermaid", "sketch.mmd", "-o", "w.ron"],
    );
    assert!(ok && out.starts_with("wrote w.ron"), "{out}");
    let (ok, out, err) = plinth(dir.path(), &["export", "mermaid", "w.ron", "-o", "-"]);
    assert!(ok, "{err}");
    assert!(out.starts_with("flowchart LR\n"), "{out}");
    assert!(!dir.path().join("-").exists());
    let (ok, _, err) = plinth(dir.path(), &["check", "sketch.mmd"]);
    assert!(ok, "{err}");
}

#[test]
fn catalog_import_refuses_standard_output_for_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    let layra = fixture("layra");
    let file = fs::read_dir(layra)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "md"))
        .unwrap();
    let file = file.to_string_lossy().into_owned();
    let (ok, _, err) = plinth(dir.path(), &["catalog", "import", &file, "-o", "-"]);
    assert!(!ok);
    assert!(
        err.contains("`-o -` (standard output) cannot hold a folder"),
        "{err}"
    );
    assert!(!dir.path().join("-").exists());
}
