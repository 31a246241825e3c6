//! Drawing edges: a line from border to border with an arrowhead and a style
//! per kind (synchronous solid, asynchronous dashed, replication thick,
//! reads/writes with heads at both ends, depends-on dotted), their labels,
//! and hit-testing for clicks.

use egui::{Painter, Pos2, Rect, Shape, Stroke, Vec2, pos2, vec2};

use super::layout::Layout;
use super::text::{TextCache, TextKey};
use crate::design::{Edge, EdgeKind};
use crate::ui::theme::{self, CanvasColours};

/// The visible segment of an edge, between the borders of its two nodes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Segment {
    pub from: Pos2,
    pub to: Pos2,
}

impl Segment {
    pub fn bounds(&self) -> Rect {
        Rect::from_two_pos(self.from, self.to)
    }

    fn direction(&self) -> Vec2 {
        (self.to - self.from).normalized()
    }

    /// Distance from `p` to the segment.
    pub fn distance(&self, p: Pos2) -> f32 {
        let d = self.to - self.from;
        let len2 = d.length_sq();
        if len2 <= f32::EPSILON {
            return (p - self.from).length();
        }
        let t = ((p - self.from).dot(d) / len2).clamp(0.0, 1.0);
        (p - (self.from + d * t)).length()
    }
}

/// The segment of `edge`, or `None` when an end is missing or the nodes overlap.
pub fn segment(layout: &Layout, edge: &Edge) -> Option<Segment> {
    let a = layout.rect(edge.from)?;
    let b = layout.rect(edge.to)?;
    let mut ca = a.center();
    let mut cb = b.center();
    if edge.from != edge.to && layout.has_edge(edge.to, edge.from) {
        // Two edges in opposite directions: move each to its own side.
        let normal = (cb - ca).normalized().rot90() * (theme::PARALLEL_GAP / 2.0) * layout.t.zoom;
        ca += normal;
        cb += normal;
    }
    let from = border_point(a, ca, cb)?;
    let to = border_point(b, cb, ca)?;
    ((to - from).dot(cb - ca) > 0.0).then_some(Segment { from, to })
}

/// Where the ray from `inside` towards `toward` leaves `rect`.
fn border_point(rect: Rect, inside: Pos2, toward: Pos2) -> Option<Pos2> {
    let d = toward - inside;
    if d.length_sq() <= f32::EPSILON {
        return None;
    }
    let half = rect.size() / 2.0;
    let offset = inside - rect.center();
    let tx = if d.x.abs() > f32::EPSILON {
        ((half.x * d.x.signum()) - offset.x) / d.x
    } else {
        f32::INFINITY
    };
    let ty = if d.y.abs() > f32::EPSILON {
        ((half.y * d.y.signum()) - offset.y) / d.y
    } else {
        f32::INFINITY
    };
    Some(inside + d * tx.min(ty).max(0.0))
}

/// Draws one edge; `selected` draws it in the selection colour.
pub fn draw_edge(
    painter: &Painter,
    colours: &CanvasColours,
    edge: &Edge,
    seg: Segment,
    zoom: f32,
    selected: bool,
) {
    let scale = zoom.clamp(0.4, 1.6);
    let colour = if selected {
        colours.selection
    } else {
        colours.edge
    };
    let width = theme::edge_width(edge.kind) * scale + if selected { 1.0 } else { 0.0 };
    let stroke = Stroke::new(width, colour);
    if zoom < theme::EDGE_DETAIL_ZOOM {
        // Zoomed far out: plain lines (dashes and heads would be a blur).
        painter.line_segment([seg.from, seg.to], stroke);
        return;
    }
    let head = theme::ARROW_LENGTH * scale;
    let end = seg.to - seg.direction() * head * 0.8;
    let start = if edge.kind == EdgeKind::ReadsWrites {
        seg.from + seg.direction() * head * 0.8
    } else {
        seg.from
    };
    line(painter, edge.kind, start, end, stroke, scale);
    arrowhead(painter, seg.from, seg.to, edge.kind, stroke, scale);
    if edge.kind == EdgeKind::ReadsWrites {
        arrowhead(painter, seg.to, seg.from, edge.kind, stroke, scale);
    }
}

fn line(painter: &Painter, kind: EdgeKind, a: Pos2, b: Pos2, stroke: Stroke, scale: f32) {
    match kind {
        EdgeKind::AsyncMessage => {
            let dash = theme::DASH_LENGTH * scale;
            let gap = theme::DASH_GAP * scale;
            painter.extend(Shape::dashed_line(&[a, b], stroke, dash, gap));
        }
        EdgeKind::DependsOn => {
            let gap = theme::DASH_GAP * scale * 0.8;
            painter.extend(Shape::dotted_line(&[a, b], stroke.color, gap, stroke.width));
        }
        EdgeKind::SyncCall | EdgeKind::Replication | EdgeKind::ReadsWrites => {
            painter.line_segment([a, b], stroke);
        }
    }
}

