//! The decision report (`plinth export report`): its structure for every
//! example (snapshots of the outline, not the bytes), that it is
//! self-contained and accessible, its size, and that no label, note or
//! title can inject an element or an attribute (the output is parsed with
//! an HTML5 parser and compared with the report of the same texts made
//! harmless).

use std::collections::{BTreeMap, BTreeSet};

use proptest::prelude::*;
use scraper::{ElementRef, Html, Selector};

use plinth::catalog::Catalog;
use plinth::catalog::blocks::BlockKind;
use plinth::design::{Candidate, CandidateId, EdgeKind, Group, GroupId, Node, NodeId, Point};
use plinth::evaluate::{DatumChoice, evaluate};
use plinth::export::report::{ReportOptions, report_html};
use plinth::workspace::Workspace;

use super::support::{edge, example};

const EXAMPLES: [&str; 3] = ["startup", "ai-support", "checkout"];
const OPTIONS: ReportOptions = ReportOptions {
    date: "2026-12-02",
    datum: DatumChoice::StatusQuo,
};

fn report(ws: &Workspace) -> String {
    report_html(ws, &Catalog::embedded(), &OPTIONS)
}

fn select<'a>(doc: &'a Html, css: &str) -> Vec<ElementRef<'a>> {
    doc.select(&Selector::parse(css).unwrap()).collect()
}

fn text(e: &ElementRef) -> String {
    e.text()
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Headings, sections, tables (header cells and size), figures and
/// disclosures in document order: what a reader navigates by.
fn outline(html: &str) -> String {
    let doc = Html::parse_document(html);
    let mut lines = Vec::new();
    for e in select(&doc, "h1, h2, h3, h4, section, article, table, svg, pre") {
        let tag = e.value().name();
        let line = match tag {
            "section" | "article" => format!("{tag}#{}", e.value().id().unwrap_or("?")),
            "table" => table_line(&e),
            "svg" => format!(
                "  svg role={} title={:?}",
                e.value().attr("role").unwrap_or("-"),
                select_in(&e, "title").first().map(text).unwrap_or_default()
            ),
            "pre" => format!("  pre.{}", e.value().attr("class").unwrap_or("")),
            _ => format!("{tag} {}", text(&e)),
        };
        lines.push(line);
    }
    lines.join("\n")
}

fn select_in<'a>(e: &ElementRef<'a>, css: &str) -> Vec<ElementRef<'a>> {
    e.select(&Selector::parse(css).unwrap()).collect()
}

fn table_line(table: &ElementRef) -> String {
    let columns: Vec<String> = select_in(table, "thead th").iter().map(text).collect();
    let rows: Vec<String> = select_in(table, "tbody th[scope=row]")
        .iter()
        .map(text)
        .collect();
    let body_rows = select_in(table, "tbody tr").len();
    let details = select_in(table, "details").len();
    format!(
        "  table.{} [{}] {body_rows} rows [{}] {details} details",
        table.value().attr("class").unwrap_or(""),
        columns.join(" | "),
        rows.join(" | ")
    )
}

#[test]
fn the_structure_of_every_example_report() {
    for name in EXAMPLES {
        let html = report(&example(name));
        insta::assert_snapshot!(format!("report-{name}"), outline(&html));
    }
}

#[test]
fn the_checkout_report_stays_under_one_megabyte() {
    let html = report(&example("checkout"));
    assert!(html.len() < 1_000_000, "{} bytes", html.len());
    assert!(
        html.len() > 10_000,
        "suspiciously small: {} bytes",
        html.len()
    );
}

/// Attributes that can make a browser fetch or run something.
const FETCHING: [&str; 9] = [
    "src",
    "srcset",
    "href",
    "xlink:href",
    "action",
    "formaction",
    "poster",
    "data",
    "background",
];

