//! The picture as PNG: the SVG rasterised by `resvg` at `scale` times its
//! size, with the system's fonts (the same font list the SVG asks for).

use resvg::{tiny_skia, usvg};

/// The largest side of a PNG, in pixels (a 2,000-node diagram at scale 2
/// would otherwise ask for gigabytes).
pub const MAX_SIDE: u32 = 16_384;

/// Why a picture could not be rasterised.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PngError {
    #[error("the SVG could not be read: {0}")]
    Svg(String),
    #[error(
        "the picture would be {0} x {1} pixels, over the limit of {MAX_SIDE}; use a smaller --scale"
    )]
    TooLarge(u32, u32),
    #[error("the PNG could not be encoded: {0}")]
    Encode(String),
}

/// Rasterises `svg` at `scale` (1 = one pixel per canvas unit).
pub fn svg_to_png(svg: &str, scale: f32) -> Result<Vec<u8>, PngError> {
    rasterise(svg, scale)?
        .encode_png()
        .map_err(|e| PngError::Encode(e.to_string()))
}

/// Pixels of a rasterised picture: width, height and RGBA bytes with the
/// colour premultiplied by alpha (what an image on the clipboard takes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pixels {
    pub width: u32,
    pub height: u32,
    pub rgba_premultiplied: Vec<u8>,
}

/// Rasterises `svg` at `scale` into pixels, as `svg_to_png` would.
pub fn svg_to_pixels(svg: &str, scale: f32) -> Result<Pixels, PngError> {
    let pixmap = rasterise(svg, scale)?;
    Ok(Pixels {
        width: pixmap.width(),
        height: pixmap.height(),
        rgba_premultiplied: pixmap.take(),
    })
}

fn rasterise(svg: &str, scale: f32) -> Result<tiny_skia::Pixmap, PngError> {
    let mut options = usvg::Options::default();
    options.fontdb_mut().load_system_fonts();
    let tree = usvg::Tree::from_str(svg, &options).map_err(|e| PngError::Svg(e.to_string()))?;
    let size = tree.size();
    let width = (size.width() * scale).ceil().max(1.0) as u32;
    let height = (size.height() * scale).ceil().max(1.0) as u32;
    if width > MAX_SIDE || height > MAX_SIDE {
        return Err(PngError::TooLarge(width, height));
    }
    let mut pixmap =
        tiny_skia::Pixmap::new(width, height).ok_or(PngError::TooLarge(width, height))?;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    Ok(pixmap)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pixels_and_png_have_the_scaled_size() {
        let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><rect width="20" height="10" fill="#ff0000"/></svg>"##;
        let pixels = svg_to_pixels(svg, 2.0).unwrap();
        assert_eq!((pixels.width, pixels.height), (40, 20));
        assert_eq!(pixels.rgba_premultiplied.len(), 40 * 20 * 4);
        assert_eq!(&pixels.rgba_premultiplied[..4], &[255, 0, 0, 255]);
        let png = svg_to_png(svg, 1.0).unwrap();
        assert_eq!(&png[1..4], b"PNG");
        assert!(matches!(
            svg_to_pixels(svg, 1000.0),
            Err(PngError::TooLarge(..))
        ));
    }
}
