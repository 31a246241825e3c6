//! The node-kind glyphs of the canvas (`ui/canvas/glyphs.rs`) as SVG: a
//! diamond for a pattern, a cylinder for a database, slots for a queue...
//! drawn in a square at the same place on the card.

use std::fmt::Write;

use super::xml::num;
use crate::catalog::blocks::BlockKind;
use crate::geometry::Rect;

/// Appends the glyph for `block` (`None`: a pattern) inside `r` in `colour`.
pub fn glyph(out: &mut String, block: Option<BlockKind>, r: &Rect, colour: &str) {
    let at = |x: f32, y: f32| {
        format!(
            "{},{}",
            num(r.min.x + x * r.width()),
            num(r.min.y + y * r.height())
        )
    };
    let w = r.width();
    let stroke = format!(
        r#"fill="none" stroke="{colour}" stroke-width="{}""#,
        num((w / 10.0).max(1.0))
    );
    let _ = match block {
        None => write!(
            out,
            r#"<polygon points="{} {} {} {}" fill="{colour}"/>"#,
            at(0.5, 0.05),
            at(0.95, 0.5),
            at(0.5, 0.95),
            at(0.05, 0.5)
        ),
        Some(BlockKind::Service) => write!(
            out,
            r#"<rect x="{}" y="{}" width="{}" height="{}" rx="2" {stroke}/><path d="M{} L{}" {stroke}/>"#,
            num(r.min.x + w * 0.08),
            num(r.min.y + w * 0.08),
            num(w * 0.84),
            num(w * 0.84),
            at(0.08, 0.35),
            at(0.92, 0.35)
        ),
        Some(BlockKind::Database) => write!(
            out,
            r#"<ellipse cx="{}" cy="{}" rx="{}" ry="{}" {stroke}/><path d="M{} L{} A{},{} 0 0 0 {} L{}" {stroke}/>"#,
            num(r.min.x + w * 0.5),
            num(r.min.y + w * 0.2),
            num(w * 0.4),
            num(w * 0.14),
            at(0.1, 0.2),
            at(0.1, 0.8),
            num(w * 0.4),
            num(w * 0.14),
            at(0.9, 0.8),
            at(0.9, 0.2)
        ),
        Some(BlockKind::Queue) => {
            let slots: String = (0..3)
                .map(|i| {
                    let x = 0.16 + 0.26 * i as f32;
                    format!(
                        r#"<rect x="{}" y="{}" width="{}" height="{}" fill="{colour}"/>"#,
                        num(r.min.x + x * w),
                        num(r.min.y + 0.35 * w),
                        num(0.16 * w),
                        num(0.3 * w)
                    )
                })
                .collect();
            write!(
                out,
                r#"<rect x="{}" y="{}" width="{}" height="{}" rx="2" {stroke}/>{slots}"#,
                num(r.min.x + 0.05 * w),
                num(r.min.y + 0.25 * w),
                num(0.9 * w),
                num(0.5 * w)
            )
        }
        Some(BlockKind::Cache) => write!(
            out,
            r#"<polygon points="{} {} {}" fill="{colour}"/><polygon points="{} {} {}" fill="{colour}"/>"#,
            at(0.6, 0.02),
            at(0.2, 0.58),
            at(0.52, 0.58),
            at(0.48, 0.42),
            at(0.8, 0.42),
            at(0.4, 0.98)
        ),
        Some(BlockKind::Client) => write!(
            out,
            r#"<rect x="{}" y="{}" width="{}" height="{}" rx="2" {stroke}/><path d="M{} L{} M{} L{}" {stroke}/>"#,
            num(r.min.x + 0.05 * w),
            num(r.min.y + 0.12 * w),
            num(0.9 * w),
            num(0.58 * w),
            at(0.5, 0.7),
            at(0.5, 0.88),
            at(0.28, 0.9),
            at(0.72, 0.9)
        ),
        Some(BlockKind::ExternalSystem) => write!(
            out,
            r#"<circle cx="{cx}" cy="{cy}" r="{r}" {stroke}/><ellipse cx="{cx}" cy="{cy}" rx="{rx}" ry="{r}" {stroke}/><path d="M{} L{}" {stroke}/>"#,
            at(0.08, 0.5),
            at(0.92, 0.5),
            cx = num(r.min.x + w * 0.5),
            cy = num(r.min.y + w * 0.5),
            r = num(w * 0.42),
            rx = num(w * 0.19),
        ),
    };
}
