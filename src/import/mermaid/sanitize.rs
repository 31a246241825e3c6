//! HTML in raw labels, cleaned the way mermaid's sanitizer (DOMPurify)
//! does before it shows a label, so a label reads as mermaid shows it:
//! `<script>` and `<style>` elements go with their content, tags of unknown
//! elements go but keep their text (`List<T> of things` -> `List of
//! things`), and tags of the formatting elements mermaid keeps stay as
//! written (`<b>bold</b>`). A `<` that starts no tag stays. Entity codes are
//! decoded after this, as in mermaid, so `#lt;T#gt;` stays `<T>`.

use std::borrow::Cow;

/// Elements whose tags mermaid keeps in a label.
const KEPT: [&str; 30] = [
    "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "del", "dfn", "div", "em", "font", "i",
    "img", "ins", "kbd", "mark", "p", "pre", "q", "s", "samp", "small", "span", "strike", "strong",
    "sub", "sup", "u",
];
/// Elements dropped with everything inside them.
const DROPPED: [&str; 2] = ["script", "style"];

/// The label as mermaid's sanitizer leaves it (`<br>` must be split off
/// before, or is kept: it is not touched here).
pub(super) fn sanitize(raw: &str) -> Cow<'_, str> {
    if !raw.contains('<') {
        return Cow::Borrowed(raw);
    }
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        let from = &rest[at..];
        let Some((name, closing, len)) = tag(from) else {
            out.push('<');
            rest = &from[1..];
            continue;
        };
        let lower = name.to_ascii_lowercase();
        if !closing && DROPPED.contains(&lower.as_str()) {
            let end = format!("</{lower}");
            let after = &from[len..];
            rest = match after.to_ascii_lowercase().find(&end) {
                Some(close) => {
                    let tail = &after[close..];
                    tail.find('>').map_or("", |gt| &tail[gt + 1..])
                }
                None => "",
            };
            continue;
        }
        if KEPT.contains(&lower.as_str()) || lower == "br" {
            out.push_str(&from[..len]);
        }
        rest = &from[len..];
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// A tag at the start of `text`: its element name, whether it closes, and
/// its length up to and including `>`.
fn tag(text: &str) -> Option<(&str, bool, usize)> {
    let body = &text[1..];
    let (closing, body) = match body.strip_prefix('/') {
        Some(after) => (true, after),
        None => (false, body),
    };
    let name_len = body
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(body.len());
    if name_len == 0 || !body.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let close = text.find('>')?;
    Some((&body[..name_len], closing, close + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn as_mermaid_shows_labels() {
        let cases = [
            ("List<T> of things", "List of things"),
            ("a <b>bold</b> <i>it</i>", "a <b>bold</b> <i>it</i>"),
            ("<script>alert(1)</script>x", "x"),
            ("<STYLE>p{}</style>z", "z"),
            ("<u>u</u><foo>bar</foo>", "<u>u</u>bar"),
            ("1 < 2 > 0", "1 < 2 > 0"),
            ("<script>never closed", ""),
            ("a <br/> b", "a <br/> b"),
            ("plain", "plain"),
        ];
        for (raw, want) in cases {
            assert_eq!(sanitize(raw), want, "{raw}");
        }
    }
}
