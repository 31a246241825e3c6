//! Links between nodes: the arrow, its stroke and heads, and its text.
//!
//! Arrows: normal `--`, dotted `-.-`, thick `==` and invisible `~~~`, any
//! length, with an optional head at the end (`>`, `o`, `x`) and, for
//! two-headed links, at the start (`<`, `o`, `x`). Text comes as
//! `-->|text|`, `-->|"text"|` or inside the arrow (`-- text -->`,
//! `-. text .->`, `== text ==>`).
//!
//! An edge may carry an id before its arrow (`A e1@--> B`). The arrow is
//! kept as drawn ([`Arrow`]); its exporter's kind (two heads -> reads/writes;
//! no head -> depends on; otherwise normal -> sync call, dotted -> async
//! message, thick -> replication) is one input of `infer`.

use super::cursor::Cursor;
use super::shapes::strip_markdown;
use crate::design::EdgeKind;

/// What a link stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum LinkKind {
    Edge(Arrow),
    /// `~~~`: layout only, not an edge of the design.
    Invisible,
}

/// A link read from a statement, with its raw text and optional id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Link<'a> {
    pub kind: LinkKind,
    pub label: &'a str,
    pub id: Option<&'a str>,
}

/// The line of an arrow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Stroke {
    Normal,
    Dotted,
    Thick,
}

/// An arrow as drawn: its line and its heads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Arrow {
    pub stroke: Stroke,
    /// A head at the end (`>`, `o`, `x`).
    pub head: bool,
    /// A head at both ends (`<-->`, `o--o`).
    pub two_headed: bool,
}

impl Arrow {
    /// The edge kind Plinth's exporter draws with this arrow.
    pub fn exporter_kind(self) -> EdgeKind {
        kind(self.two_headed, self.head, self.stroke)
    }

    /// How the arrow is written, for notes (`-->`, `-.-`, `<==>`).
    pub fn text(self) -> String {
        let line = match self.stroke {
            Stroke::Normal => "--",
            Stroke::Dotted => "-.-",
            Stroke::Thick => "==",
        };
        let start = if self.two_headed { "<" } else { "" };
        let end = match (self.head, self.stroke) {
            (true, _) => ">",
            (false, Stroke::Dotted) => "",
            (false, Stroke::Normal) => "-",
            (false, Stroke::Thick) => "=",
        };
        format!("{start}{line}{end}")
    }
}

/// Whether a link starts at the cursor (after whitespace).
pub(super) fn starts_link(cursor: &Cursor<'_>) -> bool {
    let rest = cursor.rest().trim_start();
    let rest = link_id(rest).map_or(rest, |(_, after)| after);
    let body = match rest.as_bytes().first() {
        Some(b'<' | b'o' | b'x') => &rest[1..],
        _ => rest,
    };
    ["--", "-.", "==", "~~"].iter().any(|p| body.starts_with(p))
}

/// Reads one link; the cursor must be on it (whitespace allowed).
pub(super) fn link<'a>(cursor: &mut Cursor<'a>) -> Result<Link<'a>, String> {
    cursor.skip_ws();
    let id = link_id(cursor.rest()).map(|(id, _)| {
        cursor.eat(id);
        cursor.eat("@");
        id
    });
    let two_headed = matches!(cursor.peek(), Some('<' | 'o' | 'x'))
        && matches!(cursor.peek_second(), Some('-' | '=' | '~'));
    if two_headed {
        cursor.bump();
    }
    if cursor.count('~') >= 3 {
        return Ok(Link {
            kind: LinkKind::Invisible,
            label: "",
            id,
        });
    }
    let stroke = stroke(cursor).ok_or_else(|| found("an arrow", cursor))?;
    let (head, inline) = match arrow_end(cursor, stroke) {
        Some(head) => (head, None),
        None => {
            let text = inline_text(cursor, stroke)
                .ok_or("the text of this arrow has no arrow after it")?;
            (
                arrow_end(cursor, stroke).ok_or("the text of this arrow has no arrow after it")?,
                Some(text),
            )
        }
    };
    let label = match inline {
        Some(text) => text,
        None => pipe_text(cursor)?,
    };
    Ok(Link {
        kind: LinkKind::Edge(Arrow {
            stroke,
            head,
            two_headed,
        }),
        label,
        id,
    })
}

