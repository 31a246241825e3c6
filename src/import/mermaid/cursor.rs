//! A forward-only reader over one statement, shared by the node, shape and
//! link parsers. Every method advances or looks at a bounded prefix, so a
//! statement is read in time linear in its length.

pub(super) struct Cursor<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Cursor<'a> {
    pub fn new(text: &'a str) -> Self {
        Self { text, pos: 0 }
    }

    /// What is left to read.
    pub fn rest(&self) -> &'a str {
        &self.text[self.pos..]
    }

    pub fn is_done(&self) -> bool {
        self.pos >= self.text.len()
    }

    pub fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    /// The character after the next one.
    pub fn peek_second(&self) -> Option<char> {
        self.rest().chars().nth(1)
    }

    pub fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        Some(c)
    }

    pub fn skip_ws(&mut self) {
        self.take_while(char::is_whitespace);
    }

    /// Consumes `prefix` when the rest starts with it.
    pub fn eat(&mut self, prefix: &str) -> bool {
        let found = self.rest().starts_with(prefix);
        if found {
            self.pos += prefix.len();
        }
        found
    }

    /// Consumes characters while `keep` holds; returns them.
    pub fn take_while(&mut self, mut keep: impl FnMut(char) -> bool) -> &'a str {
        let start = self.pos;
        while let Some(c) = self.peek().filter(|&c| keep(c)) {
            self.pos += c.len_utf8();
        }
        &self.text[start..self.pos]
    }

    /// Consumes up to and including the first `needle`; returns the text
    /// before it, or `None` (consuming nothing) when there is no `needle`.
    pub fn take_until(&mut self, needle: &str) -> Option<&'a str> {
        let found = self.rest().find(needle)?;
        let before = &self.rest()[..found];
        self.pos += found + needle.len();
        Some(before)
    }

    /// Counts and consumes repetitions of `c`.
    pub fn count(&mut self, c: char) -> usize {
        self.take_while(|x| x == c).len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_forward() {
        let mut c = Cursor::new("ab --> |x| é");
        assert_eq!(c.take_while(char::is_alphanumeric), "ab");
        c.skip_ws();
        assert_eq!(c.count('-'), 2);
        assert!(c.eat(">"));
        assert!(!c.eat(">"));
        c.skip_ws();
        assert!(c.eat("|"));
        assert_eq!(c.take_until("|"), Some("x"));
        assert_eq!(c.take_until("|"), None);
        assert_eq!(c.peek_second(), Some('é'));
        c.skip_ws();
        assert_eq!(c.bump(), Some('é'));
        assert!(c.is_done());
    }
}
