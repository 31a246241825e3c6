//! Drawing nodes: a card with the category stripe, the kind glyph, the label,
//! a detail line (pattern or block and what it carries), complexity dots and,
//! when the review found something, a marker.

use egui::{Color32, CornerRadius, Painter, Pos2, Rect, Stroke, StrokeKind, pos2, vec2};

use super::glyphs::{self, Glyph};
use super::text::{TextCache, TextKey};
use crate::catalog::Catalog;
use crate::design::{Finding, Node, Severity};
use crate::geometry::metrics::NODE_HEIGHT;
use crate::ui::theme::{self, CanvasColours};

/// How a node looks this frame.
#[derive(Debug, Clone, Copy, Default)]
pub struct NodeLook {
    pub selected: bool,
    pub hovered: bool,
    /// A connection being drawn would end here.
    pub target: bool,
}

/// What the catalog says about a node, for drawing (the shared
/// `geometry::facts`, in egui's colours).
pub struct NodeFacts {
    pub stripe: Color32,
    pub glyph: Glyph,
    pub detail: String,
    pub complexity: Option<u8>,
}

/// The stripe, glyph, detail line and complexity of `node`.
pub fn facts(node: &Node, catalog: &Catalog) -> NodeFacts {
    let facts = crate::geometry::facts::facts(node, catalog);
    NodeFacts {
        stripe: colour(facts.stripe),
        glyph: facts.block.map_or(Glyph::Pattern, Glyph::Block),
        detail: facts.detail,
        complexity: facts.complexity,
    }
}

/// The category colour of `node`'s stripe (all there is of a speck),
/// without the rest of its facts.
pub fn stripe(node: &Node, catalog: &Catalog) -> Color32 {
    colour(crate::geometry::facts::stripe(node, catalog))
}

/// A colour of the shared geometry as egui's.
fn colour(rgba: crate::geometry::colours::Rgba) -> Color32 {
    let [r, g, b, a] = rgba.0;
    Color32::from_rgba_unmultiplied(r, g, b, a)
}

/// Narrower than this on screen, a node is a speck of its category's
/// colour: no card, no text.
const SPECK_WIDTH: f32 = 24.0;

/// Whether a node drawn in `rect` (screen) is a speck.
pub fn is_speck(rect: Rect) -> bool {
    rect.width() < SPECK_WIDTH
}

/// The zoom a node's screen rectangle is drawn at (every node has the
/// same height; the width follows the label).
fn zoom_of(rect: Rect) -> f32 {
    rect.height() / NODE_HEIGHT
}

/// Draws one node card in `rect` (screen points).
pub fn draw_node(
    painter: &Painter,
    cache: &mut TextCache,
    colours: &CanvasColours,
    node: &Node,
    facts: &NodeFacts,
    rect: Rect,
    look: NodeLook,
) {
    let zoom = zoom_of(rect);
    let corner = CornerRadius::same(scaled_u8(theme::NODE_CORNER * zoom));
    if is_speck(rect) {
        // A speck of its category's colour: two triangles, where a
        // rectangle with anti-aliased edges takes ten. (Zoomed far out,
        // specks are painted into the far picture instead.)
        let mut speck = egui::Mesh::default();
        speck.add_colored_rect(rect, facts.stripe);
        painter.add(speck);
        return;
    }
    painter.rect_filled(
        rect.translate(vec2(0.0, 2.0 * zoom)),
        corner,
        colours.shadow,
    );
    painter.rect_filled(rect, corner, colours.node_fill);
    let stripe = Rect::from_min_max(
        rect.min,
        pos2(rect.min.x + theme::NODE_STRIPE * zoom, rect.max.y),
    );
    let stripe_corner = CornerRadius {
        nw: corner.nw,
        sw: corner.sw,
        ne: 0,
        se: 0,
    };
    painter.rect_filled(stripe, stripe_corner, facts.stripe);
    let outline = if look.selected || look.target {
        colours.selection_stroke()
    } else if look.hovered {
        Stroke::new(1.5, colours.weak_text)
    } else {
        Stroke::new(1.0, colours.node_stroke)
    };
    painter.rect_stroke(rect, corner, outline, StrokeKind::Inside);
    if theme::LABEL_FONT_SIZE * zoom >= theme::MIN_TEXT_POINTS {
        draw_contents(painter, cache, colours, node, facts, rect, zoom);
    }
}

