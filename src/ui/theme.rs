//! Design tokens: colours, spacing, sizes and fonts used by every panel,
//! the score colours, and the high-contrast presentation theme. No other
//! file of the window picks a colour or a size; category colours come from
//! `crate::catalog::category_rgb`, shared with the exports.

use egui::{Color32, FontId, Stroke, Vec2, Visuals, vec2};

use crate::catalog::Category;
use crate::design::Severity;

/// The colour that marks a category everywhere in the window.
pub fn category_colour(category: Category) -> Color32 {
    let [r, g, b] = crate::catalog::category_rgb(category);
    Color32::from_rgb(r, g, b)
}

/// The stripe colour of building blocks (they have no category).
pub const BLOCK_COLOUR: Color32 = Color32::from_rgb(0x7a, 0x86, 0x99);

/// Space between sections of a page.
pub const SECTION_GAP: f32 = 10.0;
/// Width of the catalog panel when the window opens.
pub const CATALOG_PANEL_WIDTH: f32 = 300.0;
/// Width of the inspector when the window opens.
pub const INSPECTOR_PANEL_WIDTH: f32 = 280.0;
/// Size of the pattern page window when it opens.
pub const PATTERN_PAGE_SIZE: Vec2 = vec2(540.0, 900.0);
/// Distance of the pattern page from the top of the window.
pub const PATTERN_PAGE_TOP: f32 = 64.0;

/// Colour of error text and error markers.
pub const ERROR: Color32 = Color32::from_rgb(0xd9, 0x48, 0x3b);
/// Colour of good news (low complexity).
pub const SUCCESS: Color32 = Color32::from_rgb(0x2e, 0x9e, 0x5b);
/// Colour of warnings.
pub const WARNING: Color32 = Color32::from_rgb(0xe0, 0x9a, 0x1e);
/// Colour of informational findings.
pub const INFO: Color32 = Color32::from_rgb(0x3b, 0x82, 0xd9);

/// Height of the analysis panel (comparison, sensitivity, review) when it opens.
pub const ANALYSIS_PANEL_HEIGHT: f32 = 300.0;
/// Width of the criterion column and of each candidate column of the comparison.
pub const CRITERION_COLUMN_WIDTH: f32 = 170.0;
pub const CANDIDATE_COLUMN_WIDTH: f32 = 185.0;
/// The narrowest candidate column, and the narrowest list of contributions.
pub const MIN_CANDIDATE_COLUMN_WIDTH: f32 = 100.0;
pub const MIN_DETAILS_WIDTH: f32 = 180.0;
/// Heights of the comparison's header (name, total, feasibility) and rows.
pub const COMPARISON_HEADER_HEIGHT: f32 = 66.0;
pub const COMPARISON_ROW_HEIGHT: f32 = 26.0;
/// The share of the analysis panel's width the comparison table may take
/// (the rest lists the contributions of the chosen cell), and the space
/// egui_extras leaves between two columns.
pub const COMPARISON_TABLE_SHARE: f32 = 0.68;
pub const COMPARISON_COLUMN_GAP: f32 = 8.0;
/// The coloured box of a total in the comparison: corner and padding.
pub const TOTAL_CORNER: u8 = 3;
pub const TOTAL_MARGIN: egui::Margin = egui::Margin::symmetric(5, 1);
/// Spacing of the list of a cell's contributions.
pub const DETAILS_SPACING: [f32; 2] = [10.0, 4.0];
/// The presentation's total: its box's corner and padding; the spacing of
/// its points per criterion; room kept around the window of all findings.
pub const PRESENT_TOTAL_CORNER: u8 = 4;
pub const PRESENT_TOTAL_MARGIN: egui::Margin = egui::Margin::symmetric(8, 2);
pub const PRESENT_CRITERIA_SPACING: [f32; 2] = [16.0, 4.0];
pub const PRESENT_FINDINGS_ROOM: Vec2 = vec2(40.0, 40.0);
/// Text sizes: a total in the comparison, the sensitivity summary, labels
/// in the chart, and the presentation's candidate name, total and rank.
pub const TOTAL_TEXT_SIZE: f32 = 17.0;
pub const SUMMARY_TEXT_SIZE: f32 = 15.0;
pub const CHART_TEXT_SIZE: f32 = 14.0;
pub const PRESENT_NAME_SIZE: f32 = 24.0;
pub const PRESENT_TOTAL_SIZE: f32 = 34.0;
/// Line widths of the chart: candidates, and the current team size.
pub const SERIES_WIDTH: f32 = 2.5;
pub const NOW_LINE_WIDTH: f32 = 1.5;
/// Room kept beside a path field for its "Browse…" button.
pub const BROWSE_BUTTON_ROOM: f32 = 90.0;
/// Widths of the date field, the supersedes list, a question, a tab's name field.
pub const DATE_FIELD_WIDTH: f32 = 110.0;
pub const SUPERSEDES_WIDTH: f32 = 320.0;
pub const QUESTION_WIDTH: f32 = 420.0;
/// What a question (a modal dialog) lays over the window behind it: dark
/// enough to read as "answer this first" in the dark theme too.
pub const MODAL_BACKDROP: Color32 = Color32::from_black_alpha(170);

