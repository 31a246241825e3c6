//! Direct manipulation: selecting (click, shift-click, shift-drag box),
//! moving nodes (previewed, one `MoveNodes` edit on release), panning
//! (background drag, middle button, space+drag, wheel) and zooming around
//! the cursor (ctrl+wheel, pinch).

use egui::{Key, PointerButton, Pos2, Rect, Role, Sense, Stroke, StrokeKind, Vec2, WidgetInfo};

use super::layout::{Layout, MovePreview};
use super::nodes::{self, NodeLook};
use super::{CanvasInput, CanvasState, Selection, edges, far};
use crate::design::{NodeId, Point};
use crate::ui::actions::Action;
use crate::ui::theme::CanvasColours;
use crate::workspace::Edit;

/// A rubber band in progress (shift+drag on the background; it adds to
/// the selection).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BoxSelect {
    start: Pos2,
}

/// Whether the pointer should pan instead of select or move.
fn panning_gesture(ui: &egui::Ui) -> bool {
    let typing = ui.ctx().egui_wants_keyboard_input();
    ui.input(|i| {
        i.pointer.middle_down() || (!typing && i.key_down(Key::Space) && i.pointer.primary_down())
    })
}

/// Wheel, pinch, middle-drag and space-drag over the canvas.
pub fn pan_and_zoom(ui: &egui::Ui, area: Rect, state: &mut CanvasState) {
    if !ui.rect_contains_pointer(area) && !state.is_busy() {
        return;
    }
    let (zoom, scroll, pointer, delta) = ui.input(|i| {
        (
            i.zoom_delta(),
            i.smooth_scroll_delta,
            i.pointer.hover_pos(),
            i.pointer.delta(),
        )
    });
    if let Some(anchor) = pointer
        && (zoom - 1.0).abs() > f32::EPSILON
    {
        state.view.zoom_around(area, anchor, zoom);
    }
    state.view.pan += scroll;
    if panning_gesture(ui) {
        state.view.pan += delta;
    }
}

/// Draws the visible nodes and handles clicks and drags on them.
pub fn nodes_ui(
    ui: &egui::Ui,
    painter: &egui::Painter,
    input: &CanvasInput<'_>,
    state: &mut CanvasState,
    layout: &Layout,
    colours: &CanvasColours,
    actions: &mut Vec<Action>,
) {
    let clip = painter.clip_rect();
    let target = state.connecting.as_ref().and_then(|c| c.target(ui, layout));
    for (id, rect) in layout.iter() {
        if !clip.intersects(rect) {
            continue;
        }
        let Some(node) = input.candidate.node(id) else {
            continue;
        };
        let response = ui.interact(
            rect,
            egui::Id::unique(("node", id.0)),
            Sense::click_and_drag(),
        );
        response.widget_info(|| WidgetInfo::labeled(Role::Button, true, &node.label));
        if !far::in_picture(layout, rect) {
            let facts = nodes::facts(node, input.catalog);
            let look = NodeLook {
                selected: state.selection.nodes.contains(&id),
                hovered: response.hovered(),
                target: target == Some(id),
            };
            nodes::draw_node(painter, &mut state.text, colours, node, &facts, rect, look);
        }
        node_response(ui, &response, id, input, state, actions);
    }
}

/// The connection labels in their boxes, drawn over the nodes' layer. A
/// label shown shorter than its text gives the whole text on hover (and to
/// screen readers); so does an edge whose label fits nowhere.
pub fn labels_ui(
    ui: &egui::Ui,
    painter: &egui::Painter,
    input: &CanvasInput<'_>,
    state: &mut CanvasState,
    layout: &Layout,
    colours: &CanvasColours,
) {
    let clip = painter.clip_rect();
    for route in &layout.geometry.edges {
        let Some(label) = &route.label else {
            continue;
        };
        if !clip.intersects(layout.screen(&label.rect)) {
            continue;
        }
        let Some(rect) = edges::draw_label(painter, &mut state.text, colours, route, layout) else {
            continue;
        };
        let Some(edge) = input.candidate.edge(route.id) else {
            continue;
        };
        let response = ui.interact(
            rect,
            egui::Id::unique(("edge-label", route.id.0)),
            Sense::hover(),
        );
        response.widget_info(|| WidgetInfo::labeled(Role::Label, true, &edge.label));
        response.on_hover_text(edge.label.clone());
    }
    hidden_label_ui(ui, input, layout);
}

