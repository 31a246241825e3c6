//! Pieces of the inspector: the candidate view (nothing selected), several
//! nodes at once, a node's pattern or carried patterns, its group and its
//! review findings.

use egui::RichText;

use super::actions::Action;
use super::commands::Command;
use super::fields::{FieldKey, Fields};
use super::inspector::InspectorInput;
use super::theme;
use crate::catalog::Catalog;
use crate::catalog::blocks::BlockKind;
use crate::design::{Candidate, Finding, Group, GroupId, Node, NodeKind};
use crate::workspace::Edit;

/// Nothing selected: the candidate itself.
pub fn candidate_ui(
    ui: &mut egui::Ui,
    input: &InspectorInput<'_>,
    fields: &mut Fields,
    actions: &mut Vec<Action>,
) {
    let c = input.candidate;
    ui.heading("Candidate");
    fields.property_ui(ui, c, FieldKey::CandidateName(c.id), actions);
    fields.property_ui(ui, c, FieldKey::CandidateNotes(c.id), actions);
    ui.add_space(theme::SECTION_GAP);
    ui.weak(format!(
        "{} nodes, {} connections",
        c.node_count(),
        c.edge_count()
    ));
    groups_ui(ui, c, fields, actions);
    ui.add_space(theme::SECTION_GAP);
    ui.weak(
        "Click a node or a connection to inspect it. Shift-click or shift-drag selects several.",
    );
}

fn groups_ui(ui: &mut egui::Ui, c: &Candidate, fields: &mut Fields, actions: &mut Vec<Action>) {
    if c.groups().next().is_none() {
        return;
    }
    ui.add_space(theme::SECTION_GAP);
    ui.strong("Groups");
    for group in c.groups() {
        ui.horizontal(|ui| {
            if ui
                .small_button("×")
                .on_hover_text("Remove the group (its nodes stay)")
                .clicked()
            {
                actions.push(Action::Edit(Edit::RemoveGroup {
                    candidate: c.id,
                    group: group.id,
                }));
            }
            fields.property_ui(ui, c, FieldKey::GroupName(group.id), actions);
        });
    }
}

/// Several nodes (and maybe connections) at once.
pub fn many_ui(
    ui: &mut egui::Ui,
    input: &InspectorInput<'_>,
    nodes: &[&Node],
    edges: usize,
    actions: &mut Vec<Action>,
) {
    ui.heading(format!("{} nodes selected", nodes.len()));
    if edges > 0 {
        ui.label(format!("and {edges} connection(s)"));
    }
    ui.add_space(theme::SECTION_GAP);
    if !nodes.is_empty() {
        group_choice_ui(ui, input.candidate, nodes, actions);
        if ui
            .button("New group from selection")
            .on_hover_text("Draw a boundary around these nodes")
            .clicked()
        {
            let count = input.candidate.groups().count() + 1;
            actions.push(Action::Edit(Edit::AddGroup {
                candidate: input.candidate.id,
                group: Group {
                    id: GroupId(input.next_id),
                    name: format!("Group {count}"),
                },
                members: nodes.iter().map(|n| n.id).collect(),
            }));
        }
    }
    ui.add_space(theme::SECTION_GAP);
    ui.horizontal(|ui| {
        for command in [Command::Duplicate, Command::Delete] {
            if command_button(ui, command, input) {
                actions.push(Action::Command(command));
            }
        }
    });
}

/// A button for `command` in the panel: its label, its key in the tooltip
/// (a menu's shortcut text beside the label reads as a second button).
pub fn command_button(ui: &mut egui::Ui, command: Command, input: &InspectorInput<'_>) -> bool {
    let mut tip = command.tooltip().to_owned();
    if let Some(shortcut) = command.shortcut() {
        tip.push_str(&format!(" ({})", ui.ctx().format_shortcut(&shortcut)));
    }
    ui.add_enabled(
        command.enabled(&input.commands),
        egui::Button::new(command.label()),
    )
    .on_hover_text(tip)
    .clicked()
}

/// A pattern: its category colour, a link to its page and its complexity.
pub fn pattern_link(
    ui: &mut egui::Ui,
    catalog: &Catalog,
    pattern: &str,
    actions: &mut Vec<Action>,
) {
    let Some(p) = catalog.pattern(pattern) else {
        ui.colored_label(theme::ERROR, format!("`{pattern}` is not in the catalog"));
        return;
    };
    ui.horizontal_wrapped(|ui| {
        let (swatch, _) = ui.allocate_exact_size(theme::SWATCH_SIZE, egui::Sense::hover());
        ui.painter()
            .rect_filled(swatch, 2.0, theme::category_colour(p.category));
        if ui
            .link(&p.name)
            .on_hover_text("Open the pattern's page")
            .clicked()
        {
            actions.push(Action::ShowPattern(p.id.clone()));
        }
        ui.weak(format!("{}/5", p.complexity))
            .on_hover_text("Complexity");
    });
}

