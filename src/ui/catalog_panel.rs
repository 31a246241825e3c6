//! The catalog panel: the search box (as you type, ranked and cut as
//! `plinth catalog list --search` does: "N more weak matches" shows the
//! rest on request), filters, the building-block palette and the patterns
//! grouped by category. Every row can be clicked (opens the page) or
//! dragged onto the canvas.

use egui::{
    Color32, CornerRadius, Id, LayerId, Order, Rect, Role, Sense, Stroke, StrokeKind, WidgetInfo,
    vec2,
};

use super::actions::Action;
use super::canvas::PaletteItem;
use super::theme;
use crate::catalog::blocks::BlockKind;
use crate::catalog::search::{Filter, Searcher};
use crate::catalog::{Catalog, Category, Entry, Source};

/// The search box's id, for Ctrl+F.
pub fn search_box_id() -> Id {
    Id::unique("catalog-search")
}

/// The panel's state between frames.
#[derive(Default)]
pub struct CatalogBrowser {
    pub filter: Filter,
    searcher: Searcher,
    /// The search text whose weak matches the user asked to see.
    weak_shown_for: Option<String>,
    /// The open page last frame: when it changes, its row is scrolled into view.
    shown: Option<String>,
}

/// Draws the panel; `open` is the pattern whose page is shown.
pub fn catalog_panel_ui(
    ui: &mut egui::Ui,
    catalog: &Catalog,
    browser: &mut CatalogBrowser,
    open: Option<&str>,
    actions: &mut Vec<Action>,
) {
    ui.add_space(4.0);
    ui.add(
        egui::TextEdit::singleline(&mut browser.filter.text)
            .id(search_box_id())
            .hint_text("Search patterns (Ctrl+F)")
            .desired_width(f32::INFINITY),
    )
    .accessible_name("Search patterns");
    filters_ui(ui, &mut browser.filter);
    ui.separator();
    let found = browser.searcher.search_all(catalog, &browser.filter);
    let show_weak = browser.weak_shown_for.as_deref() == Some(browser.filter.text.trim());
    let mut results = found.shown;
    if show_weak {
        results.extend(&found.weak);
    }
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            if browser.filter.text.trim().is_empty() {
                palette_ui(ui, catalog);
            }
            ui.weak(format!("{} of {} patterns", results.len(), catalog.len()));
            if !show_weak && !found.weak.is_empty() && weak_matches_ui(ui, found.weak.len()) {
                browser.weak_shown_for = Some(browser.filter.text.trim().to_owned());
            }
            for (category, entries) in grouped(&results) {
                category_header(ui, category);
                for entry in entries {
                    let is_open = open == Some(entry.pattern.id.as_str());
                    let row = pattern_row(ui, catalog, entry, is_open);
                    if is_open && browser.shown.as_deref() != open {
                        row.scroll_to_me(Some(egui::Align::Center));
                    }
                    if row.clicked() {
                        actions.push(Action::ShowPattern(entry.pattern.id.clone()));
                    }
                }
            }
        });
    browser.shown = open.map(str::to_owned);
}

/// "N more weak matches" and a button to show them; true when clicked.
fn weak_matches_ui(ui: &mut egui::Ui, count: usize) -> bool {
    ui.horizontal(|ui| {
        let noun = if count == 1 { "match" } else { "matches" };
        ui.weak(format!("{count} more weak {noun}"));
        ui.small_button("Show them")
            .on_hover_text("Patterns where the search found only scattered letters")
            .clicked()
    })
    .inner
}

/// Results grouped by category; groups in order of their best result.
fn grouped<'e>(results: &[&'e Entry]) -> Vec<(Category, Vec<&'e Entry>)> {
    let mut groups: Vec<(Category, Vec<&Entry>)> = Vec::new();
    for entry in results {
        let category = entry.pattern.category;
        match groups.iter_mut().find(|(c, _)| *c == category) {
            Some((_, list)) => list.push(entry),
            None => groups.push((category, vec![entry])),
        }
    }
    groups
}

