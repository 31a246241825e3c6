//! The decision panel: a new workspace asks for its title; the problem,
//! three drivers and the people are written in the window, each change one
//! undoable step, saved with the workspace and shown in the exported ADR.

use egui::Key;
use egui_kittest::kittest::Queryable;

use crate::support::{App, ctrl, harness, set_field};

/// Types into the field called `label` and leaves it with Escape (a
/// multi-line field would take a Tab as text).
fn write(h: &mut App, label: &str, text: &str) {
    h.get_by_label(label).click();
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
    h.key_press(Key::Escape);
    h.run();
}

fn decision(h: &App) -> plinth::workspace::Decision {
    h.state().document().workspace().decision.clone()
}

#[test]
fn the_decision_is_written_in_the_window_undone_step_by_step_and_exported() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path());
    assert_eq!(
        decision(&h).title,
        "",
        "a new workspace has no made-up title"
    );

    h.get_by_label("What are you deciding?").click();
    h.run();
    h.get_by_label("What are you deciding?")
        .type_text("Queue or direct calls for order events");
    h.run();
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(decision(&h).title, "Queue or direct calls for order events");
    assert!(
        h.query_by_label("What are you deciding?").is_none(),
        "the prompt goes once the title is set"
    );

    h.get_all_by_label("Decision").next().unwrap().click();
    h.run();
    write(
        &mut h,
        "Problem statement",
        "Orders must reach billing.\n\nEven when billing is down.",
    );
    for (n, driver) in [
        "No lost order",
        "Billing may be down for an hour",
        "Two engineers",
    ]
    .iter()
    .enumerate()
    {
        h.get_by_label("Add driver").click();
        h.run();
        write(&mut h, &format!("Driver {}", n + 1), driver);
    }
    set_field(&mut h, "Decision-makers", "Ana Lima, Tom Berg");
    set_field(&mut h, "Consulted", "Billing team");
    set_field(&mut h, "Informed", "Support");
    let d = decision(&h);
    assert_eq!(
        d.problem,
        "Orders must reach billing.\n\nEven when billing is down."
    );
    assert_eq!(
        d.drivers,
        [
            "No lost order",
            "Billing may be down for an hour",
            "Two engineers"
        ]
    );
    assert_eq!(d.decision_makers, ["Ana Lima", "Tom Berg"]);
    assert_eq!(d.consulted, ["Billing team"]);
    assert_eq!(d.informed, ["Support"]);

    // Leave the field Tab moved to (a text field takes Ctrl+Z for itself).
    h.key_press(Key::Escape);
    h.run();
    ctrl(&mut h, Key::Z);
    assert!(
        decision(&h).informed.is_empty(),
        "one undo takes back one field"
    );
    assert_eq!(decision(&h).consulted, ["Billing team"]);
    ctrl(&mut h, Key::Z);
    assert!(decision(&h).consulted.is_empty());
    ctrl_shift_z(&mut h);
    assert_eq!(
        decision(&h).consulted,
        ["Billing team"],
        "and redo brings it back"
    );

    let folder = dir.path().join("decisions");
    ctrl(&mut h, Key::E);
    assert!(h.state().is_exporting());
    set_field(&mut h, "ADR folder", &folder.display().to_string());
    set_field(&mut h, "Date", "2026-02-03");
    h.get_by_label("Save ADR").click();
    h.run();
    let file = folder.join("0001-queue-or-direct-calls-for-order-events.md");
    let adr = std::fs::read_to_string(&file).unwrap();
    for said in [
        "# Queue or direct calls for order events\n",
        "decision-makers: Ana Lima, Tom Berg\n",
        "consulted: Billing team\n",
        "Orders must reach billing.\n\nEven when billing is down.\n",
        "* No lost order\n* Billing may be down for an hour\n* Two engineers\n",
    ] {
        assert!(adr.contains(said), "`{said}` is not in\n{adr}");
    }
    assert!(
        adr.contains("informed: \"\"\n"),
        "the undone field stays undone:\n{adr}"
    );
}

fn ctrl_shift_z(h: &mut App) {
    crate::support::ctrl_shift(h, Key::Z);
}

#[test]
fn choosing_another_option_asks_for_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = crate::support::with_example(dir.path(), "startup");
    h.get_all_by_label("Decision").next().unwrap().click();
    h.run();
    assert!(
        h.query_by_label("Why this option rather than the winner?")
            .is_none()
    );
    h.get_by_label("Chosen option").click();
    h.run();
    h.get_all_by_label_contains("Modular monolith (")
        .next()
        .unwrap()
        .click();
    h.run();
    write(
        &mut h,
        "Why this option rather than the winner?",
        "Hiring follows modules.",
    );
    let d = decision(&h);
    let chosen = h
        .state()
        .document()
        .workspace()
        .candidate(d.chosen.unwrap())
        .unwrap();
    assert_eq!(chosen.name, "Modular monolith");
    assert_eq!(d.chosen_reason, "Hiring follows modules.");
}

#[test]
fn the_export_dialog_lists_the_folder_and_accepts_a_record() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("decisions");
    std::fs::create_dir_all(&folder).unwrap();
    let record = "---\nstatus: proposed\ndate: 2026-01-05\n---\n\n# Use Postgres\n\nWhy.\n";
    std::fs::write(folder.join("0001-use-postgres.md"), record).unwrap();
    let mut h = crate::support::with_example(dir.path(), "checkout");
    ctrl(&mut h, Key::E);
    set_field(&mut h, "ADR folder", &folder.display().to_string());
    h.get_by_label("Decisions in this folder (1)").click();
    h.run();
    assert!(h.query_by_label("Use Postgres").is_some());
    h.get_by_label("Status of ADR 1").click();
    h.run();
    h.get_by_label("accepted").click();
    h.run();
    let text = std::fs::read_to_string(folder.join("0001-use-postgres.md")).unwrap();
    assert_eq!(text, record.replace("proposed", "accepted"));
    assert!(
        h.query_by_label_contains("ADR 1 is now accepted").is_some(),
        "the dialog says what it did"
    );
}
