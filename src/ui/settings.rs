//! What the window remembers between runs (through eframe's storage):
//! theme, interface and presentation scale, recent files, which panels and
//! tabs are shown, snapping, extra catalog folders, the open pattern page,
//! the ADR dialect, and where each recent file was left (candidate tab,
//! selection, pan and zoom). Window size and panel widths are kept by eframe
//! and egui themselves.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// How many files the File > Recent menu keeps.
pub const MAX_RECENT: usize = 10;

/// The colour scheme the user picked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ThemeChoice {
    #[default]
    System,
    Light,
    Dark,
}

impl ThemeChoice {
    pub const ALL: [Self; 3] = [Self::System, Self::Light, Self::Dark];

    pub fn label(self) -> &'static str {
        match self {
            Self::System => "Follow the system",
            Self::Light => "Light",
            Self::Dark => "Dark",
        }
    }

    pub fn preference(self) -> egui::ThemePreference {
        match self {
            Self::System => egui::ThemePreference::System,
            Self::Light => egui::ThemePreference::Light,
            Self::Dark => egui::ThemePreference::Dark,
        }
    }
}

/// The interface scales offered in View > Interface size.
pub const UI_SCALES: [f32; 7] = [0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 2.0];
/// The presentation scale when nothing else was chosen.
pub const DEFAULT_PRESENT_SCALE: f32 = 1.5;
/// Bounds and step of the presentation scale (+ and - while presenting).
pub const PRESENT_SCALE_RANGE: std::ops::RangeInclusive<f32> = 1.0..=3.0;
pub const PRESENT_SCALE_STEP: f32 = 0.25;

/// What the panel on the right shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SideTab {
    #[default]
    Inspector,
    Context,
    Decision,
}

/// What the panel below the canvas shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnalysisTab {
    #[default]
    Comparison,
    Sensitivity,
    Review,
}

impl AnalysisTab {
    pub const ALL: [Self; 3] = [Self::Comparison, Self::Sensitivity, Self::Review];

    pub fn label(self) -> &'static str {
        match self {
            Self::Comparison => "Comparison",
            Self::Sensitivity => "Sensitivity",
            Self::Review => "Review",
        }
    }
}

/// Where a file was left: restored when it is opened again.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct FileView {
    /// The candidate tab (its id).
    pub candidate: Option<u64>,
    /// Selected node ids.
    pub selection: Vec<u64>,
    /// Pan (screen offset of the canvas origin) and zoom; `None` fits the view.
    pub pan: Option<[f32; 2]>,
    pub zoom: Option<f32>,
}

/// The persisted settings. Every field has a default, so an older or
/// hand-written settings entry still loads.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub theme: ThemeChoice,
    /// Most recent first.
    pub recent: Vec<PathBuf>,
    pub show_catalog: bool,
    pub show_inspector: bool,
    pub snap_to_grid: bool,
    /// Pattern folders added with File > Add catalog folder.
    pub catalog_folders: Vec<PathBuf>,
    /// The pattern page that was open.
    pub open_pattern: Option<String>,
    /// Per recent file (its path as text).
    pub views: BTreeMap<String, FileView>,
    /// The size of the whole interface (egui's zoom factor) while editing.
    pub ui_scale: f32,
    /// The size of everything while presenting.
    pub present_scale: f32,
    pub side_tab: SideTab,
    pub show_analysis: bool,
    /// The key to the connection styles in the canvas corner.
    pub show_legend: bool,
    pub analysis_tab: AnalysisTab,
    /// The ADR dialect last exported (`madr`, `log4brains`, `nygard`).
    pub adr_dialect: String,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            theme: ThemeChoice::System,
            recent: Vec::new(),
            show_catalog: true,
            show_inspector: true,
            snap_to_grid: true,
            catalog_folders: Vec::new(),
            open_pattern: None,
            views: BTreeMap::new(),
            ui_scale: 1.0,
            present_scale: DEFAULT_PRESENT_SCALE,
            side_tab: SideTab::Inspector,
            show_analysis: true,
            show_legend: true,
            analysis_tab: AnalysisTab::Comparison,
            adr_dialect: "madr".to_owned(),
        }
    }
}

impl Settings {
    /// Puts `path` first in the recent list (once), dropping the oldest.
    pub fn remember(&mut self, path: &Path) {
        self.recent.retain(|p| p != path);
        self.recent.insert(0, path.to_path_buf());
        self.recent.truncate(MAX_RECENT);
        let keep: Vec<String> = self.recent.iter().map(|p| key(p)).collect();
        self.views.retain(|k, _| keep.contains(k));
    }

    /// Removes a file that could not be opened from the recent list.
    pub fn forget(&mut self, path: &Path) {
        self.recent.retain(|p| p != path);
        self.views.remove(&key(path));
    }

    pub fn view(&self, path: &Path) -> Option<&FileView> {
        self.views.get(&key(path))
    }

    /// The interface scale, kept within what the menu offers.
    pub fn ui_scale(&self) -> f32 {
        self.ui_scale
            .clamp(UI_SCALES[0], UI_SCALES[UI_SCALES.len() - 1])
    }

    /// The presentation scale, kept within its bounds.
    pub fn present_scale(&self) -> f32 {
        self.present_scale
            .clamp(*PRESENT_SCALE_RANGE.start(), *PRESENT_SCALE_RANGE.end())
    }

    pub fn set_view(&mut self, path: &Path, view: FileView) {
        if self.recent.iter().any(|p| p == path) {
            self.views.insert(key(path), view);
        }
    }
}

fn key(path: &Path) -> String {
    path.display().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_files_are_unique_newest_first_and_capped() {
        let mut settings = Settings::default();
        for i in 0..15 {
            settings.remember(Path::new(&format!("/w/{i}.ron")));
        }
        settings.remember(Path::new("/w/3.ron"));
        assert_eq!(settings.recent.len(), MAX_RECENT);
        assert_eq!(settings.recent[0], PathBuf::from("/w/3.ron"));
        assert_eq!(
            settings
                .recent
                .iter()
                .filter(|p| p.ends_with("3.ron"))
                .count(),
            1
        );
    }

    #[test]
    fn partial_settings_load_with_defaults() {
        let settings: Settings = ron::from_str("(theme: dark)").unwrap();
        assert_eq!(settings.theme, ThemeChoice::Dark);
        assert!(settings.show_catalog);
        assert!((settings.present_scale() - DEFAULT_PRESENT_SCALE).abs() < f32::EPSILON);
    }

    #[test]
    fn scales_out_of_range_are_clamped() {
        let settings: Settings = ron::from_str("(ui_scale: 40.0, present_scale: 0.1)").unwrap();
        assert!((settings.ui_scale() - 2.0).abs() < f32::EPSILON);
        assert!((settings.present_scale() - 1.0).abs() < f32::EPSILON);
    }
}