fn draw_contents(
    painter: &Painter,
    cache: &mut TextCache,
    colours: &CanvasColours,
    node: &Node,
    facts: &NodeFacts,
    rect: Rect,
    zoom: f32,
) {
    let pad = theme::NODE_PADDING * zoom;
    let left = rect.min.x + theme::NODE_STRIPE * zoom + pad;
    let detail_bottom = draw_detail(painter, cache, colours, node, facts, rect, zoom);
    let glyph_size = theme::GLYPH_SIZE * zoom;
    let text_left = left + glyph_size + pad * 0.7;
    let font = theme::canvas_font(theme::LABEL_FONT_SIZE, zoom);
    let row = font.size * 1.2;
    let label = cache.rows(
        painter,
        TextKey::NodeLabel(node.id.0),
        &node.label,
        (font, colours.text),
        (rect.max.x - pad - text_left).max(1.0),
        2,
    );
    // One row sits in the middle of the space above the detail line; two
    // rows start at the top.
    let top = if label.rows.len() > 1 {
        rect.min.y + pad * 0.8
    } else {
        (rect.min.y + detail_bottom - label.size().y) / 2.0
    };
    let glyph = Rect::from_min_size(
        pos2(left, top + (row - glyph_size) / 2.0),
        vec2(glyph_size, glyph_size),
    );
    glyphs::draw_glyph(painter, facts.glyph, glyph, facts.stripe);
    painter.galley(pos2(text_left, top), label, colours.text);
}

/// The detail line and complexity dots at the bottom; returns the top of
/// the line.
fn draw_detail(
    painter: &Painter,
    cache: &mut TextCache,
    colours: &CanvasColours,
    node: &Node,
    facts: &NodeFacts,
    rect: Rect,
    zoom: f32,
) -> f32 {
    let pad = theme::NODE_PADDING * zoom;
    let left = rect.min.x + theme::NODE_STRIPE * zoom + pad;
    let dots = if facts.complexity.is_some() {
        5.0 * 3.0 * theme::COMPLEXITY_DOT * zoom
    } else {
        0.0
    };
    let detail = cache.line(
        painter,
        TextKey::NodeDetail(node.id.0),
        &facts.detail,
        theme::canvas_font(theme::DETAIL_FONT_SIZE, zoom),
        colours.weak_text,
        (rect.max.x - pad - left - dots).max(1.0),
    );
    let pos = pos2(left, rect.max.y - pad * 0.8 - detail.size().y);
    let middle = pos.y + detail.size().y / 2.0;
    painter.galley(pos, detail, colours.weak_text);
    if let Some(complexity) = facts.complexity {
        complexity_dots(painter, colours, rect.max.x - pad, middle, complexity, zoom);
    }
    pos.y
}

/// Five dots, `complexity` of them strong and the rest faint, ending at
/// `right`. Filled discs only: egui draws one from its font atlas in two
/// triangles, where an outlined circle takes about sixty.
fn complexity_dots(
    painter: &Painter,
    colours: &CanvasColours,
    right: f32,
    y: f32,
    complexity: u8,
    zoom: f32,
) {
    let r = theme::COMPLEXITY_DOT * zoom;
    for i in 0..5u8 {
        let x = right - r - f32::from(4 - i) * r * 3.0;
        let centre = pos2(x, y);
        let colour = if i < complexity {
            colours.weak_text
        } else {
            colours.node_stroke
        };
        painter.circle_filled(centre, r, colour);
    }
}

/// A round marker on the top-right corner, in the worst severity's colour,
/// with the number of findings; returns where it was drawn.
pub fn draw_marker(painter: &Painter, rect: Rect, findings: &[&Finding]) -> Option<Rect> {
    let worst = findings.iter().map(|f| f.severity).max()?;
    let zoom = zoom_of(rect);
    let (centre, r) = marker_circle(rect);
    if zoom < theme::EDGE_DETAIL_ZOOM {
        // Zoomed far out, like the edges: a plain dot. The outline would
        // triple the triangles of each marker, and on a large diagram the
        // markers were most of the frame for a software renderer.
        painter.circle_filled(centre, r, theme::severity_colour(worst));
        return Some(Rect::from_center_size(centre, egui::vec2(2.0 * r, 2.0 * r)));
    }
    painter.circle(
        centre,
        r,
        theme::severity_colour(worst),
        Stroke::new(1.5, Color32::WHITE),
    );
    if r >= 6.0 {
        let text = if worst == Severity::Info {
            "i".to_owned()
        } else {
            findings.len().to_string()
        };
        painter.text(
            centre,
            egui::Align2::CENTER_CENTER,
            text,
            egui::FontId::proportional(r * 1.3),
            Color32::WHITE,
        );
    }
    Some(Rect::from_center_size(centre, egui::vec2(2.0 * r, 2.0 * r)))
}

