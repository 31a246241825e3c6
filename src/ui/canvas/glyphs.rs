//! Small vector glyphs for node kinds (a cylinder for a database, a monitor
//! for a client...), drawn with shapes so they scale with the zoom and need
//! no icon font.

use egui::{Color32, Painter, Pos2, Rect, Shape, Stroke, pos2, vec2};

use crate::catalog::blocks::BlockKind;

/// What a node's glyph shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Glyph {
    Pattern,
    Block(BlockKind),
}

/// Draws `glyph` inside the square `rect`.
pub fn draw_glyph(painter: &Painter, glyph: Glyph, rect: Rect, colour: Color32) {
    let stroke = Stroke::new((rect.width() / 10.0).max(1.0), colour);
    match glyph {
        Glyph::Pattern => pattern(painter, rect, colour),
        Glyph::Block(BlockKind::Service) => service(painter, rect, stroke),
        Glyph::Block(BlockKind::Database) => database(painter, rect, stroke),
        Glyph::Block(BlockKind::Queue) => queue(painter, rect, stroke, colour),
        Glyph::Block(BlockKind::Cache) => cache(painter, rect, colour),
        Glyph::Block(BlockKind::Client) => client(painter, rect, stroke),
        Glyph::Block(BlockKind::ExternalSystem) => external(painter, rect, stroke),
    }
}

fn at(rect: Rect, x: f32, y: f32) -> Pos2 {
    rect.min + vec2(x * rect.width(), y * rect.height())
}

/// A diamond: a pattern from the catalog.
fn pattern(painter: &Painter, rect: Rect, colour: Color32) {
    let points = vec![
        at(rect, 0.5, 0.05),
        at(rect, 0.95, 0.5),
        at(rect, 0.5, 0.95),
        at(rect, 0.05, 0.5),
    ];
    painter.add(Shape::convex_polygon(points, colour, Stroke::NONE));
}

/// A box with a header line: a deployable service.
fn service(painter: &Painter, rect: Rect, stroke: Stroke) {
    let inner = rect.shrink(rect.width() * 0.08);
    painter.rect_stroke(inner, 2.0, stroke, egui::StrokeKind::Middle);
    let y = inner.top() + inner.height() * 0.32;
    painter.line_segment([pos2(inner.left(), y), pos2(inner.right(), y)], stroke);
}

/// A cylinder: a database.
fn database(painter: &Painter, rect: Rect, stroke: Stroke) {
    let rx = rect.width() * 0.4;
    let ry = rect.height() * 0.14;
    let top = at(rect, 0.5, 0.2);
    let bottom = at(rect, 0.5, 0.8);
    painter.add(Shape::ellipse_stroke(top, vec2(rx, ry), stroke));
    painter.line_segment([top - vec2(rx, 0.0), bottom - vec2(rx, 0.0)], stroke);
    painter.line_segment([top + vec2(rx, 0.0), bottom + vec2(rx, 0.0)], stroke);
    let arc: Vec<Pos2> = (0..=12)
        .map(|i| {
            let a = std::f32::consts::PI * i as f32 / 12.0;
            bottom + vec2(rx * a.cos(), ry * a.sin())
        })
        .collect();
    painter.add(Shape::line(arc, stroke));
}

/// Three slots in a row: a queue or topic.
fn queue(painter: &Painter, rect: Rect, stroke: Stroke, colour: Color32) {
    let outer = Rect::from_min_max(at(rect, 0.05, 0.25), at(rect, 0.95, 0.75));
    painter.rect_stroke(outer, 2.0, stroke, egui::StrokeKind::Middle);
    for i in 0..3 {
        let x = 0.16 + 0.26 * i as f32;
        let slot = Rect::from_min_max(at(rect, x, 0.35), at(rect, x + 0.16, 0.65));
        painter.rect_filled(slot, 1.0, colour);
    }
}

/// A lightning bolt: a cache.
fn cache(painter: &Painter, rect: Rect, colour: Color32) {
    let upper = vec![
        at(rect, 0.6, 0.02),
        at(rect, 0.2, 0.58),
        at(rect, 0.52, 0.58),
    ];
    let lower = vec![
        at(rect, 0.48, 0.42),
        at(rect, 0.8, 0.42),
        at(rect, 0.4, 0.98),
    ];
    painter.add(Shape::convex_polygon(upper, colour, Stroke::NONE));
    painter.add(Shape::convex_polygon(lower, colour, Stroke::NONE));
}

/// A monitor on a stand: a client application.
fn client(painter: &Painter, rect: Rect, stroke: Stroke) {
    let screen = Rect::from_min_max(at(rect, 0.05, 0.12), at(rect, 0.95, 0.7));
    painter.rect_stroke(screen, 2.0, stroke, egui::StrokeKind::Middle);
    painter.line_segment([at(rect, 0.5, 0.7), at(rect, 0.5, 0.88)], stroke);
    painter.line_segment([at(rect, 0.28, 0.9), at(rect, 0.72, 0.9)], stroke);
}

/// A globe: a system someone else runs.
fn external(painter: &Painter, rect: Rect, stroke: Stroke) {
    let centre = rect.center();
    let r = rect.width() * 0.42;
    painter.circle_stroke(centre, r, stroke);
    painter.add(Shape::ellipse_stroke(centre, vec2(r * 0.45, r), stroke));
    painter.line_segment([centre - vec2(r, 0.0), centre + vec2(r, 0.0)], stroke);
}