#[test]
fn every_example_report_is_self_contained() {
    for name in EXAMPLES {
        let html = report(&example(name));
        let doc = Html::parse_document(&html);
        for tag in [
            "script",
            "link",
            "iframe",
            "object",
            "embed",
            "img",
            "base",
            "image",
            "use",
            "foreignObject",
        ] {
            assert!(select(&doc, tag).is_empty(), "{name}: <{tag}>");
        }
        let ids: BTreeSet<&str> = select(&doc, "[id]")
            .iter()
            .filter_map(|e| e.value().id())
            .collect();
        for e in select(&doc, "*") {
            for (attr, value) in e.value().attrs() {
                assert!(!attr.starts_with("on"), "{name}: {attr}");
                if FETCHING.contains(&attr) {
                    let target = value.strip_prefix('#');
                    assert!(
                        target.is_some_and(|t| ids.contains(t)),
                        "{name}: {attr}={value}"
                    );
                }
                assert!(
                    !value.to_ascii_lowercase().contains("url("),
                    "{name}: {value}"
                );
            }
        }
        let css: String = select(&doc, "style").iter().map(text).collect();
        for banned in ["url(", "@import", "@font-face", "http:", "https:"] {
            assert!(!css.contains(banned), "{name}: {banned} in the style sheet");
        }
        for needed in [
            "prefers-color-scheme: dark",
            "@media print",
            "break-before: page",
            "details-content",
        ] {
            assert!(css.contains(needed), "{name}: no {needed}");
        }
    }
}

#[test]
fn every_example_report_is_accessible() {
    for name in EXAMPLES {
        let html = report(&example(name));
        let doc = Html::parse_document(&html);
        assert_eq!(select(&doc, "html[lang]").len(), 1, "{name}");
        assert_eq!(select(&doc, "h1").len(), 1, "{name}");
        let svgs = select(&doc, "svg");
        assert!(!svgs.is_empty(), "{name}: the team-size chart");
        for svg in svgs {
            assert_eq!(svg.value().attr("role"), Some("img"), "{name}");
            let children: Vec<ElementRef> = svg.child_elements().take(2).collect();
            let names: Vec<&str> = children.iter().map(|c| c.value().name()).collect();
            assert_eq!(names, ["title", "desc"], "{name}: title and desc first");
            assert!(children.iter().all(|c| !text(c).is_empty()), "{name}");
            let ids: Vec<&str> = children.iter().filter_map(|c| c.value().id()).collect();
            assert_eq!(
                svg.value().attr("aria-labelledby"),
                Some(ids.join(" ").as_str()),
                "{name}"
            );
        }
        for th in select(&doc, "th") {
            assert!(
                th.value().attr("scope").is_some(),
                "{name}: th without scope: {}",
                text(&th)
            );
        }
        let mut level = 1;
        for h in select(&doc, "h1, h2, h3, h4, h5, h6") {
            let next: u32 = h.value().name()[1..].parse().unwrap();
            assert!(
                next <= level + 1,
                "{name}: heading jumps to {next}: {}",
                text(&h)
            );
            level = next;
        }
        let mut seen = BTreeSet::new();
        for e in select(&doc, "[id]") {
            assert!(seen.insert(e.value().id().unwrap()), "{name}: duplicate id");
        }
        assert_eq!(
            select(&doc, "article.candidate").len(),
            example(name).candidates().len(),
            "{name}"
        );
    }
}

#[test]
fn every_contribution_is_behind_a_disclosure() {
    let ws = example("checkout");
    let html = report(&ws);
    let doc = Html::parse_document(&html);
    let shown = select(&doc, "table.comparison details li").len();
    let ranking = plinth::evaluate::evaluate(&ws, &Catalog::embedded());
    let all: usize = ranking.scores.iter().map(|s| s.contributions.len()).sum();
    assert_eq!(shown, all);
}

