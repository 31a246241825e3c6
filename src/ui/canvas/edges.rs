//! Drawing edges along the routes of the shared geometry: a polyline from
//! border to border with an arrowhead and a style per kind (synchronous
//! solid, asynchronous dashed, replication thick, reads/writes with heads
//! at both ends, depends-on dotted), their labels in the boxes the geometry
//! placed, and hit-testing for clicks.

use egui::{Painter, Pos2, Rect, Shape, Stroke, Vec2};

use super::layout::Layout;
use super::text::{TextCache, TextKey};
use crate::design::{EdgeId, EdgeKind};
use crate::geometry::metrics::EDGE_LABEL_PAD;
use crate::geometry::{EdgeRoute, segment_distance};
use crate::ui::theme::{self, CanvasColours};

/// A straight piece of line on screen (the legend's samples, previews).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Segment {
    pub from: Pos2,
    pub to: Pos2,
}

/// The bounds of a polyline.
pub fn bounds(points: &[Pos2]) -> Rect {
    Rect::from_points(points)
}

fn direction(from: Pos2, to: Pos2) -> Vec2 {
    (to - from).normalized()
}

/// Draws one edge along `points` (screen); `selected` draws it in the
/// selection colour.
pub fn draw_edge(
    painter: &Painter,
    colours: &CanvasColours,
    kind: EdgeKind,
    points: &[Pos2],
    zoom: f32,
    selected: bool,
) {
    let n = points.len();
    if n < 2 {
        return;
    }
    let stroke = edge_stroke(colours, kind, zoom, selected);
    let scale = zoom.clamp(0.4, 1.6);
    let head = theme::ARROW_LENGTH * scale;
    let mut line_points = points.to_vec();
    line_points[n - 1] = back(points[n - 2], points[n - 1], head * 0.8);
    if kind == EdgeKind::ReadsWrites {
        line_points[0] = back(points[1], points[0], head * 0.8);
    }
    line(painter, kind, line_points, stroke, scale);
    arrowhead(painter, points[n - 2], points[n - 1], kind, stroke, scale);
    if kind == EdgeKind::ReadsWrites {
        arrowhead(painter, points[1], points[0], kind, stroke, scale);
    }
}

/// The stroke of an edge of `kind` at `zoom`.
pub fn edge_stroke(colours: &CanvasColours, kind: EdgeKind, zoom: f32, selected: bool) -> Stroke {
    let scale = zoom.clamp(0.4, 1.6);
    let colour = if selected {
        colours.selection
    } else {
        colours.edge
    };
    let width = theme::edge_width(kind) * scale + if selected { 1.0 } else { 0.0 };
    Stroke::new(width, colour)
}

/// The point `by` before `tip` on the leg from `tail` (the tail itself when
/// the leg is shorter).
fn back(tail: Pos2, tip: Pos2, by: f32) -> Pos2 {
    if (tip - tail).length() <= by {
        return tail;
    }
    tip - direction(tail, tip) * by
}

fn line(painter: &Painter, kind: EdgeKind, points: Vec<Pos2>, stroke: Stroke, scale: f32) {
    match kind {
        EdgeKind::AsyncMessage => {
            let dash = theme::DASH_LENGTH * scale;
            let gap = theme::DASH_GAP * scale;
            painter.extend(Shape::dashed_line(&points, stroke, dash, gap));
        }
        EdgeKind::DependsOn => {
            let gap = theme::DASH_GAP * scale * 0.8;
            painter.extend(Shape::dotted_line(&points, stroke.color, gap, stroke.width));
        }
        EdgeKind::SyncCall | EdgeKind::Replication | EdgeKind::ReadsWrites => {
            painter.add(Shape::line(points, stroke));
        }
    }
}

/// A head at `tip` pointing away from `tail`: filled for calls and data,
/// open (two strokes) for messages and dependencies.
fn arrowhead(painter: &Painter, tail: Pos2, tip: Pos2, kind: EdgeKind, stroke: Stroke, scale: f32) {
    let dir = direction(tail, tip);
    let big = kind == EdgeKind::Replication;
    let length = theme::ARROW_LENGTH * scale * if big { 1.3 } else { 1.0 };
    let half = theme::ARROW_HALF_WIDTH * scale * if big { 1.4 } else { 1.0 };
    let base = tip - dir * length;
    let left = base + dir.rot90() * half;
    let right = base - dir.rot90() * half;
    match kind {
        EdgeKind::AsyncMessage | EdgeKind::DependsOn => {
            let open = Stroke::new(stroke.width.max(1.5), stroke.color);
            painter.line_segment([left, tip], open);
            painter.line_segment([right, tip], open);
        }
        _ => {
            painter.add(Shape::convex_polygon(
                vec![tip, left, right],
                stroke.color,
                Stroke::NONE,
            ));
        }
    }
}

