//! The picture tab of the export dialog: the candidate on the canvas as an
//! SVG or PNG file (what `plinth export svg|png` writes, drawn from the same
//! geometry as the canvas), light or dark, with or without a background,
//! PNG at a chosen scale; saved like the diagram (an existing file is
//! replaced only when confirmed, keeping a `.bak`) or copied to the
//! clipboard as an image.

use std::path::{Path, PathBuf};

use super::adr::{base_folder, resolve};
use super::{ExportAction, ExportInput};
use crate::design::CandidateId;
use crate::export::adr::slug;
use crate::export::svg::png::{Pixels, svg_to_pixels, svg_to_png};
use crate::export::svg::{SvgOptions, candidate_to_svg};
use crate::geometry::colours::Theme;
use crate::ui::actions::Action;
use crate::ui::derived::Revision;
use crate::ui::theme;

/// SVG or PNG.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PictureFormat {
    #[default]
    Svg,
    Png,
}

impl PictureFormat {
    pub fn extension(self) -> &'static str {
        match self {
            Self::Svg => "svg",
            Self::Png => "png",
        }
    }
}

/// The scales offered for a PNG.
pub const SCALES: [f32; 4] = [1.0, 2.0, 3.0, 4.0];

/// What the SVG was made for.
type SvgKey = (Revision, CandidateId, SvgOptions);

/// The picture tab's state.
pub struct PictureExport {
    pub format: PictureFormat,
    pub options: SvgOptions,
    /// PNG pixels per canvas unit.
    pub scale: f32,
    /// The file as typed; relative paths start at the workspace's folder.
    pub path: String,
    /// The candidate and format the default path was made for (`None`:
    /// typed or chosen by hand).
    default_for: Option<(CandidateId, PictureFormat)>,
    svg: Option<(SvgKey, String)>,
}

impl Default for PictureExport {
    fn default() -> Self {
        Self {
            format: PictureFormat::default(),
            options: SvgOptions::default(),
            scale: 2.0,
            path: String::new(),
            default_for: None,
            svg: None,
        }
    }
}

impl PictureExport {
    /// The file name suggested for the candidate on the canvas, beside the
    /// workspace, unless one was typed.
    pub fn prepare(&mut self, input: &ExportInput<'_>) {
        let Some(candidate) = input.current else {
            return;
        };
        if self.path.trim().is_empty() || self.default_for.is_some() {
            let name = format!("{}.{}", slug(&candidate.name), self.format.extension());
            self.path = base_folder(input.workspace_path)
                .join(name)
                .display()
                .to_string();
            self.default_for = Some((candidate.id, self.format));
        }
    }

    /// A file picked with "Browse…".
    pub fn choose_file(&mut self, path: &Path) {
        self.path = path.display().to_string();
        self.default_for = None;
    }

    /// Where the picture goes.
    pub fn target(&self, input: &ExportInput<'_>) -> PathBuf {
        resolve(&self.path, &base_folder(input.workspace_path))
    }

    /// The SVG, made again only when the candidate or the options changed.
    pub fn svg(&mut self, input: &ExportInput<'_>) -> Option<&str> {
        let candidate = input.current?;
        let key = (input.revision, candidate.id, self.options);
        if self.svg.as_ref().map(|(k, _)| *k) != Some(key) {
            // The ranking already holds this revision's findings.
            let ranked = input
                .ranking
                .scores
                .iter()
                .find(|s| s.candidate == candidate.id);
            let reviewed;
            let findings = match ranked {
                Some(score) => &score.findings,
                None => {
                    reviewed =
                        crate::review::review(candidate, input.catalog, &input.workspace.context);
                    &reviewed
                }
            };
            let svg = candidate_to_svg(candidate, input.catalog, findings, self.options);
            self.svg = Some((key, svg));
        }
        self.svg.as_ref().map(|(_, s)| s.as_str())
    }

    /// The bytes of the file in the chosen format.
    pub fn bytes(&mut self, input: &ExportInput<'_>) -> Result<Vec<u8>, String> {
        let (format, scale) = (self.format, self.scale);
        let svg = self
            .svg(input)
            .ok_or_else(|| "there is no candidate to export".to_owned())?;
        match format {
            PictureFormat::Svg => Ok(svg.as_bytes().to_vec()),
            PictureFormat::Png => svg_to_png(svg, scale).map_err(|e| e.to_string()),
        }
    }

