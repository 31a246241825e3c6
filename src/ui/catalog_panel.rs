//! The catalog panel: search box, filters and the list of patterns by category.

use crate::catalog::search::{Filter, Searcher};
use crate::catalog::{Catalog, Category, Source};

use super::theme;

/// Draws the panel; clicking a pattern sets `selected`.
pub fn catalog_panel_ui(
    ui: &mut egui::Ui,
    catalog: &Catalog,
    searcher: &mut Searcher,
    filter: &mut Filter,
    selected: &mut Option<String>,
) {
    ui.heading("Catalog");
    ui.add(egui::TextEdit::singleline(&mut filter.text).hint_text("Search patterns"));
    filters_ui(ui, filter);
    ui.separator();
    let results = searcher.search(catalog, filter);
    ui.label(format!("{} of {} patterns", results.len(), catalog.len()));
    egui::ScrollArea::vertical().show(ui, |ui| {
        let mut current: Option<Category> = None;
        for entry in results {
            let p = &entry.pattern;
            if filter.text.is_empty() && current != Some(p.category) {
                current = Some(p.category);
                ui.add_space(theme::SECTION_GAP / 2.0);
                ui.colored_label(
                    theme::category_colour(p.category),
                    p.category.key().to_uppercase(),
                );
            }
            let mut text = format!("{}  ·  {}/5", p.name, p.complexity);
            if entry.source != Source::Embedded {
                text.push_str("  (user)");
            }
            let is_selected = selected.as_deref() == Some(p.id.as_str());
            if ui.selectable_label(is_selected, text).clicked() {
                *selected = Some(p.id.clone());
            }
        }
    });
}

fn filters_ui(ui: &mut egui::Ui, filter: &mut Filter) {
    ui.horizontal(|ui| {
        egui::ComboBox::from_id_salt("category-filter")
            .selected_text(filter.category.map_or("All categories", Category::key))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut filter.category, None, "All categories");
                for category in Category::ALL {
                    ui.selectable_value(&mut filter.category, Some(category), category.key());
                }
            });
        let mut max = filter.max_complexity.unwrap_or(5);
        ui.add(egui::Slider::new(&mut max, 1..=5).text("max complexity"));
        filter.max_complexity = (max < 5).then_some(max);
    });
    ui.horizontal(|ui| {
        let mut fits = filter.team.is_some();
        ui.checkbox(&mut fits, "Fits a team of");
        let mut team = filter.team.unwrap_or(5);
        ui.add_enabled(fits, egui::DragValue::new(&mut team).range(1..=500));
        filter.team = fits.then_some(team);
    });
}
