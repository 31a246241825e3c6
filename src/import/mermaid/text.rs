//! Label text: `<br>` line breaks and entity codes.
//!
//! Mermaid writes `#` + name + `;` for entities (`#35;`, `#quot;`), and
//! hand-written diagrams also use HTML's `&quot;`, `&#35;`, `&#x23;`. Decoding
//! is one left-to-right pass, so `#35;35;` gives `#35;` and never `#`.

/// Splits raw label text at `<br>`, `<br/>`, `<br />` (any case). The parts
/// are still raw: entity codes are not decoded yet.
pub(super) fn split_breaks(raw: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut search = 0;
    while let Some(found) = raw[search..].find('<') {
        let at = search + found;
        match break_len(&raw[at..]) {
            Some(len) => {
                parts.push(&raw[start..at]);
                start = at + len;
                search = start;
            }
            None => search = at + 1,
        }
    }
    parts.push(&raw[start..]);
    parts
}

/// The length of a `<br>` tag at the start of `text`, if there is one.
fn break_len(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    if bytes.len() < 4 || !bytes[1..3].eq_ignore_ascii_case(b"br") {
        return None;
    }
    let mut i = 3;
    while bytes.get(i).is_some_and(u8::is_ascii_whitespace) {
        i += 1;
    }
    if bytes.get(i) == Some(&b'/') {
        i += 1;
    }
    (bytes.get(i) == Some(&b'>')).then_some(i + 1)
}

/// The label a raw text stands for: HTML cleaned as mermaid cleans it,
/// lines joined with `\n`, entities decoded, surrounding whitespace trimmed.
pub(super) fn label_text(raw: &str) -> String {
    join_lines(&split_breaks(&super::sanitize::sanitize(raw)))
}

/// Decodes and joins raw lines, trimming the whole.
pub(super) fn join_lines(lines: &[&str]) -> String {
    let decoded: Vec<String> = lines.iter().map(|l| decode(l)).collect();
    decoded.join("\n").trim().to_owned()
}

/// Decodes entity codes; anything that is not one stays as written.
pub(super) fn decode(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(at) = rest.find(['#', '&']) {
        out.push_str(&rest[..at]);
        let candidate = &rest[at..];
        match entity(candidate) {
            Some((c, len)) => {
                out.push(c);
                rest = &candidate[len..];
            }
            None => {
                out.push_str(&candidate[..1]);
                rest = &candidate[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// An entity at the start of `text` (which starts with `#` or `&`): its
/// character and its length in bytes.
fn entity(text: &str) -> Option<(char, usize)> {
    let (body, numeric_prefix) = match text.as_bytes() {
        [b'&', b'#', ..] => (&text[2..], true),
        [b'&', ..] | [b'#', ..] => (&text[1..], false),
        _ => return None,
    };
    let end = body.find(';').filter(|&end| (1..=32).contains(&end))?;
    let name = &body[..end];
    if !name.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return None;
    }
    let c = if numeric_prefix || text.starts_with('#') {
        numeric(name).or_else(|| named(name).filter(|_| !numeric_prefix))?
    } else {
        named(name)?
    };
    Some((c, text.len() - body.len() + end + 1))
}

fn numeric(name: &str) -> Option<char> {
    let code = match name.strip_prefix(['x', 'X']) {
        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
        None => name.parse().ok()?,
    };
    char::from_u32(code)
}

fn named(name: &str) -> Option<char> {
    Some(match name {
        "quot" => '"',
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "num" => '#',
        "semi" => ';',
        "percnt" => '%',
        "grave" => '`',
        "vert" | "verbar" => '|',
        _ => return more_named(name),
    })
}

/// HTML's named entities that labels use most (mermaid decodes them all).
fn more_named(name: &str) -> Option<char> {
    const MORE: [(&str, char); 40] = [
        ("copy", '©'),
        ("reg", '®'),
        ("trade", '™'),
        ("hellip", '…'),
        ("mdash", '—'),
        ("ndash", '–'),
        ("euro", '€'),
        ("pound", '£'),
        ("yen", '¥'),
        ("cent", '¢'),
        ("deg", '°'),
        ("times", '×'),
        ("divide", '÷'),
        ("larr", '←'),
        ("rarr", '→'),
        ("uarr", '↑'),
        ("darr", '↓'),
        ("harr", '↔'),
        ("laquo", '«'),
        ("raquo", '»'),
        ("bull", '•'),
        ("middot", '·'),
        ("para", '¶'),
        ("sect", '§'),
        ("plusmn", '±'),
        ("frac12", '½'),
        ("lsquo", '‘'),
        ("rsquo", '’'),
        ("ldquo", '“'),
        ("rdquo", '”'),
        ("lpar", '('),
        ("rpar", ')'),
        ("lsqb", '['),
        ("rsqb", ']'),
        ("lcub", '{'),
        ("rcub", '}'),
        ("colon", ':'),
        ("comma", ','),
        ("excl", '!'),
        ("quest", '?'),
    ];
    MORE.iter().find(|(n, _)| *n == name).map(|(_, c)| *c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breaks_in_every_spelling() {
        assert_eq!(
            split_breaks("a<br>b<BR/>c<br />d<bra>e<"),
            ["a", "b", "c", "d<bra>e<"]
        );
        assert_eq!(split_breaks(""), [""]);
    }

    #[test]
    fn entities_mermaid_and_html_style() {
        assert_eq!(
            decode("#35; #quot;x#quot; #lt;b#gt; #96; #37;#37; directio#110;"),
            "# \"x\" <b> ` %% direction"
        );
        assert_eq!(decode("&quot;&amp;&#35;&#x41;&lt;"), "\"&#A<");
        assert_eq!(
            decode("#35;35; #nope; # ; &; #1114112; a#b"),
            "#35; #nope; # ; &; #1114112; a#b"
        );
        assert_eq!(decode("é#233;"), "éé");
    }

    #[test]
    fn label_text_joins_lines_and_trims() {
        assert_eq!(label_text("  a<br/>#43; b<br> "), "a\n+ b");
    }
}
