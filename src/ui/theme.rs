//! Design tokens: colours, spacing and sizes used by every panel.

use egui::Color32;

use crate::catalog::Category;

/// The colour that marks a category everywhere in the window.
pub fn category_colour(category: Category) -> Color32 {
    let [r, g, b] = crate::catalog::category_rgb(category);
    Color32::from_rgb(r, g, b)
}

/// Space between sections of a page.
pub const SECTION_GAP: f32 = 10.0;
/// Width of the catalog panel when the window opens.
pub const CATALOG_PANEL_WIDTH: f32 = 320.0;
/// Colour of error text.
pub const ERROR: Color32 = Color32::from_rgb(0xd9, 0x48, 0x3b);
