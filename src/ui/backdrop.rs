//! The window's background. The renderer clears each frame to the panel
//! colour, so the panels and the central area paint no fill of their own:
//! only the canvas paints its background, once. A software renderer
//! (Mesa's llvmpipe under Xvfb, in a virtual machine or over a remote
//! desktop) pays for every pixel a shape covers, and a window-sized fill
//! under every panel doubled that work for nothing (the first frame with
//! the checkout example shaded 1.35 screens of pixels; now 0.6).

use egui::{Color32, Frame, Ui, UiBuilder, UiStackInfo, Visuals};

/// What the renderer clears the window to: the panels' colour, in the
/// active theme (the presentation's white included).
pub fn clear_colour(visuals: &Visuals) -> [f32; 4] {
    visuals.panel_fill.to_normalized_gamma_f32()
}

/// Shows a side, top or bottom panel on the clear: egui's frame without
/// the fill the clear already paints, its contents told the colour under
/// them.
pub fn show_panel<R>(
    panel: egui::Panel,
    ui: &mut Ui,
    add_contents: impl FnOnce(&mut Ui) -> R,
) -> R {
    let frame = Frame::side_top_panel(ui.style()).fill(Color32::TRANSPARENT);
    panel
        .frame(frame)
        .show(ui, |ui| on_clear(ui, add_contents))
        .inner
}

/// Runs `add_contents` in a panel that sits on the clear, telling egui the
/// colour under it: what paints over the background to blend into it (a
/// scroll area's fade at its cut edge) asks the frames of the enclosing
/// `Ui`s, and an unfilled frame would answer "transparent" (no fade).
fn on_clear<R>(ui: &mut Ui, add_contents: impl FnOnce(&mut Ui) -> R) -> R {
    let under = Frame::NONE.fill(ui.visuals().panel_fill);
    let info = UiStackInfo::default().with_frame(under);
    ui.scope_builder(UiBuilder::new().ui_stack_info(info), add_contents)
        .inner
}

/// Shows the central panel on the clear: no margin (the canvas reaches the
/// edges) and no fill (the canvas paints its own background; the tabs
/// above it sit on the clear).
pub fn show_central<R>(ui: &mut Ui, add_contents: impl FnOnce(&mut Ui) -> R) -> R {
    let frame = Frame::central_panel(ui.style())
        .inner_margin(0)
        .fill(Color32::TRANSPARENT);
    egui::CentralPanel::default()
        .frame(frame)
        .show(ui, |ui| on_clear(ui, add_contents))
        .inner
}

#[cfg(test)]
mod tests {
    use egui::{Rect, Shape, pos2};

    use crate::ui::{AppOptions, PlinthApp, Settings, theme};

    const SCREEN: Rect = Rect::from_min_max(pos2(0.0, 0.0), pos2(1280.0, 800.0));

    /// The opaque rectangles of the second frame (the first one settles
    /// the layout) of a workspace, or an empty one, and the canvas's area.
    fn filled_rects(open: Option<&str>) -> (Vec<Rect>, Rect) {
        let options = AppOptions {
            no_user_catalog: true,
            open: open.map(Into::into),
            ..AppOptions::default()
        };
        let mut app = PlinthApp::new(options, Settings::default());
        let ctx = egui::Context::default();
        let mut shapes = Vec::new();
        for _ in 0..2 {
            let input = egui::RawInput {
                screen_rect: Some(SCREEN),
                ..egui::RawInput::default()
            };
            let mut output = ctx.run_ui(input, |ui| app.show(ui));
            // No renderer takes the font atlas here.
            output.textures_delta.clear();
            shapes = output.shapes;
        }
        let rects = shapes
            .into_iter()
            .filter_map(|clipped| match clipped.shape {
                Shape::Rect(r) if r.fill.is_opaque() => Some(r.rect.intersect(SCREEN)),
                _ => None,
            })
            .collect();
        (rects, app.canvas().area().unwrap_or(Rect::NOTHING))
    }

    #[test]
    fn only_the_canvas_paints_a_background_the_panels_sit_on_the_clear() {
        let example = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/examples/checkout.ron");
        for open in [None, Some(example)] {
            let (rects, canvas) = filled_rects(open);
            assert!(
                canvas.width() > 300.0 && canvas.height() > 200.0,
                "{canvas:?}"
            );
            let covering = rects.iter().filter(|r| r.contains_rect(canvas));
            assert_eq!(covering.count(), 1, "{open:?}: {rects:?}");
            // Beside the canvas, the fills of widgets and cards only: the
            // panels (three quarters of the window) sit on the clear.
            let beside: f32 = rects
                .iter()
                .filter(|r| !canvas.contains_rect(**r))
                .map(Rect::area)
                .sum();
            let share = beside / SCREEN.area();
            assert!(
                share < 0.15,
                "{open:?}: {share:.2} of the window filled beside the canvas"
            );
        }
    }

    #[test]
    fn the_window_clears_to_the_panel_colour_of_every_theme() {
        let options = AppOptions {
            no_user_catalog: true,
            ..AppOptions::default()
        };
        let app = PlinthApp::new(options, Settings::default());
        for visuals in [
            egui::Visuals::dark(),
            egui::Visuals::light(),
            theme::presentation_visuals(),
        ] {
            let clear = eframe::App::clear_color(&app, &visuals);
            let [r, g, b, a] = clear.map(|c| (c * 255.0).round() as u8);
            let cleared = egui::Color32::from_rgba_unmultiplied(r, g, b, a);
            assert_eq!(cleared, visuals.panel_fill, "{clear:?}");
        }
    }

    #[test]
    fn what_a_panel_holds_sees_the_panel_colour_under_it() {
        let ctx = egui::Context::default();
        let mut seen = Vec::new();
        let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
            for panel in [egui::Panel::left("left"), egui::Panel::bottom("below")] {
                seen.push(super::show_panel(panel, ui, |ui| ui.stack().bg_color()));
            }
        });
        // No renderer takes the font atlas here.
        output.textures_delta.clear();
        let panel = ctx.global_style().visuals.panel_fill;
        // A scroll area fades its cut edge into this colour.
        assert_eq!(seen, [panel, panel]);
    }
}
