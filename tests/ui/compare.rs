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

/// The example's candidate called `name`.
fn candidate_id(h: &App, name: &str) -> plinth::design::CandidateId {
    let ws = h.state().document().workspace();
    ws.candidates().iter().find(|c| c.name == name).unwrap().id
}

#[test]
fn a_candidate_named_as_the_status_quo_is_the_datum_of_the_comparison() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "startup");
    assert!(
        h.query_by_label_contains("Against ").is_none(),
        "no status quo, no datum row"
    );
    let id = candidate_id(&h, "Modular monolith");
    h.state_mut().push(plinth::ui::Action::Edit(
        plinth::workspace::Edit::RenameCandidate {
            candidate: id,
            name: "Modular monolith (status quo)".into(),
        },
    ));
    h.run();
    let ranking = h.state().ranking().clone();
    let view = plinth::evaluate::datum_for(&ranking, None)
        .unwrap()
        .expect("the renamed candidate is the status quo");
    assert_eq!(view.datum, id);
    assert!(
        h.query_by_label("Against Modular monolith (status quo)")
            .is_some()
    );
    assert!(
        h.query_by_label("datum").is_some(),
        "the datum's own column"
    );
    for c in &view.comparisons {
        let counts = format!("{} +, {} S, {} -", c.better, c.same, c.worse);
        assert!(h.query_all_by_label(&counts).next().is_some(), "{counts}");
    }
    let margin = plinth::evaluate::margin(&ranking).unwrap();
    assert!(
        h.query_by_label(&margin.sentence).is_some(),
        "{}",
        margin.sentence
    );
}

#[test]
fn moving_the_first_slider_of_unset_weights_keeps_the_others_as_shown() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "startup");
    let catalog = h.state().catalog().clone();
    let mut context = h.state().document().workspace().context.clone();
    context.weights.clear();
    h.state_mut().push(plinth::ui::Action::Edit(
        plinth::workspace::Edit::SetContext(Box::new(context)),
    ));
    h.run();
    open_context(&mut h);
    assert!(
        h.query_by_label("No weight is set, so every quality attribute counts the same (3).")
            .is_some()
    );
    let rail = h
        .get_by_role_and_label(egui::accesskit::Role::Slider, "Latency")
        .rect();
    crate::support::drag(
        &mut h,
        rail.left_center() + egui::vec2(6.0, 0.0),
        rail.right_center() + egui::vec2(20.0, 0.0),
    );
    let ws = h.state().document().workspace().clone();
    let weights = &ws.context.weights;
    assert_eq!(weights.len(), plinth::catalog::QualityAttribute::ALL.len());
    assert_eq!(weights[&plinth::catalog::QualityAttribute::Latency], 5);
    assert!(
        weights
            .iter()
            .filter(|(a, _)| **a != plinth::catalog::QualityAttribute::Latency)
            .all(|(_, w)| *w == 3),
        "{weights:?}"
    );
    assert_eq!(*h.state().ranking(), evaluate(&ws, &catalog));
}

#[test]
fn the_window_scores_the_same_weights_as_the_core_and_the_file() {
    use plinth::catalog::QualityAttribute::{CostEfficiency, Latency};
    let weight_sets: [&[(plinth::catalog::QualityAttribute, u8)]; 3] =
        [&[], &[(Latency, 3)], &[(Latency, 5), (CostEfficiency, 2)]];
    for example in ["startup", "ai-support", "checkout"] {
        let dir = tempfile::tempdir().unwrap();
        let mut h = with_example(dir.path(), example);
        let catalog = h.state().catalog().clone();
        for weights in weight_sets {
            let mut context = h.state().document().workspace().context.clone();
            context.weights = weights.iter().copied().collect();
            h.state_mut().push(plinth::ui::Action::Edit(
                plinth::workspace::Edit::SetContext(Box::new(context)),
            ));
            h.run();
            let ws = h.state().document().workspace().clone();
            let text = plinth::workspace::file::to_ron(&ws).unwrap();
            let reread = plinth::workspace::file::from_str("w.ron", &text).unwrap();
            assert_eq!(
                *h.state().ranking(),
                evaluate(&reread, &catalog),
                "{example} {weights:?}: the window's derived data is the file's"
            );
        }
        open_context(&mut h);
        assert!(
            h.query_by_role_and_label(egui::accesskit::Role::Slider, "Latency")
                .is_some()
        );
        assert!(
            h.query_by_role_and_label(egui::accesskit::Role::Slider, "Scalability (not set)")
                .is_some(),
            "a weight not set says so"
        );
    }
}
