//! Node references: an id, an optional shape with its label (a classic
//! bracket form or `@{ shape: ..., label: ... }` data), and optional
//! `:::class` suffixes (`A`, `n1("Saga")`, `db[(Orders)]:::hot`,
//! `q@{ shape: h-cyl, label: "Jobs" }`).
//!
//! Shapes are mermaid's canonical short names (`shape_names`); what a shape
//! means for the design is decided in `infer`, not here.

use std::borrow::Cow;

use super::cursor::Cursor;
use super::{metadata, shape_names};

/// The classic bracket forms: opener, the closers it accepts (each with its
/// shape), longest opener first.
const BRACKETS: [(&str, &[(&str, &str)]); 15] = [
    ("(((", &[(")))", "dbl-circ")]),
    ("((", &[("))", "circle")]),
    ("(-", &[("-)", "ellipse")]),
    ("([", &[("])", "stadium")]),
    ("(", &[(")", "rounded")]),
    ("[[", &[("]]", "fr-rect")]),
    ("[(", &[(")]", "cyl")]),
    ("[/", &[("/]", "lean-r"), ("\\]", "trap-b")]),
    ("[\\", &[("\\]", "lean-l"), ("/]", "trap-t")]),
    ("[|", &[("]", "rect")]),
    ("[", &[("]", "rect")]),
    ("{{", &[("}}", "hex")]),
    ("{", &[("}", "diam")]),
    (">", &[("]", "odd")]),
    ("@{", &[]),
];

/// A node as written in one place of a statement.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(super) struct NodeRef<'a> {
    pub id: &'a str,
    /// The canonical shape, when one is given.
    pub shape: Option<&'static str>,
    /// The raw label (quotes removed, entities not decoded), when given.
    pub label: Option<Cow<'a, str>>,
    pub classes: Vec<&'a str>,
    /// Whether `@{ ... }` data followed the id (it may name an edge).
    pub has_data: bool,
    /// What an icon or image node shows, read as its label when it has none.
    pub picture: Option<String>,
}

/// Whether `c` may appear in a node id (`-` and `=` are decided by what
/// follows them; see [`node_id`]).
fn is_id_char(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(
            c,
            '_' | '.' | '\'' | '$' | '?' | '!' | '#' | '*' | '+' | '/' | '\\' | '`' | '%' | ','
        )
}

/// Reads a node id at the cursor, as mermaid's lexer does: a `-` belongs to
/// the id unless an arrow starts (`A-->B`, `A-.->B`), `=` unless `==`
/// follows, `&` unless it stands alone, `:` unless it starts `:::`.
pub(super) fn node_id<'a>(cursor: &mut Cursor<'a>) -> &'a str {
    let start = cursor.rest();
    let mut len = 0;
    loop {
        let rest = &start[len..];
        let mut chars = rest.chars();
        let Some(c) = chars.next() else { break };
        let next = chars.next();
        let joins = match c {
            '-' => next.is_some_and(|n| !matches!(n, '-' | '>' | '.')),
            '=' => next != Some('='),
            '&' => len > 0 && next.is_some_and(is_id_char),
            ':' => len > 0 && !rest.starts_with(":::") && next.is_some_and(is_id_char),
            _ => is_id_char(c),
        };
        if !joins {
            break;
        }
        len += c.len_utf8();
    }
    let id = &start[..len];
    cursor.eat(id);
    id
}

/// Reads `id shape? (:::class)* @{...}?`.
pub(super) fn node_ref<'a>(cursor: &mut Cursor<'a>) -> Result<NodeRef<'a>, String> {
    let id = node_id(cursor);
    if id.is_empty() {
        return Err(match cursor.peek() {
            Some(c) => format!("expected a node id, found `{c}`"),
            None => "expected a node id at the end of the statement".to_owned(),
        });
    }
    let mut node = NodeRef {
        id,
        ..NodeRef::default()
    };
    if !cursor.rest().starts_with("@{") {
        bracket_shape(cursor, &mut node)?;
    }
    while cursor.eat(":::") {
        let class = cursor.take_while(|c| is_id_char(c) || c == '-');
        if class.is_empty() {
            return Err(format!("`{id}:::` is missing its class name"));
        }
        node.classes.push(class);
    }
    if cursor.eat("@{") {
        shape_data(cursor, &mut node)?;
    }
    Ok(node)
}

