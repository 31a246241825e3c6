//! The workbench window (eframe/egui). A thin layer over the core: panels
//! read the catalog and documents and never hold domain logic.
//!
//! Only `ui/` and `main.rs` may name egui, eframe, egui_extras or rfd.

mod app;
mod catalog_panel;
mod pattern_page;
pub mod theme;

use std::process::ExitCode;

pub use app::PlinthApp;

use crate::cli::Cli;

/// Opens the window and runs until it is closed.
pub fn run(cli: &Cli) -> ExitCode {
    let outcome = cli.load_catalog();
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Plinth")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([640.0, 400.0]),
        ..Default::default()
    };
    let result = eframe::run_native(
        "Plinth",
        options,
        Box::new(move |_cc| Ok(Box::new(PlinthApp::new(outcome)))),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            #[expect(
                clippy::print_stderr,
                reason = "the window could not open; stderr is all we have"
            )]
            {
                eprintln!("error: cannot open the window: {err}");
            }
            ExitCode::FAILURE
        }
    }
}