#[test]
fn the_cli_writes_a_new_file_and_keeps_an_existing_one() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("checkout.html");
    let workspace =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/examples/checkout.ron");
    let run = || {
        std::process::Command::new(env!("CARGO_BIN_EXE_plinth"))
            .args(["--no-user-catalog", "export", "report"])
            .arg(&workspace)
            .arg("-o")
            .arg(&out)
            .output()
            .unwrap()
    };
    let first = run();
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let written = std::fs::read_to_string(&out).unwrap();
    assert!(written.starts_with("<!DOCTYPE html>"));
    let second = run();
    assert!(!second.status.success());
    assert!(String::from_utf8_lossy(&second.stderr).contains("checkout.html"));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), written);
}

/// Text mixing what breaks HTML, SVG and CSS with any Unicode.
fn hostile() -> impl Strategy<Value = String> {
    const FRAGMENTS: &[&str] = &[
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "\"><svg onload=alert(1)>",
        "' onmouseover='alert(1)",
        "\" onclick=\"alert(1)",
        "</title><script>",
        "</style><b>",
        "</textarea></pre><i>",
        "<!--",
        "-->",
        "<![CDATA[",
        "]]>",
        "javascript:alert(1)",
        "&lt;b&gt;",
        "&amp;",
        "&#60;b&#62;",
        "<details open>",
        "<a href=\"http://example.org\">x</a>",
        "{}</g><foreignObject>",
        "\n\n",
        "\r\n",
        "\u{0}",
        "\u{2028}",
        "\u{feff}",
    ];
    let piece = prop_oneof![
        3 => proptest::sample::select(FRAGMENTS).prop_map(str::to_owned),
        1 => any::<String>(),
        1 => "[a-z ]{0,6}",
    ];
    proptest::collection::vec(piece, 1..5).prop_map(|parts| parts.concat())
}

/// The same text made harmless: letters, digits and white space kept,
/// everything else `_` (so words, paragraphs and emptiness stay the same).
fn harmless(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_alphanumeric() || c.is_whitespace() {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// The same text made harmless for a picture: every other character
/// replaced by one the picture export measures as just as wide (see
/// `geometry::metrics`), so labels are placed and shortened alike. ASCII
/// punctuation becomes punctuation that HTML does not mind, never a letter:
/// letters would join the words around them into new ones ("open>'"
/// became "openai", which names a language model, and the review saw one).
fn harmless_label(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            c if c.is_alphanumeric() || c.is_whitespace() => c,
            '.' | ',' | ':' | ';' | '\'' | '|' | '!' => '.',
            '(' | ')' | '[' | ']' | '/' | '-' => '/',
            '@' | '%' => '%',
            c if c.is_ascii() => '_',
            c if u32::from(c) >= 0x2E80 => '中',
            _ => 'é',
        })
        .collect()
}

/// A workspace whose every user-written text is `texts[i]`, with a status
/// quo (for the datum table) and designs that the review has findings for.
fn workspace(texts: &[String]) -> Workspace {
    let text = |i: usize| texts[i % texts.len()].clone();
    let mut ws = Workspace::new(&text(0));
    ws.decision.problem = text(1);
    ws.decision.drivers = vec![text(2)];
    ws.decision.decision_makers = vec![text(3)];
    ws.decision.consulted = vec![text(11)];
    for c in 0..3u64 {
        let base = 100 * (c + 1);
        let name = if c == 2 {
            format!("Current {}", text(4))
        } else {
            text(4 + c as usize)
        };
        let mut candidate = Candidate::new(CandidateId(base), &name);
        candidate.notes = text(6);
        candidate
            .add_group(Group {
                id: GroupId(base + 1),
                name: text(7),
            })
            .unwrap();
        let mut first = Node::block(
            NodeId(base + 2),
            BlockKind::Service,
            &text(8),
            Point::default(),
        );
        first.group = Some(GroupId(base + 1));
        candidate.add_node(first).unwrap();
        let pattern = ["cache-aside", "microservices", "monolith"][c as usize];
        candidate
            .add_node(Node::pattern(
                NodeId(base + 3),
                pattern,
                &text(9),
                Point::new(200.0, 0.0),
            ))
            .unwrap();
        candidate
            .add_node(Node::block(
                NodeId(base + 5),
                BlockKind::Database,
                &text(10),
                Point::new(400.0, 0.0),
            ))
            .unwrap();
        let mut link = edge(base + 4, base + 2, base + 5, EdgeKind::ReadsWrites);
        link.label = text(10);
        candidate.add_edge(link).unwrap();
        candidate
            .add_edge(edge(base + 6, base + 3, base + 5, EdgeKind::ReadsWrites))
            .unwrap();
        ws.push_candidate(candidate);
    }
    ws
}

