//! `PLINTH_STARTUP_REPORT`: with `--screenshot`, says on stderr how long the
//! window took to start. The variable holds the launch time in Unix
//! microseconds, taken by whoever starts the process
//! (`PLINTH_STARTUP_REPORT=$(date +%s%6N) plinth --screenshot x.png`), so
//! the figures include exec, dynamic linking and everything before `main`.
//! Used by `scripts/startup-memory.sh`; owns no state of the window.
//!
//! Three moments, in milliseconds after the launch: `first_pass_ms`, the
//! app's first `ui` pass returned (nothing is painted yet);
//! `first_frame_ms`, the next pass began, so the first frame was
//! tessellated, painted and presented; `screenshot_ms`, the PNG of the
//! frame `--screenshot` waits for was written.

use std::sync::{Arc, OnceLock};
use std::time::{SystemTime, UNIX_EPOCH};

/// The environment variable holding the launch time.
const VARIABLE: &str = "PLINTH_STARTUP_REPORT";

/// The launch time and the moments noted since.
#[derive(Debug, Clone)]
pub(super) struct StartupReport {
    launched_us: u128,
    first_pass_us: Option<u128>,
    /// Set by a callback of egui's at the start of the second frame.
    first_frame_us: Arc<OnceLock<u128>>,
}

impl StartupReport {
    /// `None` unless the variable is set; a value that is not a time is
    /// reported once and ignored.
    pub(super) fn from_env() -> Option<Self> {
        let value = std::env::var(VARIABLE).ok()?;
        match value.trim().parse::<u128>() {
            Ok(launched_us) => Some(Self::launched_at(launched_us)),
            Err(_) => {
                report(&format!(
                    "{VARIABLE} wants the launch time in Unix microseconds, like $(date +%s%6N); found `{value}`"
                ));
                None
            }
        }
    }

    fn launched_at(launched_us: u128) -> Self {
        Self {
            launched_us,
            first_pass_us: None,
            first_frame_us: Arc::default(),
        }
    }

    /// Call at the end of every `ui` pass. The first one is noted, and egui
    /// is asked to note when the first frame has been presented: when a
    /// pass begins after a frame completed.
    pub(super) fn pass_ended(&mut self, ctx: &egui::Context) {
        if self.first_pass_us.is_some() {
            return;
        }
        self.first_pass_us = Some(now_us());
        let first_frame = Arc::clone(&self.first_frame_us);
        ctx.on_begin_pass(
            "plinth startup report",
            Arc::new(move |ui| {
                if ui.ctx().cumulative_frame_nr() >= 1 {
                    first_frame.get_or_init(now_us);
                }
            }),
        );
    }

    /// Call once the screenshot's PNG is written: prints the report.
    pub(super) fn screenshot_written(&self) {
        report(&self.line(now_us()));
    }

    fn line(&self, written_us: u128) -> String {
        let since = |at: Option<u128>| {
            at.map_or_else(
                || "none".to_owned(),
                |at| format!("{:.1}", self.millis_since_launch(at)),
            )
        };
        format!(
            "startup-report first_pass_ms={} first_frame_ms={} screenshot_ms={}",
            since(self.first_pass_us),
            since(self.first_frame_us.get().copied()),
            since(Some(written_us))
        )
    }

    fn millis_since_launch(&self, at_us: u128) -> f64 {
        // A start-up's microseconds fit an f64 exactly.
        let micros = at_us.saturating_sub(self.launched_us) as f64;
        micros / 1000.0
    }
}

fn now_us() -> u128 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_micros())
}

#[expect(
    clippy::print_stderr,
    reason = "the report is for the measuring script, which reads stderr"
)]
fn report(line: &str) {
    eprintln!("{line}");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moments_are_counted_from_the_launch() {
        let mut report = StartupReport::launched_at(1_000_000);
        report.first_pass_us = Some(1_080_000);
        assert_eq!(
            report.line(1_123_400),
            "startup-report first_pass_ms=80.0 first_frame_ms=none screenshot_ms=123.4"
        );
        assert!(report.millis_since_launch(10).abs() < 1e-9);
    }

    #[test]
    fn the_first_frame_is_noted_when_the_next_pass_begins() {
        let ctx = egui::Context::default();
        let mut report = StartupReport::launched_at(now_us());
        let run = |report: &mut StartupReport| {
            let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
                report.pass_ended(ui.ctx());
            });
            // No renderer takes the font atlas here.
            output.textures_delta.clear();
        };
        run(&mut report);
        assert!(report.first_pass_us.is_some());
        assert!(report.first_frame_us.get().is_none());
        run(&mut report);
        let first_frame = report.first_frame_us.get().copied();
        assert!(first_frame >= report.first_pass_us, "{report:?}");
        run(&mut report);
        assert_eq!(report.first_frame_us.get().copied(), first_frame);
    }
}
