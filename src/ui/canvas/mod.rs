//! The canvas: the current candidate drawn as a diagram, edited by direct
//! manipulation. It paints the core's `geometry` (node boxes, group boxes
//! and titles, routes, label boxes: what the picture export writes), so the
//! window and a picture cannot drift apart. `view` (pan and zoom), `layout`
//! (the geometry, cached per revision, on screen, with a move previewed),
//! `nodes`, `edges`, `backdrop` and `legend` (drawing), `far` and `raster`
//! (zoomed far out: the diagram as one picture painted on the CPU), `interact`
//! (selection, moving, panning, zooming, label hover), `connect` (drawing
//! edges), `rename`, `drop` (palette drag and drop) and `ops` (commands on
//! the selection, Arrange). It reads the candidate and pushes edits; it
//! never changes the document itself.

mod backdrop;
mod connect;
mod drop;
mod edges;
mod far;
mod glyphs;
mod interact;
mod layout;
mod legend;
mod nodes;
mod ops;
mod raster;
mod rename;
mod text;
pub mod view;

use std::collections::BTreeSet;

use egui::{Rect, Sense, Stroke, StrokeKind};

pub use drop::PaletteItem;
pub use layout::content_bounds;
use layout::{GeometryCache, Layout, MovePreview};
use view::View;

use super::actions::Action;
use super::commands::Command;
use super::theme::CanvasColours;
use crate::catalog::Catalog;
use crate::design::{Candidate, CandidateId, EdgeId, Finding, NodeId, Severity};
use crate::ui::theme;

/// What is selected on the canvas (UI state, not saved).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    pub nodes: BTreeSet<NodeId>,
    pub edges: BTreeSet<EdgeId>,
}

impl Selection {
    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty() && self.edges.is_empty()
    }

    pub fn clear(&mut self) {
        self.nodes.clear();
        self.edges.clear();
    }

    /// Exactly this node.
    pub fn only_node(id: NodeId) -> Self {
        Self {
            nodes: BTreeSet::from([id]),
            edges: BTreeSet::new(),
        }
    }

    /// Forgets ids that are no longer in the candidate (after undo, delete).
    fn retain_existing(&mut self, candidate: &Candidate) {
        self.nodes.retain(|n| candidate.node(*n).is_some());
        self.edges.retain(|e| candidate.edge(*e).is_some());
    }
}

/// Nodes drawn with a halo: those of the review finding being looked at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Highlight {
    pub nodes: BTreeSet<NodeId>,
    pub severity: Severity,
}

/// What the canvas reads this frame.
#[derive(Clone, Copy)]
pub struct CanvasInput<'a> {
    pub candidate: &'a Candidate,
    pub catalog: &'a Catalog,
    /// Review findings of this candidate, for the markers.
    pub findings: &'a [Finding],
    pub snap: bool,
    /// Whether the key to the connection styles is drawn.
    pub legend: bool,
    /// The first unused id of the workspace, for new nodes and edges.
    pub next_id: u64,
    /// The document's history revision: the geometry is kept until it moves.
    pub revision: u64,
    /// The candidate's geometry, worked out while the file was read ahead.
    pub geometry_ahead: Option<&'a std::sync::Arc<crate::geometry::Geometry>>,
    /// The black-on-white colours of the presentation.
    pub high_contrast: bool,
    /// The catalog's serial: it changes when the catalog is loaded again
    /// (the far picture paints nodes in their category's colour).
    pub catalog_serial: u64,
}

/// Everything the canvas remembers between frames.
#[derive(Default)]
pub struct CanvasState {
    pub view: View,
    pub selection: Selection,
    /// The candidate the view belongs to; another one resets the view.
    shown: Option<CandidateId>,
    fit_pending: bool,
    moving: Option<MovePreview>,
    connecting: Option<connect::Connecting>,
    pending_edge: Option<connect::PendingEdge>,
    box_select: Option<interact::BoxSelect>,
    renaming: Option<rename::Renaming>,
    text: text::TextCache,
    geometry: GeometryCache,
    far: far::FarPicture,
    area: Option<Rect>,
    highlight: Option<Highlight>,
    /// Frame these nodes on the next frame.
    frame_pending: Option<BTreeSet<NodeId>>,
    /// Looking only (presenting): select, pan and zoom, but no moving,
    /// connecting, renaming or dropping.
    read_only: bool,
}

