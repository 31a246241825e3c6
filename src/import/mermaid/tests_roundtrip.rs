//! Property tests: export then import gives back the same graph, every
//! exported line has one of the exporter's forms (so no user text can start
//! a statement), and importing arbitrary text never panics.

use proptest::prelude::*;
use proptest::sample::Index;

use super::tests::catalog;
use super::*;
use crate::catalog::blocks::BlockKind;
use crate::design::{
    CandidateId, Edge, EdgeId, EdgeKind, Group, GroupId, Node, NodeId, NodeKind, Point,
};
use crate::export::mermaid::{Direction, MermaidOptions, candidate_to_mermaid, normalize_label};

/// Pieces that have broken mermaid exporters, plus arbitrary characters.
fn fragment() -> impl Strategy<Value = String> {
    let nasty = vec![
        "\"",
        "[",
        "]",
        "(",
        ")",
        "{",
        "}",
        "|",
        "#",
        "%",
        "%%",
        "end",
        "click n1 href \"javascript:alert(1)\"",
        "<script>",
        "</b>",
        "\n",
        "\r\n",
        "\r",
        "direction LR",
        "DIRECTION\ttb",
        "#35;",
        "#quot;",
        "&amp;",
        "<br/>",
        "+ ",
        "+",
        "Saga Pattern",
        "API Gateway",
        "`",
        " ",
        "\t",
        "\u{2028}",
        "\u{85}",
        ";",
        "-->",
        "\u{0}",
        "\u{1b}",
        "style",
        "classDef x fill:#f00;",
        ":::",
        "&",
        "\u{fb02}\u{b0}\u{b0}35\u{b6}\u{df}",
        "subgraph",
        "%%{init: {}}%%",
        "~~~",
        "@{",
        "accTitle: x",
        "\u{a0}",
        "\u{feff}",
        "\u{ffff}",
        "\u{200b}",
        "é",
        "😀",
    ];
    prop_oneof![
        3 => prop::sample::select(nasty).prop_map(str::to_owned),
        2 => any::<char>().prop_map(String::from),
        1 => "\\PC{0,8}",
    ]
}

fn label() -> impl Strategy<Value = String> {
    prop::collection::vec(fragment(), 0..6).prop_map(|parts| parts.concat())
}

fn pattern_id() -> impl Strategy<Value = String> {
    let ids: Vec<String> = catalog().patterns().map(|p| p.id.clone()).collect();
    prop::sample::select(ids)
}

fn node_kind() -> impl Strategy<Value = NodeKind> {
    prop_oneof![
        pattern_id().prop_map(|pattern| NodeKind::Pattern { pattern }),
        (
            prop::sample::select(BlockKind::ALL.to_vec()),
            prop::collection::vec(pattern_id(), 0..3)
        )
            .prop_map(|(block, patterns)| NodeKind::Block { block, patterns }),
    ]
}

/// A small candidate with every kind of node and edge, labels and groups.
/// Ids have gaps and are not in insertion order of kinds.
fn candidate() -> impl Strategy<Value = Candidate> {
    let groups = prop::collection::vec(label(), 0..4);
    let nodes = prop::collection::vec((node_kind(), label(), any::<Option<Index>>()), 0..8);
    let edge = (
        any::<Index>(),
        any::<Index>(),
        prop::sample::select(EdgeKind::ALL.to_vec()),
        label(),
    );
    let edges = prop::collection::vec(edge, 0..12);
    (label(), groups, nodes, edges).prop_map(|(name, groups, nodes, edges)| {
        let mut c = Candidate::new(CandidateId(1), &name);
        for (i, group) in groups.iter().enumerate() {
            c.add_group(Group {
                id: GroupId(1000 + i as u64),
                name: group.clone(),
            })
            .unwrap();
        }
        for (i, (kind, label, group)) in nodes.iter().enumerate() {
            let group = group
                .filter(|_| !groups.is_empty())
                .map(|g| GroupId(1000 + g.index(groups.len()) as u64));
            let node = Node {
                id: NodeId(10 + 3 * i as u64),
                kind: kind.clone(),
                label: label.clone(),
                position: Point::default(),
                notes: String::new(),
                group,
            };
            c.add_node(node).unwrap();
        }
        if !nodes.is_empty() {
            for (i, (from, to, kind, label)) in edges.into_iter().enumerate() {
                let from = NodeId(10 + 3 * from.index(nodes.len()) as u64);
                let to = NodeId(10 + 3 * to.index(nodes.len()) as u64);
                c.add_edge(Edge {
                    id: EdgeId(5000 + i as u64),
                    from,
                    to,
                    kind,
                    label,
                })
                .unwrap();
            }
        }
        c
    })
}

