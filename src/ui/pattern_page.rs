//! A pattern's page: everything the catalog knows about it, with links.

use crate::catalog::{Catalog, Entry};

use super::theme;

/// Draws the page; returns the id of a related pattern the user clicked.
pub fn pattern_page_ui(ui: &mut egui::Ui, catalog: &Catalog, entry: &Entry) -> Option<String> {
    let p = &entry.pattern;
    let mut clicked = None;
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.heading(&p.name);
        ui.horizontal(|ui| {
            ui.colored_label(theme::category_colour(p.category), p.category.key());
            ui.label(format!("complexity {}/5", p.complexity));
            ui.label(&p.team_size.text);
        });
        if !p.aliases.is_empty() {
            ui.weak(format!("Also known as {}", p.aliases.join(", ")));
        }
        ui.add_space(theme::SECTION_GAP);
        ui.label(&p.summary);
        section(ui, "When to use", p.when_to_use.iter().cloned());
        section(ui, "When not to use", p.when_not_to_use.iter().cloned());
        section(
            ui,
            "Components",
            p.components
                .iter()
                .map(|c| format!("{}: {}", c.name, c.description)),
        );
        section(
            ui,
            "Pros",
            p.pros
                .iter()
                .map(|t| format!("[{}] {}", t.weight.key(), t.text)),
        );
        section(
            ui,
            "Cons",
            p.cons
                .iter()
                .map(|t| format!("[{}] {}", t.weight.key(), t.text)),
        );
        section(
            ui,
            "Tech stacks",
            p.tech_stacks
                .iter()
                .map(|s| format!("{}: {}", s.name, s.technologies.join(", "))),
        );
        section(
            ui,
            "Real-world examples",
            p.examples
                .iter()
                .map(|e| format!("{}: {}", e.organisation, e.description)),
        );
        clicked = links_ui(ui, catalog, "Related patterns", &p.related);
        if let Some(alt) = alternatives_ui(ui, catalog, entry) {
            clicked = Some(alt);
        }
        section(
            ui,
            "References",
            p.references
                .iter()
                .map(|r| format!("{}, {} ({})", r.title, r.author, r.kind.key())),
        );
        if !p.overview.is_empty() {
            ui.add_space(theme::SECTION_GAP);
            ui.strong("Overview");
            ui.label(&p.overview);
        }
    });
    clicked
}

fn section(ui: &mut egui::Ui, title: &str, items: impl Iterator<Item = String>) {
    let items: Vec<String> = items.collect();
    if items.is_empty() {
        return;
    }
    ui.add_space(theme::SECTION_GAP);
    ui.strong(title);
    for item in items {
        ui.label(format!("•  {item}"));
    }
}

fn links_ui(ui: &mut egui::Ui, catalog: &Catalog, title: &str, ids: &[String]) -> Option<String> {
    if ids.is_empty() {
        return None;
    }
    ui.add_space(theme::SECTION_GAP);
    ui.strong(title);
    let mut clicked = None;
    ui.horizontal_wrapped(|ui| {
        for id in ids {
            let name = catalog.pattern(id).map_or(id.as_str(), |p| p.name.as_str());
            if ui.link(name).clicked() {
                clicked = Some(id.clone());
            }
        }
    });
    clicked
}

fn alternatives_ui(ui: &mut egui::Ui, catalog: &Catalog, entry: &Entry) -> Option<String> {
    let alternatives = &entry.pattern.alternatives;
    if alternatives.is_empty() {
        return None;
    }
    ui.add_space(theme::SECTION_GAP);
    ui.strong("Alternatives");
    let mut clicked = None;
    for alt in alternatives {
        ui.horizontal_wrapped(|ui| {
            match alt
                .pattern
                .as_deref()
                .filter(|id| catalog.pattern(id).is_some())
            {
                Some(id) => {
                    if ui.link(&alt.name).clicked() {
                        clicked = Some(id.to_owned());
                    }
                }
                None => {
                    ui.strong(&alt.name);
                }
            }
            ui.label(&alt.prefer_when);
        });
    }
    clicked
}