impl CanvasState {
    /// The transform of the last frame (where the canvas was drawn).
    pub fn transform(&self) -> Option<view::Transform> {
        self.area.map(|area| self.view.transform(area))
    }

    /// Turns editing gestures off (presenting) or on again.
    pub fn set_read_only(&mut self, read_only: bool) {
        self.read_only = read_only;
        self.cancel_gestures();
    }

    /// Where the canvas was drawn last frame.
    pub fn area(&self) -> Option<Rect> {
        self.area
    }

    /// Zooms to fit on the next frame.
    pub fn request_fit(&mut self) {
        self.fit_pending = true;
    }

    /// Selects `highlight`'s nodes, draws them with a halo and frames them.
    pub fn highlight(&mut self, highlight: Highlight, edges: BTreeSet<EdgeId>) {
        self.selection = Selection {
            nodes: highlight.nodes.clone(),
            edges,
        };
        self.frame_pending = Some(highlight.nodes.clone());
        self.highlight = Some(highlight);
    }

    pub fn clear_highlight(&mut self) {
        self.highlight = None;
    }

    pub fn highlighted(&self) -> Option<&Highlight> {
        self.highlight.as_ref()
    }

    /// Shows `candidate` with a remembered view (or fitted when `None`).
    pub fn restore(&mut self, candidate: CandidateId, view: Option<View>, selection: Selection) {
        self.shown = Some(candidate);
        self.fit_pending = view.is_none();
        self.view = view.unwrap_or_default();
        self.selection = selection;
        self.cancel_gestures();
    }

    /// Forgets everything about the previous document.
    pub fn reset(&mut self) {
        *self = Self::default();
    }

    /// Whether a gesture is in progress (the document must not change under it).
    pub fn is_busy(&self) -> bool {
        self.moving.is_some() || self.connecting.is_some() || self.box_select.is_some()
    }

    fn cancel_gestures(&mut self) {
        self.moving = None;
        self.connecting = None;
        self.pending_edge = None;
        self.box_select = None;
        self.renaming = None;
    }

    /// Runs a canvas command (delete, duplicate, zoom...); returns the edit
    /// it makes, if any.
    pub fn command(
        &mut self,
        command: Command,
        input: &CanvasInput<'_>,
    ) -> Option<crate::workspace::Edit> {
        ops::run(self, command, input)
    }

    fn prepare(&mut self, candidate: &Candidate, area: Rect, layout: &Layout) {
        if self.shown != Some(candidate.id) {
            self.shown = Some(candidate.id);
            self.selection.clear();
            self.cancel_gestures();
            self.fit_pending = true;
            self.highlight = None;
        }
        self.selection.retain_existing(candidate);
        if let Some(nodes) = self.frame_pending.take() {
            let bounds = layout
                .geometry
                .nodes
                .iter()
                .filter(|n| nodes.contains(&n.id))
                .map(|n| layout::egui_rect(&n.rect))
                .reduce(Rect::union);
            if let Some(bounds) = bounds {
                self.fit_pending = false;
                self.view.fit(area, bounds.expand(theme::FIT_MARGIN));
            }
        }
        if self.fit_pending {
            self.fit_pending = false;
            match layout.geometry.bounds() {
                Some(bounds) => self.view.fit(area, layout::egui_rect(&bounds)),
                None => {
                    self.view = View::default();
                    self.view.pan = area.size() / 2.0;
                }
            }
        }
        self.area = Some(area);
    }
}

