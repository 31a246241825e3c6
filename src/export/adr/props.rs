//! Property tests: no user text (titles, option names, labels, drivers,
//! people, notes, finding messages, the diagram) can change a document's
//! structure, in any dialect.

use proptest::prelude::*;

use super::markdown::{Md, collapse, heading};
use super::structure::{
    body_lines, cell_count, front_matter, headings, starts_block, tables, yaml_value,
};
use super::{AdrInput, Dialect, log4brains, madr, nygard, render_adr};
use crate::catalog::Catalog;
use crate::catalog::blocks::BlockKind;
use crate::design::{Candidate, CandidateId, Finding, Node, NodeId, NodeKind, Point, Severity};
use crate::scoring::Ranking;
use crate::workspace::Workspace;

/// Text built from the fragments that break naive Markdown and YAML
/// writers, mixed with arbitrary Unicode.
fn nasty() -> impl Strategy<Value = String> {
    const FRAGMENTS: &[&str] = &[
        "#",
        "\n",
        "\r\n",
        "---",
        "```",
        "`",
        "|",
        "<script>",
        "status: accepted",
        "- ",
        "* ",
        "> ",
        "1. ",
        "===",
        "~~~",
        "***",
        "[x](y)",
        " #",
        ": ",
        "\\",
        "\"",
        "'",
        "yes",
        "42",
        "\u{2028}",
        "\u{FEFF}",
        "\t",
        "    ",
        "&lt;",
        "_a_",
        "<!--",
        "]",
    ];
    let piece = prop_oneof![
        3 => proptest::sample::select(FRAGMENTS).prop_map(str::to_owned),
        2 => any::<String>(),
        2 => "[a-zA-Z ]{0,8}",
    ];
    proptest::collection::vec(piece, 0..6).prop_map(|parts| parts.concat())
}

#[derive(Debug, Clone)]
struct Texts {
    title: String,
    problem: String,
    drivers: Vec<String>,
    people: Vec<String>,
    options: Vec<(String, String, String)>,
    message: String,
    diagram: String,
}

fn texts() -> impl Strategy<Value = Texts> {
    let option = (nasty(), nasty(), nasty());
    (
        nasty(),
        nasty(),
        proptest::collection::vec(nasty(), 0..3),
        proptest::collection::vec(nasty(), 0..3),
        proptest::collection::vec(option, 1..4),
        nasty(),
        nasty(),
    )
        .prop_map(
            |(title, problem, drivers, people, options, message, diagram)| Texts {
                title,
                problem,
                drivers,
                people,
                options,
                message,
                diagram,
            },
        )
}

fn workspace(t: &Texts) -> Workspace {
    let mut ws = Workspace::new(&t.title);
    ws.decision.problem.clone_from(&t.problem);
    ws.decision.drivers.clone_from(&t.drivers);
    ws.decision.decision_makers.clone_from(&t.people);
    ws.decision.consulted = t.people.iter().rev().cloned().collect();
    ws.decision.informed.clone_from(&t.people);
    for (i, (name, notes, label)) in t.options.iter().enumerate() {
        let id = i as u64 + 1;
        let mut candidate = Candidate::new(CandidateId(id), name);
        candidate.notes.clone_from(notes);
        let mut node = Node::block(
            NodeId(100 + id),
            BlockKind::Service,
            label,
            Point::default(),
        );
        node.kind = NodeKind::Block {
            block: BlockKind::Service,
            patterns: vec!["monolith".to_owned()],
        };
        candidate.add_node(node).unwrap();
        ws.push_candidate(candidate);
    }
    ws
}

fn finding(t: &Texts, candidate: &Candidate) -> Vec<Finding> {
    let node = candidate.nodes().next().map(|n| n.id);
    vec![Finding {
        rule: t.message.clone(),
        severity: Severity::Error,
        nodes: node.into_iter().collect(),
        edges: Vec::new(),
        message: t.message.clone(),
        fix: Some(t.message.clone()),
        fix_at: None,
    }]
}

fn expected_headings(dialect: Dialect, ws: &Workspace, ranking: &Ranking) -> Vec<String> {
    let options = ranking
        .scores
        .iter()
        .map(|s| heading(3, &Md::text(&s.name), "Unnamed option"));
    let title = heading(1, &Md::text(&ws.decision.title), "Untitled decision");
    let with_options = |fixed: [&str; 8]| {
        let mut all = vec![title.clone()];
        all.extend(fixed[..7].iter().map(|h| (*h).to_owned()));
        all.extend(options.clone());
        all.push(fixed[7].to_owned());
        all
    };
    match dialect {
        Dialect::Madr => with_options(madr::HEADINGS),
        Dialect::Log4brains => with_options(log4brains::HEADINGS),
        Dialect::Nygard => std::iter::once(String::new())
            .chain(nygard::HEADINGS.iter().map(|h| (*h).to_owned()))
            .collect(),
    }
}

