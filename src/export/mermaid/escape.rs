//! Making user text safe inside a mermaid flowchart.
//!
//! Every piece of user text ends up inside a double-quoted label, so it can
//! never start a statement of its own; what remains is mermaid's own
//! pre-processing, which reads the whole text before the parser does: entity
//! codes (`#35;`), `%%{...}%%` directives, lines holding `direction LR`, and
//! the `style ...:#...;` / `classDef ...:#...;` entity workaround. This file
//! turns text into the one form that survives all of them.

/// The exporter's canonical form of user text: `\r\n`, `\r`, U+0085,
/// U+2028 and U+2029 become `\n`, tabs become spaces, other control
/// characters are dropped, and so are U+FEFF (a stray byte-order mark, which
/// JavaScript trims as whitespace) and the noncharacters U+FFFE and U+FFFF
/// (which YAML refuses); surrounding whitespace is trimmed (mermaid trims
/// labels too). Importing an export gives back exactly this text.
pub fn normalize_label(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push('\n');
            }
            '\n' | '\u{85}' | '\u{2028}' | '\u{2029}' => out.push('\n'),
            '\t' => out.push(' '),
            c if c.is_control() || matches!(c, '\u{feff}' | '\u{fffe}' | '\u{ffff}') => {}
            c => out.push(c),
        }
    }
    out.trim().to_owned()
}

/// Words that mermaid reacts to even inside a quoted label: a line holding
/// `direction TB` is swallowed whole (case-insensitively, any whitespace), and
/// `style`/`classDef` followed by `:...#...;` loses its last `;`. The last
/// letter of each is written as an entity code, which breaks the word for
/// the lexer and still renders as the letter.
const BROKEN_WORDS: [&str; 3] = ["direction", "style", "classdef"];

/// Escapes normalised text for use between double quotes, in one pass:
/// `#` first (so existing entity-looking text stays literal), then `"`, `<`,
/// `>`, backtick, `&`, `%`, newlines as `<br/>`, a `+` starting a line (our
/// marker for carried patterns), the characters mermaid uses for its own
/// entity placeholders, and the keywords of [`BROKEN_WORDS`].
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut line_start = true;
    for (index, c) in text.char_indices() {
        let at_line_start = std::mem::replace(&mut line_start, c == '\n');
        match c {
            '#' => out.push_str("#35;"),
            '"' => out.push_str("#quot;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            '\n' => out.push_str("<br/>"),
            '`' | '&' | '%' | '\u{FB02}' | '\u{B6}' => push_numeric(&mut out, c),
            '+' if at_line_start => push_numeric(&mut out, c),
            c if ends_broken_word(&text[..index], c) => push_numeric(&mut out, c),
            c => out.push(c),
        }
    }
    out
}

fn push_numeric(out: &mut String, c: char) {
    out.push('#');
    out.push_str(&u32::from(c).to_string());
    out.push(';');
}

/// Whether `c` is the last letter of a broken word that `before` starts.
fn ends_broken_word(before: &str, c: char) -> bool {
    BROKEN_WORDS.iter().any(|word| {
        let (head, last) = word.split_at(word.len() - 1);
        c.eq_ignore_ascii_case(&char::from(last.as_bytes()[0]))
            && before.len() >= head.len()
            && before.is_char_boundary(before.len() - head.len())
            && before[before.len() - head.len()..].eq_ignore_ascii_case(head)
    })
}

/// A label: normalised, then escaped. Quote it yourself.
pub(crate) fn label(text: &str) -> String {
    escape(&normalize_label(text))
}

/// A label that must stay on one line (`accTitle`, `accDescr`): newlines
/// become spaces.
pub(crate) fn one_line(text: &str) -> String {
    escape(&normalize_label(text).replace('\n', " "))
}

/// A YAML double-quoted scalar for the front matter `title:`. Mermaid reads
/// the front matter before anything else, so only YAML's own escapes matter.
pub(crate) fn yaml_quoted(text: &str) -> String {
    let line = normalize_label(text).replace('\n', " ");
    let mut out = String::with_capacity(line.len() + 2);
    out.push('"');
    for c in line.chars() {
        if matches!(c, '\\' | '"') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalisation_unifies_newlines_and_drops_controls() {
        assert_eq!(
            normalize_label("  a\r\nb\rc\u{2028}d\u{85}e  "),
            "a\nb\nc\nd\ne"
        );
        assert_eq!(normalize_label("a\tb\u{0}\u{7}\u{1b}[31mc"), "a b[31mc");
        assert_eq!(normalize_label(" \n\t "), "");
        assert_eq!(normalize_label("\u{feff} a\u{fffe}\u{ffff} "), "a");
    }

    #[test]
    fn hash_is_escaped_before_the_others() {
        assert_eq!(escape("#quot;"), "#35;quot;");
        assert_eq!(escape("\"<>`&%"), "#quot;#lt;#gt;#96;#38;#37;");
        assert_eq!(escape("%%{init: {}}%%"), "#37;#37;{init: {}}#37;#37;");
    }

    #[test]
    fn keywords_are_broken_in_any_case() {
        assert_eq!(escape("direction LR"), "directio#110; LR");
        assert_eq!(escape("DIRECTION\u{a0}tb"), "DIRECTIO#78;\u{a0}tb");
        assert_eq!(escape("style: x"), "styl#101;: x");
        assert_eq!(escape("classDef a"), "classDe#102; a");
        assert_eq!(escape("directions"), "directio#110;s");
        assert_eq!(escape("directio"), "directio");
    }

    #[test]
    fn newlines_become_breaks_and_leading_plus_is_escaped() {
        assert_eq!(escape("+ a\nb+\n+c"), "#43; a<br/>b+<br/>#43;c");
        assert_eq!(label(" a\n\n b "), "a<br/><br/> b");
    }

    #[test]
    fn single_line_and_yaml_forms() {
        assert_eq!(one_line("a\nb \"c\""), "a b #quot;c#quot;");
        assert_eq!(yaml_quoted("a \"b\" \\ c\nd"), "\"a \\\"b\\\" \\\\ c d\"");
    }
}