fn options() -> impl Strategy<Value = MermaidOptions> {
    (prop::bool::ANY, prop::option::of(label())).prop_map(|(lr, title)| MermaidOptions {
        direction: if lr {
            Direction::LeftRight
        } else {
            Direction::TopBottom
        },
        title,
    })
}

/// Positions of ids in their listing order.
fn order<T: Ord>(ids: impl Iterator<Item = T>) -> std::collections::BTreeMap<T, usize> {
    ids.enumerate().map(|(i, id)| (id, i)).collect()
}

fn assert_same_graph(original: &Candidate, back: &Candidate) -> Result<(), TestCaseError> {
    prop_assert_eq!(original.node_count(), back.node_count());
    prop_assert_eq!(original.edge_count(), back.edge_count());
    let groups: Vec<String> = original
        .groups()
        .map(|g| normalize_label(&g.name))
        .collect();
    let back_groups: Vec<&str> = back.groups().map(|g| g.name.as_str()).collect();
    prop_assert_eq!(groups, back_groups);
    let (group_a, group_b) = (
        order(original.groups().map(|g| g.id)),
        order(back.groups().map(|g| g.id)),
    );
    for (a, b) in original.nodes().zip(back.nodes()) {
        prop_assert_eq!(normalize_label(&a.label), b.label.clone());
        prop_assert_eq!(&a.kind, &b.kind);
        prop_assert_eq!(a.group.map(|g| group_a[&g]), b.group.map(|g| group_b[&g]));
    }
    let (node_a, node_b) = (
        order(original.nodes().map(|n| n.id)),
        order(back.nodes().map(|n| n.id)),
    );
    for (a, b) in original.edges().zip(back.edges()) {
        prop_assert_eq!(a.kind, b.kind);
        prop_assert_eq!(normalize_label(&a.label), b.label.clone());
        prop_assert_eq!(
            (node_a[&a.from], node_a[&a.to]),
            (node_b[&b.from], node_b[&b.to])
        );
    }
    Ok(())
}

/// Text between quotes: only our escapes, no character mermaid reacts to.
fn check_quoted(content: &str) -> Result<(), String> {
    let plain = content.replace("<br/>", "");
    if let Some(c) = plain.chars().find(|c| {
        matches!(c, '"' | '%' | '`' | '<' | '>' | '&' | '\u{fb02}' | '\u{b6}') || c.is_control()
    }) {
        return Err(format!("raw {c:?} in {content:?}"));
    }
    let lower = plain.to_ascii_lowercase();
    for word in ["direction", "style", "classdef"] {
        if lower.contains(word) {
            return Err(format!("unbroken {word} in {content:?}"));
        }
    }
    let entities_ok = plain.split('#').skip(1).all(|after| {
        after.split_once(';').is_some_and(|(name, _)| {
            !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric())
        })
    });
    if !entities_ok {
        return Err(format!("a `#` that starts no entity in {content:?}"));
    }
    Ok(())
}

fn node_id_then<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let rest = text.strip_prefix(prefix)?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    (digits > 0).then(|| &rest[digits..])
}

fn quoted_between<'a>(text: &'a str, open: &str, close: &str) -> Option<&'a str> {
    text.strip_prefix(open)?
        .strip_prefix('"')?
        .strip_suffix(close)?
        .strip_suffix('"')
}

fn is_class_name(name: &str) -> bool {
    name == "plinth_block"
        || name
            .strip_prefix("cat_")
            .is_some_and(|c| !c.is_empty() && c.bytes().all(|b| b.is_ascii_lowercase()))
}

/// The depends-on class lines, when `line` is one of them.
fn check_edge_class_line(line: &str) -> Option<Result<(), String>> {
    if line == "  classDef plinth_depends_on stroke-dasharray:2 4,fill:none" {
        return Some(Ok(()));
    }
    let ids = line
        .strip_prefix("  class ")?
        .strip_suffix(" plinth_depends_on")?;
    Some(
        if ids.split(',').all(|id| node_id_then(id, "e") == Some("")) {
            Ok(())
        } else {
            Err(format!("bad edge class line {line:?}"))
        },
    )
}