/// A modal dialog with Plinth's backdrop.
pub fn modal(id: &'static str) -> egui::Modal {
    egui::Modal::new(egui::Id::unique(id)).backdrop_color(MODAL_BACKDROP)
}
pub const TAB_NAME_WIDTH: f32 = 160.0;
/// Padding around the candidate tabs.
pub const TAB_BAR_MARGIN: egui::Margin = egui::Margin::symmetric(8, 4);
/// The smallest the side panels and the analysis panel are dragged to.
pub const CATALOG_PANEL_MIN_WIDTH: f32 = 220.0;
pub const INSPECTOR_PANEL_MIN_WIDTH: f32 = 200.0;
/// (The analysis panel's least shows the tabs, the comparison's header
/// and its first rows.)
pub const ANALYSIS_PANEL_MIN_HEIGHT: f32 = 200.0;
/// Room above and below the presentation header.
pub const PRESENT_HEADER_GAP: f32 = 4.0;
/// Widths of "save changes first?", "the file changed on disk" and the
/// path prompt (the recovery offer uses [`QUESTION_WIDTH`]).
pub const CONFIRM_WIDTH: f32 = 380.0;
pub const DISK_CONFLICT_WIDTH: f32 = 440.0;
pub const PATH_PROMPT_WIDTH: f32 = 460.0;
/// The tallest the list of notices grows before it scrolls.
pub const NOTICES_MAX_HEIGHT: f32 = 140.0;
/// A colour swatch beside a name.
pub const SWATCH_SIZE: Vec2 = vec2(10.0, 10.0);
/// Width of the score summary while presenting (in points, so it grows with the scale).
pub const PRESENT_SUMMARY_WIDTH: f32 = 300.0;
/// Height of the score summary when it sits below a wide diagram.
pub const PRESENT_SUMMARY_HEIGHT: f32 = 190.0;
/// The smallest a node title may be on screen while presenting, in
/// physical pixels (readable on a shared screen at 1280x720).
pub const PRESENT_TITLE_PIXELS: f32 = 16.0;
/// The overview map of a walked candidate: size, distance from the
/// canvas's corner, corner radius, background, nodes, the stop on screen.
pub const PRESENT_MAP_SIZE: Vec2 = vec2(150.0, 100.0);
pub const PRESENT_MAP_MARGIN: f32 = 10.0;
pub const PRESENT_MAP_CORNER: f32 = 4.0;
pub const PRESENT_MAP_FILL: Color32 = Color32::from_rgba_premultiplied(200, 200, 200, 200);
pub const PRESENT_MAP_INK: Color32 = Color32::from_rgb(0x70, 0x70, 0x70);
pub const PRESENT_MAP_STOP: Color32 = Color32::from_rgb(0xd9, 0x10, 0x3b);
/// The map's padding, outline, smallest node and the stop's outline.
pub const PRESENT_MAP_PADDING: f32 = 4.0;
pub const PRESENT_MAP_LINE: f32 = 1.0;
pub const PRESENT_MAP_SMALLEST_NODE: Vec2 = vec2(2.0, 2.0);
pub const PRESENT_MAP_STOP_LINE: f32 = 2.0;
/// Size of the window listing every finding while presenting.
pub const PRESENT_FINDINGS_SIZE: Vec2 = vec2(560.0, 420.0);
/// The laser pointer: how long its trail lasts, its dot, its colours.
pub const LASER_TRAIL_SECONDS: f64 = 0.45;
pub const LASER_RADIUS: f32 = 7.0;
pub const LASER_COLOUR: Color32 = Color32::from_rgb(0xff, 0x10, 0x30);
pub const LASER_HALO: Color32 = Color32::from_rgba_premultiplied(255, 255, 255, 220);
/// What covers the nodes outside the focus, and how far beyond each node.
pub const FOCUS_VEIL: Color32 = Color32::from_rgba_premultiplied(230, 230, 230, 230);
pub const FOCUS_VEIL_SPREAD: f32 = 3.0;
/// Size of the export dialog when it opens.
pub const EXPORT_DIALOG_SIZE: Vec2 = vec2(860.0, 760.0);
/// Gap and line width of the halo around the nodes of a chosen finding.
pub const HIGHLIGHT_GAP: f32 = 6.0;
pub const HIGHLIGHT_WIDTH: f32 = 3.5;

