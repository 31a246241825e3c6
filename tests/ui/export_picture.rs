//! The export dialog's picture and report tabs: the picture is what
//! `plinth export svg|png` writes for the same candidate and options, a
//! file in the way is replaced only when confirmed, the picture can be
//! copied as an image, and the report is what `plinth export report` writes.

use clap::Parser;
use egui_kittest::kittest::Queryable;

use crate::support::{candidate, menu, notice_texts, set_field, with_example};

/// Runs the CLI; returns whether it succeeded and what it printed.
fn cli(args: &[&str]) -> (bool, Vec<u8>) {
    let cli = plinth::cli::Cli::parse_from(args);
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = plinth::cli::run(&cli, cli.command.as_ref().unwrap(), &mut out, &mut err);
    (code == std::process::ExitCode::SUCCESS, out)
}

/// Saves the open workspace beside the test's files (for the CLI to read).
fn saved_workspace(h: &crate::support::App, dir: &std::path::Path) -> String {
    let path = dir.join("checkout.ron");
    plinth::storage::save_workspace(&path, h.state().document().workspace()).unwrap();
    path.display().to_string()
}

#[test]
fn the_picture_tab_saves_the_cli_svg_and_asks_before_replacing() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "checkout");
    menu(&mut h, "File", "Export picture…");
    assert!(h.state().is_exporting());
    h.get_by_label("Dark").click();
    h.run();
    h.get_by_label("Transparent").click();
    h.run();
    let file = dir.path().join("picture.svg");
    std::fs::write(&file, "old").unwrap();
    set_field(&mut h, "Picture file", &file.display().to_string());
    h.get_by_label("Save picture").click();
    h.run();
    assert!(h.query_by_label("Replace the file?").is_some());
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "old", "not yet");
    h.get_by_label("Replace").click();
    h.run();

    let workspace = saved_workspace(&h, dir.path());
    let name = candidate(&h).name.clone();
    let (ok, printed) = cli(&[
        "plinth",
        "--no-user-catalog",
        "export",
        "svg",
        &workspace,
        "--candidate",
        &name,
        "--theme",
        "dark",
        "--transparent",
    ]);
    assert!(ok);
    let written = std::fs::read(&file).unwrap();
    assert_eq!(
        String::from_utf8(written).unwrap(),
        String::from_utf8(printed).unwrap()
    );
    assert!(
        dir.path().join("picture.svg.bak").exists(),
        "the old file is kept"
    );
}

#[test]
fn the_picture_tab_writes_a_png_at_the_chosen_scale_and_copies_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "checkout");
    menu(&mut h, "File", "Export picture…");
    h.get_by_label("PNG").click();
    h.run();
    h.get_by_label("1×").click();
    h.run();
    let file = dir.path().join("picture.png");
    set_field(&mut h, "Picture file", &file.display().to_string());
    h.get_by_label("Save picture").click();
    h.run();
    let png = std::fs::read(&file).unwrap();
    assert_eq!(&png[1..4], b"PNG");
    // the PNG's width (bytes 16..20 of the header) is the SVG's at scale 1
    let width = u32::from_be_bytes([png[16], png[17], png[18], png[19]]);
    let workspace = saved_workspace(&h, dir.path());
    let name = candidate(&h).name.clone();
    let (_, svg) = cli(&[
        "plinth",
        "--no-user-catalog",
        "export",
        "svg",
        &workspace,
        "--candidate",
        &name,
    ]);
    let svg = String::from_utf8(svg).unwrap();
    let start = svg.find(" width=\"").unwrap() + 8;
    let svg_width: f32 = svg[start..start + svg[start..].find('"').unwrap()]
        .parse()
        .unwrap();
    assert_eq!(width, svg_width.ceil() as u32);

    h.get_by_label("Copy as PNG").click();
    h.run();
    assert!(
        notice_texts(&h)
            .iter()
            .any(|t| t.starts_with("Copied the picture")),
        "{:?}",
        notice_texts(&h)
    );
}

#[test]
fn the_report_tab_writes_the_cli_report() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_example(dir.path(), "checkout");
    menu(&mut h, "File", "Export report…");
    let file = dir.path().join("report.html");
    set_field(&mut h, "Report file", &file.display().to_string());
    h.get_by_label("Save report").click();
    h.run();
    let written = std::fs::read_to_string(&file).unwrap();
    assert!(written.contains("<html"), "an HTML document");

    let workspace = saved_workspace(&h, dir.path());
    let (ok, printed) = cli(&[
        "plinth",
        "--no-user-catalog",
        "export",
        "report",
        &workspace,
    ]);
    assert!(ok);
    assert_eq!(written, String::from_utf8(printed).unwrap());
    assert!(
        notice_texts(&h)
            .iter()
            .any(|t| t.starts_with("Wrote the decision report")),
        "{:?}",
        notice_texts(&h)
    );
}