/// The centre and radius of the finding marker of a node in `rect`.
pub fn marker_circle(rect: Rect) -> (Pos2, f32) {
    let r = (theme::MARKER_RADIUS * zoom_of(rect)).max(3.0);
    (pos2(rect.max.x - r * 0.4, rect.min.y + r * 0.4), r)
}

/// Where the finding marker of a node in `rect` is.
pub fn marker_rect(rect: Rect) -> Rect {
    let (centre, r) = marker_circle(rect);
    Rect::from_center_size(centre, egui::vec2(2.0 * r, 2.0 * r))
}

fn scaled_u8(v: f32) -> u8 {
    v.round().clamp(0.0, 255.0) as u8
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::blocks::BlockKind;
    use crate::design::{NodeId, Point};
    use crate::geometry::metrics::NODE_MIN_WIDTH;

    /// The shapes `draw` paints in one frame.
    fn shapes_of(draw: impl FnMut(&mut egui::Ui)) -> Vec<egui::Shape> {
        let ctx = egui::Context::default();
        let mut output = ctx.run_ui(egui::RawInput::default(), draw);
        // No renderer takes the font atlas here.
        output.textures_delta.clear();
        output.shapes.into_iter().map(|c| c.shape).collect()
    }

    /// A node's rectangle at `zoom`.
    fn at_zoom(zoom: f32) -> Rect {
        Rect::from_min_size(pos2(10.0, 10.0), vec2(NODE_MIN_WIDTH, NODE_HEIGHT) * zoom)
    }

    /// The circles and texts a marker paints on a node shown at `zoom`.
    fn marker_shapes(zoom: f32) -> Vec<egui::Shape> {
        let finding = Finding {
            rule: "dual-write".to_owned(),
            severity: Severity::Warning,
            nodes: vec![NodeId(1)],
            edges: Vec::new(),
            message: "Two stores written without a transaction.".to_owned(),
            fix: None,
            fix_at: None,
        };
        shapes_of(|ui| {
            assert!(draw_marker(ui.painter(), at_zoom(zoom), &[&finding]).is_some());
        })
        .into_iter()
        .filter(|s| matches!(s, egui::Shape::Circle(_) | egui::Shape::Text(_)))
        .collect()
    }

    #[test]
    fn markers_are_outlined_and_counted_at_a_readable_zoom() {
        let shapes = marker_shapes(1.0);
        assert_eq!(shapes.len(), 2, "{shapes:?}");
        assert!(matches!(&shapes[0], egui::Shape::Circle(c) if c.stroke.width > 0.0));
        assert!(matches!(&shapes[1], egui::Shape::Text(_)));
    }

    #[test]
    fn markers_are_plain_dots_when_zoomed_far_out() {
        let shapes = marker_shapes(theme::EDGE_DETAIL_ZOOM / 2.0);
        assert_eq!(shapes.len(), 1, "{shapes:?}");
        assert!(matches!(&shapes[0], egui::Shape::Circle(c) if c.stroke.width == 0.0));
    }

    #[test]
    fn nodes_too_small_to_read_are_two_triangles_of_their_colour() {
        let node = Node::block(NodeId(1), BlockKind::Service, "Orders", Point::default());
        let facts = facts(&node, &Catalog::embedded());
        let shapes = shapes_of(|ui| {
            let colours = CanvasColours::of(ui.visuals());
            let mut cache = TextCache::default();
            let look = NodeLook::default();
            draw_node(
                ui.painter(),
                &mut cache,
                &colours,
                &node,
                &facts,
                at_zoom(0.05),
                look,
            );
        });
        assert_eq!(shapes.len(), 1, "{shapes:?}");
        let egui::Shape::Mesh(speck) = &shapes[0] else {
            panic!("{shapes:?}");
        };
        assert_eq!(speck.indices.len(), 6);
        assert!(speck.vertices.iter().all(|v| v.color == facts.stripe));
    }
}