/// The label of an edge that had no room for it, beside the pointer while
/// the pointer is on the edge.
fn hidden_label_ui(ui: &egui::Ui, input: &CanvasInput<'_>, layout: &Layout) {
    let Some(pointer) = ui.ctx().pointer_hover_pos() else {
        return;
    };
    if !ui.clip_rect().contains(pointer) || layout.node_at(pointer).is_some() {
        return;
    }
    let Some(edge) = edges::edge_at(layout, pointer)
        .filter(|id| {
            layout
                .geometry
                .edges
                .iter()
                .any(|e| e.id == *id && e.label_hidden)
        })
        .and_then(|id| input.candidate.edge(id))
    else {
        return;
    };
    egui::Tooltip::always_open(
        ui.ctx().clone(),
        ui.layer_id(),
        egui::Id::unique(("hidden-label", edge.id.0)),
        egui::PopupAnchor::Pointer,
    )
    .show(|ui| {
        ui.label(&edge.label);
    });
}

/// Review markers on the visible nodes, drawn last so nothing hides them.
pub fn markers_ui(
    ui: &egui::Ui,
    painter: &egui::Painter,
    input: &CanvasInput<'_>,
    layout: &Layout,
) {
    // Each node's findings, gathered in one pass over the findings.
    let mut flagged: std::collections::BTreeMap<NodeId, Vec<&crate::design::Finding>> =
        std::collections::BTreeMap::new();
    for finding in input.findings {
        for &id in &finding.nodes {
            flagged.entry(id).or_default().push(finding);
        }
    }
    for (id, findings) in flagged {
        let (Some(node), Some(rect)) = (input.candidate.node(id), layout.rect(id)) else {
            continue;
        };
        if !painter.clip_rect().intersects(rect) {
            continue;
        }
        if far::in_picture(layout, rect) {
            marker_ui(ui, nodes::marker_rect(rect), node, &findings);
        } else if let Some(marker) = nodes::draw_marker(painter, rect, &findings) {
            marker_ui(ui, marker, node, &findings);
        }
    }
}

/// The marker's tooltip lists the findings; screen readers get the count.
fn marker_ui(
    ui: &egui::Ui,
    marker: Rect,
    node: &crate::design::Node,
    findings: &[&crate::design::Finding],
) {
    let response = ui.interact(
        marker,
        egui::Id::unique(("marker", node.id.0)),
        Sense::hover(),
    );
    let count = findings.len();
    let plural = if count == 1 { "" } else { "s" };
    response.widget_info(|| {
        WidgetInfo::labeled(
            Role::Image,
            true,
            format!("{count} review finding{plural} on {}", node.label),
        )
    });
    // The tooltip's text is written only while it shows.
    response.on_hover_ui(|ui| {
        let text: Vec<String> = findings
            .iter()
            .map(|f| format!("{}: {}", f.severity, f.message))
            .collect();
        ui.label(text.join("\n\n"));
    });
}

fn node_response(
    ui: &egui::Ui,
    response: &egui::Response,
    id: NodeId,
    input: &CanvasInput<'_>,
    state: &mut CanvasState,
    actions: &mut Vec<Action>,
) {
    let shift = ui.input(|i| i.modifiers.shift);
    if response.double_clicked() && !state.read_only {
        state.selection = Selection::only_node(id);
        state.start_rename(id, input.candidate);
    } else if response.clicked() {
        select_node(&mut state.selection, id, shift);
    }
    if panning_gesture(ui) || state.read_only {
        return;
    }
    if response.drag_started_by(PointerButton::Primary) {
        if !state.selection.nodes.contains(&id) {
            select_node(&mut state.selection, id, shift);
        }
        state.moving = Some(MovePreview {
            nodes: state.selection.nodes.clone(),
            offset: Vec2::ZERO,
            snap: input.snap,
        });
    }
    if let Some(moving) = state
        .moving
        .as_mut()
        .filter(|_| response.dragged_by(PointerButton::Primary))
    {
        moving.offset += response.drag_delta() / state.view.zoom;
    }
    if response.drag_stopped()
        && let Some(moving) = state.moving.take()
        && let Some(edit) = move_edit(input, &moving)
    {
        actions.push(Action::Edit(edit));
    }
}

