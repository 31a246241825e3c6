//! One statement into the diagram: keywords (`subgraph`, `end`, `class`,
//! `style`, which creates the node it names as mermaid does, and the
//! styling, interaction and layout statements that are recognised and
//! ignored), or a chain of nodes and links (`A & B --> C e1@-.-> D`).
//!
//! A chain is read completely before anything is recorded, so a statement
//! that cannot be read is skipped whole, with a warning naming its line.

use super::cursor::Cursor;
use super::diagram::{Diagram, DiagramEdge};
use super::edges::{Link, LinkKind, link, starts_link};
use super::lines::Statement;
use super::shapes::{NodeRef, bracket_label, node_id, node_ref};
use super::{ImportWarning, MermaidError};

/// Statements about looks or behaviour in the browser: nothing to import.
const IGNORED: [&str; 6] = [
    "classDef",
    "linkStyle",
    "click",
    "direction",
    "accTitle",
    "accDescr",
];

/// Records what `statement` says in `diagram`.
pub(super) fn read(
    statement: Statement<'_>,
    diagram: &mut Diagram,
    warnings: &mut Vec<ImportWarning>,
) -> Result<(), MermaidError> {
    let line = statement.line;
    let text = statement.text;
    let (word, rest) = text
        .split_once(char::is_whitespace)
        .map_or((text, ""), |(w, r)| (w, r.trim()));
    match word.trim_end_matches(':') {
        "end" if rest.is_empty() => diagram.close_group(line, warnings),
        "subgraph" => subgraph(rest, line, diagram, warnings),
        "class" if !rest.is_empty() => class(rest, line, diagram, warnings),
        "style" if !rest.is_empty() => style(rest, line, diagram, warnings)?,
        w if IGNORED.contains(&w) && !rest.is_empty() => {}
        w if w.eq_ignore_ascii_case("flowchart") || w.eq_ignore_ascii_case("graph") => {
            warnings.push(ImportWarning::new(line, "a second diagram header; ignored"));
        }
        _ => return chain(text, line, diagram, warnings),
    }
    Ok(())
}

/// `subgraph id`, `subgraph id[title]`, `subgraph id ["title"]`,
/// `subgraph "title"`, `subgraph any title words`.
fn subgraph(rest: &str, line: usize, diagram: &mut Diagram, warnings: &mut Vec<ImportWarning>) {
    let auto_key = format!("subGraph{}", diagram.groups.len());
    let mut cursor = Cursor::new(rest);
    if rest.starts_with('"') {
        cursor.eat("\"");
        let title = cursor.take_until("\"").unwrap_or_else(|| {
            warnings.push(ImportWarning::new(
                line,
                "the subgraph title's quote is not closed",
            ));
            &rest[1..]
        });
        return diagram.open_group(&auto_key, title, line);
    }
    let key = node_id(&mut cursor);
    if key.is_empty() {
        return diagram.open_group(&auto_key, rest, line);
    }
    cursor.skip_ws();
    if cursor.eat("[") {
        let title = bracket_label(&mut cursor, &["]"]).map_or_else(
            || {
                warnings.push(ImportWarning::new(
                    line,
                    "the subgraph title's `[` is not closed",
                ));
                cursor.rest()
            },
            |(title, _)| title,
        );
        diagram.open_group(key, title, line);
    } else if cursor.is_done() {
        diagram.open_group(key, key, line);
    } else {
        diagram.open_group(&auto_key, rest, line);
    }
}

/// `class a,b name`: remembered, applied when the candidate is built.
fn class(rest: &str, line: usize, diagram: &mut Diagram, warnings: &mut Vec<ImportWarning>) {
    let mut words = rest.split_whitespace();
    match (words.next(), words.next(), words.next()) {
        (Some(ids), Some(name), None) => {
            for id in ids.split(',').map(str::trim).filter(|id| !id.is_empty()) {
                diagram.add_class(id, name);
            }
        }
        _ => warnings.push(ImportWarning::new(
            line,
            "expected `class ids name`; ignored",
        )),
    }
}

/// `style id css`: mermaid creates a node it has not seen yet.
fn style(
    rest: &str,
    line: usize,
    diagram: &mut Diagram,
    warnings: &mut Vec<ImportWarning>,
) -> Result<(), MermaidError> {
    let mut cursor = Cursor::new(rest);
    let id = node_id(&mut cursor);
    if id.is_empty() || !cursor.rest().starts_with(char::is_whitespace) {
        warnings.push(ImportWarning::new(line, "expected `style id css`; ignored"));
        return Ok(());
    }
    let node = NodeRef {
        id,
        ..NodeRef::default()
    };
    diagram.mention(&node, line).map(|_| ())
}

/// Node groups joined by links.
struct Chain<'a> {
    groups: Vec<Vec<NodeRef<'a>>>,
    links: Vec<Link<'a>>,
}

fn chain(
    text: &str,
    line: usize,
    diagram: &mut Diagram,
    warnings: &mut Vec<ImportWarning>,
) -> Result<(), MermaidError> {
    let chain = match parse_chain(text) {
        Ok(chain) => chain,
        Err(reason) => {
            warnings.push(ImportWarning::new(
                line,
                &format!("could not read `{}`: {reason}; skipped", shorten(text)),
            ));
            return Ok(());
        }
    };
    let mut indices = Vec::with_capacity(chain.groups.len());
    for group in &chain.groups {
        let mut group_indices = Vec::with_capacity(group.len());
        for node in group {
            group_indices.extend(diagram.mention(node, line)?);
        }
        indices.push(group_indices);
    }
    for (i, link) in chain.links.iter().enumerate() {
        if let Some(id) = link.id {
            diagram.add_edge_id(id);
        }
        let LinkKind::Edge(arrow) = link.kind else {
            warnings.push(ImportWarning::new(
                line,
                "an invisible link (`~~~`) only affects mermaid's layout; ignored",
            ));
            continue;
        };
        for &from in &indices[i] {
            for &to in &indices[i + 1] {
                let label = link.label.to_owned();
                diagram.add_edge(DiagramEdge {
                    id: link.id.map(str::to_owned),
                    from,
                    to,
                    arrow,
                    label,
                    line,
                })?;
            }
        }
    }
    Ok(())
}

fn parse_chain(text: &str) -> Result<Chain<'_>, String> {
    let mut cursor = Cursor::new(text);
    let mut chain = Chain {
        groups: Vec::new(),
        links: Vec::new(),
    };
    loop {
        chain.groups.push(node_group(&mut cursor)?);
        cursor.skip_ws();
        if cursor.is_done() {
            return Ok(chain);
        }
        if !starts_link(&cursor) {
            let next: String = cursor.rest().chars().take(12).collect();
            return Err(format!(
                "expected an arrow, `&` or the end of the statement, found `{next}`"
            ));
        }
        chain.links.push(link(&mut cursor)?);
    }
}

/// `A`, or `A & B & C`.
fn node_group<'a>(cursor: &mut Cursor<'a>) -> Result<Vec<NodeRef<'a>>, String> {
    cursor.skip_ws();
    let mut group = vec![node_ref(cursor)?];
    loop {
        cursor.skip_ws();
        if !cursor.eat("&") {
            return Ok(group);
        }
        cursor.skip_ws();
        group.push(node_ref(cursor)?);
    }
}

/// At most 60 characters of a statement, for messages.
fn shorten(text: &str) -> String {
    match text.char_indices().nth(60) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_owned(),
    }
}
