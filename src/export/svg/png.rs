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
    pixmap
        .encode_png()
        .map_err(|e| PngError::Encode(e.to_string()))
}