/// A head at `tip` pointing away from `tail`: filled for calls and data,
/// open (two strokes) for messages and dependencies.
fn arrowhead(painter: &Painter, tail: Pos2, tip: Pos2, kind: EdgeKind, stroke: Stroke, scale: f32) {
    let dir = (tip - tail).normalized();
    let length = theme::ARROW_LENGTH
        * scale
        * if kind == EdgeKind::Replication {
            1.3
        } else {
            1.0
        };
    let half = theme::ARROW_HALF_WIDTH
        * scale
        * if kind == EdgeKind::Replication {
            1.4
        } else {
            1.0
        };
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

/// The edge's label beside the middle of its line (drawn after the nodes,
/// so that a short edge's label stays readable).
pub fn draw_label(
    painter: &Painter,
    cache: &mut TextCache,
    colours: &CanvasColours,
    edge: &Edge,
    seg: Segment,
    zoom: f32,
) {
    if edge.label.is_empty() || theme::EDGE_LABEL_FONT_SIZE * zoom < theme::MIN_TEXT_POINTS {
        return;
    }
    let galley = cache.line(
        painter,
        TextKey::EdgeLabel(edge.id.0),
        &edge.label,
        theme::canvas_font(theme::EDGE_LABEL_FONT_SIZE, zoom),
        colours.weak_text,
        theme::EDGE_LABEL_WIDTH * zoom,
    );
    // Beside the line, not on it: above a left-to-right edge, below a
    // right-to-left one, so the labels of two opposite edges do not collide.
    let normal = -seg.direction().rot90();
    let half = galley.size() / 2.0 + vec2(4.0, 1.0) * zoom.min(1.0);
    let offset = half.x * normal.x.abs() + half.y * normal.y.abs() + 2.0;
    let mid = seg.from + (seg.to - seg.from) / 2.0 + normal * offset;
    let rect = Rect::from_center_size(mid, galley.size()).expand2(vec2(4.0, 1.0) * zoom.min(1.0));
    painter.rect_filled(rect, 3.0, colours.label_fill);
    painter.galley(
        pos2(rect.min.x + 4.0 * zoom.min(1.0), rect.min.y + zoom.min(1.0)),
        galley,
        colours.weak_text,
    );
}

/// The edge under `pos`, the closest within the hit distance.
pub fn edge_at<'e>(
    layout: &Layout,
    edges: impl Iterator<Item = &'e Edge>,
    pos: Pos2,
) -> Option<crate::design::EdgeId> {
    edges
        .filter_map(|e| {
            let d = segment(layout, e)?.distance(pos);
            (d <= theme::EDGE_HIT_DISTANCE).then_some((d, e.id))
        })
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, id)| id)
}

/// A short sample of an edge kind, for the legend.
pub fn draw_sample(painter: &Painter, colours: &CanvasColours, kind: EdgeKind, seg: Segment) {
    let stroke = Stroke::new(theme::edge_width(kind), colours.edge);
    let head = theme::ARROW_LENGTH * 0.8;
    let start = if kind == EdgeKind::ReadsWrites {
        seg.from + seg.direction() * head
    } else {
        seg.from
    };
    line(
        painter,
        kind,
        start,
        seg.to - seg.direction() * head,
        stroke,
        1.0,
    );
    arrowhead(painter, seg.from, seg.to, kind, stroke, 1.0);
    if kind == EdgeKind::ReadsWrites {
        arrowhead(painter, seg.to, seg.from, kind, stroke, 1.0);
    }
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

    #[test]
    fn border_points_sit_on_the_rectangle() {
        let rect = Rect::from_center_size(pos2(0.0, 0.0), vec2(100.0, 40.0));
        let p = border_point(rect, rect.center(), pos2(500.0, 0.0)).unwrap();
        assert!((p.x - 50.0).abs() < 1e-3 && p.y.abs() < 1e-3);
        let q = border_point(rect, rect.center(), pos2(0.0, -300.0)).unwrap();
        assert!((q.y + 20.0).abs() < 1e-3);
    }

    #[test]
    fn distance_to_a_segment() {
        let s = Segment {
            from: pos2(0.0, 0.0),
            to: pos2(10.0, 0.0),
        };
        assert!((s.distance(pos2(5.0, 3.0)) - 3.0).abs() < 1e-4);
        assert!((s.distance(pos2(-4.0, 3.0)) - 5.0).abs() < 1e-4);
    }
}
