//! The context panel: who builds the design and what matters to them —
//! team size, experience, complexity budget, a weight per quality
//! attribute, and hard constraints. Every change is one `SetContext` edit
//! per gesture: the widgets edit a draft, and the draft is committed when
//! the gesture ends (a slider drag on release, a number when its field is
//! left), so a drag is one undo step and the scores follow at once.

use egui::RichText;

use super::actions::Action;
use super::fields::gesture_open;
use super::theme;
use crate::catalog::{Facet, QualityAttribute};
use crate::context::{EvaluationContext, Experience, MAX_WEIGHT};
use crate::workspace::Edit;

/// The slider's range for the team size (the number field goes further).
const TEAM_SLIDER_MAX: u32 = 100;
/// The slider's range for the complexity budget.
const BUDGET_SLIDER_MAX: u32 = 60;

/// A context being changed by a gesture that has not ended yet.
#[derive(Debug, Default)]
pub struct ContextDraft {
    draft: Option<EvaluationContext>,
}

/// Draws the panel for `context`; pushes one edit when a gesture ends.
pub fn context_panel_ui(
    ui: &mut egui::Ui,
    context: &EvaluationContext,
    draft: &mut ContextDraft,
    actions: &mut Vec<Action>,
) {
    let mut edited = draft.draft.clone().unwrap_or_else(|| context.clone());
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            team_ui(ui, &mut edited);
            ui.add_space(theme::SECTION_GAP);
            weights_ui(ui, &mut edited);
            ui.add_space(theme::SECTION_GAP);
            constraints_ui(ui, &mut edited);
            problems_ui(ui, &edited);
        });
    let started = draft.draft.is_none() && edited != *context;
    draft.draft = (edited != *context).then_some(edited);
    if !gesture_open(ui)
        && let Some(done) = draft.draft.take()
    {
        actions.push(Action::Edit(Edit::SetContext(Box::new(done))));
    } else if started && ui.input(|i| i.pointer.any_down()) {
        // A click's release can come a frame after its press with no other
        // input: make sure that frame happens.
        ui.ctx().request_repaint();
    }
}

fn team_ui(ui: &mut egui::Ui, c: &mut EvaluationContext) {
    ui.heading("Team");
    ui.label("Team size (engineers)");
    ui.horizontal(|ui| {
        let mut slider = c.team_size.min(TEAM_SLIDER_MAX);
        let moved = ui
            .add(
                egui::Slider::new(&mut slider, 1..=TEAM_SLIDER_MAX)
                    .logarithmic(true)
                    .show_value(false),
            )
            .accessible_name("Team size slider")
            .changed();
        if moved {
            c.team_size = slider;
        }
        ui.add(egui::DragValue::new(&mut c.team_size).range(1..=100_000))
            .accessible_name("Team size");
    });
    ui.label("Experience");
    ui.horizontal(|ui| {
        for level in Experience::ALL {
            ui.selectable_value(&mut c.experience, level, super::sentence_case(level.key()));
        }
    });
    ui.label("Complexity budget")
        .on_hover_text("The total complexity (1-5 per distinct pattern) the team can carry");
    ui.horizontal(|ui| {
        let mut slider = c.complexity_budget.min(BUDGET_SLIDER_MAX);
        if ui
            .add(egui::Slider::new(&mut slider, 0..=BUDGET_SLIDER_MAX).show_value(false))
            .accessible_name("Complexity budget slider")
            .changed()
        {
            c.complexity_budget = slider;
        }
        ui.add(egui::DragValue::new(&mut c.complexity_budget).range(0..=10_000))
            .accessible_name("Complexity budget");
    });
}