/// Line colours of the sensitivity chart (Okabe and Ito's palette, which
/// colour-blind readers can tell apart; its yellow is left out, too pale on white).
pub const SERIES_COLOURS: [Color32; 6] = [
    Color32::from_rgb(0x00, 0x72, 0xb2),
    Color32::from_rgb(0xd5, 0x5e, 0x00),
    Color32::from_rgb(0x00, 0x9e, 0x73),
    Color32::from_rgb(0xcc, 0x79, 0xa7),
    Color32::from_rgb(0xe6, 0x9f, 0x00),
    Color32::from_rgb(0x56, 0xb4, 0xe9),
];

/// The chart colour of the `index`-th candidate.
pub fn series_colour(index: usize) -> Color32 {
    SERIES_COLOURS[index % SERIES_COLOURS.len()]
}

/// The background of a comparison cell: green for points gained, red for
/// points lost, stronger the larger `points` is next to `largest`.
pub fn score_fill(points: f64, largest: f64) -> Color32 {
    if points.abs() < 0.05 || largest <= 0.0 {
        return Color32::TRANSPARENT;
    }
    let strength = (points.abs() / largest).clamp(0.0, 1.0) as f32;
    let colour = if points > 0.0 { SUCCESS } else { ERROR };
    colour.gamma_multiply(0.12 + 0.38 * strength)
}

/// The background of a total (0 to 100, 50 being the baseline).
pub fn total_fill(total: f64) -> Color32 {
    score_fill(total - crate::scoring::BASELINE, crate::scoring::BASELINE)
}

/// `colour` as text: darker when `high_contrast` (the white of the
/// presentation theme), where the usual shades are too light to survive a
/// video call.
pub fn text_colour(high_contrast: bool, colour: Color32) -> Color32 {
    if high_contrast {
        let [r, g, b, _] = colour.to_array();
        let dark = |c: u8| (f32::from(c) * 0.62) as u8;
        Color32::from_rgb(dark(r), dark(g), dark(b))
    } else {
        colour
    }
}

/// The marker colour of a review finding.
pub fn severity_colour(severity: Severity) -> Color32 {
    match severity {
        Severity::Error => ERROR,
        Severity::Warning => WARNING,
        Severity::Info => INFO,
    }
}

// Canvas geometry, in canvas units (scaled by the zoom): the sizes the
// picture export uses too, from their one home in `geometry::metrics`.

pub use crate::geometry::metrics::{
    ARROW_HALF_WIDTH, ARROW_LENGTH, COMPLEXITY_DOT, DASH_GAP, DASH_LENGTH, DETAIL_FONT_SIZE,
    EDGE_LABEL_FONT_SIZE, EDGE_LABEL_WIDTH, GLYPH_SIZE, GROUP_FONT_SIZE, GROUP_PADDING,
    GROUP_TITLE, LABEL_FONT_SIZE, MARKER_RADIUS, NODE_CORNER, NODE_PADDING, NODE_STRIPE,
    edge_width,
};

