//! Commands on the selection and the view: delete, select all, rename,
//! zoom, arrange. Each document change is returned as one edit.

use super::{CanvasInput, CanvasState, Selection};
use crate::design::{EdgeId, NodeId, Point};
use crate::geometry::layout::{self, Flow};
use crate::ui::commands::Command;
use crate::ui::theme;
use crate::workspace::Edit;

/// Runs `command` if it is a canvas command.
pub fn run(state: &mut CanvasState, command: Command, input: &CanvasInput<'_>) -> Option<Edit> {
    match command {
        Command::Delete => delete(state, input),
        Command::SelectAll => {
            state.selection = Selection {
                nodes: input.candidate.nodes().map(|n| n.id).collect(),
                edges: Default::default(),
            };
            None
        }
        Command::Rename => {
            if let [only] = state.selection.nodes.iter().copied().collect::<Vec<_>>()[..] {
                state.start_rename(only, input.candidate);
            }
            None
        }
        Command::ZoomIn => zoom_by(state, theme::ZOOM_STEP),
        Command::ZoomOut => zoom_by(state, 1.0 / theme::ZOOM_STEP),
        Command::ZoomReset => zoom_by(state, 1.0 / state.view.zoom),
        Command::ZoomToFit => {
            state.request_fit();
            None
        }
        Command::Arrange => arrange(state, input),
        _ => None,
    }
}

fn zoom_by(state: &mut CanvasState, factor: f32) -> Option<Edit> {
    if let Some(area) = state.area {
        state.view.zoom_around(area, area.center(), factor);
    }
    None
}

/// Lays out the selected nodes (all of them when fewer than two are
/// selected: one node has nothing to be arranged with) with the core's
/// layered layout, as one `MoveNodes` edit (undo puts every node back);
/// nodes already in place are left out of it. Arranging everything also
/// zooms to fit the result.
fn arrange(state: &mut CanvasState, input: &CanvasInput<'_>) -> Option<Edit> {
    let only = (state.selection.nodes.len() > 1).then_some(&state.selection.nodes);
    let moves: Vec<(NodeId, Point)> = layout::arrange(input.candidate, only, Flow::LeftRight)
        .into_iter()
        .filter(|(id, p)| input.candidate.node(*id).is_some_and(|n| n.position != *p))
        .collect();
    if only.is_none() {
        state.request_fit();
    }
    (!moves.is_empty()).then_some(Edit::MoveNodes {
        candidate: input.candidate.id,
        moves,
    })
}

/// Removes the selected nodes (with their edges) and the selected edges.
fn delete(state: &mut CanvasState, input: &CanvasInput<'_>) -> Option<Edit> {
    let candidate = input.candidate.id;
    let nodes: Vec<NodeId> = state.selection.nodes.iter().copied().collect();
    let edges: Vec<EdgeId> = state
        .selection
        .edges
        .iter()
        .copied()
        .filter(|e| {
            input
                .candidate
                .edge(*e)
                .is_some_and(|edge| !nodes.contains(&edge.from) && !nodes.contains(&edge.to))
        })
        .collect();
    state.selection.clear();
    let remove_edges = Edit::RemoveEdges {
        candidate,
        edges: edges.clone(),
    };
    let remove_nodes = Edit::RemoveNodes {
        candidate,
        nodes: nodes.clone(),
    };
    match (edges.is_empty(), nodes.is_empty()) {
        (true, true) => None,
        (false, true) => Some(remove_edges),
        (true, false) => Some(remove_nodes),
        (false, false) => Some(Edit::Batch(vec![remove_edges, remove_nodes])),
    }
}