/// Reads a bracket shape and its label, if one starts here (spaces before
/// the bracket are allowed, except before `>`).
fn bracket_shape<'a>(cursor: &mut Cursor<'a>, node: &mut NodeRef<'a>) -> Result<(), String> {
    let spaced = cursor.rest().trim_start();
    let gap = cursor.rest().len() - spaced.len();
    let Some(&(open, closers)) = BRACKETS
        .iter()
        .find(|(open, _)| spaced.starts_with(open) && !(gap > 0 && *open == ">"))
    else {
        return Ok(());
    };
    if closers.is_empty() {
        return Ok(());
    }
    cursor.skip_ws();
    cursor.eat(open);
    if open == "[|" {
        // `[|field:value|text]`: the field styles the border; the text is the label
        cursor
            .take_until("|")
            .ok_or("`[|` is not followed by `field:value|`")?;
    }
    let ends: Vec<&str> = closers.iter().map(|(end, _)| *end).collect();
    let (label, end) = bracket_label(cursor, &ends)
        .ok_or_else(|| format!("`{open}` is not closed with `{}`", ends[0]))?;
    node.shape = closers.iter().find(|(e, _)| *e == end).map(|(_, s)| *s);
    node.label = Some(Cow::Borrowed(label));
    Ok(())
}

/// The `@{ ... }` data after an id: shape, label, icon or image.
fn shape_data<'a>(cursor: &mut Cursor<'a>, node: &mut NodeRef<'a>) -> Result<(), String> {
    let body = data_body(cursor).ok_or("the `@{` data is not closed with `}`")?;
    let pairs = metadata::read(body)?;
    node.has_data = true;
    if let Some(name) = metadata::get(&pairs, "shape") {
        node.shape = Some(
            shape_names::canonical(name.trim())
                .ok_or_else(|| format!("mermaid has no shape called `{}`", name.trim()))?,
        );
    }
    if let Some(label) = metadata::get(&pairs, "label") {
        node.label = Some(Cow::Owned(label.to_owned()));
    }
    let picture = ["icon", "img"]
        .iter()
        .find_map(|key| metadata::get(&pairs, key))
        .map(picture_name);
    if picture.is_some() {
        node.picture = picture;
    }
    Ok(())
}

/// The text up to the `}` that closes `@{` (quotes may hold `}`); consumes it.
fn data_body<'a>(cursor: &mut Cursor<'a>) -> Option<&'a str> {
    let rest = cursor.rest();
    let mut quoted = false;
    for (at, c) in rest.char_indices() {
        match c {
            '"' => quoted = !quoted,
            '}' if !quoted => {
                cursor.eat(&rest[..=at]);
                return Some(&rest[..at]);
            }
            _ => {}
        }
    }
    None
}

/// `fa:database` -> `database`; `https://x/y/aws-s3.png` -> `aws-s3`.
fn picture_name(value: &str) -> String {
    let last = value.rsplit(['/', ':']).next().unwrap_or(value);
    let stem = last.split(['.', '?']).next().unwrap_or(last);
    stem.trim().to_owned()
}