/// Size of a new node on the canvas; a node's position is its centre.
pub const NODE_SIZE: Vec2 = vec2(
    crate::geometry::metrics::NODE_MIN_WIDTH,
    crate::geometry::metrics::NODE_HEIGHT,
);
/// The snapping grid.
pub const GRID_STEP: f32 = 20.0;
/// How far duplicated nodes land from their originals.
pub const DUPLICATE_OFFSET: Vec2 = vec2(40.0, 40.0);

// Canvas geometry in screen points (not scaled).

/// Text smaller than this on screen is not drawn (level of detail).
pub const MIN_TEXT_POINTS: f32 = 5.0;
/// Radius of the connection handle on a node's right edge.
pub const HANDLE_RADIUS: f32 = 7.0;
/// How close a click must be to an edge to select it.
pub const EDGE_HIT_DISTANCE: f32 = 6.0;
/// Space kept around the content by "zoom to fit".
pub const FIT_MARGIN: f32 = 40.0;
pub const MIN_ZOOM: f32 = 0.05;
pub const MAX_ZOOM: f32 = 4.0;
/// Zoom factor of one zoom-in step.
pub const ZOOM_STEP: f32 = 1.25;
/// Below this zoom the canvas is one picture of plain lines and specks
/// (level of detail, `canvas/far.rs`): dashes and arrowheads would be a blur.
pub const EDGE_DETAIL_ZOOM: f32 = 0.25;
/// The width of a group box's outline, in screen points.
pub const GROUP_OUTLINE: f32 = 1.2;
/// Gap between the two directions of a pair of opposite edges.
pub const PARALLEL_GAP: f32 = 10.0;

/// A font for canvas text at `size` canvas units and `zoom`, rounded to
/// half points so that the layout cache is hit while the zoom stays put.
pub fn canvas_font(size: f32, zoom: f32) -> FontId {
    FontId::proportional(((size * zoom) * 2.0).round() / 2.0)
}

/// Colours of the canvas for the current light or dark visuals.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CanvasColours {
    pub background: Color32,
    pub grid: Color32,
    pub node_fill: Color32,
    pub node_stroke: Color32,
    pub text: Color32,
    pub weak_text: Color32,
    pub edge: Color32,
    pub label_fill: Color32,
    pub selection: Color32,
    pub selection_fill: Color32,
    pub group_fill: Color32,
    pub group_stroke: Color32,
    pub shadow: Color32,
}

impl CanvasColours {
    /// The colours for `visuals`, or the high-contrast set (presenting).
    pub fn for_view(visuals: &Visuals, high_contrast: bool) -> Self {
        if high_contrast {
            Self::high_contrast(visuals)
        } else {
            Self::of(visuals)
        }
    }

    /// Black on white with no grid: what survives a video call's compression.
    pub fn high_contrast(visuals: &Visuals) -> Self {
        let selection = visuals.selection.stroke.color;
        Self {
            background: Color32::WHITE,
            grid: Color32::from_gray(0xf2),
            node_fill: Color32::WHITE,
            node_stroke: Color32::from_gray(0x20),
            text: Color32::BLACK,
            weak_text: Color32::from_gray(0x30),
            edge: Color32::from_gray(0x10),
            label_fill: Color32::from_rgba_unmultiplied(0xff, 0xff, 0xff, 245),
            selection,
            selection_fill: selection.gamma_multiply(0.15),
            group_fill: Color32::from_rgba_unmultiplied(0x00, 0x3d, 0xa5, 12),
            group_stroke: Color32::from_gray(0x40),
            shadow: Color32::from_black_alpha(40),
        }
    }