/// Every element as (name, its attribute names), counted.
fn shape(doc: &Html) -> BTreeMap<(String, Vec<String>), usize> {
    let mut counts = BTreeMap::new();
    for e in select(doc, "*") {
        let mut attrs: Vec<String> = e.value().attrs().map(|(a, _)| a.to_owned()).collect();
        attrs.sort();
        *counts
            .entry((e.value().name().to_owned(), attrs))
            .or_insert(0) += 1;
    }
    counts
}

/// What the title becomes in the page: control characters dropped, trimmed.
fn shown(text: &str) -> String {
    let kept: String = text
        .chars()
        .filter(|c| {
            matches!(c, '\n' | '\t')
                || !c.is_control()
                    && !matches!(u32::from(*c), 0xFDD0..=0xFDEF)
                    && u32::from(*c) & 0xFFFE != 0xFFFE
        })
        .collect();
    kept.split_whitespace().collect::<Vec<_>>().join(" ")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn no_label_note_or_title_injects_an_element_or_attribute(texts in proptest::collection::vec(hostile(), 12)) {
        let hostile_doc = Html::parse_document(&report(&workspace(&texts)));
        // Candidate names (texts 4 and 5) keep their word breaks, which
        // decide the status quo; the rest keep their measured width.
        let plain: Vec<String> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| if i == 4 || i == 5 { harmless(t) } else { harmless_label(t) })
            .collect();
        let plain_doc = Html::parse_document(&report(&workspace(&plain)));
        let (hostile_shape, plain_shape) = (shape(&hostile_doc), shape(&plain_doc));
        let differences: Vec<_> = hostile_shape
            .keys()
            .chain(plain_shape.keys())
            .filter(|k| hostile_shape.get(*k) != plain_shape.get(*k))
            .map(|k| (k, hostile_shape.get(k), plain_shape.get(k)))
            .collect();
        prop_assert!(differences.is_empty(), "elements (hostile, harmless): {:?}", differences);
        let h1 = select(&hostile_doc, "h1");
        let expected = if shown(&texts[0]).is_empty() { "Untitled decision".to_owned() } else { shown(&texts[0]) };
        prop_assert_eq!(text(&h1[0]), expected);
    }
}

#[test]
fn a_chosen_datum_gets_its_table() {
    let ws = example("checkout");
    let catalog = Catalog::embedded();
    let ranking = evaluate(&ws, &catalog);
    let options = ReportOptions {
        date: "2026-12-02",
        datum: DatumChoice::by_name(&ranking, Some("synchronous checkout")).unwrap(),
    };
    let html = report_html(&ws, &catalog, &options);
    let doc = Html::parse_document(&html);
    let table = select(&doc, "table.datum");
    assert_eq!(table.len(), 1);
    let columns: Vec<String> = select_in(&table[0], "thead th").iter().map(text).collect();
    assert_eq!(
        columns,
        [
            "Criterion",
            "Orchestrated saga with outbox",
            "Choreographed events"
        ]
    );
    let marks: Vec<String> = select_in(&table[0], "tbody td").iter().map(text).collect();
    assert!(marks.iter().any(|m| m.starts_with("+ (")), "{marks:?}");
    assert!(marks.iter().any(|m| m.starts_with("- (")), "{marks:?}");
    let off = ReportOptions {
        datum: DatumChoice::Off,
        ..options
    };
    let html = report_html(&ws, &catalog, &off);
    assert!(select(&Html::parse_document(&html), "table.datum").is_empty());
}