/// Every exported line has one of the exporter's own forms.
fn check_line(line: &str) -> Result<(), String> {
    const SHAPES: [(&str, &str); 7] = [
        ("[(", ")]"),
        ("[[", "]]"),
        ("((", "))"),
        ("([", "])"),
        ("{{", "}}"),
        ("[", "]"),
        ("(", ")"),
    ];
    const ARROWS: [&str; 4] = ["-->", "-.->", "==>", "<-->"];
    if ["---", "flowchart LR", "flowchart TB", "  end"].contains(&line)
        || line.starts_with("title: \"")
    {
        return Ok(());
    }
    for prefix in ["  accTitle: ", "  accDescr: "] {
        if let Some(value) = line.strip_prefix(prefix) {
            return if value.contains("<br/>") {
                Err(format!("break in {line:?}"))
            } else {
                check_quoted(value)
            };
        }
    }
    if let Some(checked) = check_edge_class_line(line) {
        return checked;
    }
    if let Some(def) = line.strip_prefix("  classDef ") {
        let (name, style) = def.split_once(' ').ok_or("bad classDef")?;
        let colours_ok = style.split(',').count() == 3
            && style
                .split(',')
                .all(|kv| kv.split_once(":#").is_some_and(|(_, hex)| hex.len() == 6));
        return if is_class_name(name) && colours_ok {
            Ok(())
        } else {
            Err(format!("bad classDef {line:?}"))
        };
    }
    if let Some(class) = line.strip_prefix("  class ") {
        let (ids, name) = class.split_once(' ').ok_or("bad class")?;
        let ids_ok = ids.split(',').all(|id| node_id_then(id, "n") == Some(""));
        return if ids_ok && is_class_name(name) {
            Ok(())
        } else {
            Err(format!("bad class line {line:?}"))
        };
    }
    if let Some(rest) = line
        .strip_prefix("  subgraph ")
        .and_then(|r| node_id_then(r, "g"))
    {
        return quoted_between(rest, "[", "]")
            .map_or_else(|| Err(format!("bad subgraph {line:?}")), check_quoted);
    }
    if node_id_then(line, "    n") == Some("") {
        return Ok(());
    }
    let rest = node_id_then(line, "  n").ok_or_else(|| format!("unknown line {line:?}"))?;
    if let Some(label) = SHAPES
        .iter()
        .find_map(|(open, close)| quoted_between(rest, open, close))
    {
        return check_quoted(label);
    }
    let edge = rest
        .strip_prefix(' ')
        .ok_or_else(|| format!("unknown line {line:?}"))?;
    let edge = match node_id_then(edge, "e").and_then(|r| r.strip_prefix('@')) {
        Some(arrow) if arrow.starts_with("-.->") => arrow,
        Some(_) => return Err(format!("an edge id on another arrow {line:?}")),
        None => edge,
    };
    let arrow = ARROWS
        .iter()
        .find(|a| edge.starts_with(*a))
        .ok_or_else(|| format!("bad arrow {line:?}"))?;
    let after = &edge[arrow.len()..];
    let (label, target) = match after.strip_prefix("|\"") {
        Some(labelled) => labelled
            .split_once("\"| ")
            .ok_or_else(|| format!("bad edge label {line:?}"))?,
        None => (
            "",
            after
                .strip_prefix(' ')
                .ok_or_else(|| format!("bad edge {line:?}"))?,
        ),
    };
    check_quoted(label)?;
    if node_id_then(target, "n") == Some("") {
        Ok(())
    } else {
        Err(format!("bad edge target {line:?}"))
    }
}

