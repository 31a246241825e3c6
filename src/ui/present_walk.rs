//! The presentation's readable size and its walk on screen: node titles are
//! never smaller than [`theme::PRESENT_TITLE_PIXELS`] physical pixels, so a
//! candidate that does not fit at that size is shown stop by stop (the
//! stops come from `crate::session::walk`), each framed when it comes up,
//! with a small overview map of the whole candidate in a corner.

use egui::{Painter, Rect, Stroke, StrokeKind, Vec2, pos2, vec2};

use super::canvas::CanvasState;
use super::canvas::view::View;
use super::theme;
use crate::design::{Candidate, CandidateId};
use crate::session::walk::{self, Area, Extent};

/// The smallest zoom (canvas points per canvas unit) at which node titles
/// reach the readable size, given the screen's pixels per point.
pub fn readable_zoom(pixels_per_point: f32) -> f32 {
    theme::PRESENT_TITLE_PIXELS / (theme::LABEL_FONT_SIZE * pixels_per_point.max(0.1))
}

/// The room inside `area` (points) for a stop, in canvas units at `zoom`.
fn room(area: Rect, zoom: f32) -> Extent {
    let inner = inner_size(area);
    Extent::new(inner.x / zoom, inner.y / zoom)
}

/// `area` less the margin kept around what is framed.
fn inner_size(area: Rect) -> Vec2 {
    let margin = theme::FIT_MARGIN * 2.0;
    vec2(
        (area.width() - margin).max(1.0),
        (area.height() - margin).max(1.0),
    )
}

/// The view that shows `stop` centred in `area`, as large as fits but not
/// below `readable` nor above 100 % (or `readable`, if that is more).
pub fn view_of(area: Rect, stop: Area, readable: f32) -> View {
    let inner = inner_size(area);
    let size = stop.size();
    let fit = (inner.x / size.width.max(1.0)).min(inner.y / size.height.max(1.0));
    let zoom = fit.clamp(readable, readable.max(1.0));
    let centre = stop.centre();
    View {
        pan: area.size() / 2.0 - vec2(centre.x, centre.y) * zoom,
        zoom,
    }
}

/// What the stops were planned for.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Planned {
    candidate: CandidateId,
    revision: (u64, u64),
    room: (u32, u32),
}

/// What was last framed; framing again only when it changes, so that
/// panning and zooming by hand between steps is kept.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Framed {
    candidate: CandidateId,
    stop: usize,
    area: Rect,
    pixels_per_point: u32,
}

/// The stops of the candidate presented, cached, and the frame shown.
#[derive(Debug, Default)]
pub struct Walk {
    planned: Option<Planned>,
    stops: Vec<Area>,
    framed: Option<Framed>,
}

impl Walk {
    /// The stops of `candidate` at `revision` for a canvas in `area` on a
    /// screen of `pixels_per_point`, planned again only when one changed.
    pub fn plan(
        &mut self,
        candidate: &Candidate,
        revision: (u64, u64),
        area: Rect,
        ppp: f32,
    ) -> &[Area] {
        let room = room(area, readable_zoom(ppp));
        let key = Planned {
            candidate: candidate.id,
            revision,
            room: (room.width.round() as u32, room.height.round() as u32),
        };
        if self.planned != Some(key) {
            let node = Extent::new(theme::NODE_SIZE.x, theme::NODE_SIZE.y);
            self.stops = walk::plan(candidate, node, room);
            self.planned = Some(key);
        }
        &self.stops
    }

    /// How many stops the candidate presented has (at least one).
    pub fn len(&self) -> usize {
        self.stops.len().max(1)
    }