/// A building block: the patterns it carries, removable, and a list to add one.
pub fn carried_patterns_ui(
    ui: &mut egui::Ui,
    input: &InspectorInput<'_>,
    node: &Node,
    block: BlockKind,
    patterns: &[String],
    actions: &mut Vec<Action>,
) {
    let set = |patterns: Vec<String>| {
        Action::Edit(Edit::SetNodeKind {
            candidate: input.candidate.id,
            node: node.id,
            kind: NodeKind::Block { block, patterns },
        })
    };
    ui.label("Patterns it uses");
    if patterns.is_empty() {
        ui.weak("none yet");
    }
    for (i, id) in patterns.iter().enumerate() {
        ui.horizontal(|ui| {
            if ui
                .small_button("×")
                .on_hover_text("Stop using this pattern here")
                .clicked()
            {
                let mut rest = patterns.to_vec();
                rest.remove(i);
                actions.push(set(rest));
            }
            pattern_link(ui, input.catalog, id, actions);
        });
    }
    let mut added: Option<String> = None;
    egui::ComboBox::from_id_salt("add-carried-pattern")
        .selected_text("Add a pattern…")
        .width(ui.available_width())
        .show_ui(ui, |ui| {
            for p in input
                .catalog
                .patterns()
                .filter(|p| !patterns.contains(&p.id))
            {
                if ui.selectable_label(false, &p.name).clicked() {
                    added = Some(p.id.clone());
                }
            }
        })
        .response
        .accessible_name("Add a pattern to this node");
    if let Some(id) = added {
        let mut more = patterns.to_vec();
        more.push(id);
        actions.push(set(more));
    }
}

/// Which group the nodes belong to.
pub fn group_choice_ui(
    ui: &mut egui::Ui,
    candidate: &Candidate,
    nodes: &[&Node],
    actions: &mut Vec<Action>,
) {
    if candidate.groups().next().is_none() {
        return;
    }
    let first = nodes.first().and_then(|n| n.group);
    let same = nodes.iter().all(|n| n.group == first);
    let name = |g: Option<GroupId>| {
        g.and_then(|g| candidate.group(g))
            .map_or("No group", |g| g.name.as_str())
    };
    let shown = if same { name(first) } else { "Several groups" };
    let mut picked: Option<Option<GroupId>> = None;
    let label = ui.label("Group");
    egui::ComboBox::from_id_salt("node-group")
        .selected_text(shown)
        .width(ui.available_width())
        .show_ui(ui, |ui| {
            if ui
                .selectable_label(same && first.is_none(), "No group")
                .clicked()
            {
                picked = Some(None);
            }
            for g in candidate.groups() {
                if ui
                    .selectable_label(same && first == Some(g.id), &g.name)
                    .clicked()
                {
                    picked = Some(Some(g.id));
                }
            }
        })
        .response
        .labelled_by(label.id);
    if let Some(chosen) = picked.filter(|c| nodes.iter().any(|n| n.group != *c)) {
        actions.push(Action::Edit(Edit::SetNodeGroup {
            candidate: candidate.id,
            nodes: nodes.iter().map(|n| (n.id, chosen)).collect(),
        }));
    }
}

/// The review's findings about this node.
pub fn findings_ui(
    ui: &mut egui::Ui,
    input: &InspectorInput<'_>,
    node: &Node,
    actions: &mut Vec<Action>,
) {
    let findings = input.findings;
    let mine: Vec<&Finding> = findings
        .iter()
        .filter(|f| f.nodes.contains(&node.id))
        .collect();
    if mine.is_empty() {
        return;
    }
    ui.add_space(theme::SECTION_GAP);
    ui.strong("Review");
    for f in mine {
        ui.horizontal_wrapped(|ui| {
            ui.label(
                RichText::new(f.severity.key())
                    .strong()
                    .color(theme::severity_colour(f.severity)),
            );
            ui.label(&f.message);
        });
        if let Some(fix) = f.fix.as_deref() {
            ui.horizontal(|ui| {
                ui.weak("Fix with");
                pattern_link(ui, input.catalog, fix, actions);
            });
        }
    }
}
