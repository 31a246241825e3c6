//! Node references: an id, an optional bracket shape with its label, and
//! optional `:::class` suffixes (`A`, `n1("Saga")`, `db[(Orders)]:::hot`).
//!
//! The shape decides the building block where the exporter gave it one
//! meaning (cylinder, stadium, hexagon, subroutine, circle); the others fall
//! back to the catalog lookup in `build.rs`.

use super::cursor::Cursor;
use crate::catalog::blocks::BlockKind;

/// The bracket shapes of mermaid's classic node syntax.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Shape {
    Rect,
    Rounded,
    Stadium,
    Subroutine,
    Cylinder,
    Circle,
    DoubleCircle,
    Asymmetric,
    Rhombus,
    Hexagon,
    /// `[/ /]`, `[\ \]`, `[/ \]`, `[\ /]`.
    Slanted,
}

impl Shape {
    /// The building block this shape means, when it means one.
    pub fn block_kind(self) -> Option<BlockKind> {
        match self {
            Self::Cylinder => Some(BlockKind::Database),
            Self::Hexagon => Some(BlockKind::ExternalSystem),
            Self::Stadium => Some(BlockKind::Client),
            Self::Subroutine | Self::Asymmetric => Some(BlockKind::Queue),
            Self::Circle | Self::DoubleCircle => Some(BlockKind::Cache),
            Self::Rect | Self::Rounded | Self::Rhombus | Self::Slanted => None,
        }
    }
}

/// Openers, longest first, with the closers each accepts.
const SHAPES: [(&str, &[&str], Shape); 12] = [
    ("(((", &[")))"], Shape::DoubleCircle),
    ("((", &["))"], Shape::Circle),
    ("([", &["])"], Shape::Stadium),
    ("(", &[")"], Shape::Rounded),
    ("[[", &["]]"], Shape::Subroutine),
    ("[(", &[")]"], Shape::Cylinder),
    ("[/", &["/]", "\\]"], Shape::Slanted),
    ("[\\", &["\\]", "/]"], Shape::Slanted),
    ("[", &["]"], Shape::Rect),
    ("{{", &["}}"], Shape::Hexagon),
    ("{", &["}"], Shape::Rhombus),
    (">", &["]"], Shape::Asymmetric),
];

/// A node as written in one place of a statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct NodeRef<'a> {
    pub id: &'a str,
    /// The shape and its raw label (quotes removed, entities not decoded).
    pub shape: Option<(Shape, &'a str)>,
    pub classes: Vec<&'a str>,
}

/// Whether `c` may appear in a node id (a `-` only when no arrow starts).
fn is_id_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '_' | '.' | '\'' | '$' | '?' | '!')
}

/// Reads a node id at the cursor. A `-` belongs to the id unless it starts
/// an arrow (`A-->B`, `A-.->B`), as in mermaid's lexer.
pub(super) fn node_id<'a>(cursor: &mut Cursor<'a>) -> &'a str {
    let start = cursor.rest();
    let mut len = 0;
    loop {
        let rest = &start[len..];
        let mut chars = rest.chars();
        let Some(c) = chars.next() else { break };
        let dash_in_id = c == '-' && chars.next().is_some_and(|n| !matches!(n, '-' | '>' | '.'));
        if !(is_id_char(c) || dash_in_id) {
            break;
        }
        len += c.len_utf8();
    }
    let id = &start[..len];
    cursor.eat(id);
    id
}

/// Reads `id shape? (:::class)*`.
pub(super) fn node_ref<'a>(cursor: &mut Cursor<'a>) -> Result<NodeRef<'a>, String> {
    let id = node_id(cursor);
    if id.is_empty() {
        return Err(match cursor.peek() {
            Some(c) => format!("expected a node id, found `{c}`"),
            None => "expected a node id at the end of the statement".to_owned(),
        });
    }
    if cursor.rest().starts_with("@{") {
        return Err(format!(
            "the `{id}@{{ ... }}` shape syntax is not supported"
        ));
    }
    let shape = shape(cursor)?;
    let mut classes = Vec::new();
    while cursor.eat(":::") {
        let class = cursor.take_while(|c| is_id_char(c) || c == '-');
        if class.is_empty() {
            return Err(format!("`{id}:::` is missing its class name"));
        }
        classes.push(class);
    }
    Ok(NodeRef { id, shape, classes })
}

/// Reads a bracket shape and its label, if one starts here (spaces before
/// the bracket are allowed, except before `>`).
fn shape<'a>(cursor: &mut Cursor<'a>) -> Result<Option<(Shape, &'a str)>, String> {
    let spaced = cursor.rest().trim_start();
    let gap = cursor.rest().len() - spaced.len();
    let Some(&(open, closers, shape)) = SHAPES
        .iter()
        .find(|(open, _, _)| spaced.starts_with(open) && !(gap > 0 && *open == ">"))
    else {
        return Ok(None);
    };
    cursor.skip_ws();
    cursor.eat(open);
    let label = bracket_label(cursor, closers)
        .ok_or_else(|| format!("`{open}` is not closed with `{}`", closers[0]))?;
    Ok(Some((shape, label)))
}

