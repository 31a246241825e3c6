//! The key to the connection styles, in a strip of its own below the
//! diagram (the core's `Legend::strip`): the canvas is drawn above it, so
//! the legend never covers a node, whatever the pan and zoom. View >
//! Connection legend hides it and gives the room back to the canvas.

use egui::{Align2, FontId, Rect, Stroke, pos2};

use super::edges::{self, Segment};
use crate::design::Point;
use crate::geometry::legend::{FONT_SIZE, Legend};
use crate::ui::theme::CanvasColours;

/// The legend's strip at the bottom of `full` and the canvas above it, or
/// all of `full` for the canvas when the legend is hidden.
pub fn split(full: Rect, shown: bool) -> (Rect, Option<Legend>) {
    if !shown {
        return (full, None);
    }
    let height = Legend::strip(Point::new(full.min.x, 0.0), full.width())
        .rect
        .height();
    let top = (full.max.y - height).max(full.min.y);
    let legend = Legend::strip(Point::new(full.min.x, top), full.width());
    let canvas = Rect::from_min_max(full.min, pos2(full.max.x, top));
    (canvas, Some(legend))
}

/// Draws the strip.
pub fn draw(ui: &egui::Ui, legend: &Legend, colours: &CanvasColours) {
    let rect = super::layout::egui_rect(&legend.rect);
    let response = ui.interact(
        rect,
        egui::Id::unique("canvas-legend"),
        egui::Sense::hover(),
    );
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Image, true, "Key to the connection styles")
    });
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 0.0, colours.label_fill);
    painter.line_segment(
        [rect.left_top(), rect.right_top()],
        Stroke::new(1.0, colours.node_stroke),
    );
    let font = FontId::proportional(FONT_SIZE);
    for row in &legend.rows {
        let seg = Segment {
            from: super::view::pos(row.sample.0),
            to: super::view::pos(row.sample.1),
        };
        edges::draw_sample(&painter, colours, row.kind, seg);
        painter.text(
            super::view::pos(row.text_at),
            Align2::LEFT_CENTER,
            crate::ui::sentence_case(row.text),
            font.clone(),
            colours.weak_text,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_canvas_ends_where_the_legend_begins() {
        let full = Rect::from_min_max(pos2(300.0, 40.0), pos2(1200.0, 700.0));
        let (canvas, legend) = split(full, true);
        let legend = super::super::layout::egui_rect(&legend.map(|l| l.rect).unwrap_or_default());
        assert_eq!(canvas.max.y, legend.min.y);
        assert_eq!(legend.max.y, full.max.y);
        assert!(!canvas.intersects(legend.shrink(0.5)));
        assert_eq!(split(full, false), (full, None));
    }
}
