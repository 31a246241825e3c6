//! The view transform of the canvas: pan and zoom, conversions between
//! canvas units (our `Point`) and screen points (`egui::Pos2`), zooming
//! around the cursor and zooming to fit.

use egui::{Pos2, Rect, Vec2, pos2, vec2};

use crate::design::Point;
use crate::ui::theme;

/// Pan and zoom of one canvas; UI state, never saved in the workspace.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct View {
    /// Where the canvas origin sits, relative to the top-left of the canvas area.
    pub pan: Vec2,
    /// Screen points per canvas unit.
    pub zoom: f32,
}

impl Default for View {
    fn default() -> Self {
        Self {
            pan: Vec2::ZERO,
            zoom: 1.0,
        }
    }
}

/// The transform for one frame: the view placed in the canvas area.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Transform {
    offset: Vec2,
    pub zoom: f32,
}

impl Transform {
    pub fn to_screen(&self, p: Point) -> Pos2 {
        pos2(p.x, p.y) * self.zoom + self.offset
    }

    pub fn to_canvas(&self, p: Pos2) -> Point {
        let c = (p - self.offset) / self.zoom;
        Point::new(c.x, c.y)
    }

    /// A canvas-space rectangle on screen.
    pub fn rect_to_screen(&self, r: Rect) -> Rect {
        Rect::from_min_max(
            r.min * self.zoom + self.offset,
            r.max * self.zoom + self.offset,
        )
    }

    /// A screen rectangle in canvas space.
    pub fn rect_to_canvas(&self, r: Rect) -> Rect {
        Rect::from_min_max(
            (r.min - self.offset) / self.zoom,
            (r.max - self.offset) / self.zoom,
        )
    }
}

impl View {
    /// The transform when the canvas occupies `area`.
    pub fn transform(&self, area: Rect) -> Transform {
        Transform {
            offset: area.min.to_vec2() + self.pan,
            zoom: self.zoom,
        }
    }

    /// Multiplies the zoom by `factor`, keeping the canvas point under
    /// `anchor` (a screen point, usually the cursor) where it is.
    pub fn zoom_around(&mut self, area: Rect, anchor: Pos2, factor: f32) {
        let before = self.transform(area).to_canvas(anchor);
        self.zoom = (self.zoom * factor).clamp(theme::MIN_ZOOM, theme::MAX_ZOOM);
        let after = self.transform(area).to_screen(before);
        self.pan += anchor - after;
    }

    /// Shows `bounds` (canvas units) whole and centred in `area`, never
    /// magnified beyond 100 %.
    pub fn fit(&mut self, area: Rect, bounds: Rect) {
        let margin = theme::FIT_MARGIN * 2.0;
        let room = vec2(
            (area.width() - margin).max(1.0),
            (area.height() - margin).max(1.0),
        );
        let size = bounds.size().max(vec2(1.0, 1.0));
        self.zoom = (room.x / size.x)
            .min(room.y / size.y)
            .clamp(theme::MIN_ZOOM, 1.0);
        self.pan = area.size() / 2.0 - bounds.center().to_vec2() * self.zoom;
    }
}

/// Our point as an egui position (same numbers, canvas units).
pub fn pos(p: Point) -> Pos2 {
    pos2(p.x, p.y)
}

/// An egui position as our point.
pub fn point(p: Pos2) -> Point {
    Point::new(p.x, p.y)
}

/// `p` snapped to the grid.
pub fn snap(p: Point) -> Point {
    let step = theme::GRID_STEP;
    Point::new((p.x / step).round() * step, (p.y / step).round() * step)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn area() -> Rect {
        Rect::from_min_size(pos2(300.0, 50.0), vec2(800.0, 600.0))
    }

    #[test]
    fn screen_and_canvas_round_trip() {
        let view = View {
            pan: vec2(12.0, -40.0),
            zoom: 1.7,
        };
        let t = view.transform(area());
        let p = Point::new(123.0, -45.5);
        let back = t.to_canvas(t.to_screen(p));
        assert!((back.x - p.x).abs() < 1e-3 && (back.y - p.y).abs() < 1e-3);
    }

    #[test]
    fn zoom_keeps_the_point_under_the_cursor() {
        let mut view = View::default();
        let anchor = pos2(700.0, 400.0);
        let under = view.transform(area()).to_canvas(anchor);
        view.zoom_around(area(), anchor, 2.0);
        assert!((view.zoom - 2.0).abs() < 1e-6);
        let still = view.transform(area()).to_screen(under);
        assert!((still - anchor).length() < 1e-3);
    }

    #[test]
    fn fit_centres_the_bounds_inside_the_area() {
        let mut view = View::default();
        let bounds = Rect::from_min_max(pos2(-500.0, -100.0), pos2(2500.0, 900.0));
        view.fit(area(), bounds);
        let t = view.transform(area());
        let shown = t.rect_to_screen(bounds);
        assert!(area().contains_rect(shown));
        assert!((shown.center() - area().center()).length() < 1e-2);
    }

    #[test]
    fn snapping_rounds_to_the_grid() {
        let p = snap(Point::new(31.0, -9.0));
        assert_eq!(
            (p.x, p.y),
            (theme::GRID_STEP * (31.0 / theme::GRID_STEP).round(), 0.0)
        );
    }
}
