//! A pattern's page, in a window over the canvas (which stays reachable):
//! summary, when to use and when not, components, pros and cons with their
//! weights, tech stacks, examples, and alternatives and related patterns as
//! links that open their own page.

use egui::{Id, RichText};

use super::actions::Action;
use super::canvas::PaletteItem;
use super::catalog_panel;
use super::theme;
use crate::catalog::pattern::TradeOff;
use crate::catalog::{Catalog, Entry, Source, Weight};

/// Shows the page of `id` in a window; pushes link clicks and closing.
pub fn pattern_window_ui(
    ctx: &egui::Context,
    catalog: &Catalog,
    id: &str,
    actions: &mut Vec<Action>,
) {
    let Some(entry) = catalog.entry(id) else {
        actions.push(Action::ClosePattern);
        return;
    };
    let mut open = true;
    egui::Window::new(RichText::new(&entry.pattern.name).strong())
        .id(Id::unique("pattern-page"))
        .open(&mut open)
        .default_size(page_size(ctx))
        .default_pos(
            ctx.content_rect().left_top()
                + egui::vec2(theme::CATALOG_PANEL_WIDTH + 24.0, theme::PATTERN_PAGE_TOP),
        )
        .resizable(true)
        .collapsible(false)
        .show(ctx, |ui| {
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    if let Some(next) = page_ui(ui, catalog, entry) {
                        actions.push(Action::ShowPattern(next));
                    }
                });
        });
    if !open {
        actions.push(Action::ClosePattern);
    }
}

/// Category, complexity, team size, aliases and a chip to drag the pattern
/// onto the canvas.
fn header_ui(ui: &mut egui::Ui, catalog: &Catalog, entry: &Entry) {
    let p = &entry.pattern;
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(p.category.key())
                .color(theme::category_colour(p.category))
                .strong(),
        );
        ui.label(format!(
            "· complexity {}/5 · {}",
            p.complexity, p.team_size.text
        ));
        if let Source::File(path) = &entry.source {
            ui.label(RichText::new("user pattern").color(theme::INFO))
                .on_hover_text(path.display().to_string());
        }
    });
    if !p.aliases.is_empty() {
        ui.weak(format!("Also known as {}", p.aliases.join(", ")));
    }
    ui.add_space(theme::SECTION_GAP / 2.0);
    let item = PaletteItem::Pattern(p.id.clone());
    catalog_panel::drag_chip(ui, "Drag onto the canvas", item, catalog)
        .on_hover_text("Adds this pattern where you drop it");
    ui.add_space(theme::SECTION_GAP);
}

/// As tall as the window allows, up to the design size.
fn page_size(ctx: &egui::Context) -> egui::Vec2 {
    let room = ctx.content_rect().height() - 2.0 * theme::PATTERN_PAGE_TOP;
    egui::vec2(
        theme::PATTERN_PAGE_SIZE.x,
        theme::PATTERN_PAGE_SIZE.y.min(room).max(200.0),
    )
}

/// The page's content; returns the id of a pattern link that was clicked.
fn page_ui(ui: &mut egui::Ui, catalog: &Catalog, entry: &Entry) -> Option<String> {
    let p = &entry.pattern;
    header_ui(ui, catalog, entry);
    ui.label(RichText::new(&p.summary).size(15.0));
    bullets(ui, "When to use", &p.when_to_use);
    bullets(ui, "When not to use", &p.when_not_to_use);
    let components: Vec<String> = p
        .components
        .iter()
        .map(|c| format!("{}: {}", c.name, c.description))
        .collect();
    // Trade-offs before the parts list: they are what a decision turns on.
    trade_offs(ui, "Pros", &p.pros, theme::SUCCESS);
    trade_offs(ui, "Cons", &p.cons, theme::ERROR);
    bullets(ui, "Components", &components);
    let stacks: Vec<String> = p
        .tech_stacks
        .iter()
        .map(|s| format!("{}: {}", s.name, s.technologies.join(", ")))
        .collect();
    bullets(ui, "Tech stacks", &stacks);
    let examples: Vec<String> = p
        .examples
        .iter()
        .map(|e| format!("{}: {}", e.organisation, e.description))
        .collect();
    bullets(ui, "Real-world examples", &examples);
    let mut clicked = alternatives_ui(ui, catalog, entry);
    if let Some(related) = related_ui(ui, catalog, &p.related) {
        clicked = Some(related);
    }
    let references: Vec<String> = p
        .references
        .iter()
        .map(|r| format!("{}, {} ({})", r.title, r.author, r.kind.key()))
        .collect();
    bullets(ui, "References", &references);
    if !p.overview.is_empty() {
        heading(ui, "Overview");
        ui.label(&p.overview);
    }
    clicked
}

fn heading(ui: &mut egui::Ui, title: &str) {
    ui.add_space(theme::SECTION_GAP);
    ui.label(RichText::new(title).strong().size(15.0));
}

fn bullets(ui: &mut egui::Ui, title: &str, items: &[String]) {
    if items.is_empty() {
        return;
    }
    heading(ui, title);
    for item in items {
        ui.label(format!("•  {item}"));
    }
}

/// Pros or cons, each with its weight as a tag: green for pros, red for
/// cons, fainter as the weight drops.
fn trade_offs(ui: &mut egui::Ui, title: &str, items: &[TradeOff], base: egui::Color32) {
    if items.is_empty() {
        return;
    }
    heading(ui, title);
    for item in items {
        ui.horizontal_wrapped(|ui| {
            let colour = base.gamma_multiply(match item.weight {
                Weight::High => 1.0,
                Weight::Medium => 0.75,
                Weight::Low => 0.5,
            });
            ui.label(
                RichText::new(format!(" {} ", item.weight.key()))
                    .small()
                    .strong()
                    .color(colour),
            )
            .on_hover_text("How much this weighs in a decision");
            ui.label(&item.text);
        });
    }
}

fn related_ui(ui: &mut egui::Ui, catalog: &Catalog, ids: &[String]) -> Option<String> {
    if ids.is_empty() {
        return None;
    }
    heading(ui, "Related patterns");
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
    heading(ui, "Alternatives");
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
            ui.label(format!("— {}", alt.prefer_when));
        });
    }
    clicked
}