    pub fn of(visuals: &Visuals) -> Self {
        let selection = visuals.selection.stroke.color;
        if visuals.dark_mode {
            Self {
                background: Color32::from_rgb(0x1c, 0x1e, 0x22),
                grid: Color32::from_rgb(0x2c, 0x2f, 0x35),
                node_fill: Color32::from_rgb(0x2a, 0x2d, 0x33),
                node_stroke: Color32::from_rgb(0x48, 0x4d, 0x57),
                text: Color32::from_rgb(0xe8, 0xea, 0xed),
                weak_text: Color32::from_rgb(0xa0, 0xa6, 0xb0),
                edge: Color32::from_rgb(0xa8, 0xb0, 0xbc),
                label_fill: Color32::from_rgba_unmultiplied(0x1c, 0x1e, 0x22, 230),
                selection,
                selection_fill: selection.gamma_multiply(0.15),
                group_fill: Color32::from_rgba_unmultiplied(0xff, 0xff, 0xff, 8),
                group_stroke: Color32::from_rgb(0x5a, 0x60, 0x6b),
                shadow: Color32::from_black_alpha(90),
            }
        } else {
            Self {
                background: Color32::from_rgb(0xf6, 0xf7, 0xf9),
                grid: Color32::from_rgb(0xe1, 0xe4, 0xe9),
                node_fill: Color32::WHITE,
                node_stroke: Color32::from_rgb(0xc3, 0xc8, 0xd0),
                text: Color32::from_rgb(0x1f, 0x23, 0x29),
                weak_text: Color32::from_rgb(0x5f, 0x67, 0x73),
                edge: Color32::from_rgb(0x55, 0x5e, 0x6b),
                label_fill: Color32::from_rgba_unmultiplied(0xf6, 0xf7, 0xf9, 235),
                selection,
                selection_fill: selection.gamma_multiply(0.12),
                group_fill: Color32::from_rgba_unmultiplied(0x3d, 0x5a, 0xa8, 10),
                group_stroke: Color32::from_rgb(0x9a, 0xa3, 0xb2),
                shadow: Color32::from_black_alpha(28),
            }
        }
    }

    /// The stroke of a selected node or edge.
    pub fn selection_stroke(&self) -> Stroke {
        Stroke::new(2.5, self.selection)
    }
}

/// Spacing tweaks applied once at start. The interface size is the
/// settings' business, so egui's own Ctrl+plus/minus zoom is turned off
/// (those keys zoom the canvas).
pub fn apply_style(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        style.spacing.item_spacing = vec2(8.0, 5.0);
        style.spacing.button_padding = vec2(6.0, 3.0);
        style.interaction.tooltip_delay = 0.3;
    });
    ctx.options_mut(|o| o.zoom_with_keyboard = false);
}

/// Fonts: egui's, with its monospace font (Hack) as the last resort of
/// the proportional text too, for the arrows and triangles the review's
/// messages use (`Gateway → Orders`) that Ubuntu Light lacks.
pub fn install_fonts(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    if fonts.font_data.contains_key("Hack")
        && let Some(family) = fonts.families.get_mut(&egui::FontFamily::Proportional)
    {
        family.push("Hack".to_owned());
    }
    ctx.set_fonts(fonts);
}

/// The presentation theme: black on white, thick outlines, a strong
/// selection colour. Fine lines and mid greys blur in a video call.
pub fn presentation_visuals() -> Visuals {
    let mut v = Visuals::light();
    let ink = Color32::BLACK;
    v.override_text_color = Some(ink);
    v.panel_fill = Color32::WHITE;
    v.window_fill = Color32::WHITE;
    v.extreme_bg_color = Color32::WHITE;
    v.faint_bg_color = Color32::from_gray(0xee);
    v.hyperlink_color = Color32::from_rgb(0x00, 0x3d, 0xa5);
    v.widgets.noninteractive.bg_stroke = Stroke::new(2.0, Color32::from_gray(0x40));
    v.widgets.noninteractive.fg_stroke = Stroke::new(2.0, ink);
    v.selection.stroke = Stroke::new(3.0, Color32::from_rgb(0x00, 0x4b, 0xc4));
    v.selection.bg_fill = Color32::from_rgb(0xc8, 0xdc, 0xff);
    v
}
