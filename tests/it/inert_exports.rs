//! Exports stay inert for any user text, through the whole pipeline (a
//! workspace, its ranking, the winner's diagram, the ADR in every dialect):
//! no raw HTML tag or comment outside code blocks, no `javascript:` link,
//! the mermaid block is never closed early, and the diagram has no
//! `click`/`call`/`href`/`style`/`classDef`/`%%{` made from user text.
//! (The exporters' own property tests check their line forms; these check
//! the assembled documents.) ADR file names from hostile titles stay inside
//! the chosen folder.

use proptest::prelude::*;

use plinth::catalog::Catalog;
use plinth::catalog::blocks::BlockKind;
use plinth::design::{Candidate, CandidateId, EdgeKind, Group, GroupId, Node, NodeId, Point};
use plinth::evaluate::evaluate;
use plinth::export::adr::{AdrInput, AdrSource, Dialect, file_name, render_adr, write_adr};
use plinth::export::mermaid::{MermaidOptions, candidate_to_mermaid};
use plinth::workspace::Workspace;

use super::support::edge;

/// Text mixing what breaks Markdown, HTML and mermaid with any Unicode.
fn hostile() -> impl Strategy<Value = String> {
    const FRAGMENTS: &[&str] = &[
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<!--",
        "-->",
        "javascript:alert(1)",
        "[x](javascript:alert(1))",
        "<javascript:alert(1)>",
        "```",
        "~~~",
        "\n```\n<b>out</b>\n",
        "%%{init: {\"theme\": \"dark\"}}%%",
        "\nclick n1 call alert()\n",
        "click n1 href \"javascript:alert(1)\"",
        "\nstyle n1 fill:#f00\n",
        "\nclassDef evil fill:#f00\n",
        "\nlinkStyle 0 stroke:red\n",
        "\"",
        "#quot;",
        "&lt;b&gt;",
        "|",
        ";",
        "end",
        "subgraph",
        "\r",
        "\n",
        "\u{2028}",
        "\u{0}",
        "]]>",
    ];
    let piece = prop_oneof![
        3 => proptest::sample::select(FRAGMENTS).prop_map(str::to_owned),
        1 => any::<String>(),
        1 => "[a-z ]{0,6}",
    ];
    proptest::collection::vec(piece, 0..5).prop_map(|parts| parts.concat())
}

/// A workspace whose every user-written text is `texts[i]`.
fn workspace(texts: &[String]) -> Workspace {
    let text = |i: usize| texts[i % texts.len()].clone();
    let mut ws = Workspace::new(&text(0));
    ws.decision.problem = text(1);
    ws.decision.drivers = vec![text(2)];
    ws.decision.decision_makers = vec![text(3)];
    for c in 0..2u64 {
        let base = 100 * (c + 1);
        let mut candidate = Candidate::new(CandidateId(base), &text(4 + c as usize));
        candidate.notes = text(5);
        candidate
            .add_group(Group {
                id: GroupId(base + 1),
                name: text(6),
            })
            .unwrap();
        let mut first = Node::block(
            NodeId(base + 2),
            BlockKind::Service,
            &text(7),
            Point::default(),
        );
        first.group = Some(GroupId(base + 1));
        first.notes = text(8);
        candidate.add_node(first).unwrap();
        let second = Node::pattern(
            NodeId(base + 3),
            "cache-aside",
            &text(9),
            Point::new(200.0, 0.0),
        );
        candidate.add_node(second).unwrap();
        let mut link = edge(base + 4, base + 2, base + 3, EdgeKind::ReadsWrites);
        link.label = text(10);
        candidate.add_edge(link).unwrap();
        ws.push_candidate(candidate);
    }
    ws
}

