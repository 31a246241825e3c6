//! `PLINTH_STARTUP_REPORT`: with `--screenshot`, says on stderr how long the
//! window took to start. The variable holds the launch time in Unix
//! microseconds, taken by whoever starts the process
//! (`PLINTH_STARTUP_REPORT=$(date +%s%6N) plinth --screenshot x.png`), so
//! the figures include exec, dynamic linking and everything before `main`.
//! Used by `scripts/startup-memory.sh`; owns no state of the window.

use std::time::{SystemTime, UNIX_EPOCH};

/// The environment variable holding the launch time.
const VARIABLE: &str = "PLINTH_STARTUP_REPORT";

/// The launch time and, once it ended, when the first frame was built.
#[derive(Debug, Clone, Copy)]
pub(super) struct StartupReport {
    launched_us: u128,
    first_frame_us: Option<u128>,
}

impl StartupReport {
    /// `None` unless the variable is set; a value that is not a time is
    /// reported once and ignored.
    pub(super) fn from_env() -> Option<Self> {
        let value = std::env::var(VARIABLE).ok()?;
        match value.trim().parse::<u128>() {
            Ok(launched_us) => Some(Self {
                launched_us,
                first_frame_us: None,
            }),
            Err(_) => {
                report(&format!(
                    "{VARIABLE} wants the launch time in Unix microseconds, like $(date +%s%6N); found `{value}`"
                ));
                None
            }
        }
    }

    /// Call when the app's first `ui` pass returned (egui then tessellates
    /// and paints that frame).
    pub(super) fn first_frame_built(&mut self) {
        self.first_frame_us.get_or_insert_with(now_us);
    }

    /// Call once the screenshot's PNG is written: prints the report.
    pub(super) fn screenshot_written(&self) {
        let now = now_us();
        let first = self.first_frame_us.unwrap_or(now);
        report(&format!(
            "startup-report first_frame_ms={:.1} screenshot_ms={:.1}",
            self.millis_since_launch(first),
            self.millis_since_launch(now)
        ));
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
    fn times_are_counted_from_the_launch() {
        let report = StartupReport {
            launched_us: 1_000_000,
            first_frame_us: None,
        };
        assert!((report.millis_since_launch(1_123_400) - 123.4).abs() < 1e-9);
        assert!(report.millis_since_launch(10).abs() < 1e-9);
    }

    #[test]
    fn the_first_frame_is_kept_once() {
        let mut report = StartupReport {
            launched_us: 0,
            first_frame_us: Some(5),
        };
        report.first_frame_built();
        assert_eq!(report.first_frame_us, Some(5));
    }
}