proptest! {
    #[test]
    fn export_then_import_gives_back_the_same_graph(c in candidate(), options in options()) {
        let text = candidate_to_mermaid(&c, catalog(), &options);
        let imported = import_mermaid(&text, &c.name, catalog(), 1).unwrap();
        prop_assert!(imported.warnings.is_empty(), "{:?}\n{}", imported.warnings, text);
        assert_same_graph(&c, &imported.candidate)?;
        // and the import exports to the very same text
        prop_assert_eq!(candidate_to_mermaid(&imported.candidate, catalog(), &options), text);
    }

    #[test]
    fn every_exported_line_has_one_of_the_exporters_forms(c in candidate(), options in options()) {
        let text = candidate_to_mermaid(&c, catalog(), &options);
        prop_assert!(text.ends_with('\n'));
        for line in text.lines() {
            let start = line.trim_start();
            for word in ["click", "call", "href", "style", "linkStyle", "%%"] {
                prop_assert!(!start.starts_with(word), "{}", line);
            }
            if let Err(problem) = check_line(line) {
                prop_assert!(false, "{}\n{}", problem, text);
            }
        }
    }

    #[test]
    fn importing_arbitrary_text_never_panics(parts in prop::collection::vec(fragment(), 0..40), header in prop::bool::ANY) {
        let body = parts.concat();
        let text = if header { format!("flowchart LR\n{body}") } else { body };
        if let Ok(imported) = import_mermaid(&text, "x", catalog(), 1) {
            let lines = text.split(['\n', '\r']).count();
            prop_assert!(imported.warnings.iter().all(|w| w.line >= 1 && w.line <= lines));
        }
    }
}

#[test]
fn check_line_rejects_what_it_should() {
    assert!(check_line("  n1[\"ok #35; #quot;<br/>\"]").is_ok());
    assert!(check_line("  n1 -.->|\"x\"| n2").is_ok());
    assert!(check_line("  n1 e3@-.-> n2").is_ok());
    assert!(check_line("  n1 e3@--> n2").is_err());
    assert!(check_line("  class e3,e5 plinth_depends_on").is_ok());
    assert!(check_line("  n1 --- n2").is_err());
    assert!(check_line("  n1[\"a\"b\"]").is_err());
    assert!(check_line("  n1[\"directio#110; LR\"]").is_ok());
    assert!(check_line("  n1[\"direction LR\"]").is_err());
    assert!(check_line("  n1[\"100%\"]").is_err());
    assert!(check_line("  n1[\"a # b\"]").is_err());
    assert!(check_line("click n1 href \"x\"").is_err());
    assert!(check_line("  classDef x fill:red").is_err());
    assert!(check_line("  n1 -->|\"x\"| n2; click n1").is_err());
}

#[test]
fn depends_on_keeps_its_direction_and_kind() {
    let mut c = Candidate::new(CandidateId(1), "c");
    for (id, label) in [(1, "Orders"), (2, "Breaker"), (3, "Events")] {
        c.add_node(Node {
            id: NodeId(id),
            kind: NodeKind::Block {
                block: BlockKind::Service,
                patterns: Vec::new(),
            },
            label: label.to_owned(),
            position: Point::default(),
            notes: String::new(),
            group: None,
        })
        .unwrap();
    }
    let edges = [
        (10, 2, 1, EdgeKind::DependsOn, ""),
        (11, 1, 3, EdgeKind::AsyncMessage, ""),
        (12, 3, 2, EdgeKind::DependsOn, "needs"),
    ];
    for (id, from, to, kind, label) in edges {
        c.add_edge(Edge {
            id: EdgeId(id),
            from: NodeId(from),
            to: NodeId(to),
            kind,
            label: label.to_owned(),
        })
        .unwrap();
    }
    let text = candidate_to_mermaid(&c, catalog(), &MermaidOptions::default());
    assert!(text.contains("\n  n2 e1@-.-> n1\n"), "{text}");
    assert!(text.contains("\n  n1 -.-> n3\n"), "{text}");
    assert!(text.contains("\n  n3 e3@-.->|\"needs\"| n2\n"), "{text}");
    assert!(
        text.contains("\n  class e1,e3 plinth_depends_on\n"),
        "{text}"
    );
    let back = import_mermaid(&text, "c", catalog(), 1).unwrap();
    assert!(back.warnings.is_empty(), "{:?}", back.warnings);
    let kinds: Vec<(String, String, EdgeKind)> = back
        .candidate
        .edges()
        .map(|e| {
            let name = |id| back.candidate.node(id).unwrap().label.clone();
            (name(e.from), name(e.to), e.kind)
        })
        .collect();
    let names = |a: &str, b: &str, k| (a.to_owned(), b.to_owned(), k);
    assert_eq!(
        kinds,
        [
            names("Breaker", "Orders", EdgeKind::DependsOn),
            names("Orders", "Events", EdgeKind::AsyncMessage),
            names("Events", "Breaker", EdgeKind::DependsOn),
        ]
    );
}
