//! The export dialog: an ADR saved into a folder gets the next number and
//! is byte-for-byte what `plinth export adr` writes; the diagram is what
//! `plinth export mermaid` prints, and replacing a file is asked first.

use clap::Parser;
use egui::Key;
use egui_kittest::kittest::Queryable;

use crate::support::{candidate, ctrl, ctrl_shift, set_field, with_example};
use crate::test_files::file_names;
use plinth::evaluate::DatumChoice;

/// Runs the CLI; returns its exit code as success or not, and stdout.
fn cli(args: &[&str]) -> (bool, String) {
    let cli = plinth::cli::Cli::parse_from(args);
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = plinth::cli::run(&cli, cli.command.as_ref().unwrap(), &mut out, &mut err);
    let ok = code == std::process::ExitCode::SUCCESS;
    (ok, String::from_utf8(out).unwrap())
}

fn adr(number: u32, title: &str) -> String {
    format!("---\nstatus: accepted\ndate: 2025-01-0{number}\n---\n# {title}\n")
}

#[test]
fn an_adr_is_saved_with_the_next_number_as_the_cli_writes_it() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("decisions");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join("0001-use-postgres.md"), adr(1, "Use Postgres")).unwrap();
    std::fs::write(folder.join("0002-use-kafka.md"), adr(2, "Use Kafka")).unwrap();
    let mut h = with_example(dir.path(), "checkout");

    ctrl(&mut h, Key::E);
    assert!(h.state().is_exporting());
    set_field(&mut h, "ADR folder", &folder.display().to_string());
    set_field(&mut h, "Date", "2026-02-03");
    let title = h.state().document().workspace().decision.title.clone();
    let name = plinth::export::adr::file_name(3, &title, plinth::export::adr::Dialect::Madr);
    assert!(
        h.query_by_label(&format!("This will be ADR 3: {name}"))
            .is_some(),
        "the dialog names the number before saving"
    );
    h.get_by_label("Save ADR").click();
    h.run();
    let written = folder.join(&name);
    assert!(written.exists(), "{:?}", file_names(&folder));
    assert_eq!(file_names(&folder).len(), 3, "nothing else was touched");
    assert!(
        h.query_by_label(&format!(
            "This will be ADR 4: {}",
            name.replace("0003", "0004")
        ))
        .is_some(),
        "the folder is read again"
    );

    // The CLI, on the same workspace with the same date, into a copy of the
    // folder as it was.
    let workspace = dir.path().join("checkout.ron");
    plinth::storage::save_workspace(&workspace, h.state().document().workspace()).unwrap();
    let cli_folder = dir.path().join("cli");
    std::fs::create_dir_all(&cli_folder).unwrap();
    for old in ["0001-use-postgres.md", "0002-use-kafka.md"] {
        std::fs::copy(folder.join(old), cli_folder.join(old)).unwrap();
    }
    let (ok, _) = cli(&[
        "plinth",
        "--no-user-catalog",
        "export",
        "adr",
        &workspace.display().to_string(),
        "--dir",
        &cli_folder.display().to_string(),
        "--date",
        "2026-02-03",
    ]);
    assert!(ok);
    assert_eq!(
        std::fs::read(&written).unwrap(),
        std::fs::read(cli_folder.join(&name)).unwrap(),
        "byte for byte what the CLI writes"
    );
}

#[test]
fn the_diagram_is_the_cli_mermaid_and_replacing_a_file_is_asked_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "checkout");
    ctrl_shift(&mut h, Key::E);
    let file = dir.path().join("saga.mmd");
    std::fs::write(&file, "old").unwrap();
    set_field(&mut h, "Diagram file", &file.display().to_string());
    h.get_by_label("Save diagram").click();
    h.run();
    assert!(h.query_by_label("Replace the file?").is_some());
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "old", "not yet");
    h.get_by_label("Cancel").click();
    h.run();
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "old");

    h.get_by_label("Save diagram").click();
    h.run();
    h.get_by_label("Replace").click();
    h.run();
    let workspace = dir.path().join("checkout.ron");
    plinth::storage::save_workspace(&workspace, h.state().document().workspace()).unwrap();
    let name = candidate(&h).name.clone();
    let (ok, printed) = cli(&[
        "plinth",
        "--no-user-catalog",
        "export",
        "mermaid",
        &workspace.display().to_string(),
        "--candidate",
        &name,
    ]);
    assert!(ok);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), printed);
    assert!(
        dir.path().join("saga.mmd.bak").exists(),
        "the old file is kept"
    );
}

#[test]
fn the_adr_compares_with_the_datum_chosen_in_the_window_as_the_cli_does() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("decisions");
    let mut h = with_example(dir.path(), "legacy-shop");
    ctrl(&mut h, Key::E);
    set_field(&mut h, "ADR folder", &folder.display().to_string());
    set_field(&mut h, "Date", "2026-02-03");
    let picker = h.get_by_role_and_label(egui::accesskit::Role::ComboBox, "Datum");
    assert_eq!(
        picker.value().as_deref(),
        Some("Keep the monolith (status quo)"),
        "the dialog's datum picker starts at the status quo"
    );
    let rewrite = "Big-bang rewrite as services";
    let id = candidate_id(&h, rewrite);
    // The picker pushes this action; the comparison follows the same choice.
    h.state_mut()
        .push(plinth::ui::Action::ChooseDatum(DatumChoice::Candidate(id)));
    h.run();
    h.get_by_label("Save ADR").click();
    h.run();
    let names = file_names(&folder);
    assert_eq!(names.len(), 1, "{names:?}");
    let written = std::fs::read_to_string(folder.join(&names[0])).unwrap();
    assert!(
        written.contains(&format!("Against {rewrite} (chosen as the datum)")),
        "{written}"
    );

    let workspace = dir.path().join("legacy.ron");
    plinth::storage::save_workspace(&workspace, h.state().document().workspace()).unwrap();
    let (ok, text) = cli(&[
        "plinth",
        "--no-user-catalog",
        "export",
        "adr",
        &workspace.display().to_string(),
        "--stdout",
        "--date",
        "2026-02-03",
        "--datum",
        rewrite,
    ]);
    assert!(ok);
    assert_eq!(written, text, "byte for byte what the CLI writes");
}

fn candidate_id(h: &crate::support::App, name: &str) -> plinth::design::CandidateId {
    let ws = h.state().document().workspace();
    ws.candidates().iter().find(|c| c.name == name).unwrap().id
}
