//! A small pixel painter for the far picture (`far.rs`): rectangles, lines
//! and discs put into an egui `ColorImage` in physical pixels, blended the
//! way egui's renderer blends (premultiplied colours in gamma space), so a
//! shape looks the same painted here as drawn by the renderer.

use egui::{Color32, ColorImage, Pos2, Rect, Vec2};

/// An image of a screen area, painted shape by shape.
pub struct Raster {
    image: ColorImage,
    /// The area's top-left corner, in screen points.
    origin: Pos2,
    /// Physical pixels per screen point.
    scale: f32,
}

impl Raster {
    /// An image of `area` (screen points) at `pixels_per_point`, filled
    /// with `background`.
    pub fn new(area: Rect, pixels_per_point: f32, background: Color32) -> Self {
        let size = area.size() * pixels_per_point;
        let [w, h] = [size.x, size.y].map(|v| v.round().max(1.0) as usize);
        Self {
            image: ColorImage::filled([w, h], background),
            origin: area.min,
            scale: pixels_per_point,
        }
    }

    pub fn into_image(self) -> ColorImage {
        self.image
    }

    /// The colour of the pixel at column `x`, row `y`.
    #[cfg(test)]
    pub fn pixel(&self, x: usize, y: usize) -> Color32 {
        self.image[(x, y)]
    }

    /// Where `p` (screen points) falls, in pixels from the top-left corner.
    fn to_pixels(&self, p: Pos2) -> Vec2 {
        (p - self.origin) * self.scale
    }

    /// Blends `colour` over the pixels whose centres lie in `rect` (screen
    /// points); a rectangle thinner than a pixel still covers one.
    pub fn fill_rect(&mut self, rect: Rect, colour: Color32) {
        let (min, max) = (self.to_pixels(rect.min), self.to_pixels(rect.max));
        let (x0, x1) = span(min.x, max.x, self.image.width());
        let (y0, y1) = span(min.y, max.y, self.image.height());
        for y in y0..y1 {
            for x in x0..x1 {
                let pixel = &mut self.image[(x, y)];
                *pixel = blend(*pixel, colour);
            }
        }
    }

    /// A `width` line just inside `rect`'s border.
    pub fn outline(&mut self, rect: Rect, width: f32, colour: Color32) {
        let w = width.min(rect.width() / 2.0).min(rect.height() / 2.0);
        let (min, max) = (rect.min, rect.max);
        self.fill_rect(Rect::from_min_max(min, Pos2::new(max.x, min.y + w)), colour);
        self.fill_rect(Rect::from_min_max(Pos2::new(min.x, max.y - w), max), colour);
        let (top, bottom) = (min.y + w, max.y - w);
        self.fill_rect(
            Rect::from_x_y_ranges(min.x..=min.x + w, top..=bottom),
            colour,
        );
        self.fill_rect(
            Rect::from_x_y_ranges(max.x - w..=max.x, top..=bottom),
            colour,
        );
    }

    /// A line `width` wide (at least a pixel) from `a` to `b`, reaching half a width past each
    /// end so that the legs of a route meet without a notch. Legs of a
    /// route are horizontal or vertical; any other is drawn as a run of
    /// squares along it.
    pub fn line(&mut self, a: Pos2, b: Pos2, width: f32, colour: Color32) {
        let width = width.max(1.0 / self.scale);
        let half = width / 2.0;
        if a.x == b.x || a.y == b.y {
            self.fill_rect(Rect::from_two_pos(a, b).expand(half), colour);
            return;
        }
        let steps = ((b - a).length() * self.scale).ceil().max(1.0) as usize;
        let mut last = None;
        for i in 0..=steps {
            let p = a + (b - a) * (i as f32 / steps as f32);
            let at = self.to_pixels(p).floor();
            if last != Some(at) {
                last = Some(at);
                self.fill_rect(Rect::from_center_size(p, Vec2::splat(width)), colour);
            }
        }
    }

    /// A filled disc, its edge smoothed over one pixel.
    pub fn disc(&mut self, centre: Pos2, radius: f32, colour: Color32) {
        let c = self.to_pixels(centre);
        let r = radius * self.scale;
        let (x0, x1) = span(c.x - r - 1.0, c.x + r + 1.0, self.image.width());
        let (y0, y1) = span(c.y - r - 1.0, c.y + r + 1.0, self.image.height());
        for y in y0..y1 {
            for x in x0..x1 {
                let d = (Vec2::new(x as f32 + 0.5, y as f32 + 0.5) - c).length();
                let coverage = (r - d + 0.5).clamp(0.0, 1.0);
                if coverage > 0.0 {
                    let pixel = &mut self.image[(x, y)];
                    *pixel = blend(*pixel, colour.gamma_multiply(coverage));
                }
            }
        }
    }
}

