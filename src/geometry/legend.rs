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

    /// The legend to the right of a diagram with `bounds`, top-aligned.
    pub fn beside(bounds: &Rect) -> Self {
        Self::at(Point::new(bounds.max.x + GAP, bounds.min.y))
    }
}
