//! The shared drawing model and the picture export: for every example
//! candidate (as saved and after Arrange) and every flowchart of
//! `tests/fixtures/layout/`, no label meets a node, a group title or
//! another label, and no two nodes overlap; the SVG is well-formed,
//! self-contained and marks its parts, whatever the labels say.

use std::path::Path;
use std::process::Command;

use plinth::catalog::Catalog;
use plinth::catalog::blocks::BlockKind;
use plinth::design::{
    Candidate, CandidateId, Edge, EdgeId, EdgeKind, Group, GroupId, Node, NodeId, Point,
};
use plinth::export::svg::{SvgOptions, candidate_to_svg, png::svg_to_png};
use plinth::geometry::colours::Theme;
use plinth::geometry::layout::{Flow, arrange};
use plinth::geometry::{Geometry, Rect};
use plinth::import::mermaid::import_mermaid;
use proptest::prelude::*;

use crate::support::example;

/// Every rule of a readable picture; `what` names the case in failures.
fn assert_readable(candidate: &Candidate, what: &str) {
    let g = Geometry::of(candidate);
    let nodes: Vec<(NodeId, Rect)> = g.nodes.iter().map(|n| (n.id, n.rect)).collect();
    for (i, (a, ra)) in nodes.iter().enumerate() {
        for (b, rb) in &nodes[i + 1..] {
            assert!(!ra.overlaps(rb), "{what}: nodes {a} and {b} overlap");
        }
    }
    let labels: Vec<(EdgeId, Rect)> = g
        .edges
        .iter()
        .filter_map(|e| Some((e.id, e.label.as_ref()?.rect)))
        .collect();
    for (i, (e, r)) in labels.iter().enumerate() {
        for (n, rn) in &nodes {
            assert!(!r.overlaps(rn), "{what}: the label of {e} covers node {n}");
        }
        for group in &g.groups {
            assert!(
                !r.overlaps(&group.title),
                "{what}: the label of {e} covers the title of {}",
                group.id
            );
        }
        for (f, rf) in &labels[i + 1..] {
            assert!(!r.overlaps(rf), "{what}: the labels of {e} and {f} overlap");
        }
    }
    for group in &g.groups {
        for (n, rn) in &nodes {
            assert!(
                !group.title.overlaps(rn),
                "{what}: the title of {} covers node {n}",
                group.id
            );
        }
    }
}

/// The candidate with every node where Arrange puts it.
fn arranged(candidate: &Candidate, flow: Flow) -> Candidate {
    let mut c = candidate.clone();
    for (id, p) in arrange(candidate, None, flow) {
        c.node_mut(id).unwrap().position = p;
    }
    c
}

#[test]
fn every_example_reads_as_saved_and_after_arrange() {
    for name in ["startup", "ai-support", "checkout"] {
        let ws = example(name);
        for c in ws.candidates() {
            assert_readable(c, &format!("{name}/{}", c.name));
            for flow in [Flow::LeftRight, Flow::TopBottom] {
                assert_readable(
                    &arranged(c, flow),
                    &format!("{name}/{} arranged {flow:?}", c.name),
                );
            }
        }
    }
}

fn fixtures() -> Vec<(String, String)> {
    let dir = crate::fixture("layout");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "mmd"))
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect()
}

#[test]
fn every_imported_flowchart_reads() {
    let catalog = Catalog::embedded();
    let fixtures = fixtures();
    assert!(fixtures.len() >= 20, "only {} fixtures", fixtures.len());
    for (name, text) in fixtures {
        let imported = import_mermaid(&text, &name, &catalog, 1).unwrap();
        assert_readable(&imported.candidate, &name);
        let g = Geometry::of(&imported.candidate);
        // every group's boundary holds its members and no other node
        for group in &g.groups {
            for node in imported.candidate.nodes() {
                let inside = g.node_rect(node.id).unwrap().overlaps(&group.rect);
                assert_eq!(
                    inside,
                    node.group == Some(group.id),
                    "{name}: {} and group {}",
                    node.id,
                    group.id
                );
            }
        }
    }
}

