//! `plinth --screenshot FILE.png`: render the window, write a PNG of the
//! first complete frame and quit. The frame is captured with egui's
//! screenshot command (the renderer reads back what it drew) and encoded
//! with the `image` crate. With `PLINTH_STARTUP_REPORT` set, it also says
//! how long the start took (`startup_report.rs`).

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use super::startup_report::StartupReport;

/// Frames drawn before the capture: egui lays out windows and text that
/// appear for the first time over a couple of passes.
const SETTLE_FRAMES: u32 = 4;

/// Whether the PNG was written, shared between the renderer's callback
/// and whoever started the run.
#[derive(Debug, Clone, Default)]
pub struct ScreenshotOutcome(Arc<Mutex<Option<Result<(), String>>>>);

impl ScreenshotOutcome {
    fn set(&self, result: Result<(), String>) {
        if let Ok(mut slot) = self.0.lock() {
            *slot = Some(result);
        }
    }

    /// `None` until the capture finished.
    pub fn get(&self) -> Option<Result<(), String>> {
        self.0.lock().ok().and_then(|slot| slot.clone())
    }
}

/// A screenshot run in progress.
pub struct Screenshot {
    path: PathBuf,
    frames: u32,
    requested: bool,
    outcome: ScreenshotOutcome,
    report: Option<StartupReport>,
}

impl Screenshot {
    /// Captures the window into `path` once it settled; `outcome` says
    /// whether that worked.
    pub fn new(path: PathBuf, outcome: ScreenshotOutcome) -> Self {
        Self {
            path,
            frames: 0,
            requested: false,
            outcome,
            report: StartupReport::from_env(),
        }
    }

    /// Call at the end of every frame.
    pub fn tick(&mut self, ctx: &egui::Context) {
        self.frames += 1;
        if let Some(report) = self.report.as_mut() {
            report.pass_ended(ctx);
        }
        if self.outcome.get().is_some() {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            return;
        }
        if !self.requested && self.frames >= SETTLE_FRAMES {
            self.requested = true;
            let path = self.path.clone();
            let outcome = self.outcome.clone();
            let waker = ctx.clone();
            let report = self.report.clone();
            ctx.request_screenshot(move |image| {
                let written = write_png(&path, &image);
                if let (Some(report), Ok(())) = (report, &written) {
                    report.screenshot_written();
                }
                outcome.set(written);
                waker.request_repaint();
            });
        }
        ctx.request_repaint();
    }
}

/// Encodes `image` as a PNG at `path`, straight from egui's pixels (no
/// copy: the capture already holds the frame twice, the renderer's
/// read-back and egui's image).
pub fn write_png(path: &Path, image: &egui::ColorImage) -> Result<(), String> {
    let [width, height] = image.size;
    let (Ok(width), Ok(height)) = (u32::try_from(width), u32::try_from(height)) else {
        return Err("the screenshot has an unexpected size".to_owned());
    };
    image::save_buffer_with_format(
        path,
        image.as_raw(),
        width,
        height,
        image::ExtendedColorType::Rgba8,
        image::ImageFormat::Png,
    )
    .map_err(|e| format!("cannot write {}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_png_holds_the_frame_pixel_for_pixel() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("frame.png");
        let pixels = [
            egui::Color32::RED,
            egui::Color32::GREEN,
            egui::Color32::BLUE,
            egui::Color32::WHITE,
            egui::Color32::BLACK,
            egui::Color32::from_rgb(10, 20, 30),
        ];
        let frame = egui::ColorImage::new([3, 2], pixels.to_vec());
        write_png(&path, &frame).unwrap();
        let read = image::open(&path).unwrap().to_rgba8();
        assert_eq!(read.dimensions(), (3, 2));
        let expected: Vec<u8> = pixels.iter().flat_map(egui::Color32::to_array).collect();
        assert_eq!(read.into_raw(), expected);
    }
}