/// Draws the canvas into the remaining space of `ui` (the legend in a
/// strip below it) and handles its input.
pub fn canvas_ui(
    ui: &mut egui::Ui,
    input: &CanvasInput<'_>,
    state: &mut CanvasState,
    actions: &mut Vec<Action>,
) {
    let full = ui.available_rect_before_wrap();
    let (area, legend) = legend::split(full, input.legend);
    if let Some(legend) = &legend {
        let colours = CanvasColours::for_view(ui.visuals(), input.high_contrast);
        legend::draw(ui, legend, &colours);
    }
    let mut canvas = ui.new_child(egui::UiBuilder::new().max_rect(area));
    canvas.set_clip_rect(area.intersect(ui.clip_rect()));
    diagram_ui(&mut canvas, area, input, state, actions);
    ui.advance_cursor_after_rect(full);
}

/// The diagram in `area`: drawing first, then the input on top.
fn diagram_ui(
    ui: &mut egui::Ui,
    area: Rect,
    input: &CanvasInput<'_>,
    state: &mut CanvasState,
    actions: &mut Vec<Action>,
) {
    let background = ui.allocate_rect(area, Sense::click_and_drag());
    if state.shown != Some(input.candidate.id) {
        state.moving = None;
    }
    let geometry = state.geometry.get(
        input.candidate,
        input.revision,
        state.moving.as_ref(),
        input.geometry_ahead,
    );
    let layout = Layout::new(geometry, state.view.transform(area));
    state.prepare(input.candidate, area, &layout);
    interact::pan_and_zoom(ui, area, state);
    let layout = Layout::new(layout.geometry, state.view.transform(area));
    let painter = ui.painter_at(area);
    let colours = CanvasColours::for_view(ui.visuals(), input.high_contrast);
    state.text.next_frame(&painter);
    if far::is_far(layout.t.zoom) {
        far::draw(
            &painter,
            &mut state.far,
            &layout,
            &colours,
            input,
            &state.selection,
        );
    } else {
        state.far.release();
        backdrop::draw_background(&painter, &colours, area, &layout);
        backdrop::draw_group_boxes(&painter, &colours, &layout);
        draw_edges(&painter, state, &layout, &colours);
    }
    backdrop::draw_group_titles(&painter, &mut state.text, &colours, &layout);
    interact::nodes_ui(ui, &painter, input, state, &layout, &colours, actions);
    interact::labels_ui(ui, &painter, input, state, &layout, &colours);
    draw_highlight(&painter, state.highlight.as_ref(), &layout);
    interact::markers_ui(ui, &painter, input, &layout);
    if !state.read_only {
        connect::handles_ui(ui, &painter, input, state, &layout, &colours);
    }
    interact::background_ui(ui, &background, &painter, state, &layout, &colours);
    rename::rename_ui(ui, input, state, &layout, actions);
    connect::pending_edge_ui(ui, input, state, actions);
    if !state.read_only {
        drop::drop_ui(ui, area, input, state, &layout, &colours, actions);
    }
    interact::overlay_ui(ui, &painter, area, input, state);
}

/// A halo in the finding's colour around each highlighted node.
fn draw_highlight(painter: &egui::Painter, highlight: Option<&Highlight>, layout: &Layout) {
    let Some(highlight) = highlight else {
        return;
    };
    let stroke = Stroke::new(
        theme::HIGHLIGHT_WIDTH,
        theme::severity_colour(highlight.severity),
    );
    let gap = theme::HIGHLIGHT_GAP * layout.t.zoom.max(0.5);
    for id in &highlight.nodes {
        if let Some(rect) = layout.rect(*id) {
            let corner = theme::NODE_CORNER * layout.t.zoom + gap;
            painter.rect_stroke(rect.expand(gap), corner, stroke, StrokeKind::Outside);
        }
    }
}

/// Draws the routes of the visible edges.
fn draw_edges(
    painter: &egui::Painter,
    state: &CanvasState,
    layout: &Layout,
    colours: &CanvasColours,
) {
    let clip = painter.clip_rect().expand(40.0);
    for route in &layout.geometry.edges {
        let points = layout.points(&route.points);
        if !clip.intersects(edges::bounds(&points)) {
            continue;
        }
        let selected = state.selection.edges.contains(&route.id);
        edges::draw_edge(
            painter,
            colours,
            route.kind,
            &points,
            layout.t.zoom,
            selected,
        );
    }
}
