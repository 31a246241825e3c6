//! The inspector: whatever is selected. A node's name, pattern, group,
//! notes and review findings; an edge's type and label; several nodes at
//! once (group them, delete, duplicate); with nothing selected, the
//! candidate's name, notes and groups. Edits go out as actions.

use egui::RichText;

use super::actions::Action;
use super::canvas::Selection;
use super::commands::{Command, CommandState};
use super::fields::{FieldKey, Fields};
use super::inspector_parts as parts;
use super::theme;
use crate::catalog::Catalog;
use crate::design::{Candidate, Edge, EdgeKind, Finding, Node, NodeKind};
use crate::workspace::Edit;

/// What the inspector reads this frame.
pub struct InspectorInput<'a> {
    pub candidate: &'a Candidate,
    pub selection: &'a Selection,
    pub catalog: &'a Catalog,
    pub findings: &'a [Finding],
    pub next_id: u64,
    /// Which commands are enabled.
    pub commands: CommandState,
}

/// Draws the panel for the current selection.
pub fn inspector_ui(
    ui: &mut egui::Ui,
    input: &InspectorInput<'_>,
    fields: &mut Fields,
    actions: &mut Vec<Action>,
) {
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let sel = input.selection;
            let nodes: Vec<&Node> = sel
                .nodes
                .iter()
                .filter_map(|id| input.candidate.node(*id))
                .collect();
            let edges: Vec<&Edge> = sel
                .edges
                .iter()
                .filter_map(|id| input.candidate.edge(*id))
                .collect();
            match (nodes.as_slice(), edges.as_slice()) {
                ([], []) => parts::candidate_ui(ui, input, fields, actions),
                ([node], []) => node_ui(ui, input, node, fields, actions),
                ([], [edge]) => edge_ui(ui, input, edge, fields, actions),
                _ => parts::many_ui(ui, input, &nodes, edges.len(), actions),
            }
        });
}

fn node_ui(
    ui: &mut egui::Ui,
    input: &InspectorInput<'_>,
    node: &Node,
    fields: &mut Fields,
    actions: &mut Vec<Action>,
) {
    ui.heading(node_kind_title(node));
    fields.property_ui(ui, input.candidate, FieldKey::NodeLabel(node.id), actions);
    ui.add_space(theme::SECTION_GAP);
    match &node.kind {
        NodeKind::Pattern { pattern } => {
            ui.label("Pattern");
            parts::pattern_link(ui, input.catalog, pattern, actions);
        }
        NodeKind::Block { block, patterns } => {
            parts::carried_patterns_ui(ui, input, node, *block, patterns, actions);
        }
    }
    ui.add_space(theme::SECTION_GAP);
    parts::group_choice_ui(ui, input.candidate, &[node], actions);
    ui.add_space(theme::SECTION_GAP);
    fields.property_ui(ui, input.candidate, FieldKey::NodeNotes(node.id), actions);
    parts::findings_ui(ui, input, node, actions);
}

fn node_kind_title(node: &Node) -> String {
    match &node.kind {
        NodeKind::Pattern { .. } => "Pattern".to_owned(),
        NodeKind::Block { block, .. } => block.label().to_owned(),
    }
}

fn edge_ui(
    ui: &mut egui::Ui,
    input: &InspectorInput<'_>,
    edge: &Edge,
    fields: &mut Fields,
    actions: &mut Vec<Action>,
) {
    let candidate = input.candidate.id;
    let name = |id| {
        input
            .candidate
            .node(id)
            .map_or("?", |n: &Node| n.label.as_str())
    };
    ui.heading("Connection");
    ui.label(RichText::new(format!("From {} to {}", name(edge.from), name(edge.to))).strong());
    ui.add_space(theme::SECTION_GAP);
    let type_label = ui.label("Type");
    let mut kind = edge.kind;
    egui::ComboBox::from_id_salt("edge-kind")
        .selected_text(super::sentence_case(kind.label()))
        .width(ui.available_width())
        .show_ui(ui, |ui| {
            for k in EdgeKind::ALL {
                ui.selectable_value(&mut kind, k, super::sentence_case(k.label()));
            }
        })
        .response
        .labelled_by(type_label.id);
    if kind != edge.kind {
        actions.push(Action::Edit(Edit::SetEdge {
            candidate,
            edge: edge.id,
            kind,
            label: edge.label.clone(),
        }));
    }
    fields.property_ui(ui, input.candidate, FieldKey::EdgeLabel(edge.id), actions);
    ui.add_space(theme::SECTION_GAP);
    if parts::command_button(ui, Command::Delete, input) {
        actions.push(Action::Command(Command::Delete));
    }
}
