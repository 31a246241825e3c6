//! What lies under the nodes: the background with its dot grid, and groups
//! drawn as labelled boundaries around their members.

use egui::{Painter, Pos2, Rect, Stroke, StrokeKind, pos2, vec2};

use super::layout::Layout;
use super::text::{TextCache, TextKey};
use std::collections::BTreeMap;

use crate::design::{Candidate, GroupId};
use crate::ui::theme::{self, CanvasColours};

/// Fills the canvas and draws a dot every grid step (when they are far
/// enough apart to read as a grid).
pub fn draw_background(painter: &Painter, colours: &CanvasColours, area: Rect, layout: &Layout) {
    painter.rect_filled(area, 0.0, colours.background);
    // A dot every other grid step, sparser when zoomed out.
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
    let mut y = first.y;
    while y <= area.max.y {
        let mut x = first.x;
        while x <= area.max.x {
            painter.circle_filled(pos2(x, y), radius, colours.grid);
            x += step;
        }
        y += step;
    }
}

/// The screen rectangle around the members of each group, title strip
/// included (one pass over the nodes, not one per group).
fn group_rects(candidate: &Candidate, layout: &Layout) -> BTreeMap<GroupId, Rect> {
    let mut members: BTreeMap<GroupId, Rect> = BTreeMap::new();
    for node in candidate.nodes() {
        if let (Some(group), Some(rect)) = (node.group, layout.rect(node.id)) {
            members
                .entry(group)
                .and_modify(|r| *r = r.union(rect))
                .or_insert(rect);
        }
    }
    let zoom = layout.t.zoom;
    let pad = theme::GROUP_PADDING * zoom;
    for rect in members.values_mut() {
        *rect = Rect::from_min_max(
            rect.min - vec2(pad, pad + theme::GROUP_TITLE * zoom),
            rect.max + vec2(pad, pad),
        );
    }
    members
}

/// Draws every group with members under the nodes.
pub fn draw_groups(
    painter: &Painter,
    cache: &mut TextCache,
    colours: &CanvasColours,
    candidate: &Candidate,
    layout: &Layout,
) {
    let zoom = layout.t.zoom;
    let rects = group_rects(candidate, layout);
    for group in candidate.groups() {
        let Some(&rect) = rects.get(&group.id) else {
            continue;
        };
        if !painter.clip_rect().intersects(rect) {
            continue;
        }
        let corner = (10.0 * zoom).clamp(2.0, 14.0);
        painter.rect_filled(rect, corner, colours.group_fill);
        painter.rect_stroke(
            rect,
            corner,
            Stroke::new(1.2, colours.group_stroke),
            StrokeKind::Inside,
        );
        if theme::GROUP_FONT_SIZE * zoom >= theme::MIN_TEXT_POINTS {
            let galley = cache.line(
                painter,
                TextKey::GroupName(group.id.0),
                &group.name,
                theme::canvas_font(theme::GROUP_FONT_SIZE, zoom),
                colours.weak_text,
                (rect.width() - 16.0 * zoom).max(1.0),
            );
            let pos = Pos2::new(rect.min.x + 10.0 * zoom, rect.min.y + 5.0 * zoom);
            painter.galley(pos, galley, colours.weak_text);
        }
    }
}
