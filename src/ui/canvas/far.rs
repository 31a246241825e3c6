//! The canvas zoomed far out, drawn as one picture. Below
//! `theme::EDGE_DETAIL_ZOOM` a diagram is a pattern of specks, lines and
//! dots: the background and its grid, the group boxes, every edge, the
//! nodes too small for a card and their finding markers are painted into
//! one image on the CPU (`raster.rs`) and shown as one textured rectangle;
//! node cards, group titles and halos are drawn over it as usual.
//!
//! Why: a software renderer (Mesa's llvmpipe: a laptop without a GPU
//! driver, a virtual machine, a remote desktop) shades whole blocks of
//! pixels, so thousands of thin lines and overlapping translucent boxes
//! cost it many times their area (measured: see docs/performance.md). A
//! 2,000-node diagram zoomed to fit took 98 to 122 ms of rasterising a
//! frame drawn shape by shape (docs/performance.md). The picture is
//! painted again only when what it shows changes: the view, the
//! document's geometry, the colours, the catalog, the selection or the
//! findings. A selected speck gets an outline in the selection colour (a
//! box selection zoomed far out shows what it caught).

use std::sync::Arc;

use egui::{Color32, ColorImage, Painter, Rect, TextureHandle, TextureOptions, pos2};

use super::layout::Layout;
use super::raster::Raster;
use super::view::Transform;
use super::{CanvasInput, Selection, backdrop, edges, nodes};
use crate::design::{EdgeId, Finding, NodeId, Severity};
use crate::geometry::Geometry;
use crate::ui::theme::{self, CanvasColours};

/// Whether the canvas at `zoom` is drawn as one picture.
pub fn is_far(zoom: f32) -> bool {
    zoom < theme::EDGE_DETAIL_ZOOM
}

/// Whether the node in `rect` (screen) is painted into the picture, as a
/// speck, rather than drawn over it as a card.
pub fn in_picture(layout: &Layout, rect: Rect) -> bool {
    is_far(layout.t.zoom) && nodes::is_speck(rect)
}

/// How far a selected speck's outline reaches out of it, and its width
/// (screen points).
const SELECTION_GAP: f32 = 1.5;

/// What the picture shows: it is painted again when any of it changes.
struct Key {
    geometry: Arc<Geometry>,
    transform: Transform,
    area: Rect,
    /// Pixels of the picture per screen point.
    scale: f32,
    colours: CanvasColours,
    catalog: u64,
    /// In id order (from the selection's sets), searched by bisection.
    selected_nodes: Vec<NodeId>,
    selected_edges: Vec<EdgeId>,
    markers: Vec<(NodeId, Severity)>,
}

impl PartialEq for Key {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.geometry, &other.geometry)
            && self.transform == other.transform
            && self.area == other.area
            && self.scale == other.scale
            && self.colours == other.colours
            && self.catalog == other.catalog
            && self.selected_nodes == other.selected_nodes
            && self.selected_edges == other.selected_edges
            && self.markers == other.markers
    }
}

/// The picture last painted, kept between frames.
#[derive(Default)]
pub struct FarPicture {
    key: Option<Key>,
    texture: Option<TextureHandle>,
}

impl FarPicture {
    /// Lets the picture and its texture go (zoomed in, nothing shows it).
    pub fn release(&mut self) {
        self.key = None;
        self.texture = None;
    }
}

/// Draws the far picture of the visible part of the canvas, painting it
/// again first if what it shows changed.
pub fn draw(
    painter: &Painter,
    picture: &mut FarPicture,
    layout: &Layout,
    colours: &CanvasColours,
    input: &CanvasInput<'_>,
    selection: &Selection,
) {
    let area = painter.clip_rect();
    if !area.is_positive() {
        return;
    }
    let key = Key {
        geometry: Arc::clone(&layout.geometry),
        transform: layout.t,
        area,
        scale: picture_scale(painter.ctx(), area),
        colours: *colours,
        catalog: input.catalog_serial,
        selected_nodes: selection.nodes.iter().copied().collect(),
        selected_edges: selection.edges.iter().copied().collect(),
        markers: worst_findings(input.findings),
    };
    if picture.key.as_ref() != Some(&key) || picture.texture.is_none() {
        let image = paint(layout, colours, input, &key);
        match &mut picture.texture {
            Some(texture) => texture.set(image, TextureOptions::NEAREST),
            None => {
                let texture = painter.ctx().load_texture(
                    "canvas far picture",
                    image,
                    TextureOptions::NEAREST,
                );
                picture.texture = Some(texture);
            }
        }
        picture.key = Some(key);
    }
    if let Some(texture) = &picture.texture {
        let whole = Rect::from_min_max(pos2(0.0, 0.0), pos2(1.0, 1.0));
        painter.image(texture.id(), area, whole, Color32::WHITE);
    }
}

