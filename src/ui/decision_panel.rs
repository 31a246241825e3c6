//! The decision panel: everything the ADR says that is not drawn or scored
//! — title, problem statement, decision drivers (in order), the people,
//! status and date, the option chosen (the winner unless the team chose
//! another, with the reason) and free notes per candidate.
//!
//! The widgets edit a draft kept in egui's memory; the draft becomes one
//! undoable edit when its gesture ends: when the text field being typed in
//! is left (Tab, a click elsewhere), or at once for a button, a choice or a
//! drag. So typing a title is one step, not one per letter, and every
//! change reaches the export preview as soon as it is committed.

use std::collections::BTreeMap;

use egui::{Id, RichText};

use super::actions::Action;
use super::theme;
use crate::design::CandidateId;
use crate::scoring::Ranking;
use crate::workspace::{Decision, Edit, Status, Workspace};

/// What the panel shows and edits, including text still being typed.
#[derive(Debug, Clone, PartialEq, Default)]
struct View {
    decision: Decision,
    /// Decision-makers, consulted, informed as typed (comma-separated).
    people: [String; 3],
    notes: BTreeMap<CandidateId, String>,
}

impl View {
    fn of(ws: &Workspace) -> Self {
        let d = &ws.decision;
        Self {
            decision: d.clone(),
            people: [&d.decision_makers, &d.consulted, &d.informed].map(|p| p.join(", ")),
            notes: ws
                .candidates()
                .iter()
                .map(|c| (c.id, c.notes.clone()))
                .collect(),
        }
    }

    /// The decision as it would be saved (people split at commas).
    fn decision(&self) -> Decision {
        let split = |text: &str| -> Vec<String> {
            text.split(',')
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(str::to_owned)
                .collect()
        };
        let [makers, consulted, informed] = &self.people;
        let mut decision = self.decision.clone();
        decision.decision_makers = split(makers);
        decision.consulted = split(consulted);
        decision.informed = split(informed);
        decision
    }

    /// The edits that make `ws` say what the view says (one step).
    fn edits(&self, ws: &Workspace) -> Option<Edit> {
        let mut edits = Vec::new();
        let decision = self.decision();
        if decision != ws.decision {
            edits.push(Edit::SetDecision(Box::new(decision)));
        }
        for candidate in ws.candidates() {
            if let Some(notes) = self
                .notes
                .get(&candidate.id)
                .filter(|n| **n != candidate.notes)
            {
                edits.push(Edit::SetCandidateNotes {
                    candidate: candidate.id,
                    notes: notes.clone(),
                });
            }
        }
        match edits.len() {
            0 => None,
            1 => edits.pop(),
            _ => Some(Edit::Batch(edits)),
        }
    }
}

/// A change whose gesture has not ended, and the widget it started in.
#[derive(Debug, Clone, Default)]
struct Draft {
    view: Option<View>,
    focus: Option<Id>,
}

fn draft_id() -> Id {
    Id::unique("plinth-decision-draft")
}

/// The id of the title field (focused by the title prompt).
fn title_field_id() -> Id {
    Id::unique("plinth-decision-title")
}

/// Draws the panel; pushes one edit when a gesture ends.
pub fn decision_panel_ui(
    ui: &mut egui::Ui,
    ws: &Workspace,
    ranking: &Ranking,
    actions: &mut Vec<Action>,
) {
    let mut draft: Draft = ui.data(|d| d.get_temp(draft_id())).unwrap_or_default();
    let fresh = View::of(ws);
    let mut view = draft.view.clone().unwrap_or_else(|| fresh.clone());
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            parts::record_ui(ui, &mut view);
            ui.add_space(theme::SECTION_GAP);
            parts::choice_ui(ui, &mut view.decision, ws, ranking);
            ui.add_space(theme::SECTION_GAP);
            notes_ui(ui, &mut view, ws);
        });
    let focus = ui.ctx().memory(egui::Memory::focused);
    if view == fresh {
        draft = Draft::default();
    } else if draft.view.is_none() {
        draft.focus = focus;
        draft.view = Some(view);
    } else {
        draft.view = Some(view);
    }
    let pressing = ui.input(|i| i.pointer.any_down());
    let typing = ui.ctx().text_edit_focused();
    let ended = !pressing && (!typing || focus != draft.focus);
    if ended && let Some(done) = draft.view.take() {
        actions.extend(done.edits(ws).map(Action::Edit));
        draft = Draft::default();
    }
    ui.data_mut(|d| d.insert_temp(draft_id(), draft));
}

/// A prompt above the side panel while the decision has no title: a new
/// workspace starts by naming what is being decided.
pub fn title_prompt_ui(ui: &mut egui::Ui, ws: &Workspace, actions: &mut Vec<Action>) {
    if !ws.decision.title.trim().is_empty() {
        return;
    }
    let id = Id::unique("plinth-title-prompt");
    let mut text: String = ui.data(|d| d.get_temp(id)).unwrap_or_default();
    egui::Frame::group(ui.style()).show(ui, |ui| {
        let label = ui.label(RichText::new("What are you deciding?").strong());
        ui.weak("Name the decision first: it is the title of its record.");
        let field = ui
            .add(
                egui::TextEdit::singleline(&mut text)
                    .id(Id::unique("plinth-title-prompt-field"))
                    .hint_text("Decision title")
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if (ui.button("Set title").clicked() || entered) && !text.trim().is_empty() {
            let mut decision = ws.decision.clone();
            decision.title = text.trim().to_owned();
            actions.push(Action::Edit(Edit::SetDecision(Box::new(decision))));
            text.clear();
        }
    });
    ui.data_mut(|d| d.insert_temp(id, text));
    ui.add_space(theme::SECTION_GAP);
}

/// Free notes per candidate (the ADR prints them under each option).
fn notes_ui(ui: &mut egui::Ui, view: &mut View, ws: &Workspace) {
    ui.heading("Notes per option");
    for candidate in ws.candidates() {
        let notes = view.notes.entry(candidate.id).or_default();
        let label = ui.label(format!("Notes on {}", candidate.name));
        ui.add(
            egui::TextEdit::multiline(notes)
                .id_salt(("candidate-notes", candidate.id.0))
                .desired_rows(2)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    }
}

/// A status in words, for the choice list.
pub fn status_label(status: Status) -> &'static str {
    match status {
        Status::Proposed => "Proposed",
        Status::Accepted => "Accepted",
        Status::Rejected => "Rejected",
        Status::Deprecated => "Deprecated",
        Status::Superseded => "Superseded",
    }
}

/// The people fields' labels, in the order of `View::people`.
const PEOPLE: [&str; 3] = ["Decision-makers", "Consulted", "Informed"];

#[path = "decision_parts.rs"]
mod parts;