/// The edge's label in the box the geometry placed it in (drawn after the
/// nodes). Returns the box on screen when the label shows less than its
/// whole text (shortened by the geometry, or by the font), for the hover.
pub fn draw_label(
    painter: &Painter,
    cache: &mut TextCache,
    colours: &CanvasColours,
    route: &EdgeRoute,
    layout: &Layout,
) -> Option<Rect> {
    let label = route.label.as_ref()?;
    let zoom = layout.t.zoom;
    if theme::EDGE_LABEL_FONT_SIZE * zoom < theme::MIN_TEXT_POINTS {
        return None;
    }
    let rect = layout.screen(&label.rect);
    let (pad_x, _) = EDGE_LABEL_PAD;
    let galley = cache.line(
        painter,
        TextKey::EdgeLabel(route.id.0),
        &label.text,
        theme::canvas_font(theme::EDGE_LABEL_FONT_SIZE, zoom),
        colours.weak_text,
        (rect.width() - pad_x * zoom).max(1.0),
    );
    painter.rect_filled(rect, 3.0 * zoom.min(1.0), colours.label_fill);
    let at = rect.center() - galley.size() / 2.0;
    let elided = galley.elided;
    painter.galley(at, galley, colours.weak_text);
    (label.shortened || elided).then_some(rect)
}

/// The edge under `pos` (screen), the closest within the hit distance.
pub fn edge_at(layout: &Layout, pos: Pos2) -> Option<EdgeId> {
    let p = layout.t.to_canvas(pos);
    let reach = theme::EDGE_HIT_DISTANCE / layout.t.zoom;
    layout
        .geometry
        .edges
        .iter()
        .filter_map(|e| {
            let d = distance(e, p);
            (d <= reach).then_some((d, e.id))
        })
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, id)| id)
}

/// Distance from `p` (canvas units) to the route of `e`.
fn distance(e: &EdgeRoute, p: crate::design::Point) -> f32 {
    e.points
        .windows(2)
        .map(|w| segment_distance(p, w[0], w[1]))
        .fold(f32::INFINITY, f32::min)
}

/// A short sample of an edge kind, for the legend.
pub fn draw_sample(painter: &Painter, colours: &CanvasColours, kind: EdgeKind, seg: Segment) {
    draw_edge(painter, colours, kind, &[seg.from, seg.to], 1.0, false);
}

/// A straight preview line while a connection is being drawn.
pub fn draw_preview(painter: &Painter, colours: &CanvasColours, from: Pos2, to: Pos2) {
    let stroke = Stroke::new(2.0, colours.selection);
    painter.extend(Shape::dashed_line(&[from, to], stroke, 6.0, 4.0));
    painter.circle_filled(to, 4.0, colours.selection);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::design::Point;

    fn route() -> EdgeRoute {
        EdgeRoute {
            id: EdgeId(7),
            kind: EdgeKind::SyncCall,
            points: vec![
                Point::new(0.0, 0.0),
                Point::new(100.0, 0.0),
                Point::new(100.0, 100.0),
            ],
            label: None,
            label_hidden: false,
        }
    }

    #[test]
    fn the_distance_to_a_route_is_to_its_nearest_leg() {
        let r = route();
        assert!((distance(&r, Point::new(50.0, 3.0)) - 3.0).abs() < 1e-4);
        assert!((distance(&r, Point::new(104.0, 60.0)) - 4.0).abs() < 1e-4);
        let far = distance(&r, Point::new(50.0, 50.0));
        assert!((far - 50.0).abs() < 1e-4, "{far}");
    }

    #[test]
    fn the_line_stops_short_of_the_arrowhead() {
        let p = back(Pos2::new(0.0, 0.0), Pos2::new(100.0, 0.0), 8.0);
        assert!((p.x - 92.0).abs() < 1e-4);
        assert_eq!(
            back(Pos2::new(0.0, 0.0), Pos2::new(5.0, 0.0), 8.0),
            Pos2::new(0.0, 0.0)
        );
    }
}