/// Pixels of the picture per screen point: the screen's, or fewer when
/// the picture would be larger than the renderer's largest texture (a
/// canvas on a very large, dense screen is then drawn a little soft).
fn picture_scale(ctx: &egui::Context, area: Rect) -> f32 {
    let largest = ctx.input(|i| i.max_texture_side) as f32;
    ctx.pixels_per_point()
        .min(largest / area.width().max(area.height()))
}

/// Each flagged node with the severity of its worst finding, in id order.
fn worst_findings(findings: &[Finding]) -> Vec<(NodeId, Severity)> {
    let mut worst: Vec<(NodeId, Severity)> = findings
        .iter()
        .flat_map(|f| f.nodes.iter().map(move |&n| (n, f.severity)))
        .collect();
    worst.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    worst.dedup_by_key(|(node, _)| *node);
    worst
}

/// The picture of `key.area`, in the order the shapes would be drawn:
/// background and grid, group boxes, edges, specks and their markers.
fn paint(
    layout: &Layout,
    colours: &CanvasColours,
    input: &CanvasInput<'_>,
    key: &Key,
) -> ColorImage {
    let area = key.area;
    let mut raster = Raster::new(area, key.scale, colours.background);
    let (radius, dots) = backdrop::grid_dots(area, layout);
    for dot in dots {
        raster.disc(dot, radius, colours.grid);
    }
    for (_, rect, _) in layout.groups() {
        if area.intersects(rect) {
            raster.fill_rect(rect, colours.group_fill);
            raster.outline(rect, theme::GROUP_OUTLINE, colours.group_stroke);
        }
    }
    paint_edges(&mut raster, layout, colours, area, &key.selected_edges);
    paint_specks(&mut raster, layout, colours, input, key);
    raster.into_image()
}

fn paint_edges(
    raster: &mut Raster,
    layout: &Layout,
    colours: &CanvasColours,
    area: Rect,
    selected: &[EdgeId],
) {
    let zoom = layout.t.zoom;
    for route in &layout.geometry.edges {
        let points = layout.points(&route.points);
        if !area.intersects(edges::bounds(&points)) {
            continue;
        }
        let chosen = selected.binary_search(&route.id).is_ok();
        let stroke = edges::edge_stroke(colours, route.kind, zoom, chosen);
        // A stroke thinner than a pixel becomes one pixel, faded by its
        // width, as egui fades thin lines.
        let (width, colour) = if stroke.width < 1.0 {
            (1.0, stroke.color.gamma_multiply(stroke.width.max(0.0)))
        } else {
            (stroke.width, stroke.color)
        };
        for leg in points.windows(2) {
            raster.line(leg[0], leg[1], width, colour);
        }
    }
}

/// The nodes too small for a card, in their category's colour (the
/// selected ones outlined), each with the marker of its worst finding.
fn paint_specks(
    raster: &mut Raster,
    layout: &Layout,
    colours: &CanvasColours,
    input: &CanvasInput<'_>,
    key: &Key,
) {
    let area = key.area;
    for (id, rect) in layout.iter() {
        if !area.intersects(rect) || !nodes::is_speck(rect) {
            continue;
        }
        if let Some(node) = input.candidate.node(id) {
            raster.fill_rect(rect, nodes::stripe(node, input.catalog));
        }
        if key.selected_nodes.binary_search(&id).is_ok() {
            raster.outline(rect.expand(SELECTION_GAP), SELECTION_GAP, colours.selection);
        }
    }
    for (id, severity) in &key.markers {
        let Some(rect) = layout.rect(*id) else {
            continue;
        };
        if nodes::is_speck(rect) && area.intersects(rect) {
            let (centre, radius) = nodes::marker_circle(rect);
            raster.disc(centre, radius, theme::severity_colour(*severity));
        }
    }
}

