//! The review findings of the candidate on the canvas: severity, message
//! and the nodes involved. Choosing one selects, highlights and frames its
//! nodes on the canvas; "Apply fix" adds the suggested pattern and connects
//! it as one undoable edit (`fix_edit`), offered only when it resolves the
//! finding.

use egui::{Color32, RichText};

use super::actions::Action;
use super::theme;
use crate::catalog::Catalog;
use crate::design::{Candidate, Finding};
use crate::workspace::Edit;
use crate::workspace::fix::fix_sentence;

/// What the list reads this frame.
pub struct ReviewInput<'a> {
    pub candidate: &'a Candidate,
    pub catalog: &'a Catalog,
    pub findings: &'a [Finding],
    /// The fix of each finding, in the same order.
    pub fixes: &'a [Option<Edit>],
    /// The chosen finding.
    pub selected: Option<usize>,
}

/// Draws the list.
pub fn review_ui(ui: &mut egui::Ui, input: &ReviewInput<'_>, actions: &mut Vec<Action>) {
    if input.findings.is_empty() {
        ui.label(
            RichText::new(format!(
                "The review found nothing to raise about {}.",
                input.candidate.name
            ))
            .color(theme::SUCCESS),
        );
        return;
    }
    ui.weak(format!(
        "{} finding(s) on {}. Click one to see its nodes on the canvas.",
        input.findings.len(),
        input.candidate.name
    ));
    egui::ScrollArea::vertical()
        .id_salt("findings")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for (index, finding) in input.findings.iter().enumerate() {
                finding_ui(ui, input, index, finding, actions);
                ui.separator();
            }
        });
}

fn finding_ui(
    ui: &mut egui::Ui,
    input: &ReviewInput<'_>,
    index: usize,
    finding: &Finding,
    actions: &mut Vec<Action>,
) {
    let fix = input.fixes.get(index).and_then(Option::as_ref);
    ui.horizontal(|ui| {
        fix_button_ui(ui, input, finding, fix, actions);
        let severity = RichText::new(finding.severity.key())
            .strong()
            .color(theme::severity_colour(finding.severity));
        ui.label(severity);
        let selected = input.selected == Some(index);
        let message = ui
            .add(egui::Button::selectable(selected, &finding.message).wrap())
            .on_hover_text("Select and frame these nodes on the canvas");
        if message.clicked() {
            actions.push(Action::SelectFinding(index));
        }
    });
    let names: Vec<&str> = finding
        .nodes
        .iter()
        .filter_map(|id| input.candidate.node(*id))
        .map(|n| n.label.as_str())
        .collect();
    ui.horizontal_wrapped(|ui| {
        ui.weak(format!("rule {}", finding.rule));
        if !names.is_empty() {
            ui.weak(format!("· on {}", names.join(", ")));
        }
    });
}

/// "Apply fix", disabled with the reason when no fix resolves the finding.
fn fix_button_ui(
    ui: &mut egui::Ui,
    input: &ReviewInput<'_>,
    finding: &Finding,
    fix: Option<&Edit>,
    actions: &mut Vec<Action>,
) {
    let pattern = finding
        .fix
        .as_deref()
        .map(|id| input.catalog.pattern(id).map_or(id, |p| p.name.as_str()));
    let button = egui::Button::new("Apply fix").fill(if fix.is_some() {
        theme::SUCCESS.gamma_multiply(0.25)
    } else {
        Color32::TRANSPARENT
    });
    let why_not = match pattern {
        None => "The review suggests no pattern for this finding".to_owned(),
        Some(name) => format!(
            "Adding {name} here would not resolve this finding, or it conflicts with a pattern the design uses"
        ),
    };
    let response = ui
        .add_enabled(fix.is_some(), button)
        .on_disabled_hover_text(why_not);
    let response = match fix_sentence(input.candidate, finding, input.catalog) {
        Some(sentence) => response.on_hover_text(format!("{sentence} (one undoable step)")),
        None => response,
    };
    if response.clicked()
        && let Some(edit) = fix
    {
        actions.push(Action::Edit(edit.clone()));
    }
}
