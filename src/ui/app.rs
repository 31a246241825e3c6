//! The application shell: owns the state and lays out the panels.

use crate::catalog::search::{Filter, Searcher};
use crate::catalog::{Catalog, LoadOutcome, Problem};

use super::{catalog_panel, pattern_page, theme};

/// Everything the window shows between frames.
pub struct PlinthApp {
    pub catalog: Catalog,
    pub problems: Vec<Problem>,
    pub filter: Filter,
    pub selected: Option<String>,
    searcher: Searcher,
}

impl PlinthApp {
    pub fn new(outcome: LoadOutcome) -> Self {
        Self {
            catalog: outcome.catalog,
            problems: outcome.problems,
            filter: Filter::default(),
            selected: None,
            searcher: Searcher::default(),
        }
    }

    /// Draws one frame into `ui` (the whole window).
    pub fn show(&mut self, ui: &mut egui::Ui) {
        if !self.problems.is_empty() {
            egui::Panel::bottom("problems").show(ui, |ui| self.problems_ui(ui));
        }
        egui::Panel::left("catalog")
            .default_size(theme::CATALOG_PANEL_WIDTH)
            .resizable(true)
            .show(ui, |ui| {
                catalog_panel::catalog_panel_ui(
                    ui,
                    &self.catalog,
                    &mut self.searcher,
                    &mut self.filter,
                    &mut self.selected,
                );
            });
        egui::CentralPanel::default().show(ui, |ui| {
            let pattern = self
                .selected
                .as_deref()
                .and_then(|id| self.catalog.entry(id));
            match pattern {
                Some(entry) => {
                    if let Some(next) = pattern_page::pattern_page_ui(ui, &self.catalog, entry) {
                        self.selected = Some(next);
                    }
                }
                None => {
                    ui.heading("Plinth");
                    ui.label(format!(
                        "{} patterns in the catalog. Pick one on the left to read its page.",
                        self.catalog.len()
                    ));
                }
            }
        });
    }

    fn problems_ui(&self, ui: &mut egui::Ui) {
        ui.colored_label(
            theme::ERROR,
            format!(
                "{} problem(s) in the catalog; broken files were skipped",
                self.problems.len()
            ),
        );
        egui::ScrollArea::vertical()
            .max_height(120.0)
            .show(ui, |ui| {
                for problem in &self.problems {
                    ui.label(problem.to_string());
                }
            });
    }
}

impl eframe::App for PlinthApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }
}
