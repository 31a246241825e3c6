//! The workbench window (eframe/egui). A thin layer over the core: panels
//! read the catalog and the workspace and push actions; one place applies
//! them through the history. No domain logic lives here.
//!
//! Only `ui/` and `main.rs` may name egui, eframe, egui_extras or rfd.

pub mod actions;
mod app;
mod app_actions;
mod app_export;
mod app_files;
mod app_layout;
mod autosave;
mod backdrop;
mod candidate_tabs;
pub mod canvas;
mod catalog_panel;
pub mod commands;
pub mod comparison;
mod context_panel;
mod decision_panel;
pub use crate::session::derived;
mod dialogs;
pub use crate::session::document;
pub mod export_dialog;
mod fields;
mod files;
mod finding_focus;
mod frame;
mod inspector;
mod inspector_parts;
mod menu;
mod pattern_page;
mod present;
mod present_layout;
mod present_pointer;
mod present_summary;
mod present_walk;
mod review_panel;
mod screenshot;
mod sensitivity_view;
pub mod settings;
mod startup_report;
pub mod theme;

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

pub use actions::Action;
pub use app::{AppOptions, PlinthApp};
pub use catalog_panel::search_box_id;
pub use dialogs::Notice;
pub use present::PresentStatus;
pub use screenshot::{Screenshot, ScreenshotOutcome, write_png};
pub use settings::Settings;

use crate::cli::Cli;

/// The window size when nothing else is known.
const DEFAULT_SIZE: [f32; 2] = [1280.0, 800.0];

/// Starts what the window needs first on threads of their own while the
/// window opens (the graphics set-up takes most of a start-up): the
/// embedded catalog's parse, and the workspace file to open.
fn read_ahead(open: Option<&std::path::Path>) -> Option<crate::session::prefetch::Prefetch> {
    std::thread::spawn(crate::catalog::load::warm_up);
    open.filter(|path| !app::is_flowchart(path))
        .map(crate::session::prefetch::Prefetch::start)
}

/// Opens the window and runs until it is closed.
pub fn run(cli: &Cli) -> ExitCode {
    let size = match cli.size.as_deref().map(parse_size).transpose() {
        Ok(size) => size,
        Err(message) => return fail(&message),
    };
    let options = app_options(cli);
    let screenshot = options.screenshot.is_some();
    let native = native_options(size, screenshot);
    let outcome = options.screenshot_outcome.clone();
    let open = options.open.clone();
    let prefetch = read_ahead(open.as_deref());
    let result = eframe::run_native(
        "plinth",
        native,
        Box::new(move |cc| {
            let settings = cc
                .storage
                .and_then(|s| eframe::get_value::<Settings>(s, eframe::APP_KEY))
                .unwrap_or_default();
            let app = PlinthApp::with_prefetch(options, settings, prefetch);
            if app.offers_recovery() {
                report_recovery(open.as_deref());
            }
            Ok(Box::new(app))
        }),
    );
    if let Err(err) = result {
        return fail(&format!("cannot open the window: {err}"));
    }
    finish(screenshot, &outcome)
}

/// The window's eframe setup (renderer, size, persistence). Public so that
/// the start-up baseline (`examples/bare_window.rs`) opens the very same
/// window with nothing in it.
pub fn native_options(size: Option<[f32; 2]>, screenshot: bool) -> eframe::NativeOptions {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Plinth")
        .with_app_id("plinth")
        .with_inner_size(size.unwrap_or(DEFAULT_SIZE))
        .with_min_inner_size([640.0, 400.0])
        .with_drag_and_drop(true);
    if screenshot {
        viewport = viewport.with_resizable(false);
    }
    eframe::NativeOptions {
        viewport,
        persist_window: !screenshot && size.is_none(),
        ..Default::default()
    }
}

/// The exit code: in screenshot mode, whether the PNG was written.
fn finish(screenshot: bool, outcome: &ScreenshotOutcome) -> ExitCode {
    if !screenshot {
        return ExitCode::SUCCESS;
    }
    match outcome.get() {
        Some(Ok(())) => ExitCode::SUCCESS,
        Some(Err(message)) => fail(&message),
        None => fail("the window closed before the screenshot was taken"),
    }
}

/// The options the window starts with, from the command line.
pub fn app_options(cli: &Cli) -> AppOptions {
    let screenshot = cli.screenshot.clone();
    AppOptions {
        catalog_dirs: cli.catalog_dirs.clone(),
        no_user_catalog: cli.no_user_catalog,
        allow_unrated: cli.allow_unrated,
        data_dir: data_dir().filter(|_| screenshot.is_none()),
        native_dialogs: screenshot.is_none(),
        open: cli.open.clone().or_else(|| cli.file.clone()),
        autosave_after: cli.autosave_after.map(Duration::from_secs),
        screenshot,
        screenshot_outcome: ScreenshotOutcome::default(),
        present: cli.present,
    }
}

/// Where autosaves of never-saved work go.
fn data_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "plinth").map(|d| d.data_dir().to_path_buf())
}

/// `1280x800` as a size.
pub fn parse_size(text: &str) -> Result<[f32; 2], String> {
    let parsed = text
        .split_once(['x', 'X'])
        .and_then(|(w, h)| Some((w.trim().parse::<u16>().ok()?, h.trim().parse::<u16>().ok()?)));
    match parsed {
        Some((w, h)) if w >= 320 && h >= 240 => Ok([f32::from(w), f32::from(h)]),
        _ => Err(format!(
            "--size wants WIDTHxHEIGHT of at least 320x240, like 1280x800; found `{text}`"
        )),
    }
}

#[expect(
    clippy::print_stderr,
    reason = "the window could not do its job; stderr is all we have"
)]
fn fail(message: &str) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::FAILURE
}

/// Says on stderr that the window offers autosaved work back, so that a
/// script (`scripts/window-kill-check.sh`) can tell without looking.
#[expect(
    clippy::print_stderr,
    reason = "a line for whoever started the window; the window itself shows the offer"
)]
fn report_recovery(file: Option<&std::path::Path>) {
    let what = file.map_or_else(|| "untitled work".to_owned(), |f| f.display().to_string());
    eprintln!("plinth: autosaved unsaved work of {what} found; offering to recover it");
}

/// "synchronous call" as "Synchronous call".
pub fn sentence_case(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_parse_or_explain() {
        assert_eq!(parse_size("1280x800"), Ok([1280.0, 800.0]));
        assert_eq!(parse_size("1024X768"), Ok([1024.0, 768.0]));
        assert!(parse_size("12x8").is_err());
        assert!(parse_size("wide").unwrap_err().contains("1280x800"));
    }

    #[test]
    fn sentence_case_capitalises_the_first_letter() {
        assert_eq!(sentence_case("reads / writes"), "Reads / writes");
        assert_eq!(sentence_case(""), "");
    }
}
