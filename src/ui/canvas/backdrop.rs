//! What lies under the nodes: the background with its dot grid, and groups
//! drawn as labelled boundaries around their members. (Zoomed far out the
//! background and the boxes are painted into the far picture, `far.rs`,
//! from the same dots and boxes; the titles are drawn over it.)

use egui::{Painter, Pos2, Rect, Stroke, StrokeKind, pos2};

use super::layout::Layout;
use super::text::{TextCache, TextKey};
use crate::ui::theme::{self, CanvasColours};

/// Fills the canvas and draws a dot every grid step (when they are far
/// enough apart to read as a grid).
pub fn draw_background(painter: &Painter, colours: &CanvasColours, area: Rect, layout: &Layout) {
    painter.rect_filled(area, 0.0, colours.background);
    let (radius, dots) = grid_dots(area, layout);
    for dot in dots {
        painter.circle_filled(dot, radius, colours.grid);
    }
}

/// The radius and centres of the grid's dots in `area`: a dot every other
/// grid step, sparser when zoomed out.
pub fn grid_dots(area: Rect, layout: &Layout) -> (f32, Vec<Pos2>) {
    let mut step = theme::GRID_STEP * 2.0 * layout.t.zoom;
    while step < 24.0 {
        step *= 2.0;
    }
    let origin = layout.t.to_screen(crate::design::Point::new(0.0, 0.0));
    let first = pos2(
        origin.x - ((origin.x - area.min.x) / step).floor() * step,
        origin.y - ((origin.y - area.min.y) / step).floor() * step,
    );
    let radius = (layout.t.zoom * 1.2).clamp(0.8, 1.5);
    let mut dots = Vec::new();
    let mut y = first.y;
    while y <= area.max.y {
        let mut x = first.x;
        while x <= area.max.x {
            dots.push(pos2(x, y));
            x += step;
        }
        y += step;
    }
    (radius, dots)
}

/// Draws the box of every group with members under the nodes, in the
/// boxes of the shared geometry.
pub fn draw_group_boxes(painter: &Painter, colours: &CanvasColours, layout: &Layout) {
    let corner = group_corner(layout.t.zoom);
    for (_, rect, _) in layout.groups() {
        if !painter.clip_rect().intersects(rect) {
            continue;
        }
        painter.rect_filled(rect, corner, colours.group_fill);
        painter.rect_stroke(
            rect,
            corner,
            Stroke::new(theme::GROUP_OUTLINE, colours.group_stroke),
            StrokeKind::Inside,
        );
    }
}

/// Draws each group's title where the geometry fitted it, when it is
/// large enough to read.
pub fn draw_group_titles(
    painter: &Painter,
    cache: &mut TextCache,
    colours: &CanvasColours,
    layout: &Layout,
) {
    let zoom = layout.t.zoom;
    if theme::GROUP_FONT_SIZE * zoom < theme::MIN_TEXT_POINTS {
        return;
    }
    for (group, rect, title) in layout.groups() {
        if !painter.clip_rect().intersects(rect) {
            continue;
        }
        let galley = cache.line(
            painter,
            TextKey::GroupName(group.id.0),
            &group.title_text,
            theme::canvas_font(theme::GROUP_FONT_SIZE, zoom),
            colours.weak_text,
            (rect.max.x - title.min.x - 6.0 * zoom).max(1.0),
        );
        painter.galley(title.min, galley, colours.weak_text);
    }
}

/// The corner radius of a group's box at `zoom`: square once it would be
/// under 3 px, where no one sees the rounding and a software renderer
/// still pays for it (about 180 triangles a box, against 20 square).
fn group_corner(zoom: f32) -> f32 {
    let corner = 10.0 * zoom;
    if corner < 3.0 { 0.0 } else { corner.min(14.0) }
}

#[cfg(test)]
mod tests {
    use super::group_corner;

    #[test]
    fn a_group_is_square_where_its_rounding_would_not_show() {
        assert_eq!(group_corner(0.1), 0.0);
        assert_eq!(group_corner(0.29), 0.0);
        assert_eq!(group_corner(0.3), 3.0);
        assert_eq!(group_corner(1.0), 10.0);
        assert_eq!(group_corner(4.0), 14.0);
    }
}