/// The pixels from `from` to `to` whose centres lie in `from..to`, cut to
/// `0..len`; the pixel holding the middle when the span holds no centre.
fn span(from: f32, to: f32, len: usize) -> (usize, usize) {
    let (mut first, mut end) = ((from - 0.5).ceil(), (to - 0.5).ceil());
    if end <= first {
        first = ((from + to) / 2.0).floor();
        end = first + 1.0;
    }
    let clamp = |v: f32| v.clamp(0.0, len as f32) as usize;
    (clamp(first), clamp(end))
}

/// `src` over `dst`, premultiplied: what egui's renderer does.
fn blend(dst: Color32, src: Color32) -> Color32 {
    let keep = 255 - u16::from(src.a());
    let mix = |d: u8, s: u8| s.saturating_add(((u16::from(d) * keep + 127) / 255) as u8);
    Color32::from_rgba_premultiplied(
        mix(dst.r(), src.r()),
        mix(dst.g(), src.g()),
        mix(dst.b(), src.b()),
        mix(dst.a(), src.a()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::pos2;

    fn raster() -> Raster {
        Raster::new(
            Rect::from_min_size(pos2(100.0, 50.0), egui::vec2(20.0, 10.0)),
            1.0,
            Color32::BLACK,
        )
    }

    #[test]
    fn the_image_covers_the_area_in_physical_pixels() {
        let area = Rect::from_min_size(pos2(100.0, 50.0), egui::vec2(20.0, 10.0));
        let image = Raster::new(area, 2.0, Color32::BLACK).into_image();
        assert_eq!(image.size, [40, 20]);
    }

    #[test]
    fn a_rectangle_fills_the_pixels_whose_centres_it_holds() {
        let mut r = raster();
        r.fill_rect(
            Rect::from_min_max(pos2(102.0, 51.0), pos2(105.0, 53.0)),
            Color32::RED,
        );
        assert_eq!(r.pixel(2, 1), Color32::RED);
        assert_eq!(r.pixel(4, 2), Color32::RED);
        assert_eq!(r.pixel(5, 2), Color32::BLACK);
        assert_eq!(r.pixel(2, 3), Color32::BLACK);
        assert_eq!(r.pixel(1, 1), Color32::BLACK);
    }

    #[test]
    fn a_line_thinner_than_a_pixel_still_shows_and_legs_meet() {
        let mut r = raster();
        r.line(pos2(102.0, 55.2), pos2(110.0, 55.2), 0.5, Color32::WHITE);
        r.line(pos2(110.0, 55.2), pos2(110.0, 52.0), 0.5, Color32::WHITE);
        for x in 2..10 {
            assert_eq!(r.pixel(x, 5), Color32::WHITE, "column {x}");
        }
        assert_eq!(r.pixel(9, 4), Color32::WHITE);
        assert_eq!(r.pixel(9, 6), Color32::BLACK);
        assert_eq!(r.pixel(12, 5), Color32::BLACK);
    }

    #[test]
    fn a_translucent_fill_blends_like_the_renderer() {
        let mut r = raster();
        let half_white = Color32::from_white_alpha(128);
        r.fill_rect(
            Rect::from_min_size(pos2(100.0, 50.0), egui::vec2(1.0, 1.0)),
            half_white,
        );
        let p = r.pixel(0, 0);
        assert_eq!((p.r(), p.a()), (128, 255));
        assert_eq!(blend(Color32::BLACK, Color32::TRANSPARENT), Color32::BLACK);
        assert_eq!(blend(Color32::BLACK, Color32::RED), Color32::RED);
    }

    #[test]
    fn a_disc_is_solid_inside_smooth_at_its_edge_and_nothing_beyond() {
        let mut r = raster();
        r.disc(pos2(110.0, 55.0), 3.0, Color32::WHITE);
        assert_eq!(r.pixel(10, 5), Color32::WHITE);
        let edge = r.pixel(12, 4).r();
        assert!(edge > 0 && edge < 255, "edge pixel {edge}");
        assert_eq!(r.pixel(14, 5), Color32::BLACK);
    }

    #[test]
    fn an_outline_stays_inside_its_rectangle() {
        let mut r = raster();
        r.outline(
            Rect::from_min_max(pos2(102.0, 51.0), pos2(108.0, 58.0)),
            1.0,
            Color32::WHITE,
        );
        assert_eq!(r.pixel(2, 1), Color32::WHITE);
        assert_eq!(r.pixel(7, 6), Color32::WHITE);
        assert_eq!(r.pixel(4, 4), Color32::BLACK);
        assert_eq!(r.pixel(8, 4), Color32::BLACK);
        assert_eq!(r.pixel(1, 4), Color32::BLACK);
    }

    #[test]
    fn shapes_outside_the_area_are_cut_off() {
        let mut r = raster();
        r.fill_rect(
            Rect::from_min_max(pos2(0.0, 0.0), pos2(500.0, 500.0)),
            Color32::RED,
        );
        r.disc(pos2(90.0, 40.0), 3.0, Color32::WHITE);
        r.line(pos2(0.0, 0.0), pos2(300.0, 200.0), 1.0, Color32::WHITE);
        assert_eq!(r.pixel(19, 9), Color32::RED);
    }
}
