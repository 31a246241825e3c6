//! Writing SVG text safely: user text is escaped for text nodes and
//! attributes alike (`& < > " '`), control characters are dropped, and
//! numbers are written with one decimal at most.

/// `text` safe in a text node or a quoted attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(' '),
            // XML 1.0 allows no other control characters, nor these.
            c if c.is_control() || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// A coordinate: one decimal, no trailing `.0`.
pub fn num(v: f32) -> String {
    let rounded = (v * 10.0).round() / 10.0;
    if rounded == rounded.trunc() {
        format!("{}", rounded as i64)
    } else {
        format!("{rounded:.1}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_and_control_characters_cannot_get_through() {
        assert_eq!(
            escape("<a href='x'>&\"\u{7}"),
            "&lt;a href=&#39;x&#39;&gt;&amp;&quot;"
        );
        assert_eq!(num(3.0), "3");
        assert_eq!(num(-2.25), "-2.3");
        assert_eq!(num(0.04), "0");
    }
}