#[test]
fn the_flow_direction_is_kept() {
    let catalog = Catalog::embedded();
    let x = |c: &Candidate, label: &str| c.nodes().find(|n| n.label == label).unwrap().position;
    let lr = import_mermaid(
        "flowchart LR\nA[One] --> B[Two] --> C[Three]",
        "lr",
        &catalog,
        1,
    )
    .unwrap();
    assert!(x(&lr.candidate, "One").x < x(&lr.candidate, "Two").x);
    assert!(x(&lr.candidate, "Two").x < x(&lr.candidate, "Three").x);
    let tb = import_mermaid(
        "flowchart TB\nA[One] --> B[Two] --> C[Three]",
        "tb",
        &catalog,
        1,
    )
    .unwrap();
    assert!(x(&tb.candidate, "One").y < x(&tb.candidate, "Two").y);
}

#[test]
fn parallel_edges_are_fanned_apart() {
    let catalog = Catalog::embedded();
    let text = std::fs::read_to_string(crate::fixture("layout/04-parallel.mmd")).unwrap();
    let imported = import_mermaid(&text, "p", &catalog, 1).unwrap();
    let g = Geometry::of(&imported.candidate);
    for (i, a) in g.edges.iter().enumerate() {
        for b in &g.edges[i + 1..] {
            assert_ne!(a.points, b.points, "{} and {} share a route", a.id, b.id);
            let starts_apart = (a.points[0].y - b.points[0].y).abs() >= 5.0
                || (a.points[0].x - b.points[0].x).abs() >= 5.0;
            assert!(
                starts_apart,
                "{} and {} start at the same point",
                a.id, b.id
            );
        }
    }
}

#[test]
fn routes_go_around_the_nodes_in_the_way() {
    let catalog = Catalog::embedded();
    for (name, text) in fixtures() {
        let imported = import_mermaid(&text, &name, &catalog, 1).unwrap();
        let c = &imported.candidate;
        let g = Geometry::of(c);
        for route in &g.edges {
            let edge = c.edge(route.id).unwrap();
            for n in &g.nodes {
                if n.id == edge.from || n.id == edge.to {
                    continue;
                }
                let hit = route
                    .points
                    .windows(2)
                    .any(|p| n.rect.meets_segment(p[0], p[1]));
                assert!(!hit, "{name}: {} runs through {}", route.id, n.id);
            }
        }
    }
}

fn small(label: &str, group: &str, edge_label: &str) -> Candidate {
    let mut c = Candidate::new(CandidateId(1), label);
    c.add_group(Group {
        id: GroupId(2),
        name: group.to_owned(),
    })
    .unwrap();
    let mut a = Node::block(NodeId(3), BlockKind::Service, label, Point::new(0.0, 0.0));
    a.group = Some(GroupId(2));
    c.add_node(a).unwrap();
    c.add_node(Node::block(
        NodeId(4),
        BlockKind::Database,
        "orders-db",
        Point::new(420.0, 0.0),
    ))
    .unwrap();
    c.add_node(Node::pattern(
        NodeId(5),
        "pub-sub",
        "Events",
        Point::new(420.0, 200.0),
    ))
    .unwrap();
    c.add_node(Node::pattern(
        NodeId(8),
        "no-such-pattern",
        "Ghost",
        Point::new(0.0, 240.0),
    ))
    .unwrap();
    let edge = |id, from, to, kind, label: &str| Edge {
        id: EdgeId(id),
        from: NodeId(from),
        to: NodeId(to),
        kind,
        label: label.to_owned(),
    };
    c.add_edge(edge(6, 3, 4, EdgeKind::ReadsWrites, edge_label))
        .unwrap();
    c.add_edge(edge(7, 3, 5, EdgeKind::AsyncMessage, "OrderPlaced"))
        .unwrap();
    c.add_edge(edge(9, 5, 8, EdgeKind::DependsOn, "")).unwrap();
    c.add_edge(edge(10, 8, 3, EdgeKind::SyncCall, "poll"))
        .unwrap();
    c.add_edge(edge(11, 4, 5, EdgeKind::Replication, "CDC"))
        .unwrap();
    c
}