/// The lines outside fenced code blocks, and each block's info and body.
fn split_fences(doc: &str) -> (Vec<&str>, Vec<(String, Vec<&str>)>) {
    let (mut outside, mut blocks) = (Vec::new(), Vec::new());
    let mut open: Option<(usize, String, Vec<&str>)> = None;
    for line in doc.lines() {
        let ticks = line.chars().take_while(|&c| c == '`').count();
        match open.take() {
            None if ticks >= 3 => open = Some((ticks, line[ticks..].to_owned(), Vec::new())),
            None => outside.push(line),
            Some((fence, info, body)) if ticks >= fence && line.trim_end().len() == ticks => {
                blocks.push((info, body));
            }
            Some((fence, info, mut body)) => {
                body.push(line);
                open = Some((fence, info, body));
            }
        }
    }
    assert!(open.is_none(), "a code block is never closed:\n{doc}");
    (outside, blocks)
}

/// No raw HTML: no `<` that starts a tag, a closing tag, a comment or an autolink.
fn check_no_html(line: &str) -> Result<(), String> {
    let bytes = line.as_bytes();
    for (i, _) in line.match_indices('<') {
        let next = bytes.get(i + 1).copied().unwrap_or(b' ');
        if next.is_ascii_alphabetic() || matches!(next, b'/' | b'!' | b'?') {
            return Err(format!("raw HTML in {line:?}"));
        }
    }
    Ok(())
}

/// No Markdown link or image whose target is a script.
fn check_no_script_link(line: &str) -> Result<(), String> {
    for (i, _) in line.match_indices("](") {
        let backslashes = line[..i].bytes().rev().take_while(|&b| b == b'\\').count();
        if backslashes % 2 == 1 {
            continue; // `\](` is text, not the end of a link
        }
        let target: String = line[i + 2..]
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        if target.to_ascii_lowercase().starts_with("javascript:") {
            return Err(format!("script link in {line:?}"));
        }
    }
    Ok(())
}

/// A diagram line with its quoted texts removed: what mermaid reads as syntax.
fn unquoted(line: &str) -> String {
    line.split('"').step_by(2).collect::<Vec<_>>().join("\"\"")
}

/// What mermaid reads as syntax on a line: quoted texts removed, and the
/// free text of an accessibility line (read as plain text to its end).
fn syntax_of(line: &str) -> String {
    let trimmed = line.trim_start();
    for keyword in ["accTitle:", "accDescr:"] {
        if trimmed.starts_with(keyword) {
            return keyword.to_owned();
        }
    }
    unquoted(line)
}

/// The YAML front matter may only hold the title, as one line.
fn check_front_matter(diagram: &str) -> Result<usize, String> {
    let lines: Vec<&str> = diagram.lines().collect();
    if lines.first() != Some(&"---") {
        return Ok(0);
    }
    let end = lines[1..]
        .iter()
        .position(|l| *l == "---")
        .ok_or("unclosed front matter")?
        + 1;
    for line in &lines[1..end] {
        if !line.starts_with("title: ") {
            return Err(format!("front matter line {line:?}"));
        }
    }
    Ok(end + 1)
}

fn check_diagram(diagram: &str, catalog_classes: &[String]) -> Result<(), String> {
    let body_start = check_front_matter(diagram)?;
    for line in diagram.lines().skip(body_start) {
        let syntax = syntax_of(line);
        let lower = syntax.to_ascii_lowercase();
        for word in ["click", "call ", "href", "javascript:", "%%{", "linkstyle"] {
            if lower.contains(word) {
                return Err(format!("`{word}` outside quotes in {line:?}"));
            }
        }
        // `<br/>` is the exporter's own line break inside a label.
        let quoted_html = line
            .split('"')
            .skip(1)
            .step_by(2)
            .any(|q| q.replace("<br/>", "").contains(['<', '>']));
        if quoted_html {
            return Err(format!("`<` or `>` in a label: {line:?}"));
        }
        let first = syntax.split_whitespace().next().unwrap_or_default();
        if first == "style" {
            return Err(format!("a style statement: {line:?}"));
        }
        if first == "classDef" {
            let name = syntax.split_whitespace().nth(1).unwrap_or_default();
            if !catalog_classes.iter().any(|c| c == name) {
                return Err(format!("a classDef of an unknown class: {line:?}"));
            }
        }
    }
    Ok(())
}