fn filters_ui(ui: &mut egui::Ui, filter: &mut Filter) {
    ui.horizontal(|ui| {
        egui::ComboBox::from_id_salt("category-filter")
            .selected_text(filter.category.map_or("All categories", Category::key))
            .width(120.0)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut filter.category, None, "All categories");
                for category in Category::ALL {
                    ui.selectable_value(&mut filter.category, Some(category), category.key());
                }
            })
            .response
            .accessible_name("Category");
        let mut max = filter.max_complexity.unwrap_or(5);
        let label = ui.label("Complexity ≤");
        ui.add(egui::DragValue::new(&mut max).range(1..=5))
            .labelled_by(label.id);
        filter.max_complexity = (max < 5).then_some(max);
    });
    ui.horizontal(|ui| {
        let mut fits = filter.team.is_some();
        ui.checkbox(&mut fits, "Fits a team of");
        let mut team = filter.team.unwrap_or(5);
        ui.add_enabled(fits, egui::DragValue::new(&mut team).range(1..=500))
            .accessible_name("Team size in engineers");
        ui.label("engineers");
        filter.team = fits.then_some(team);
    });
}

/// The generic building blocks, draggable like patterns.
fn palette_ui(ui: &mut egui::Ui, catalog: &Catalog) {
    ui.add_space(2.0);
    ui.label(
        egui::RichText::new("BUILDING BLOCKS")
            .small()
            .strong()
            .color(theme::BLOCK_COLOUR),
    );
    ui.horizontal_wrapped(|ui| {
        for kind in BlockKind::ALL {
            let response = chip(ui, kind.label()).on_hover_text(kind.description());
            draggable(ui, &response, PaletteItem::Block(kind), catalog);
        }
    });
    ui.add_space(theme::SECTION_GAP);
}

/// A small framed label that can be dragged.
/// A framed label that can be dragged onto the canvas as `item`.
pub fn drag_chip(
    ui: &mut egui::Ui,
    text: &str,
    item: PaletteItem,
    catalog: &Catalog,
) -> egui::Response {
    let response = chip(ui, text);
    draggable(ui, &response, item, catalog);
    response
}

fn chip(ui: &mut egui::Ui, text: &str) -> egui::Response {
    let galley = ui.painter().layout_no_wrap(
        text.to_owned(),
        egui::FontId::proportional(13.0),
        ui.visuals().text_color(),
    );
    let size = galley.size() + vec2(14.0, 8.0);
    let (rect, response) = ui.allocate_exact_size(size, Sense::click_and_drag());
    response.widget_info(|| WidgetInfo::labeled(Role::ListItem, true, text));
    let visuals = ui.style().interact(&response);
    ui.painter().rect(
        rect,
        4.0,
        visuals.bg_fill,
        Stroke::new(1.0, theme::BLOCK_COLOUR),
        StrokeKind::Inside,
    );
    ui.painter()
        .galley(rect.min + vec2(7.0, 4.0), galley, visuals.text_color());
    response
}

fn category_header(ui: &mut egui::Ui, category: Category) {
    ui.add_space(theme::SECTION_GAP / 2.0);
    ui.horizontal(|ui| {
        let (rect, _) = ui.allocate_exact_size(vec2(10.0, 10.0), Sense::hover());
        ui.painter()
            .circle_filled(rect.center(), 5.0, theme::category_colour(category));
        ui.label(
            egui::RichText::new(category.key().to_uppercase())
                .small()
                .strong()
                .color(theme::category_colour(category)),
        );
    });
}