fn select_node(selection: &mut Selection, id: NodeId, add: bool) {
    if add {
        toggle(&mut selection.nodes, id);
    } else {
        *selection = Selection::only_node(id);
    }
}

/// The one edit a finished move makes (none if nothing moved).
fn move_edit(input: &CanvasInput<'_>, moving: &MovePreview) -> Option<Edit> {
    let moves: Vec<(NodeId, Point)> = moving
        .nodes
        .iter()
        .filter_map(|id| input.candidate.node(*id))
        .map(|node| (node.id, moving.position(node)))
        .filter(|(id, p)| input.candidate.node(*id).is_some_and(|n| n.position != *p))
        .collect();
    (!moves.is_empty()).then_some(Edit::MoveNodes {
        candidate: input.candidate.id,
        moves,
    })
}

/// Clicks on the background select an edge or clear the selection;
/// drags pan, or with shift draw a selection box.
pub fn background_ui(
    ui: &egui::Ui,
    response: &egui::Response,
    painter: &egui::Painter,
    state: &mut CanvasState,
    layout: &Layout,
    colours: &CanvasColours,
) {
    let shift = ui.input(|i| i.modifiers.shift);
    if response.clicked()
        && let Some(pos) = response.interact_pointer_pos()
    {
        match edges::edge_at(layout, pos) {
            Some(edge) if shift => toggle(&mut state.selection.edges, edge),
            Some(edge) => {
                state.selection.clear();
                state.selection.edges.insert(edge);
            }
            None if !shift => state.selection.clear(),
            None => {}
        }
    }
    if response.drag_started_by(PointerButton::Primary)
        && shift
        && !panning_gesture(ui)
        && let Some(start) = response.interact_pointer_pos()
    {
        state.box_select = Some(BoxSelect { start });
    }
    match state.box_select {
        Some(band) => band_ui(ui, response, painter, state, layout, colours, band),
        None => {
            if response.dragged_by(PointerButton::Primary) && !panning_gesture(ui) {
                state.view.pan += response.drag_delta();
            }
        }
    }
}

/// The rubber band: drawn while dragging, adds what it touches on release.
fn band_ui(
    ui: &egui::Ui,
    response: &egui::Response,
    painter: &egui::Painter,
    state: &mut CanvasState,
    layout: &Layout,
    colours: &CanvasColours,
    band: BoxSelect,
) {
    let Some(now) = ui.ctx().pointer_latest_pos() else {
        return;
    };
    let rect = Rect::from_two_pos(band.start, now);
    painter.rect_filled(rect, 0.0, colours.selection_fill);
    painter.rect_stroke(
        rect,
        0.0,
        Stroke::new(1.0, colours.selection),
        StrokeKind::Inside,
    );
    if response.drag_stopped() {
        state.box_select = None;
        state.selection.nodes.extend(layout.nodes_in(rect));
    }
}

fn toggle<T: Ord>(set: &mut std::collections::BTreeSet<T>, item: T) {
    if !set.remove(&item) {
        set.insert(item);
    }
}

/// The zoom level and a hint when the candidate is empty.
pub fn overlay_ui(
    ui: &egui::Ui,
    painter: &egui::Painter,
    area: Rect,
    input: &CanvasInput<'_>,
    state: &CanvasState,
) {
    let colours = CanvasColours::for_view(ui.visuals(), input.high_contrast);
    let small = egui::FontId::proportional(12.0);
    painter.text(
        area.right_bottom() + egui::vec2(-10.0, -8.0),
        egui::Align2::RIGHT_BOTTOM,
        format!("{:.0} %", state.view.zoom * 100.0),
        small.clone(),
        colours.weak_text,
    );
    if input.candidate.node_count() == 0 {
        painter.text(
            area.center(),
            egui::Align2::CENTER_CENTER,
            "Drag a pattern or a building block from the catalog and drop it here",
            egui::FontId::proportional(15.0),
            colours.weak_text,
        );
    }
}