#[cfg(test)]
mod tests {
    use egui::{RawInput, vec2};

    use super::super::view::View;
    use super::super::{CanvasState, Selection, canvas_ui};
    use super::*;
    use crate::catalog::Catalog;
    use crate::catalog::blocks::BlockKind;
    use crate::design::{Candidate, CandidateId, Edge, EdgeKind, Group, GroupId, Node, Point};

    /// Two grouped services far apart, one calling the other.
    fn shop() -> Candidate {
        let mut c = Candidate::new(CandidateId(1), "Shop");
        c.add_group(Group {
            id: GroupId(9),
            name: "Team".to_owned(),
        })
        .unwrap();
        for (id, x) in [(1, 0.0), (2, 600.0)] {
            let mut node =
                Node::block(NodeId(id), BlockKind::Service, "Orders", Point::new(x, 0.0));
            node.group = Some(GroupId(9));
            c.add_node(node).unwrap();
        }
        let edge = Edge {
            id: EdgeId(3),
            from: NodeId(1),
            to: NodeId(2),
            kind: EdgeKind::SyncCall,
            label: String::new(),
        };
        c.add_edge(edge).unwrap();
        c
    }

    fn input<'a>(
        c: &'a Candidate,
        catalog: &'a Catalog,
        findings: &'a [Finding],
    ) -> CanvasInput<'a> {
        CanvasInput {
            candidate: c,
            catalog,
            findings,
            snap: false,
            legend: false,
            next_id: 100,
            revision: 1,
            geometry_ahead: None,
            high_contrast: false,
            catalog_serial: 0,
        }
    }

    fn finding(node: u64) -> Finding {
        Finding {
            rule: "dual-write".to_owned(),
            severity: Severity::Error,
            nodes: vec![NodeId(node)],
            edges: Vec::new(),
            message: "Writes twice.".to_owned(),
            fix: None,
            fix_at: None,
        }
    }

    /// One frame of the canvas in `view`: the shapes it
    /// painted and the textures it set.
    fn frame(
        ctx: &egui::Context,
        state: &mut CanvasState,
        input: &CanvasInput<'_>,
        view: View,
    ) -> (Vec<egui::Shape>, usize) {
        state.restore(input.candidate.id, Some(view), Selection::default());
        let raw = RawInput {
            screen_rect: Some(Rect::from_min_size(pos2(0.0, 0.0), vec2(800.0, 500.0))),
            ..RawInput::default()
        };
        let mut output = ctx.run_ui(raw, |ui| canvas_ui(ui, input, state, &mut Vec::new()));
        let ours = |id: &egui::TextureId| *id != egui::TextureId::default();
        let set = output
            .textures_delta
            .set
            .iter()
            .filter(|(id, _)| ours(id))
            .count();
        // No renderer takes the textures here.
        output.textures_delta.clear();
        (output.shapes.into_iter().map(|c| c.shape).collect(), set)
    }

    fn far_view() -> View {
        View {
            pan: vec2(100.0, 100.0),
            zoom: 0.1,
        }
    }

    #[test]
    fn zoomed_far_out_the_diagram_is_one_picture_painted_once() {
        let (c, catalog) = (shop(), Catalog::embedded());
        let findings = [finding(1)];
        let input = input(&c, &catalog, &findings);
        let (ctx, mut state) = (egui::Context::default(), CanvasState::default());
        let (shapes, set) = frame(&ctx, &mut state, &input, far_view());
        assert_eq!(set, 1, "the picture is uploaded");
        let pictures = shapes
            .iter()
            .filter(
                |s| matches!(s, egui::Shape::Mesh(m) if m.texture_id != egui::TextureId::default()),
            )
            .count();
        assert_eq!(pictures, 1, "{shapes:?}");
        let drawn_apart = shapes
            .iter()
            .filter(|s| matches!(s, egui::Shape::Rect(_) | egui::Shape::Circle(_)))
            .count();
        assert_eq!(
            drawn_apart, 0,
            "no node, marker, grid dot or group is drawn apart: {shapes:?}"
        );
        let (_, set) = frame(&ctx, &mut state, &input, far_view());
        assert_eq!(set, 0, "an unchanged picture is not painted again");
        let moved = View {
            pan: vec2(120.0, 100.0),
            ..far_view()
        };
        let (_, set) = frame(&ctx, &mut state, &input, moved);
        assert_eq!(set, 1, "a pan paints it again");
    }

    #[test]
    fn the_picture_is_never_larger_than_the_renderer_takes() {
        let ctx = egui::Context::default();
        let raw = |side| RawInput {
            max_texture_side: Some(side),
            ..RawInput::default()
        };
        let area = Rect::from_min_size(pos2(0.0, 0.0), vec2(2000.0, 1200.0));
        ctx.begin_pass(raw(4096));
        assert_eq!(picture_scale(&ctx, area), 1.0);
        ctx.end_pass().textures_delta.clear();
        ctx.begin_pass(raw(1024));
        let image = Raster::new(area, picture_scale(&ctx, area), Color32::BLACK).into_image();
        assert_eq!(image.size, [1024, 614]);
        ctx.end_pass().textures_delta.clear();
    }

    #[test]
    fn a_readable_zoom_draws_shapes_and_lets_the_picture_go() {
        let (c, catalog) = (shop(), Catalog::embedded());
        let input = input(&c, &catalog, &[]);
        let (ctx, mut state) = (egui::Context::default(), CanvasState::default());
        let view = View {
            zoom: theme::EDGE_DETAIL_ZOOM,
            ..far_view()
        };
        let (_, set) = frame(&ctx, &mut state, &input, far_view());
        assert_eq!(set, 1);
        assert_eq!(
            ctx.tex_manager().read().num_allocated(),
            2,
            "the font atlas and the picture"
        );
        let (shapes, set) = frame(&ctx, &mut state, &input, view);
        assert_eq!(set, 0);
        assert!(shapes.iter().any(|s| matches!(s, egui::Shape::Rect(_))));
        assert_eq!(
            ctx.tex_manager().read().num_allocated(),
            1,
            "the picture is let go"
        );
    }

    #[test]
    fn the_picture_shows_the_specks_selection_markers_edges_and_groups_where_they_are() {
        let (c, catalog) = (shop(), Catalog::embedded());
        let findings = [finding(2)];
        let input = input(&c, &catalog, &findings);
        let colours = CanvasColours::of(&egui::Visuals::dark());
        let area = Rect::from_min_size(pos2(0.0, 0.0), vec2(800.0, 500.0));
        let layout = Layout::new(Arc::new(Geometry::of(&c)), far_view().transform(area));
        let key = Key {
            geometry: Arc::clone(&layout.geometry),
            transform: layout.t,
            area,
            scale: 1.0,
            colours,
            catalog: 0,
            selected_nodes: vec![NodeId(1)],
            selected_edges: Vec::new(),
            markers: worst_findings(&findings),
        };
        let image = paint(&layout, &colours, &input, &key);
        let at = |p: egui::Pos2| image[(p.x as usize, p.y as usize)];
        let first = layout.rect(NodeId(1)).unwrap();
        assert!(nodes::is_speck(first), "{first:?}");
        let stripe = nodes::stripe(c.node(NodeId(1)).unwrap(), &catalog);
        assert_eq!(at(first.center()), stripe);
        let beside = pos2(first.min.x - 1.0, first.center().y);
        assert_eq!(
            at(beside),
            colours.selection,
            "the selected speck is outlined"
        );
        let second = layout.rect(NodeId(2)).unwrap();
        let beside = pos2(second.min.x - 1.0, second.center().y);
        assert_ne!(at(beside), colours.selection, "the other is not");
        let (marker, _) = nodes::marker_circle(layout.rect(NodeId(2)).unwrap());
        assert_eq!(at(marker), theme::severity_colour(Severity::Error));
        let route = layout.points(&layout.geometry.edges[0].points);
        let middle = route[0] + (route[1] - route[0]) / 2.0;
        assert_ne!(at(middle), at(middle + vec2(0.0, 6.0)), "the edge shows");
        let group = layout.groups().next().unwrap().1;
        let outline = pos2(group.center().x, group.min.y + 0.5);
        assert_ne!(at(outline), colours.background, "the group's outline shows");
        assert_eq!(at(pos2(790.0, 490.0)), colours.background);
    }
}
