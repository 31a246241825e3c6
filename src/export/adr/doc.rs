//! A Markdown document as blocks separated by blank lines, the one way the
//! dialect renderers put text on lines (through `markdown::line` and
//! `markdown::bullet`, so nothing escapes the escaping).

use super::markdown::{Md, bullet, line};

/// A document as blocks separated by blank lines.
#[derive(Default)]
pub struct Doc {
    blocks: Vec<String>,
}

impl Doc {
    /// A block of our own making (a heading line, a table, a fenced block).
    pub fn block(&mut self, block: String) {
        if !block.is_empty() {
            self.blocks.push(block);
        }
    }

    /// Paragraphs, or the fallback (when not empty) if there are none.
    pub fn paragraphs(&mut self, paragraphs: &[Md], fallback: &'static str) {
        if paragraphs.is_empty() {
            self.block(fallback.to_owned());
        }
        for p in paragraphs {
            self.block(line(p));
        }
    }

    /// A bullet list (nothing when `items` is empty).
    pub fn list(&mut self, marker: char, items: &[Md]) {
        let lines: Vec<String> = items.iter().map(|i| bullet(marker, i)).collect();
        self.block(lines.join("\n"));
    }

    /// A bullet list, or the fallback sentence when `items` is empty.
    pub fn list_or(&mut self, marker: char, items: &[Md], fallback: &'static str) {
        if items.is_empty() {
            self.block(fallback.to_owned());
        }
        self.list(marker, items);
    }

    /// The document text, ending with one newline.
    pub fn finish(self) -> String {
        self.blocks.join("\n\n") + "\n"
    }
}