    /// The picture's pixels at the chosen scale, for the clipboard.
    pub fn pixels(&mut self, input: &ExportInput<'_>) -> Result<Pixels, String> {
        let scale = self.scale;
        let svg = self
            .svg(input)
            .ok_or_else(|| "there is no candidate to export".to_owned())?;
        svg_to_pixels(svg, scale).map_err(|e| e.to_string())
    }

    /// Writes the picture; `replace` allows replacing an existing file.
    pub fn save(&mut self, input: &ExportInput<'_>, replace: bool) -> Result<PathBuf, String> {
        let target = self.target(input);
        let bytes = self.bytes(input)?;
        let written = if replace && target.exists() {
            crate::storage::atomic::save(&target, &bytes).map_err(|e| e.to_string())
        } else {
            crate::storage::atomic::create_new(&target, &bytes).map_err(|e| e.to_string())
        };
        written
            .map(|()| target.clone())
            .map_err(|e| format!("{}: {e}", target.display()))
    }

    /// The tab's contents.
    pub fn ui(&mut self, ui: &mut egui::Ui, input: &ExportInput<'_>, actions: &mut Vec<Action>) {
        let Some(candidate) = input.current else {
            ui.weak("There is no candidate to export.");
            return;
        };
        if self
            .default_for
            .is_some_and(|(id, format)| id != candidate.id || format != self.format)
        {
            self.prepare(input);
        }
        ui.label(format!(
            "The picture of {}, drawn as on the canvas",
            candidate.name
        ));
        self.choices_ui(ui, actions);
        ui.add_space(theme::SECTION_GAP);
        ui.horizontal(|ui| {
            if ui
                .button("Save picture")
                .on_hover_text("Write the file; an existing one is replaced only if you say so")
                .clicked()
            {
                actions.push(Action::Export(ExportAction::SavePicture {
                    confirmed: false,
                }));
            }
            if ui
                .button("Copy as PNG")
                .on_hover_text(
                    "Put the picture on the clipboard as an image, where the system allows it",
                )
                .clicked()
            {
                actions.push(Action::Export(ExportAction::CopyPicture));
            }
        });
        if let Some(svg) = self.svg(input) {
            ui.weak(size_note(svg));
        }
    }

    fn choices_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        egui::Grid::new("picture-choices")
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                ui.label("Format");
                ui.horizontal(|ui| {
                    ui.selectable_value(&mut self.format, PictureFormat::Svg, "SVG");
                    ui.selectable_value(&mut self.format, PictureFormat::Png, "PNG");
                });
                ui.end_row();
                ui.label("Theme");
                ui.horizontal(|ui| {
                    ui.selectable_value(&mut self.options.theme, Theme::Light, "Light");
                    ui.selectable_value(&mut self.options.theme, Theme::Dark, "Dark");
                });
                ui.end_row();
                ui.label("Background");
                ui.checkbox(&mut self.options.transparent, "Transparent");
                ui.end_row();
                if self.format == PictureFormat::Png {
                    ui.label("Scale");
                    ui.horizontal(|ui| {
                        for scale in SCALES {
                            ui.selectable_value(&mut self.scale, scale, format!("{scale:.0}×"));
                        }
                    });
                    ui.end_row();
                }
                let label = ui.label("Picture file");
                ui.horizontal(|ui| {
                    let field = egui::TextEdit::singleline(&mut self.path)
                        .desired_width(ui.available_width() - theme::BROWSE_BUTTON_ROOM);
                    if ui.add(field).labelled_by(label.id).changed() {
                        self.default_for = None;
                    }
                    if ui.button("Browse…").clicked() {
                        actions.push(Action::Export(ExportAction::BrowsePictureFile));
                    }
                });
                ui.end_row();
            });
    }
}

/// "W × H canvas units" of the picture, from the SVG's own size.
fn size_note(svg: &str) -> String {
    let attribute = |name: &str| {
        let start = svg.find(&format!(" {name}=\""))? + name.len() + 3;
        let end = svg[start..].find('"')? + start;
        svg[start..end].parse::<f32>().ok()
    };
    match (attribute("width"), attribute("height")) {
        (Some(w), Some(h)) => format!("{w:.0} × {h:.0} at 1×"),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_size_note_reads_the_svgs_size() {
        let svg =
            r#"<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="640" height="320">"#;
        assert_eq!(size_note(svg), "640 × 320 at 1×");
        assert_eq!(size_note("<svg>"), "");
    }
}
