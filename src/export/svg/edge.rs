//! Connections as the canvas draws them: one style per kind (synchronous
//! solid, asynchronous dashed, replication thick, reads/writes with heads
//! at both ends, depends-on dotted), the route from the shared geometry,
//! and the label in its placed box.

use std::fmt::Write;

use super::xml::{escape, num};
use crate::design::{EdgeKind, Point};
use crate::geometry::colours::Palette;
use crate::geometry::metrics::{
    ARROW_HALF_WIDTH, ARROW_LENGTH, DASH_GAP, DASH_LENGTH, EDGE_LABEL_FONT_SIZE, edge_width,
};
use crate::geometry::{EdgeLabel, EdgeRoute};

/// Appends the line and heads of one edge.
pub fn edge(out: &mut String, route: &EdgeRoute, palette: &Palette) {
    let colour = palette.edge.hex();
    let _ = write!(out, r#"<g class="edge" data-kind="{}">"#, route.kind.key());
    line(out, route.kind, &route.points, &colour, 1.0);
    out.push_str("</g>");
}

/// A line along `points` in `kind`'s style with its heads.
pub fn line(out: &mut String, kind: EdgeKind, points: &[Point], colour: &str, scale: f32) {
    let (Some(&first), Some(&last)) = (points.first(), points.last()) else {
        return;
    };
    let n = points.len();
    if n < 2 {
        return;
    }
    let head = ARROW_LENGTH
        * scale
        * if kind == EdgeKind::Replication {
            1.3
        } else {
            1.0
        };
    let mut trimmed = points.to_vec();
    trimmed[n - 1] = back(points[n - 2], last, head * 0.8);
    if kind == EdgeKind::ReadsWrites {
        trimmed[0] = back(points[1], first, head * 0.8);
    }
    let d: String = trimmed
        .iter()
        .enumerate()
        .map(|(i, p)| {
            format!(
                "{}{},{}",
                if i == 0 { "M" } else { " L" },
                num(p.x),
                num(p.y)
            )
        })
        .collect();
    let style = match kind {
        EdgeKind::AsyncMessage => format!(
            r#" stroke-dasharray="{} {}""#,
            num(DASH_LENGTH * scale),
            num(DASH_GAP * scale)
        ),
        EdgeKind::DependsOn => format!(
            r#" stroke-dasharray="0.1 {}" stroke-linecap="round""#,
            num(DASH_GAP * scale * 0.8 + 1.2)
        ),
        _ => String::new(),
    };
    let _ = write!(
        out,
        r#"<path d="{d}" fill="none" stroke="{colour}" stroke-width="{}" stroke-linejoin="round"{style}/>"#,
        num(edge_width(kind) * scale)
    );
    arrowhead(out, points[n - 2], last, kind, colour, scale);
    if kind == EdgeKind::ReadsWrites {
        arrowhead(out, points[1], first, kind, colour, scale);
    }
}

/// The point `by` before `tip` on the leg from `tail`.
fn back(tail: Point, tip: Point, by: f32) -> Point {
    let (dx, dy) = (tip.x - tail.x, tip.y - tail.y);
    let len = (dx * dx + dy * dy).sqrt();
    if len <= by || len <= f32::EPSILON {
        return tail;
    }
    Point::new(tip.x - dx / len * by, tip.y - dy / len * by)
}

/// A head at `tip` pointing away from `tail`: filled for calls and data,
/// open for messages and dependencies.
fn arrowhead(out: &mut String, tail: Point, tip: Point, kind: EdgeKind, colour: &str, scale: f32) {
    let (dx, dy) = (tip.x - tail.x, tip.y - tail.y);
    let len = (dx * dx + dy * dy).sqrt();
    if len <= f32::EPSILON {
        return;
    }
    let (ux, uy) = (dx / len, dy / len);
    let big = kind == EdgeKind::Replication;
    let length = ARROW_LENGTH * scale * if big { 1.3 } else { 1.0 };
    let half = ARROW_HALF_WIDTH * scale * if big { 1.4 } else { 1.0 };
    let base = Point::new(tip.x - ux * length, tip.y - uy * length);
    let left = Point::new(base.x - uy * half, base.y + ux * half);
    let right = Point::new(base.x + uy * half, base.y - ux * half);
    let pts = format!(
        "{},{} {},{} {},{}",
        num(left.x),
        num(left.y),
        num(tip.x),
        num(tip.y),
        num(right.x),
        num(right.y)
    );
    let _ = match kind {
        EdgeKind::AsyncMessage | EdgeKind::DependsOn => write!(
            out,
            r#"<polyline points="{pts}" fill="none" stroke="{colour}" stroke-width="{}"/>"#,
            num(edge_width(kind).max(1.5) * scale)
        ),
        _ => write!(out, r#"<polygon points="{pts}" fill="{colour}"/>"#),
    };
}

/// Appends an edge's label box; the whole text is its hover title.
pub fn label(out: &mut String, label: &EdgeLabel, full: &str, palette: &Palette) {
    let r = &label.rect;
    let _ = write!(
        out,
        r#"<g class="edge-label"><title>{}</title><rect x="{}" y="{}" width="{}" height="{}" rx="3" fill="{}" fill-opacity="{:.3}"/><text x="{}" y="{}" font-size="{}" fill="{}" text-anchor="middle">{}</text></g>"#,
        escape(full),
        num(r.min.x),
        num(r.min.y),
        num(r.width()),
        num(r.height()),
        palette.label_fill.hex(),
        palette.label_fill.opacity(),
        num(r.center().x),
        num(r.center().y + EDGE_LABEL_FONT_SIZE * 0.35),
        num(EDGE_LABEL_FONT_SIZE),
        palette.weak_text.hex(),
        escape(&label.text)
    );
}