/// A slider per quality attribute, showing the weight it is scored with.
/// The weights rule ([`crate::context::DEFAULT_WEIGHT`]) is stated above
/// them. The window shows every weight, so moving the first slider of a
/// workspace with none set sets every weight as shown (3), then the one moved.
fn weights_ui(ui: &mut egui::Ui, c: &mut EvaluationContext) {
    ui.heading("Priorities");
    ui.weak("0 ignores a quality, 5 makes it critical.");
    ui.weak(c.weights_rule());
    let partial = !c.weights.is_empty();
    egui::Grid::new("weights")
        .num_columns(2)
        .spacing([10.0, 4.0])
        .show(ui, |ui| {
            for attribute in QualityAttribute::ALL {
                let name = super::sentence_case(attribute.label());
                let label = if partial && !c.weight_is_set(attribute) {
                    ui.weak(format!("{name} (not set)"))
                } else {
                    ui.label(name)
                };
                let mut weight = c.weight(attribute);
                let slider = egui::Slider::new(&mut weight, 0..=MAX_WEIGHT).integer();
                if ui.add(slider).labelled_by(label.id).changed() {
                    if c.weights.is_empty() {
                        c.weights = c.effective_weights();
                    }
                    c.weights.insert(attribute, weight);
                }
                ui.end_row();
            }
        });
    if partial
        && ui
            .button("Clear the priorities")
            .on_hover_text("Unset every weight: each quality then counts the same (3)")
            .clicked()
    {
        c.weights.clear();
    }
}

fn constraints_ui(ui: &mut egui::Ui, c: &mut EvaluationContext) {
    ui.heading("Hard constraints");
    ui.weak("A candidate that breaks one is infeasible, whatever its score.");
    let mut limited = c.constraints.max_complexity.is_some();
    ui.horizontal(|ui| {
        if ui
            .checkbox(&mut limited, "No pattern more complex than")
            .changed()
        {
            c.constraints.max_complexity = limited.then_some(3);
        }
        if let Some(max) = c.constraints.max_complexity.as_mut() {
            ui.add(egui::DragValue::new(max).range(1..=5))
                .accessible_name("Maximum complexity");
        }
    });
    egui::Grid::new("facets")
        .num_columns(3)
        .spacing([10.0, 2.0])
        .striped(true)
        .show(ui, |ui| {
            ui.strong("Facet");
            ui.strong("Required");
            ui.strong("Forbidden");
            ui.end_row();
            for facet in Facet::ALL {
                facet_row_ui(ui, c, facet);
                ui.end_row();
            }
        });
}

/// One facet: required and forbidden exclude each other.
fn facet_row_ui(ui: &mut egui::Ui, c: &mut EvaluationContext, facet: Facet) {
    let name = facet_label(facet);
    ui.label(name);
    let rules = &mut c.constraints;
    let mut required = rules.required_facets.contains(&facet);
    let mut forbidden = rules.forbidden_facets.contains(&facet);
    if ui
        .checkbox(&mut required, "")
        .accessible_name(format!("{name} required"))
        .changed()
    {
        set(&mut rules.required_facets, facet, required);
        if required {
            rules.forbidden_facets.remove(&facet);
        }
    }
    if ui
        .checkbox(&mut forbidden, "")
        .accessible_name(format!("{name} forbidden"))
        .changed()
    {
        set(&mut rules.forbidden_facets, facet, forbidden);
        if forbidden {
            rules.required_facets.remove(&facet);
        }
    }
}

fn set(set: &mut std::collections::BTreeSet<Facet>, facet: Facet, on: bool) {
    if on {
        set.insert(facet);
    } else {
        set.remove(&facet);
    }
}

/// A facet in words.
pub fn facet_label(facet: Facet) -> &'static str {
    match facet {
        Facet::Distributed => "Distributed",
        Facet::Stateful => "Stateful",
        Facet::NeedsLlm => "Needs an LLM",
        Facet::NeedsGpu => "Needs GPUs",
        Facet::NeedsCloudProvider => "Needs a cloud provider",
        Facet::NeedsKubernetes => "Needs Kubernetes",
        Facet::NeedsMessageBroker => "Needs a message broker",
        Facet::EventualConsistency => "Eventual consistency",
        Facet::MultiRegion => "Multi-region",
        Facet::SpecialisedDatastore => "Specialised datastore",
    }
}

fn problems_ui(ui: &mut egui::Ui, c: &EvaluationContext) {
    for problem in c.problems() {
        ui.label(RichText::new(super::sentence_case(&problem)).color(theme::ERROR));
    }
}
