//! The context panel, the comparison and the sensitivity view: the window
//! shows what the core computes.

use egui::Key;
use egui_kittest::kittest::Queryable;
use plinth::evaluate::{analyse, evaluate};
use plinth::scoring::Criterion;
use plinth::ui::comparison::{cell_name, signed};

use crate::support::{App, ctrl, with_example};

/// Shows the context tab of the right panel.
fn open_context(h: &mut App) {
    h.get_by_label("Context").click();
    h.run();
}

fn winner(h: &App) -> String {
    h.state().ranking().winner().unwrap().name.clone()
}

/// Types `value` into the number field called `label` and confirms.
fn type_number(h: &mut App, label: &str, value: &str) {
    h.get_by_label(label).click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    h.run();
    h.get_by_label(label).type_text(value);
    h.run();
    h.key_press(Key::Enter);
    h.run();
}

#[test]
fn a_bigger_team_changes_the_ranking_as_the_core_says() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "startup");
    let catalog = h.state().catalog().clone();
    assert_eq!(h.state().document().workspace().context.team_size, 4);
    assert_eq!(winner(&h), "Monolith");
    let steps = h.state().document().history().revision();

    open_context(&mut h);
    type_number(&mut h, "Team size", "60");

    let ws = h.state().document().workspace().clone();
    assert_eq!(ws.context.team_size, 60);
    assert_eq!(
        *h.state().ranking(),
        evaluate(&ws, &catalog),
        "the ranking shown is the core's"
    );
    assert_ne!(winner(&h), "Monolith", "sixty engineers change the winner");
    assert_eq!(
        h.state().document().history().revision(),
        steps + 1,
        "one edit"
    );
    let top = h.state().ranking().scores[0].clone();
    assert!(
        h.query_by_label(&format!("{}: rank 1, {:.1} points", top.name, top.total))
            .is_some(),
        "the comparison's first column is the new winner"
    );

    ctrl(&mut h, Key::Z);
    assert_eq!(h.state().document().workspace().context.team_size, 4);
    assert_eq!(winner(&h), "Monolith", "undo brings the old ranking back");
}

#[test]
fn a_slider_drag_is_one_edit() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "startup");
    open_context(&mut h);
    let rail = h.get_by_label("Team size slider").rect();
    crate::support::drag(
        &mut h,
        rail.left_center() + egui::vec2(6.0, 0.0),
        rail.right_center() - egui::vec2(2.0, 0.0),
    );
    let team = h.state().document().workspace().context.team_size;
    assert!(team > 50, "dragged to {team}");
    assert_eq!(
        h.state().document().history().revision(),
        1,
        "the whole drag is one edit"
    );
    ctrl(&mut h, Key::Z);
    assert_eq!(h.state().document().workspace().context.team_size, 4);
}

#[test]
fn experience_and_a_constraint_are_edits_too() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "startup");
    open_context(&mut h);
    h.get_by_label("Senior").click();
    h.run();
    assert_eq!(
        h.state().document().workspace().context.experience,
        plinth::context::Experience::Senior
    );
    assert_eq!(h.state().document().history().revision(), 1);
    let gpus = plinth::catalog::Facet::NeedsGpu;
    let forbidden = |h: &App| {
        h.state()
            .document()
            .workspace()
            .context
            .constraints
            .forbidden_facets
            .contains(&gpus)
    };
    assert!(!forbidden(&h));
    h.get_by_label("Needs GPUs forbidden").scroll_to_me();
    h.run();
    h.get_by_label("Needs GPUs forbidden").click();
    h.run();
    assert!(forbidden(&h));
    let ws = h.state().document().workspace().clone();
    assert_eq!(
        *h.state().ranking(),
        evaluate(&ws, h.state().catalog()),
        "scores follow at once"
    );
    assert_eq!(
        h.state().document().history().revision(),
        2,
        "one edit each"
    );
    ctrl(&mut h, Key::Z);
    assert!(!forbidden(&h));
}

#[test]
fn clicking_a_cell_lists_its_contributions() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "startup");
    let score = h.state().ranking().scores[0].clone();
    let team_fit: Vec<_> = score
        .contributions
        .iter()
        .filter(|c| c.criterion == Criterion::TeamFit)
        .cloned()
        .collect();
    assert!(!team_fit.is_empty());
    let first = &team_fit[0];
    assert!(h.query_by_label(&first.reason.to_string()).is_none());

    h.get_by_label(&cell_name(Criterion::TeamFit, &score.name))
        .click();
    h.run();
    assert!(
        h.query_by_label(&format!("{}: {}", score.name, Criterion::TeamFit.label()))
            .is_some()
    );
    for c in &team_fit {
        assert!(
            h.query_by_label(&c.reason.to_string()).is_some(),
            "{}",
            c.reason
        );
        assert!(h.query_by_label(&c.subject).is_some(), "{}", c.subject);
        assert!(h.query_by_label(&signed(c.points)).is_some());
    }
}

#[test]
fn the_sensitivity_view_reads_the_core_analysis_aloud() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "startup");
    h.get_by_label("Sensitivity").click();
    h.run();
    let ws = h.state().document().workspace().clone();
    let analysis = analyse(ws.candidates(), h.state().catalog(), &ws.context);
    assert!(h.query_by_label(&analysis.summary).is_some());
    let flip = &analysis.weight_flips[0];
    assert!(
        h.query_by_label(&format!("• {}", flip.sentence)).is_some(),
        "{}",
        flip.sentence
    );
    for crossover in &analysis.crossovers {
        assert!(
            h.query_by_label(&format!("• {}", crossover.sentence))
                .is_some()
        );
    }
}
