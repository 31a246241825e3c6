//! Drawing connections: drag from the handle on a node's right edge to
//! another node, then pick the edge type in a small menu at the drop point.

use egui::{Id, Key, Order, PointerButton, Pos2, Rect, Role, Sense, Stroke, WidgetInfo, vec2};

use super::layout::Layout;
use super::{CanvasInput, CanvasState, edges};
use crate::design::{Edge, EdgeId, EdgeKind, NodeId};
use crate::ui::actions::Action;
use crate::ui::theme::{self, CanvasColours};
use crate::workspace::Edit;

/// A connection being dragged out of `from`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Connecting {
    from: NodeId,
}

impl Connecting {
    /// The node under the pointer that the connection would end at.
    pub fn target(&self, ui: &egui::Ui, layout: &Layout) -> Option<NodeId> {
        let pointer = ui.ctx().pointer_latest_pos()?;
        layout.node_at(pointer).filter(|n| *n != self.from)
    }
}

/// A connection dropped on a node, waiting for its type.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PendingEdge {
    from: NodeId,
    to: NodeId,
    at: Pos2,
}

/// Where a node's handle sits.
fn handle_centre(rect: Rect) -> Pos2 {
    rect.right_center()
}

/// Shows a handle on the hovered and the selected nodes; dragging one
/// draws a connection.
pub fn handles_ui(
    ui: &egui::Ui,
    painter: &egui::Painter,
    input: &CanvasInput<'_>,
    state: &mut CanvasState,
    layout: &Layout,
    colours: &CanvasColours,
) {
    if state.moving.is_some() || layout.t.zoom < 0.3 {
        return;
    }
    let pointer = ui.ctx().pointer_hover_pos();
    let reach = theme::HANDLE_RADIUS * 2.0;
    for (id, rect) in layout.iter() {
        let near = pointer.is_some_and(|p| rect.expand(reach).contains(p));
        let active = state.connecting.is_some_and(|c| c.from == id);
        if !(near || active || state.selection.nodes.contains(&id))
            || !painter.clip_rect().intersects(rect)
        {
            continue;
        }
        let Some(node) = input.candidate.node(id) else {
            continue;
        };
        let centre = handle_centre(rect);
        let hit = Rect::from_center_size(centre, vec2(reach, reach));
        let response = ui.interact(hit, egui::Id::unique(("handle", id.0)), Sense::drag());
        response.widget_info(|| {
            WidgetInfo::labeled(Role::Button, true, format!("Connect from {}", node.label))
        });
        let response = response.on_hover_text("Drag to another node to connect");
        let radius = theme::HANDLE_RADIUS
            * if response.hovered() || active {
                1.2
            } else {
                0.9
            };
        painter.circle(
            centre,
            radius,
            colours.selection,
            Stroke::new(1.5, colours.node_fill),
        );
        handle_drag(ui, &response, id, state, layout, centre, painter, colours);
    }
}

#[expect(
    clippy::too_many_arguments,
    reason = "one gesture needs the whole frame's context"
)]
fn handle_drag(
    ui: &egui::Ui,
    response: &egui::Response,
    id: NodeId,
    state: &mut CanvasState,
    layout: &Layout,
    centre: Pos2,
    painter: &egui::Painter,
    colours: &CanvasColours,
) {
    if response.drag_started_by(PointerButton::Primary) {
        state.connecting = Some(Connecting { from: id });
        state.pending_edge = None;
    }
    let Some(connecting) = state.connecting.filter(|c| c.from == id) else {
        return;
    };
    if let Some(pointer) = ui.ctx().pointer_latest_pos() {
        edges::draw_preview(painter, colours, centre, pointer);
    }
    if response.drag_stopped() {
        state.connecting = None;
        if let (Some(to), Some(at)) = (connecting.target(ui, layout), ui.ctx().pointer_latest_pos())
        {
            state.pending_edge = Some(PendingEdge { from: id, to, at });
        }
    }
}

/// The edge-type menu after a connection was dropped.
pub fn pending_edge_ui(
    ui: &egui::Ui,
    input: &CanvasInput<'_>,
    state: &mut CanvasState,
    actions: &mut Vec<Action>,
) {
    let Some(pending) = state.pending_edge else {
        return;
    };
    if input.candidate.node(pending.from).is_none() || input.candidate.node(pending.to).is_none() {
        state.pending_edge = None;
        return;
    }
    let mut chosen = None;
    let area = egui::Area::new(Id::unique("edge-kind-menu"))
        .order(Order::Foreground)
        .fixed_pos(pending.at + vec2(8.0, 8.0))
        .show(ui.ctx(), |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.strong("Connection type");
                for kind in EdgeKind::ALL {
                    if ui.button(crate::ui::sentence_case(kind.label())).clicked() {
                        chosen = Some(kind);
                    }
                }
            });
        });
    if let Some(kind) = chosen {
        let edge = Edge {
            id: EdgeId(input.next_id),
            from: pending.from,
            to: pending.to,
            kind,
            label: String::new(),
        };
        state.selection.clear();
        state.selection.edges.insert(edge.id);
        actions.push(Action::Edit(Edit::AddEdges {
            candidate: input.candidate.id,
            edges: vec![edge],
        }));
        state.pending_edge = None;
    } else if ui.input(|i| i.key_pressed(Key::Escape)) || area.response.clicked_elsewhere() {
        state.pending_edge = None;
    }
}
