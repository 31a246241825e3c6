//! The key to the connection styles: one row per edge kind with a sample
//! line. It is placed outside the diagram (to its right in a picture, in a
//! corner panel of its own on the canvas), never over a node.

use super::metrics::{DETAIL_FONT_SIZE, line_height, text_width};
use super::rect::Rect;
use crate::design::{EdgeKind, Point};

/// Padding inside the legend box.
pub const PAD: f32 = 10.0;
/// Height of one row.
pub const ROW: f32 = 20.0;
/// Length of a sample line.
pub const SAMPLE: f32 = 36.0;
/// Gap between the diagram and the legend beside it.
pub const GAP: f32 = 32.0;
pub const FONT_SIZE: f32 = DETAIL_FONT_SIZE;
/// Space between two entries side by side in a strip.
pub const STRIP_GAP: f32 = 20.0;

/// One row: a sample line and the kind's words.
#[derive(Debug, Clone, PartialEq)]
pub struct LegendRow {
    pub kind: EdgeKind,
    pub sample: (Point, Point),
    /// Left end of the text's baseline middle (vertically centred).
    pub text_at: Point,
    pub text: &'static str,
}

/// The legend's box and rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Legend {
    pub rect: Rect,
    pub rows: Vec<LegendRow>,
}

/// The size of the legend box.
pub fn size() -> (f32, f32) {
    let text = EdgeKind::ALL
        .iter()
        .map(|k| text_width(k.label(), FONT_SIZE))
        .fold(0.0, f32::max);
    let width = PAD * 2.0 + SAMPLE + 8.0 + text;
    let height = PAD * 2.0 + ROW * EdgeKind::ALL.len() as f32;
    (width.ceil(), height.max(line_height(FONT_SIZE)))
}

impl Legend {
    /// The legend with its top-left corner at `min`.
    pub fn at(min: Point) -> Self {
        let (w, h) = size();
        let rect = Rect::from_min_size(min, w, h);
        let rows = EdgeKind::ALL
            .iter()
            .enumerate()
            .map(|(i, &kind)| {
                let y = min.y + PAD + ROW * (i as f32 + 0.5);
                let x = min.x + PAD;
                LegendRow {
                    kind,
                    sample: (Point::new(x, y), Point::new(x + SAMPLE, y)),
                    text_at: Point::new(x + SAMPLE + 8.0, y),
                    text: kind.label(),
                }
            })
            .collect();
        Self { rect, rows }
    }

    /// The legend as a strip `width` wide with its top-left corner at `min`
    /// (the canvas's panel below the diagram): entries left to right, onto
    /// another row when the next would not fit.
    pub fn strip(min: Point, width: f32) -> Self {
        let left = min.x + PAD;
        let right = min.x + width - PAD;
        let mut x = left;
        let mut row = 0usize;
        let mut rows = Vec::with_capacity(EdgeKind::ALL.len());
        for &kind in EdgeKind::ALL.iter() {
            let entry = SAMPLE + 8.0 + text_width(kind.label(), FONT_SIZE);
            if x > left && x + entry > right {
                row += 1;
                x = left;
            }
            let y = min.y + PAD / 2.0 + ROW * (row as f32 + 0.5);
            rows.push(LegendRow {
                kind,
                sample: (Point::new(x, y), Point::new(x + SAMPLE, y)),
                text_at: Point::new(x + SAMPLE + 8.0, y),
                text: kind.label(),
            });
            x += entry + STRIP_GAP;
        }
        let rect = Rect::from_min_size(min, width, PAD + ROW * (row + 1) as f32);
        Self { rect, rows }
    }

    /// The legend to the right of a diagram with `bounds`, top-aligned.
    pub fn beside(bounds: &Rect) -> Self {
        Self::at(Point::new(bounds.max.x + GAP, bounds.min.y))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_strip_wraps_its_entries_and_keeps_them_inside() {
        let wide = Legend::strip(Point::new(0.0, 100.0), 2000.0);
        assert_eq!(wide.rect.height(), PAD + ROW);
        let narrow = Legend::strip(Point::new(0.0, 100.0), 300.0);
        assert!(narrow.rect.height() > wide.rect.height());
        for row in &narrow.rows {
            let end = row.text_at.x + text_width(row.text, FONT_SIZE);
            assert!(row.sample.0.x >= PAD && end <= 300.0 - PAD + 1.0, "{row:?}");
            assert!(narrow.rect.contains(row.sample.0), "{row:?}");
        }
    }
}
