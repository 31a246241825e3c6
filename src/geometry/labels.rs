//! Where a connection's label goes: on its route where it covers no node,
//! no group title and no label placed before it. Tried in order: along the
//! edge (the middle of its longest leg, then other points of every leg),
//! then beside the line, then shortened with `…` (the full text stays in
//! the geometry for hover). A label that fits nowhere is not shown.

use super::grid::Grid;
use super::metrics::{
    EDGE_LABEL_FONT_SIZE, EDGE_LABEL_PAD, EDGE_LABEL_WIDTH, fit_line, line_height, text_width,
};
use super::rect::Rect;
use crate::design::Point;

/// Points along a leg, as fractions of its length, in the order tried.
const ALONG: [f32; 5] = [0.5, 0.3, 0.7, 0.15, 0.85];
/// Widths tried, as fractions of the longest label.
const WIDTHS: [f32; 3] = [1.0, 0.6, 0.35];
/// Space kept between a label and what it must not touch.
const CLEAR: f32 = 2.0;

/// A placed label.
#[derive(Debug, Clone, PartialEq)]
pub struct EdgeLabel {
    /// The label's box, background included.
    pub rect: Rect,
    /// The text shown (shortened with `…` when `shortened`).
    pub text: String,
    pub shortened: bool,
}

/// The box of `text` centred on `centre`.
pub fn label_rect(text: &str, centre: Point) -> Rect {
    let (px, py) = EDGE_LABEL_PAD;
    let w = text_width(text, EDGE_LABEL_FONT_SIZE) + 2.0 * px;
    let h = line_height(EDGE_LABEL_FONT_SIZE) + 2.0 * py;
    Rect::from_center_size(centre, w, h)
}

/// Places the label `text` of the edge with `route`, avoiding everything
/// in `blocked`; the placed label is added to `blocked`.
pub fn place(route: &[Point], text: &str, blocked: &mut Grid<()>) -> Option<EdgeLabel> {
    let mut legs: Vec<(Point, Point)> = route.windows(2).map(|p| (p[0], p[1])).collect();
    legs.sort_by(|a, b| length(*b).total_cmp(&length(*a)));
    let mut tried = String::new();
    for fraction in WIDTHS {
        let shown = fit_line(text, EDGE_LABEL_FONT_SIZE, EDGE_LABEL_WIDTH * fraction);
        if shown == tried {
            continue;
        }
        let size = label_rect(&shown, Point::default());
        for side in [0.0, 1.0, -1.0] {
            for &(a, b) in &legs {
                for t in ALONG {
                    let centre = beside(a, b, t, side, &size);
                    let rect = label_rect(&shown, centre);
                    if !blocked.any_overlap(&rect.expand(CLEAR), |()| false) {
                        blocked.insert((), rect);
                        let shortened = shown != text;
                        return Some(EdgeLabel {
                            rect,
                            text: shown,
                            shortened,
                        });
                    }
                }
            }
        }
        tried = shown;
    }
    None
}

fn length((a, b): (Point, Point)) -> f32 {
    (b.x - a.x).abs() + (b.y - a.y).abs()
}

/// The point at `t` along `a`-`b`, moved to one `side` of the line (0: on it)
/// by half the label's extent across the line.
fn beside(a: Point, b: Point, t: f32, side: f32, size: &Rect) -> Point {
    let p = Point::new(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t);
    if side == 0.0 {
        return p;
    }
    let horizontal = (b.x - a.x).abs() >= (b.y - a.y).abs();
    if horizontal {
        Point::new(p.x, p.y + side * (size.height() / 2.0 + 3.0))
    } else {
        Point::new(p.x + side * (size.width() / 2.0 + 3.0), p.y)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_moves_off_a_node_on_its_line() {
        let route = [Point::new(0.0, 0.0), Point::new(400.0, 0.0)];
        let mut blocked = Grid::new();
        blocked.insert(
            (),
            Rect::from_center_size(Point::new(200.0, 0.0), 60.0, 60.0),
        );
        let label = place(&route, "orders", &mut blocked).unwrap();
        assert!(!label.shortened);
        assert!(
            !label
                .rect
                .overlaps(&Rect::from_center_size(Point::new(200.0, 0.0), 60.0, 60.0))
        );
    }

    #[test]
    fn a_crowded_label_is_shortened_then_dropped() {
        let route = [Point::new(0.0, 0.0), Point::new(100.0, 0.0)];
        let mut blocked = Grid::new();
        let long = "a very long label that needs a great deal of room";
        // room for a short label only, above the line
        blocked.insert(
            (),
            Rect::from_min_max(Point::new(-500.0, 0.0), Point::new(500.0, 500.0)),
        );
        blocked.insert(
            (),
            Rect::from_min_max(Point::new(-500.0, -500.0), Point::new(-10.0, 500.0)),
        );
        blocked.insert(
            (),
            Rect::from_min_max(Point::new(110.0, -500.0), Point::new(500.0, 500.0)),
        );
        let label = place(&route, long, &mut blocked).unwrap();
        assert!(label.shortened && label.text.ends_with('…'), "{label:?}");
        blocked.insert(
            (),
            Rect::from_min_max(Point::new(-500.0, -500.0), Point::new(500.0, 500.0)),
        );
        assert_eq!(place(&route, long, &mut blocked), None);
    }
}
