//! The start-up baseline: Plinth's window (the same `eframe` setup, from
//! `plinth::ui::native_options`) with nothing in it but an empty central
//! panel. `--screenshot FILE.png` captures and quits exactly like
//! `plinth --screenshot` (the same `Screenshot`: settle frames, PNG write,
//! `PLINTH_STARTUP_REPORT`), so that comparing the two measures Plinth's own
//! start-up work: catalog, workspace, layout, fonts.
//!
//! `cargo run --release --example bare_window -- [--size WxH] [--screenshot FILE.png]`

use std::path::PathBuf;
use std::process::ExitCode;

use plinth::ui::{Screenshot, ScreenshotOutcome, native_options, parse_size};

/// An empty window that may take its own screenshot.
struct BareApp {
    screenshot: Option<Screenshot>,
}

impl eframe::App for BareApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |_ui| {});
        if let Some(shot) = self.screenshot.as_mut() {
            shot.tick(ui.ctx());
        }
    }
}

/// `--screenshot FILE` and `--size WxH`, as `plinth` spells them.
struct Args {
    screenshot: Option<PathBuf>,
    size: Option<[f32; 2]>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        screenshot: None,
        size: None,
    };
    let mut words = std::env::args().skip(1);
    while let Some(word) = words.next() {
        let value = words.next().ok_or(format!("{word} wants a value"))?;
        match word.as_str() {
            "--screenshot" => args.screenshot = Some(PathBuf::from(value)),
            "--size" => args.size = Some(parse_size(&value)?),
            _ => return Err(format!("unknown argument `{word}`")),
        }
    }
    Ok(args)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(args) => args,
        Err(message) => return fail(&message),
    };
    let outcome = ScreenshotOutcome::default();
    let screenshot = args
        .screenshot
        .map(|path| Screenshot::new(path, outcome.clone()));
    let taking = screenshot.is_some();
    let result = eframe::run_native(
        "plinth-bare-window",
        native_options(args.size, taking),
        Box::new(move |_cc| Ok(Box::new(BareApp { screenshot }))),
    );
    if let Err(err) = result {
        return fail(&format!("cannot open the window: {err}"));
    }
    match (taking, outcome.get()) {
        (false, _) | (true, Some(Ok(()))) => ExitCode::SUCCESS,
        (true, Some(Err(message))) => fail(&message),
        (true, None) => fail("the window closed before the screenshot was taken"),
    }
}

#[expect(clippy::print_stderr, reason = "an example's errors go to stderr")]
fn fail(message: &str) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::FAILURE
}