/// `e1@` before an arrow: the id and the text after the `@`.
fn link_id(text: &str) -> Option<(&str, &str)> {
    let end = text.find(|c: char| c.is_whitespace() || c == '"' || c == '@')?;
    let after = text[end..].strip_prefix('@')?;
    let arrow = after.trim_start_matches(['<', 'o', 'x']);
    let starts = ["--", "-.", "==", "~~"]
        .iter()
        .any(|p| arrow.starts_with(p));
    (end > 0 && starts).then(|| (&text[..end], after))
}

/// Consumes the start of an arrow: `--`, `-.` or `==`.
fn stroke(cursor: &mut Cursor<'_>) -> Option<Stroke> {
    if cursor.eat("-.") {
        Some(Stroke::Dotted)
    } else if cursor.eat("--") {
        Some(Stroke::Normal)
    } else if cursor.eat("==") {
        Some(Stroke::Thick)
    } else {
        None
    }
}

/// Completes an arrow whose start was read; returns whether it has a head,
/// or `None` (consuming nothing) when text follows instead (`-- text -->`).
fn arrow_end(cursor: &mut Cursor<'_>, stroke: Stroke) -> Option<bool> {
    let rest = cursor.rest();
    let line = match stroke {
        Stroke::Normal => '-',
        Stroke::Thick => '=',
        Stroke::Dotted => '.',
    };
    let body = rest.trim_start_matches(line);
    let mut repeated = rest.len() - body.len();
    let mut tail = body;
    if stroke == Stroke::Dotted {
        // `-.-`, `-..->`: the dots end with one dash
        tail = body.strip_prefix('-')?;
        repeated += 1;
    }
    let head = tail.starts_with(['>', 'o', 'x']);
    // `--` and `==` alone open an inline text; `-.` alone too
    let complete = head || repeated >= 1;
    if !complete {
        return None;
    }
    cursor.eat(&rest[..rest.len() - tail.len() + usize::from(head)]);
    Some(head)
}

/// The text inside an arrow, up to the dashes that continue it.
fn inline_text<'a>(cursor: &mut Cursor<'a>, stroke: Stroke) -> Option<&'a str> {
    let resume = match stroke {
        Stroke::Normal => "--",
        Stroke::Thick => "==",
        Stroke::Dotted => ".-",
    };
    let rest = cursor.rest();
    let at = rest.find(resume)?;
    cursor.eat(&rest[..at]);
    if stroke == Stroke::Dotted {
        cursor.eat(".");
    }
    Some(unquote(rest[..at].trim()))
}

/// `|text|` or `|"text"|` after an arrow, or empty text when there is none.
fn pipe_text<'a>(cursor: &mut Cursor<'a>) -> Result<&'a str, String> {
    if !cursor.rest().trim_start().starts_with('|') {
        return Ok("");
    }
    cursor.skip_ws();
    cursor.eat("|");
    if cursor.rest().trim_start().starts_with('"') {
        cursor.skip_ws();
        cursor.eat("\"");
        let text = cursor
            .take_until("\"")
            .ok_or("the quoted text of this arrow is not closed")?;
        cursor.skip_ws();
        return if cursor.eat("|") {
            Ok(strip_markdown(text))
        } else {
            Err(found("`|` after the quoted text of this arrow", cursor))
        };
    }
    cursor
        .take_until("|")
        .map(str::trim)
        .ok_or_else(|| "the `|text|` of this arrow is not closed".to_owned())
}

fn unquote(text: &str) -> &str {
    text.strip_prefix('"')
        .and_then(|t| t.strip_suffix('"'))
        .map_or(text, strip_markdown)
}

fn kind(two_headed: bool, head: bool, stroke: Stroke) -> EdgeKind {
    match (two_headed, head, stroke) {
        (true, _, _) => EdgeKind::ReadsWrites,
        (false, false, _) => EdgeKind::DependsOn,
        (false, true, Stroke::Normal) => EdgeKind::SyncCall,
        (false, true, Stroke::Dotted) => EdgeKind::AsyncMessage,
        (false, true, Stroke::Thick) => EdgeKind::Replication,
    }
}