#[test]
fn the_svg_of_a_small_candidate() {
    let catalog = Catalog::embedded();
    let c = small("Orders", "Core", "reads & writes");
    let svg = candidate_to_svg(&c, &catalog, &[], SvgOptions::default());
    insta::assert_snapshot!("svg_small_light", svg);
    let dark = candidate_to_svg(
        &c,
        &catalog,
        &[],
        SvgOptions {
            theme: Theme::Dark,
            transparent: true,
        },
    );
    assert!(!dark.contains(r#"class="background""#));
    assert!(dark.contains("#2a2d33"), "dark node fill");
}

/// Parses `svg` and checks what every picture must hold.
fn assert_well_formed(svg: &str, candidate: &Candidate) {
    let doc = roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("{e}\n{svg}"));
    let root = doc.root_element();
    assert_eq!(root.attribute("role"), Some("img"));
    let children: Vec<_> = root
        .children()
        .filter(roxmltree::Node::is_element)
        .collect();
    assert_eq!(children[0].tag_name().name(), "title");
    assert_eq!(children[1].tag_name().name(), "desc");
    assert_eq!(
        children[0].text().unwrap_or(""),
        candidate
            .name
            .chars()
            .filter(|c| !c.is_control() || matches!(c, '\t' | '\n' | '\r'))
            .map(|c| if matches!(c, '\t' | '\n' | '\r') {
                ' '
            } else {
                c
            })
            .collect::<String>()
    );
    let class = |name: &str| {
        doc.descendants()
            .filter(|n| n.attribute("class") == Some(name))
            .count()
    };
    assert_eq!(class("node"), candidate.node_count());
    let g = Geometry::of(candidate);
    assert_eq!(
        class("edge-label"),
        g.edges.iter().filter(|e| e.label.is_some()).count()
    );
    assert_eq!(class("group-title"), g.groups.len());
    for node in doc.descendants() {
        for attr in node.attributes() {
            assert!(!attr.name().contains("href"), "a reference: {attr:?}");
            assert!(!attr.value().contains("url("), "a reference: {attr:?}");
        }
        assert!(!matches!(
            node.tag_name().name(),
            "script" | "image" | "use" | "foreignObject" | "style"
        ));
    }
    assert!(
        root.attribute("font-family")
            .unwrap()
            .ends_with("sans-serif")
    );
}

#[test]
fn pictures_of_every_example_are_well_formed_and_rasterise() {
    let catalog = Catalog::embedded();
    for name in ["startup", "ai-support", "checkout"] {
        let ws = example(name);
        for c in ws.candidates() {
            let svg = candidate_to_svg(c, &catalog, &[], SvgOptions::default());
            assert_well_formed(&svg, c);
        }
    }
    let ws = example("checkout");
    let c = &ws.candidates()[0];
    let png = svg_to_png(
        &candidate_to_svg(c, &catalog, &[], SvgOptions::default()),
        1.0,
    )
    .unwrap();
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn no_label_breaks_the_svg(label in "\\PC{0,40}|[<>&\"'\\x00-\\x1f]{0,12}", group in ".{0,30}", edge_label in "(\\PC|[<>&\"'])*") {
        let catalog = Catalog::embedded();
        let c = small(&label, &group, &edge_label);
        let svg = candidate_to_svg(&c, &catalog, &[], SvgOptions::default());
        assert_well_formed(&svg, &c);
        assert_readable(&c, "generated");
    }
}

fn plinth(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_plinth"))
        .current_dir(dir)
        .arg("--no-user-catalog")
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn the_cli_writes_svg_and_png() {
    let dir = tempfile::tempdir().unwrap();
    assert!(
        plinth(dir.path(), &["new", "--example", "checkout", "w.ron"])
            .status
            .success()
    );
    let out = plinth(dir.path(), &["export", "svg", "w.ron", "--theme", "dark"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let svg = String::from_utf8(out.stdout).unwrap();
    assert!(svg.starts_with("<svg") && svg.contains("#1c1e22"));
    let out = plinth(
        dir.path(),
        &[
            "export",
            "png",
            "w.ron",
            "-o",
            "w.png",
            "--scale",
            "1",
            "--transparent",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        std::fs::read(dir.path().join("w.png"))
            .unwrap()
            .starts_with(b"\x89PNG")
    );
    let out = plinth(dir.path(), &["export", "png", "w.ron"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("-o FILE"));
    let out = plinth(
        dir.path(),
        &["export", "svg", "w.ron", "--candidate", "Nope"],
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("no candidate `Nope`"));
}