/// The raw label inside a shape, quoted (`"..."`, markdown "`...`") or not;
/// consumes the closer and returns which one it was.
pub(super) fn bracket_label<'a, 'c>(
    cursor: &mut Cursor<'a>,
    closers: &[&'c str],
) -> Option<(&'a str, &'c str)> {
    let rest = cursor.rest();
    if rest.trim_start().starts_with('"') {
        cursor.skip_ws();
        cursor.eat("\"");
        let quoted = cursor.take_until("\"")?;
        cursor.skip_ws();
        let closer = closers.iter().find(|c| cursor.rest().starts_with(**c))?;
        cursor.eat(closer);
        return Some((strip_markdown(quoted), closer));
    }
    let (at, closer) = closers
        .iter()
        .filter_map(|c| rest.find(c).map(|at| (at, *c)))
        .min()?;
    cursor.eat(&rest[..at]);
    cursor.eat(closer);
    Some((rest[..at].trim(), closer))
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

    fn shape_of(text: &str) -> (&'static str, String) {
        let node = read(text).0.unwrap();
        (node.shape.unwrap(), node.label.unwrap().into_owned())
    }

    #[test]
    fn every_classic_shape() {
        let cases = [
            ("a[x]", "rect"),
            ("a(x)", "rounded"),
            ("a([x])", "stadium"),
            ("a[[x]]", "fr-rect"),
            ("a[(x)]", "cyl"),
            ("a((x))", "circle"),
            ("a(((x)))", "dbl-circ"),
            ("a(-x-)", "ellipse"),
            ("a>x]", "odd"),
            ("a{x}", "diam"),
            ("a{{x}}", "hex"),
            ("a[/x/]", "lean-r"),
            ("a[\\x\\]", "lean-l"),
            ("a[/x\\]", "trap-b"),
            ("a[\\x/]", "trap-t"),
            ("a[|borders:lt|x]", "rect"),
        ];
        for (text, shape) in cases {
            assert_eq!(shape_of(text), (shape, "x".to_owned()), "{text}");
        }
    }

    #[test]
    fn quoted_markdown_and_spaced_labels() {
        assert_eq!(shape_of("a[\"x ) ] y\"]"), ("rect", "x ) ] y".into()));
        assert_eq!(shape_of("a ( \"`**b**`\" )"), ("rounded", "**b**".into()));
        assert_eq!(shape_of("a[  spaced out  ]"), ("rect", "spaced out".into()));
    }

    #[test]
    fn shape_data_in_every_form() {
        assert_eq!(
            shape_of("a@{ shape: db, label: \"Orders } @ DB\" }"),
            ("cyl", "Orders } @ DB".into())
        );
        let (node, rest) = read("a@{\n  shape: h-cyl\n  label: |\n    Jobs\n    queue\n} --> b");
        let node = node.unwrap();
        assert_eq!(
            (node.shape, node.label.as_deref()),
            (Some("h-cyl"), Some("Jobs\nqueue"))
        );
        assert_eq!(rest, " --> b");
        let node = read("a[x]:::hot@{ shape: cyl }").0.unwrap();
        assert_eq!((node.shape, node.classes), (Some("cyl"), vec!["hot"]));
        let node = read("u@{ icon: \"fa:user\", form: circle }").0.unwrap();
        assert_eq!((node.label, node.picture.as_deref()), (None, Some("user")));
        let node = read("e1@{ animate: true }").0.unwrap();
        assert!(node.has_data && node.shape.is_none());
        assert!(read("a@{ shape: Cyl }").0.unwrap_err().contains("no shape"));
        assert!(read("a@{ shape: cyl").0.unwrap_err().contains("not closed"));
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
        let node = node.unwrap();
        assert_eq!((node.id, node.shape), ("Ünïcode_1", None));
        assert_eq!(rest, " >x]");
        assert_eq!(read("a&b:c,d --> e").0.unwrap().id, "a&b:c,d");
        assert_eq!(read("a & b").0.unwrap().id, "a");
        assert_eq!(read("a==>b").0.unwrap().id, "a");
    }

    #[test]
    fn classes_and_errors() {
        let (node, rest) = read("a[x]:::hot:::plinth_block --> b");
        assert_eq!(node.unwrap().classes, ["hot", "plinth_block"]);
        assert_eq!(rest, " --> b");
        assert!(read("a[x").0.unwrap_err().contains("not closed"));
        assert!(read("a[\"x]").0.is_err());
        assert!(read("-->").0.unwrap_err().contains("expected a node id"));
        assert!(read("a:::").0.is_err());
    }
}