/// The raw label inside a shape, quoted (`"..."`, markdown "`...`") or not;
/// consumes the closer.
pub(super) fn bracket_label<'a>(cursor: &mut Cursor<'a>, closers: &[&str]) -> Option<&'a str> {
    let rest = cursor.rest();
    if rest.trim_start().starts_with('"') {
        cursor.skip_ws();
        cursor.eat("\"");
        let quoted = cursor.take_until("\"")?;
        cursor.skip_ws();
        let closer = closers.iter().find(|c| cursor.rest().starts_with(**c))?;
        cursor.eat(closer);
        return Some(strip_markdown(quoted));
    }
    let (at, closer) = closers
        .iter()
        .filter_map(|c| rest.find(c).map(|at| (at, *c)))
        .min()?;
    cursor.eat(&rest[..at]);
    cursor.eat(closer);
    Some(rest[..at].trim())
}

/// A markdown string ("`**bold**`") keeps its text without the backticks.
pub(super) fn strip_markdown(quoted: &str) -> &str {
    quoted
        .strip_prefix('`')
        .and_then(|q| q.strip_suffix('`'))
        .unwrap_or(quoted)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> (Result<NodeRef<'_>, String>, &str) {
        let mut cursor = Cursor::new(text);
        let node = node_ref(&mut cursor);
        (node, cursor.rest())
    }

    fn shape_of(text: &str) -> (Shape, &str) {
        read(text).0.unwrap().shape.unwrap()
    }

    #[test]
    fn every_classic_shape() {
        assert_eq!(shape_of("a[x]"), (Shape::Rect, "x"));
        assert_eq!(shape_of("a(x)"), (Shape::Rounded, "x"));
        assert_eq!(shape_of("a([x])"), (Shape::Stadium, "x"));
        assert_eq!(shape_of("a[[x]]"), (Shape::Subroutine, "x"));
        assert_eq!(shape_of("a[(x)]"), (Shape::Cylinder, "x"));
        assert_eq!(shape_of("a((x))"), (Shape::Circle, "x"));
        assert_eq!(shape_of("a(((x)))"), (Shape::DoubleCircle, "x"));
        assert_eq!(shape_of("a>x]"), (Shape::Asymmetric, "x"));
        assert_eq!(shape_of("a{x}"), (Shape::Rhombus, "x"));
        assert_eq!(shape_of("a{{x}}"), (Shape::Hexagon, "x"));
        assert_eq!(shape_of("a[/x/]"), (Shape::Slanted, "x"));
        assert_eq!(shape_of("a[\\x\\]"), (Shape::Slanted, "x"));
        assert_eq!(shape_of("a[/x\\]"), (Shape::Slanted, "x"));
    }

    #[test]
    fn quoted_markdown_and_spaced_labels() {
        assert_eq!(shape_of("a[\"x ) ] y\"]"), (Shape::Rect, "x ) ] y"));
        assert_eq!(shape_of("a ( \"`**b**`\" )"), (Shape::Rounded, "**b**"));
        assert_eq!(shape_of("a[  spaced out  ]"), (Shape::Rect, "spaced out"));
    }

    #[test]
    fn ids_stop_at_arrows_and_keep_inner_dashes() {
        let (node, rest) = read("api-v1.x-->b");
        assert_eq!(node.unwrap().id, "api-v1.x");
        assert_eq!(rest, "-->b");
        let (node, rest) = read("a-.->b");
        assert_eq!(node.unwrap().id, "a");
        assert_eq!(rest, "-.->b");
        let (node, rest) = read("Ünïcode_1 >x]");
        assert_eq!(
            node.unwrap(),
            NodeRef {
                id: "Ünïcode_1",
                shape: None,
                classes: vec![]
            }
        );
        assert_eq!(rest, " >x]");
    }

    #[test]
    fn classes_and_errors() {
        let (node, rest) = read("a[x]:::hot:::plinth_block --> b");
        assert_eq!(node.unwrap().classes, ["hot", "plinth_block"]);
        assert_eq!(rest, " --> b");
        assert!(read("a[x").0.unwrap_err().contains("not closed"));
        assert!(read("a[\"x]").0.is_err());
        assert!(
            read("a@{ shape: cyl }")
                .0
                .unwrap_err()
                .contains("not supported")
        );
        assert!(read("-->").0.unwrap_err().contains("expected a node id"));
        assert!(read("a:::").0.is_err());
    }
}