/// One pattern: colour bar, name, user mark and complexity badge.
fn pattern_row(
    ui: &mut egui::Ui,
    catalog: &Catalog,
    entry: &Entry,
    is_open: bool,
) -> egui::Response {
    let p = &entry.pattern;
    let width = ui.available_width();
    let (rect, response) = ui.allocate_exact_size(vec2(width, 24.0), Sense::click_and_drag());
    let is_user = entry.source != Source::Embedded;
    response.widget_info(|| {
        let name = if is_user {
            format!("{} (user pattern)", p.name)
        } else {
            p.name.clone()
        };
        WidgetInfo::selected(Role::ListItem, true, is_open, name)
    });
    if !ui.is_rect_visible(rect) {
        // Scrolled out of sight: its place is kept, nothing is laid out or painted.
        return response;
    }
    let painter = ui.painter();
    if is_open || response.hovered() {
        let fill = if is_open {
            ui.visuals().selection.bg_fill
        } else {
            ui.visuals().widgets.hovered.weak_bg_fill
        };
        painter.rect_filled(rect, 4.0, fill);
    }
    let bar = Rect::from_min_size(rect.min + vec2(2.0, 4.0), vec2(4.0, rect.height() - 8.0));
    painter.rect_filled(bar, 2.0, theme::category_colour(p.category));
    let text_colour = ui.visuals().text_color();
    let mut right = rect.max.x - 6.0;
    right = badge(
        painter,
        right,
        rect,
        &format!("{}/5", p.complexity),
        complexity_colour(p.complexity),
    );
    if is_user {
        right = badge(painter, right - 4.0, rect, "user", theme::INFO);
    }
    let name = painter.layout(
        p.name.clone(),
        egui::FontId::proportional(14.0),
        text_colour,
        right - rect.min.x - 18.0,
    );
    painter.galley(
        rect.left_center() + vec2(12.0, -name.size().y / 2.0),
        name,
        text_colour,
    );
    let response =
        response.on_hover_text(format!("{}\n\nDrag onto the canvas to add it.", p.summary));
    draggable(ui, &response, PaletteItem::Pattern(p.id.clone()), catalog);
    response
}

/// A tinted label ending at `right`; returns its left edge. No outline
/// and a small radius: a list shows twenty of these, and a software
/// renderer pays for every triangle of a rounded outline.
fn badge(painter: &egui::Painter, right: f32, row: Rect, text: &str, colour: Color32) -> f32 {
    let galley = painter.layout_no_wrap(text.to_owned(), egui::FontId::proportional(11.0), colour);
    let size = galley.size() + vec2(10.0, 4.0);
    let rect = Rect::from_min_size(
        egui::pos2(right - size.x, row.center().y - size.y / 2.0),
        size,
    );
    painter.rect_filled(rect, CornerRadius::same(4), colour.gamma_multiply(0.22));
    painter.galley(rect.min + vec2(5.0, 2.0), galley, colour);
    rect.min.x
}

/// Green for simple, amber for middling, red for complex patterns.
fn complexity_colour(complexity: u8) -> Color32 {
    match complexity {
        0..=2 => theme::SUCCESS,
        3 => theme::WARNING,
        _ => theme::ERROR,
    }
}

/// Makes `response` a drag source for `item`, with a label following the pointer.
fn draggable(ui: &egui::Ui, response: &egui::Response, item: PaletteItem, catalog: &Catalog) {
    if response.dragged()
        && let Some(pointer) = ui.ctx().pointer_latest_pos()
    {
        let layer = LayerId::new(Order::Tooltip, Id::unique("palette-drag"));
        let painter = ui.ctx().layer_painter(layer);
        let colour = ui.visuals().strong_text_color();
        let galley =
            painter.layout_no_wrap(item.name(catalog), egui::FontId::proportional(13.0), colour);
        let rect = Rect::from_min_size(pointer + vec2(14.0, 10.0), galley.size());
        let stroke = Stroke::new(1.0, ui.visuals().selection.stroke.color);
        painter.rect(
            rect.expand(5.0),
            4.0,
            ui.visuals().window_fill,
            stroke,
            StrokeKind::Outside,
        );
        painter.galley(rect.min, galley, colour);
    }
    response.dnd_set_drag_payload(item);
}
