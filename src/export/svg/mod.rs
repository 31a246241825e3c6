//! Pictures: a candidate drawn as the canvas draws it (the shared
//! `geometry`: node boxes, routes, label positions, legend beside the
//! diagram), as one self-contained SVG. Text is real `<text>` with a font
//! list ending in a generic family; nothing outside the file is referenced;
//! every piece of user text is escaped. Each node is `<g class="node">`,
//! each connection label `class="edge-label"`, each group title
//! `class="group-title"`. `png` rasterises the same SVG.

mod edge;
mod glyph;
mod node;
pub mod png;
mod xml;

use std::fmt::Write;

use crate::catalog::Catalog;
use crate::design::{Candidate, Finding};
use crate::geometry::colours::{Palette, Theme};
use crate::geometry::legend::{self, Legend};
use crate::geometry::metrics::GROUP_FONT_SIZE;
use crate::geometry::{Geometry, Rect, facts::facts};
pub use xml::escape;
use xml::num;

/// The fonts asked for, ending in the generic family every viewer has.
pub const FONT_FAMILY: &str = r#"system-ui, "Segoe UI", "Noto Sans", "DejaVu Sans", sans-serif"#;
/// Space around the drawing.
const MARGIN: f32 = 24.0;

/// How the picture looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SvgOptions {
    pub theme: Theme,
    /// No background: the page or slide shows through.
    pub transparent: bool,
}

/// The SVG picture of `candidate`; `findings` put markers on their nodes.
pub fn candidate_to_svg(
    candidate: &Candidate,
    catalog: &Catalog,
    findings: &[Finding],
    options: SvgOptions,
) -> String {
    let geometry = Geometry::of(candidate);
    let palette = Palette::of(options.theme);
    let diagram = geometry.bounds().unwrap_or_default();
    let legend = Legend::beside(&diagram);
    let view = diagram.union(&legend.rect).expand(MARGIN);
    let mut out =
        String::with_capacity(600 * (candidate.node_count() + candidate.edge_count()) + 2_000);
    header(&mut out, candidate, &view, options, &palette);
    for g in &geometry.groups {
        let r = &g.rect;
        let _ = write!(
            out,
            r#"<g class="group"><rect x="{}" y="{}" width="{}" height="{}" rx="10" fill="{}" fill-opacity="{:.3}" stroke="{}" stroke-width="1.2"/><text class="group-title" x="{}" y="{}" font-size="{}" fill="{}">{}</text></g>"#,
            num(r.min.x),
            num(r.min.y),
            num(r.width()),
            num(r.height()),
            palette.group_fill.hex(),
            palette.group_fill.opacity(),
            palette.group_stroke.hex(),
            num(g.title.min.x),
            num(g.title.min.y + GROUP_FONT_SIZE),
            num(GROUP_FONT_SIZE),
            palette.weak_text.hex(),
            escape(&g.title_text)
        );
    }
    for route in &geometry.edges {
        edge::edge(&mut out, route, &palette);
    }
    for (n, b) in candidate.nodes().zip(&geometry.nodes) {
        let mine: Vec<&Finding> = findings
            .iter()
            .filter(|f| f.nodes.contains(&n.id))
            .collect();
        node::node(&mut out, n, b, &facts(n, catalog), &mine, &palette);
    }
    for (route, e) in geometry
        .edges
        .iter()
        .filter_map(|r| Some((r, candidate.edge(r.id)?)))
    {
        if let Some(label) = &route.label {
            edge::label(&mut out, label, &e.label, &palette);
        }
    }
    legend_svg(&mut out, &legend, &palette);
    out.push_str("</svg>\n");
    out
}

fn header(
    out: &mut String,
    candidate: &Candidate,
    view: &Rect,
    options: SvgOptions,
    palette: &Palette,
) {
    let (w, h) = (view.width().ceil(), view.height().ceil());
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{}" height="{}" viewBox="{} {} {} {}" role="img" aria-labelledby="plinth-title plinth-desc" font-family='{FONT_FAMILY}'>"#,
        num(w),
        num(h),
        num(view.min.x),
        num(view.min.y),
        num(w),
        num(h)
    );
    let _ = write!(
        out,
        r#"<title id="plinth-title">{}</title><desc id="plinth-desc">Candidate design drawn by Plinth: {}, {}, {}.</desc>"#,
        escape(&candidate.name),
        count(candidate.node_count(), "node"),
        count(candidate.edge_count(), "connection"),
        count(candidate.groups().count(), "group")
    );
    if !options.transparent {
        let _ = write!(
            out,
            r#"<rect class="background" x="{}" y="{}" width="{}" height="{}" fill="{}"/>"#,
            num(view.min.x),
            num(view.min.y),
            num(w),
            num(h),
            palette.background.hex()
        );
    }
}

/// `n` things, singular for one.
fn count(n: usize, thing: &str) -> String {
    if n == 1 {
        format!("1 {thing}")
    } else {
        format!("{n} {thing}s")
    }
}

fn legend_svg(out: &mut String, legend: &Legend, palette: &Palette) {
    let r = &legend.rect;
    let _ = write!(
        out,
        r#"<g class="legend"><rect x="{}" y="{}" width="{}" height="{}" rx="6" fill="{}" stroke="{}"/>"#,
        num(r.min.x),
        num(r.min.y),
        num(r.width()),
        num(r.height()),
        palette.node_fill.hex(),
        palette.node_stroke.hex()
    );
    let colour = palette.edge.hex();
    for row in &legend.rows {
        edge::line(out, row.kind, &[row.sample.0, row.sample.1], &colour, 0.9);
        let _ = write!(
            out,
            r#"<text x="{}" y="{}" font-size="{}" fill="{}">{}</text>"#,
            num(row.text_at.x),
            num(row.text_at.y + legend::FONT_SIZE * 0.35),
            num(legend::FONT_SIZE),
            palette.text.hex(),
            escape(row.text)
        );
    }
    out.push_str("</g>");
}