    /// Frames stop `stop` on the canvas when the stop, the candidate, the
    /// area or the screen's scale changed since the last frame.
    pub fn frame(
        &mut self,
        canvas: &mut CanvasState,
        candidate: CandidateId,
        stop: usize,
        area: Rect,
        ppp: f32,
    ) {
        let key = Framed {
            candidate,
            stop,
            area,
            pixels_per_point: ppp.to_bits(),
        };
        if self.framed == Some(key) {
            return;
        }
        self.framed = Some(key);
        let Some(shown) = self.stops.get(stop).copied() else {
            return;
        };
        let view = view_of(area, shown, readable_zoom(ppp));
        let selection = canvas.selection.clone();
        canvas.restore(candidate, Some(view), selection);
    }

    /// The small map of the whole candidate in the top-right corner of
    /// `area`, the stop on screen outlined; only when there are several.
    pub fn overview_ui(&self, painter: &Painter, area: Rect, candidate: &Candidate, stop: usize) {
        let Some(shown) = self.stops.get(stop) else {
            return;
        };
        let Some(all) = self.stops.iter().copied().reduce(Area::union) else {
            return;
        };
        if self.stops.len() < 2 {
            return;
        }
        let map = Rect::from_min_size(
            pos2(
                area.max.x - theme::PRESENT_MAP_SIZE.x - theme::PRESENT_MAP_MARGIN,
                area.min.y + theme::PRESENT_MAP_MARGIN,
            ),
            theme::PRESENT_MAP_SIZE,
        );
        let size = all.size();
        let inner = map.shrink(theme::PRESENT_MAP_PADDING);
        let scale =
            (inner.width() / size.width.max(1.0)).min(inner.height() / size.height.max(1.0));
        let to_map =
            |x: f32, y: f32| map.center() + vec2(x - all.centre().x, y - all.centre().y) * scale;
        painter.rect_filled(map, theme::PRESENT_MAP_CORNER, theme::PRESENT_MAP_FILL);
        painter.rect_stroke(
            map,
            theme::PRESENT_MAP_CORNER,
            Stroke::new(theme::PRESENT_MAP_LINE, theme::PRESENT_MAP_INK),
            StrokeKind::Inside,
        );
        let mut dots = egui::Mesh::default();
        let half = theme::NODE_SIZE * scale / 2.0;
        for node in candidate.nodes() {
            let centre = to_map(node.position.x, node.position.y);
            dots.add_colored_rect(
                Rect::from_center_size(centre, (half * 2.0).max(theme::PRESENT_MAP_SMALLEST_NODE)),
                theme::PRESENT_MAP_INK,
            );
        }
        painter.add(dots);
        let outline = Rect::from_min_max(
            to_map(shown.min.x, shown.min.y),
            to_map(shown.max.x, shown.max.y),
        );
        painter.rect_stroke(
            outline,
            0.0,
            Stroke::new(theme::PRESENT_MAP_STOP_LINE, theme::PRESENT_MAP_STOP),
            StrokeKind::Outside,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_reach_the_readable_size_at_the_readable_zoom() {
        for ppp in [1.0, 1.5, 2.0] {
            let pixels = theme::LABEL_FONT_SIZE * readable_zoom(ppp) * ppp;
            assert!((pixels - theme::PRESENT_TITLE_PIXELS).abs() < 1e-3);
        }
    }

    #[test]
    fn a_small_stop_is_not_magnified_past_100_percent_and_a_big_one_not_below_readable() {
        let area = Rect::from_min_size(pos2(0.0, 50.0), vec2(800.0, 500.0));
        let small = Area::around(crate::design::Point::new(0.0, 0.0), Extent::new(50.0, 50.0));
        assert!((view_of(area, small, 0.8).zoom - 1.0).abs() < 1e-6);
        let big = Area::around(
            crate::design::Point::new(0.0, 0.0),
            Extent::new(5_000.0, 5_000.0),
        );
        assert!((view_of(area, big, 0.8).zoom - 0.8).abs() < 1e-6);
        let view = view_of(area, small, 0.8);
        let centre = view
            .transform(area)
            .to_screen(crate::design::Point::new(0.0, 0.0));
        assert!((centre - area.center()).length() < 1e-3, "centred");
    }
}
