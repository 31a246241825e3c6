//! Finds where a field path (`team_size.min`, `related[2]`) sits in RON text.
//!
//! Serde reports positions only for syntax and type errors; checks made after
//! parsing (ranges, links) use this to point at the right line and column.
//! Imports nothing from the rest of the crate.

use super::problem::Location;

#[derive(Debug, Clone, PartialEq)]
enum Kind {
    Key(String),
    Open,
    Close,
    Comma,
    Atom,
}

#[derive(Debug)]
struct Token {
    offset: usize,
    depth: usize,
    kind: Kind,
}

enum Segment<'a> {
    Field(&'a str),
    Index(usize),
}

/// The location of `path` in `text`, or `None` when it cannot be found.
pub fn locate(text: &str, path: &str) -> Option<Location> {
    let tokens = tokenize(text);
    let mut cursor = tokens.iter().position(|t| t.kind == Kind::Open)?;
    let mut found = cursor;
    for segment in parse_path(path) {
        found = match segment {
            Segment::Field(name) => find_key(&tokens, cursor, name)?,
            Segment::Index(index) => find_element(&tokens, cursor, index)?,
        };
        cursor = value_open(&tokens, found).unwrap_or(found);
    }
    Some(location_of(text, tokens[found].offset))
}

/// Converts a byte offset into a 1-based line and column (in characters).
pub fn location_of(text: &str, offset: usize) -> Location {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    Location { line, column }
}

fn parse_path(path: &str) -> Vec<Segment<'_>> {
    let mut segments = Vec::new();
    for part in path.split('.').filter(|p| !p.is_empty()) {
        let (name, rest) = part.split_once('[').unwrap_or((part, ""));
        if !name.is_empty() {
            segments.push(Segment::Field(name));
        }
        for index in rest.split('[') {
            if let Ok(i) = index.trim_end_matches(']').parse() {
                segments.push(Segment::Index(i));
            }
        }
    }
    segments
}

/// A key named `name` directly inside the container opened at `open`.
fn find_key(tokens: &[Token], open: usize, name: &str) -> Option<usize> {
    let inner = tokens[open].depth + 1;
    tokens[open + 1..]
        .iter()
        .take_while(|t| t.depth >= inner)
        .position(|t| t.depth == inner && t.kind == Kind::Key(name.to_owned()))
        .map(|i| open + 1 + i)
}

/// The first token of the `index`-th element of the container at `open`.
fn find_element(tokens: &[Token], open: usize, index: usize) -> Option<usize> {
    let inner = tokens[open].depth + 1;
    let mut commas = 0;
    for (i, token) in tokens.iter().enumerate().skip(open + 1) {
        if token.depth < inner {
            return None;
        }
        if token.depth != inner {
            continue;
        }
        match token.kind {
            Kind::Comma => commas += 1,
            Kind::Close => return None,
            _ if commas == index => return Some(i),
            _ => {}
        }
    }
    None
}

/// If the value at `at` (a key or an element) is a container, its opening token.
fn value_open(tokens: &[Token], at: usize) -> Option<usize> {
    let depth = tokens[at].depth;
    let start = if matches!(tokens[at].kind, Kind::Key(_)) {
        at + 1
    } else {
        at
    };
    tokens[start..]
        .iter()
        .position(|t| t.depth == depth && !matches!(t.kind, Kind::Atom))
        .map(|i| start + i)
        .filter(|&i| tokens[i].kind == Kind::Open)
}

fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::new();
    let mut depth = 0;
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        match bytes[i] {
            b'/' if bytes.get(i + 1) == Some(&b'/') => i = skip_until(bytes, i, b"\n"),
            b'/' if bytes.get(i + 1) == Some(&b'*') => i = skip_until(bytes, i + 2, b"*/"),
            b'"' => {
                i = skip_string(bytes, i + 1);
                tokens.push(Token {
                    offset: start,
                    depth,
                    kind: Kind::Atom,
                });
                continue;
            }
            b'(' | b'[' | b'{' => {
                tokens.push(Token {
                    offset: i,
                    depth,
                    kind: Kind::Open,
                });
                depth += 1;
            }
            b')' | b']' | b'}' => {
                depth = depth.saturating_sub(1);
                tokens.push(Token {
                    offset: i,
                    depth: depth + 1,
                    kind: Kind::Close,
                });
            }
            b',' => tokens.push(Token {
                offset: i,
                depth,
                kind: Kind::Comma,
            }),
            b if b.is_ascii_alphanumeric() || b == b'_' || b == b'-' => {
                i = word_token(text, i, depth, &mut tokens);
                continue;
            }
            _ => {}
        }
        i = i.max(start + 1);
    }
    tokens
}

/// Reads a word; pushes it as a key when a `:` follows, else as an atom.
fn word_token(text: &str, start: usize, depth: usize, tokens: &mut Vec<Token>) -> usize {
    let bytes = text.as_bytes();
    let mut end = start;
    while end < bytes.len() && (bytes[end].is_ascii_alphanumeric() || b"_-.+".contains(&bytes[end]))
    {
        end += 1;
    }
    let rest = text[end..].trim_start();
    let kind = if rest.starts_with(':') {
        Kind::Key(text[start..end].to_owned())
    } else {
        Kind::Atom
    };
    tokens.push(Token {
        offset: start,
        depth,
        kind,
    });
    end
}

fn skip_string(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    i
}

fn skip_until(bytes: &[u8], from: usize, end: &[u8]) -> usize {
    bytes[from..]
        .windows(end.len())
        .position(|w| w == end)
        .map_or(bytes.len(), |p| from + p + end.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "// c\n(\n  id: \"x\",\n  team_size: (min: 0, max: None),\n  related: [\"a\", \"b(\", \"c\"],\n  nested: [(name: \"n\"), (name: \"m\")],\n)\n";

    fn at(path: &str) -> (usize, usize) {
        let loc = locate(TEXT, path).unwrap_or(Location { line: 0, column: 0 });
        (loc.line, loc.column)
    }

    #[test]
    fn finds_top_level_nested_and_indexed_fields() {
        assert_eq!(at("id"), (3, 3));
        assert_eq!(at("team_size.min"), (4, 15));
        assert_eq!(at("related[2]"), (5, 24));
        assert_eq!(at("nested[1].name"), (6, 26));
    }

    #[test]
    fn unknown_paths_give_none() {
        assert!(locate(TEXT, "missing").is_none());
        assert!(locate(TEXT, "related[9]").is_none());
        assert!(locate("not ron at all", "id").is_none());
    }
}