fn check_headings(adr: &str, dialect: Dialect, ws: &Workspace, ranking: &Ranking) {
    let mut found = headings(adr);
    let expected = expected_headings(dialect, ws, ranking);
    if dialect == Dialect::Nygard {
        assert!(found[0].starts_with("# 3. "), "{adr}");
        found[0].clear();
    }
    assert_eq!(found, expected, "{adr}");
}

fn check_front_matter(adr: &str, dialect: Dialect, ws: &Workspace) {
    let Some(front) = front_matter(adr) else {
        assert_ne!(dialect, Dialect::Madr, "{adr}");
        assert!(adr.starts_with("# "), "{adr}");
        return;
    };
    assert_eq!(dialect, Dialect::Madr);
    let values: Vec<(String, String)> = front.iter().map(|l| yaml_value(l).unwrap()).collect();
    let keys: Vec<&str> = values.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(
        keys,
        ["status", "date", "decision-makers", "consulted", "informed"],
        "{adr}"
    );
    let people = |list: &[String]| {
        list.iter()
            .map(|p| collapse(p))
            .collect::<Vec<_>>()
            .join(", ")
    };
    assert_eq!(values[2].1, collapse(&people(&ws.decision.decision_makers)));
    assert_eq!(values[3].1, collapse(&people(&ws.decision.consulted)));
}

fn check_body(adr: &str, columns: usize) {
    for line in body_lines(adr) {
        assert!(!line.starts_with('<'), "{line:?} in\n{adr}");
        let rest = line.strip_prefix("* ").or_else(|| line.strip_prefix("- "));
        if line.starts_with('#') || line.starts_with('|') {
            continue;
        }
        assert!(!starts_block(rest.unwrap_or(line)), "{line:?} in\n{adr}");
    }
    let tables = tables(adr);
    assert_eq!(tables.len(), 1, "{adr}");
    for row in &tables[0] {
        assert_eq!(cell_count(row), columns, "{row:?} in\n{adr}");
    }
}

fn check_metadata_lines(adr: &str, dialect: Dialect) {
    let lines: Vec<&str> = adr.lines().collect();
    match dialect {
        Dialect::Madr => {}
        Dialect::Log4brains => {
            assert!(lines[2].starts_with("- Status: "), "{adr}");
            assert!(lines[3].starts_with("- Date: "), "{adr}");
            assert!(lines[4].starts_with("- Deciders: "), "{adr}");
        }
        Dialect::Nygard => {
            assert_eq!(lines[2], "Date: 2026-11-27");
            assert_eq!(&lines[4..7], ["## Status", "", "Proposed"]);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn user_text_never_changes_the_structure(t in texts()) {
        let ws = workspace(&t);
        let catalog = Catalog::embedded();
        let ranking = super::structure::ranking(&ws, &catalog, |c| finding(&t, c));
        for dialect in Dialect::ALL {
            let input = AdrInput {
                workspace: &ws,
                catalog: &catalog,
                ranking: &ranking,
                number: 3,
                date: "2026-11-27",
                diagram: Some(&t.diagram),
                datum: crate::evaluate::DatumChoice::StatusQuo,
                supersedes: None,
            };
            let adr = render_adr(&input, dialect);
            check_headings(&adr, dialect, &ws, &ranking);
            check_front_matter(&adr, dialect, &ws);
            check_body(&adr, ranking.scores.len() + 1);
            check_metadata_lines(&adr, dialect);
        }
    }

    #[test]
    fn yaml_scalars_read_back_as_the_text(raw in nasty()) {
        let line = format!("informed: {}", super::markdown::yaml_scalar(&raw));
        let (_, value) = yaml_value(&line).unwrap();
        prop_assert_eq!(value, collapse(&raw));
    }

    #[test]
    fn inline_text_is_one_safe_line(raw in nasty()) {
        let md = Md::text(&raw);
        prop_assert!(!md.as_str().contains(['\n', '\r', '<']));
        prop_assert!(!starts_block(&super::markdown::line(&md)));
        prop_assert_eq!(cell_count(&super::markdown::table_row(&[md.clone(), md])), 2);
    }
}