/// Every class name the exporter may define.
fn known_classes() -> Vec<String> {
    let mut names: Vec<String> = plinth::catalog::Category::ALL
        .iter()
        .map(|c| format!("cat_{}", c.key()))
        .collect();
    names.push(plinth::export::mermaid::BLOCK_CLASS.to_owned());
    names
}

/// The Markdown after a MADR's YAML front matter (which renderers show as
/// plain data, not Markdown; the ADR exporters' own tests check its YAML).
fn markdown_of(adr: &str) -> &str {
    adr.strip_prefix("---\n")
        .and_then(|rest| rest.find("\n---\n").map(|end| &rest[end + 5..]))
        .unwrap_or(adr)
}

fn check_adr(adr: &str, diagram: &str) -> Result<(), String> {
    let (outside, blocks) = split_fences(markdown_of(adr));
    for line in outside {
        check_no_html(line)?;
        check_no_script_link(line)?;
    }
    let mermaid: Vec<_> = blocks
        .iter()
        .filter(|(info, _)| info == "mermaid")
        .collect();
    if mermaid.len() != 1 {
        return Err(format!("{} mermaid blocks:\n{adr}", mermaid.len()));
    }
    let body = mermaid[0].1.join("\n");
    if body.trim_end() != diagram.trim_end() {
        return Err(format!("the diagram changed inside the ADR:\n{adr}"));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn exports_of_any_user_text_stay_inert(texts in proptest::collection::vec(hostile(), 11)) {
        let ws = workspace(&texts);
        let catalog = Catalog::embedded();
        let ranking = evaluate(&ws, &catalog);
        let winner = ws.candidate(CandidateId(100)).unwrap();
        let diagram = candidate_to_mermaid(winner, &catalog, &MermaidOptions {
            title: Some(texts[0].clone()),
            ..MermaidOptions::default()
        });
        check_diagram(&diagram, &known_classes()).map_err(TestCaseError::fail)?;
        for dialect in Dialect::ALL {
            let input = AdrInput {
                workspace: &ws,
                catalog: &catalog,
                ranking: &ranking,
                number: 1,
                date: "2026-11-27",
                diagram: Some(&diagram),
                datum: plinth::evaluate::DatumChoice::StatusQuo,
                supersedes: None,
            };
            check_adr(&render_adr(&input, dialect), &diagram).map_err(TestCaseError::fail)?;
        }
    }

    #[test]
    fn adr_file_names_are_plain_for_any_title(title in hostile(), number in 0u32..100_000) {
        let name = file_name(number, &title, Dialect::Madr);
        let stem = name.strip_suffix(".md").unwrap();
        prop_assert!(stem.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'), "{name}");
        prop_assert!(!stem.contains(".."));
    }
}

#[test]
fn hostile_titles_write_adrs_only_inside_the_folder() {
    let titles = [
        "../../etc/passwd",
        "/etc/passwd",
        "..\\..\\windows\\system32",
        "a\0b",
        "",
        "....",
        "~/.ssh/authorized_keys",
        "C:\\Users\\x",
        "%2e%2e%2fetc",
    ];
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("docs/decisions");
    let catalog = Catalog::embedded();
    for (i, title) in titles.iter().enumerate() {
        let ws = workspace(&[(*title).to_owned()]);
        let ranking = evaluate(&ws, &catalog);
        let source = AdrSource {
            workspace: &ws,
            catalog: &catalog,
            ranking: &ranking,
            date: "2026-11-27",
            diagram: None,
            datum: plinth::evaluate::DatumChoice::StatusQuo,
        };
        let dialect = Dialect::ALL[i % 3];
        let written = write_adr(&dir, &source, dialect, None).unwrap();
        assert_eq!(written.path.parent(), Some(dir.as_path()), "{title:?}");
        assert!(written.path.is_file());
    }
    let mut everything: Vec<_> = walk(root.path());
    everything.sort();
    assert_eq!(everything.len(), titles.len(), "{everything:#?}");
    assert!(
        everything.iter().all(|p| p.starts_with(&dir)),
        "{everything:#?}"
    );
}

/// Every file under `dir`, recursively.
fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .flat_map(|p| if p.is_dir() { walk(&p) } else { vec![p] })
        .collect()
}
