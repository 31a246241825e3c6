//! Drag and drop from the catalog and the palette: while a pattern or a
//! building block is dragged over the canvas a ghost shows where it lands;
//! releasing it adds one node there (centred on the drop point).
//!
//! The payload is read with `DragAndDrop` and the pointer checked against
//! the canvas area directly (not a drop-zone widget), so a drop on top of a
//! node still counts.

use egui::{DragAndDrop, Rect, Stroke, StrokeKind};

use super::layout::{Layout, canvas_rect};
use super::{CanvasInput, CanvasState, Selection, view};
use crate::catalog::Catalog;
use crate::catalog::blocks::BlockKind;
use crate::design::{Node, NodeId, Point};
use crate::ui::actions::Action;
use crate::ui::theme::CanvasColours;
use crate::workspace::Edit;

/// What can be dragged onto the canvas.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PaletteItem {
    /// A catalog pattern, by id.
    Pattern(String),
    Block(BlockKind),
}

impl PaletteItem {
    /// The name shown while dragging and given to the new node.
    pub fn name(&self, catalog: &Catalog) -> String {
        match self {
            Self::Pattern(id) => catalog
                .pattern(id)
                .map_or_else(|| id.clone(), |p| p.name.clone()),
            Self::Block(kind) => kind.label().to_owned(),
        }
    }

    /// A new node for this item at `position`.
    pub fn node(&self, id: NodeId, position: Point, catalog: &Catalog) -> Node {
        match self {
            Self::Pattern(pattern) => Node::pattern(id, pattern, &self.name(catalog), position),
            Self::Block(kind) => Node::block(id, *kind, &self.name(catalog), position),
        }
    }
}

/// Shows the ghost and handles the release over the canvas.
pub fn drop_ui(
    ui: &egui::Ui,
    area: Rect,
    input: &CanvasInput<'_>,
    state: &mut CanvasState,
    layout: &Layout,
    colours: &CanvasColours,
    actions: &mut Vec<Action>,
) {
    let ctx = ui.ctx();
    let Some(item) = DragAndDrop::payload::<PaletteItem>(ctx) else {
        return;
    };
    let Some(pointer) = ctx.pointer_latest_pos().filter(|p| area.contains(*p)) else {
        return;
    };
    if !ui.rect_contains_pointer(area) {
        return;
    }
    let mut position = layout.t.to_canvas(pointer);
    if input.snap {
        position = view::snap(position);
    }
    let id = NodeId(input.next_id);
    let node = item.node(id, position, input.catalog);
    let ghost = layout.t.rect_to_screen(canvas_rect(&node, position));
    let painter = ui.painter_at(area);
    painter.rect_filled(ghost, 8.0, colours.selection_fill);
    painter.rect_stroke(
        ghost,
        8.0,
        Stroke::new(1.5, colours.selection),
        StrokeKind::Inside,
    );
    painter.text(
        ghost.center(),
        egui::Align2::CENTER_CENTER,
        &node.label,
        egui::FontId::proportional(13.0),
        colours.text,
    );
    if ctx.input(|i| i.pointer.any_released())
        && DragAndDrop::take_payload::<PaletteItem>(ctx).is_some()
    {
        state.selection = Selection::only_node(id);
        actions.push(Action::Edit(Edit::AddNodes {
            candidate: input.candidate.id,
            nodes: vec![node],
            edges: Vec::new(),
        }));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dropped_items_become_nodes_named_after_them() {
        let catalog = Catalog::embedded();
        let saga =
            PaletteItem::Pattern("saga".into()).node(NodeId(7), Point::new(1.0, 2.0), &catalog);
        assert_eq!(saga.label, "Saga Pattern");
        assert!(saga.has_pattern("saga"));
        let db =
            PaletteItem::Block(BlockKind::Database).node(NodeId(8), Point::default(), &catalog);
        assert!(db.is_block(BlockKind::Database));
        assert_eq!(db.label, "Database");
    }
}