fn found(expected: &str, cursor: &Cursor<'_>) -> String {
    match cursor.rest().trim_start().chars().next() {
        Some(c) => format!("expected {expected}, found `{c}`"),
        None => format!("expected {expected} at the end of the statement"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> (Result<Link<'_>, String>, &str) {
        let mut cursor = Cursor::new(text);
        let link = link(&mut cursor);
        (link, cursor.rest())
    }

    fn kind_of(text: &str) -> EdgeKind {
        match read(text).0.unwrap().kind {
            LinkKind::Edge(arrow) => arrow.exporter_kind(),
            LinkKind::Invisible => panic!("{text} is invisible"),
        }
    }

    #[test]
    fn arrows_map_to_edge_kinds() {
        let cases = [
            ("-->", EdgeKind::SyncCall),
            ("--->", EdgeKind::SyncCall),
            ("--o", EdgeKind::SyncCall),
            ("--x", EdgeKind::SyncCall),
            ("---", EdgeKind::DependsOn),
            ("----", EdgeKind::DependsOn),
            ("-.->", EdgeKind::AsyncMessage),
            ("-..->", EdgeKind::AsyncMessage),
            ("-.-", EdgeKind::DependsOn),
            ("==>", EdgeKind::Replication),
            ("===", EdgeKind::DependsOn),
            ("<-->", EdgeKind::ReadsWrites),
            ("<-.->", EdgeKind::ReadsWrites),
            ("<==>", EdgeKind::ReadsWrites),
            ("o--o", EdgeKind::ReadsWrites),
            ("x--x", EdgeKind::ReadsWrites),
        ];
        for (arrow, want) in cases {
            assert_eq!(kind_of(&format!(" {arrow} B")), want, "{arrow}");
            let (_, rest) = read(arrow);
            assert_eq!(rest, "", "{arrow} left {rest:?}");
        }
        assert_eq!(read("~~~ B").0.unwrap().kind, LinkKind::Invisible);
    }

    #[test]
    fn circle_head_trap_reads_like_mermaid() {
        let (link, rest) = read("---oB");
        assert_eq!(kind_of("---oB"), EdgeKind::SyncCall);
        assert!(link.is_ok());
        assert_eq!(rest, "B");
    }

    #[test]
    fn texts_in_pipes_and_inside_arrows() {
        let cases = [
            ("-->|plain text| B", "plain text"),
            ("-->|\"quoted | pipe\"| B", "quoted | pipe"),
            ("--> | spaced | B", "spaced"),
            ("-- inline text --> B", "inline text"),
            ("-- \"quoted inline\" --- B", "quoted inline"),
            ("-. dotted text .-> B", "dotted text"),
            ("== thick text ==> B", "thick text"),
            ("<-- both -->B", "both"),
        ];
        for (text, want) in cases {
            let (link, rest) = read(text);
            assert_eq!(link.unwrap().label, want, "{text}");
            assert_eq!(rest.trim(), "B", "{text}");
        }
        assert_eq!(kind_of("-. t .-> B"), EdgeKind::AsyncMessage);
        assert_eq!(kind_of("== t === B"), EdgeKind::DependsOn);
    }

    #[test]
    fn broken_links_are_errors() {
        assert!(read("-- text without end").0.is_err());
        assert!(read("-->|unclosed B").0.is_err());
        assert!(read("-->|\"unclosed B").0.is_err());
        assert!(read("-->|\"x\" B").0.is_err());
        assert!(read("=> B").0.is_err());
    }

    #[test]
    fn edge_ids_before_arrows() {
        let (link, rest) = read(" e1@--> B");
        let link = link.unwrap();
        assert_eq!(
            (link.id, link.kind),
            (
                Some("e1"),
                LinkKind::Edge(Arrow {
                    stroke: Stroke::Normal,
                    head: true,
                    two_headed: false
                })
            )
        );
        assert_eq!(rest, " B");
        assert_eq!(read("e2@-.->|x| B").0.unwrap().id, Some("e2"));
        assert!(starts_link(&Cursor::new(" e1@==> B")));
        assert!(!starts_link(&Cursor::new(" e1@{ x: 1 }")));
    }

    #[test]
    fn arrows_write_back_as_drawn() {
        for text in [
            "-->", "---", "-.->", "-.-", "==>", "===", "<-->", "<-.->", "<==>",
        ] {
            let LinkKind::Edge(arrow) = read(text).0.unwrap().kind else {
                panic!()
            };
            assert_eq!(arrow.text(), text);
        }
    }

    #[test]
    fn link_detection() {
        for text in [" --> B", "-.->", "==>", "<-->", "o--o", "~~~"] {
            assert!(starts_link(&Cursor::new(text)), "{text}");
        }
        for text in ["B", "& C", "-B", ":::x"] {
            assert!(!starts_link(&Cursor::new(text)), "{text}");
        }
    }
}
