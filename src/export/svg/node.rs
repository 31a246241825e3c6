//! A node card as the canvas draws it: shadow, card, category stripe, kind
//! glyph, label on up to two rows, detail line, complexity dots and the
//! review marker.

use std::fmt::Write;

use super::glyph::glyph;
use super::xml::{escape, num};
use crate::design::Point;
use crate::design::{Finding, Node, Severity};
use crate::geometry::colours::{self, Palette};
use crate::geometry::facts::NodeFacts;
use crate::geometry::metrics::{
    COMPLEXITY_DOT, DETAIL_FONT_SIZE, GLYPH_SIZE, LABEL_FONT_SIZE, MARKER_RADIUS, NODE_CORNER,
    NODE_PADDING, NODE_STRIPE, fit_line, line_height, wrap_rows,
};
use crate::geometry::{NodeBox, Rect};

/// Appends `<g class="node">` for one node.
pub fn node(
    out: &mut String,
    node: &Node,
    b: &NodeBox,
    facts: &NodeFacts,
    findings: &[&Finding],
    palette: &Palette,
) {
    let r = &b.rect;
    let (x, y, w, h) = (num(r.min.x), num(r.min.y), num(r.width()), num(r.height()));
    let _ = write!(
        out,
        r#"<g class="node" id="{}"><title>{}</title>"#,
        node.id,
        escape(&node.label)
    );
    let _ = write!(
        out,
        r#"<rect x="{x}" y="{}" width="{w}" height="{h}" rx="{c}" fill="{}" fill-opacity="{}"/>"#,
        num(r.min.y + 2.0),
        palette.shadow.hex(),
        num_opacity(palette.shadow.opacity()),
        c = num(NODE_CORNER)
    );
    let _ = write!(
        out,
        r#"<rect x="{x}" y="{y}" width="{w}" height="{h}" rx="{c}" fill="{}" stroke="{}"/>"#,
        palette.node_fill.hex(),
        palette.node_stroke.hex(),
        c = num(NODE_CORNER)
    );
    let stripe = facts.stripe.hex();
    // The stripe's outer corners follow the card's, as on the canvas.
    let (s, c) = (NODE_STRIPE, NODE_CORNER.min(NODE_STRIPE));
    let _ = write!(
        out,
        r#"<path d="M{},{} V{} H{} A{c},{c} 0 0 1 {},{} V{} A{c},{c} 0 0 1 {},{} Z" fill="{stripe}"/>"#,
        num(r.min.x + s),
        y,
        num(r.max.y),
        num(r.min.x + c),
        x,
        num(r.max.y - c),
        num(r.min.y + c),
        num(r.min.x + c),
        y,
        c = num(c),
    );
    contents(out, node, r, facts, palette);
    marker(out, r, findings);
    out.push_str("</g>");
}

fn num_opacity(v: f32) -> String {
    format!("{:.3}", v)
}

/// Glyph, label and detail line, laid out as on the canvas.
fn contents(out: &mut String, node: &Node, r: &Rect, facts: &NodeFacts, palette: &Palette) {
    let pad = NODE_PADDING;
    let left = r.min.x + NODE_STRIPE + pad;
    let text_left = left + GLYPH_SIZE + pad * 0.7;
    let dots = if facts.complexity.is_some() {
        15.0 * COMPLEXITY_DOT
    } else {
        0.0
    };
    let detail = fit_line(&facts.detail, DETAIL_FONT_SIZE, r.max.x - pad - left - dots);
    let detail_h = line_height(DETAIL_FONT_SIZE);
    let detail_top = r.max.y - pad * 0.8 - detail_h;
    let rows = wrap_rows(&node.label, LABEL_FONT_SIZE, r.max.x - pad - text_left, 2);
    let row_h = LABEL_FONT_SIZE * 1.2;
    let top = if rows.len() > 1 {
        r.min.y + pad * 0.8
    } else {
        (r.min.y + detail_top - row_h) / 2.0
    };
    let glyph_rect = Rect::from_min_size(
        Point::new(left, top + (row_h - GLYPH_SIZE) / 2.0),
        GLYPH_SIZE,
        GLYPH_SIZE,
    );
    glyph(out, facts.block, &glyph_rect, &facts.stripe.hex());
    let _ = write!(
        out,
        r#"<text class="label" x="{}" font-size="{}" fill="{}">"#,
        num(text_left),
        num(LABEL_FONT_SIZE),
        palette.text.hex()
    );
    for (i, row) in rows.iter().enumerate() {
        let baseline = top + row_h * i as f32 + LABEL_FONT_SIZE * 0.95;
        let _ = write!(
            out,
            r#"<tspan x="{}" y="{}">{}</tspan>"#,
            num(text_left),
            num(baseline),
            escape(row)
        );
    }
    out.push_str("</text>");
    let _ = write!(
        out,
        r#"<text class="detail" x="{}" y="{}" font-size="{}" fill="{}">{}</text>"#,
        num(left),
        num(detail_top + DETAIL_FONT_SIZE),
        num(DETAIL_FONT_SIZE),
        palette.weak_text.hex(),
        escape(&detail)
    );
    if let Some(complexity) = facts.complexity {
        let cy = detail_top + detail_h / 2.0;
        for i in 0..5u8 {
            let cx = r.max.x - pad - COMPLEXITY_DOT - f32::from(4 - i) * COMPLEXITY_DOT * 3.0;
            let paint = if i < complexity {
                format!(r#"fill="{}""#, palette.weak_text.hex())
            } else {
                format!(r#"fill="{}""#, palette.node_stroke.hex())
            };
            let _ = write!(
                out,
                r#"<circle cx="{}" cy="{}" r="{}" {paint}/>"#,
                num(cx),
                num(cy),
                num(COMPLEXITY_DOT)
            );
        }
    }
}

/// The review marker on the top-right corner: the worst severity's colour
/// and the number of findings.
fn marker(out: &mut String, r: &Rect, findings: &[&Finding]) {
    let Some(worst) = findings.iter().map(|f| f.severity).max() else {
        return;
    };
    let radius = MARKER_RADIUS;
    let (cx, cy) = (r.max.x - radius * 0.4, r.min.y + radius * 0.4);
    let text = if worst == Severity::Info {
        "i".to_owned()
    } else {
        findings.len().to_string()
    };
    let _ = write!(
        out,
        r##"<g class="marker"><circle cx="{}" cy="{}" r="{}" fill="{}" stroke="#ffffff" stroke-width="1.5"/><text x="{}" y="{}" font-size="{}" fill="#ffffff" text-anchor="middle">{}</text></g>"##,
        num(cx),
        num(cy),
        num(radius),
        colours::severity(worst).hex(),
        num(cx),
        num(cy + radius * 0.45),
        num(radius * 1.3),
        text
    );
}
