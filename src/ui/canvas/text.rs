//! Cached text layout for the canvas: a node's label is laid out once per
//! (text, size, width, colour) and reused every frame, so a still canvas of
//! thousands of nodes does no text shaping at all.

use std::collections::BTreeMap;
use std::sync::Arc;

use egui::text::{LayoutJob, TextFormat, TextWrapping};
use egui::{Color32, FontId, Galley, Painter};

/// Which text of which item (a node's label, its detail line, an edge label).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum TextKey {
    NodeLabel(u64),
    NodeDetail(u64),
    EdgeLabel(u64),
    GroupName(u64),
}

struct Cached {
    text: String,
    size_bits: u32,
    width_bits: u32,
    colour: Color32,
    galley: Arc<Galley>,
    frame: u64,
}

/// Galleys by key, dropped when unused for a while.
#[derive(Default)]
pub struct TextCache {
    entries: BTreeMap<TextKey, Cached>,
    frame: u64,
    /// A galley egui lays out for us every frame: egui hands back the same
    /// one until it rebuilds its font atlas (another interface scale, or a
    /// full atlas), which leaves every galley kept here pointing at glyphs
    /// that are gone.
    probe: Option<Arc<Galley>>,
}

/// Entries not drawn for this many frames are dropped.
const KEEP_FRAMES: u64 = 120;

impl TextCache {
    /// Call once per frame before drawing.
    pub fn next_frame(&mut self, painter: &Painter) {
        let probe = painter.layout_no_wrap(
            "Plinth".to_owned(),
            FontId::proportional(10.0),
            Color32::WHITE,
        );
        if !self.probe.as_ref().is_some_and(|p| Arc::ptr_eq(p, &probe)) {
            self.entries.clear();
        }
        self.probe = Some(probe);
        self.frame += 1;
        if self.frame.is_multiple_of(KEEP_FRAMES) {
            let oldest = self.frame.saturating_sub(KEEP_FRAMES);
            self.entries.retain(|_, c| c.frame >= oldest);
        }
    }

    /// `text` on one line, cut with `…` beyond `max_width` screen points.
    pub fn line(
        &mut self,
        painter: &Painter,
        key: TextKey,
        text: &str,
        font: FontId,
        colour: Color32,
        max_width: f32,
    ) -> Arc<Galley> {
        self.rows(painter, key, text, (font, colour), max_width, 1)
    }

    /// `text` wrapped at `max_width` on at most `max_rows` rows, the last
    /// cut with `…`.
    pub fn rows(
        &mut self,
        painter: &Painter,
        key: TextKey,
        text: &str,
        (font, colour): (FontId, Color32),
        max_width: f32,
        max_rows: usize,
    ) -> Arc<Galley> {
        let size_bits = font.size.to_bits();
        let width_bits = max_width.to_bits();
        let frame = self.frame;
        if let Some(hit) = self.entries.get_mut(&key)
            && hit.text == text
            && hit.size_bits == size_bits
            && hit.width_bits == width_bits
            && hit.colour == colour
        {
            hit.frame = frame;
            return Arc::clone(&hit.galley);
        }
        let mut job = LayoutJob::single_section(text.to_owned(), TextFormat::simple(font, colour));
        job.wrap = TextWrapping {
            max_rows,
            break_anywhere: max_rows == 1,
            ..TextWrapping::truncate_at_width(max_width)
        };
        let galley = painter.layout_job(job);
        self.entries.insert(
            key,
            Cached {
                text: text.to_owned(),
                size_bits,
                width_bits,
                colour,
                galley: Arc::clone(&galley),
                frame,
            },
        );
        galley
    }
}
