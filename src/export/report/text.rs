//! User text in the report: every string that comes from the workspace or
//! the catalog goes through [`Text`], which escapes `&`, `<`, `>`, `"` and
//! `'` and drops control characters, whether it lands in an element or an
//! attribute. maud escapes the first four already; `'` and the controls are
//! added here so the rule holds for every sink, as the export guide asks.

use maud::{Markup, PreEscaped, Render};

/// Escaped user text; use `(Text(&s))` in `html!` instead of `(s)`.
#[derive(Debug, Clone, Copy)]
pub struct Text<'a>(pub &'a str);

impl Render for Text<'_> {
    fn render_to(&self, buffer: &mut String) {
        escape_into(self.0, buffer);
    }
}

/// Escapes `text` for an HTML text node or a double-quoted attribute value.
pub fn escape_into(text: &str, out: &mut String) {
    out.reserve(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' | '\t' => out.push(c),
            '\r' => {}
            c if is_dropped(c) => {}
            c => out.push(c),
        }
    }
}

/// Control characters and Unicode noncharacters: not allowed in HTML text.
fn is_dropped(c: char) -> bool {
    let code = u32::from(c);
    c.is_control() || (0xFDD0..=0xFDEF).contains(&code) || code & 0xFFFE == 0xFFFE
}

/// Whether nothing of `text` would show: only white space and dropped characters.
pub fn is_blank(text: &str) -> bool {
    text.chars().all(|c| c.is_whitespace() || is_dropped(c))
}

/// Escaped text as a string (for tests and titles built from pieces).
pub fn escaped(text: &str) -> String {
    let mut out = String::new();
    escape_into(text, &mut out);
    out
}

/// Paragraphs of free text (split at blank lines), each as a `<p>`.
pub fn paragraphs(text: &str) -> Markup {
    let text = text.replace("\r\n", "\n");
    let parts = text.split("\n\n").map(str::trim).filter(|p| !p.is_empty());
    maud::html! {
        @for part in parts { p { (Text(part)) } }
    }
}

/// Trusted markup produced by another exporter of this crate (its own
/// escaping is tested there and by this module's properties).
pub fn trusted(markup: String) -> Markup {
    PreEscaped(markup)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_special_character_is_escaped_and_controls_dropped() {
        assert_eq!(
            escaped("<a href='x'>\"&\u{0}\u{7}\u{9b}\u{fffe}</a>\r\n"),
            "&lt;a href=&#39;x&#39;&gt;&quot;&amp;&lt;/a&gt;\n"
        );
        assert_eq!(escaped("Ünïcode → ok\tstays"), "Ünïcode → ok\tstays");
    }

    #[test]
    fn paragraphs_split_at_blank_lines() {
        let html = paragraphs("one\ntwo\r\n\r\n<three>\n\n\n").into_string();
        assert_eq!(html, "<p>one\ntwo</p><p>&lt;three&gt;</p>");
    }
}
