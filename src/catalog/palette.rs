//! Category colours, defined once: the window and the mermaid export share them.

use super::Category;

/// The colour of a category as RGB; chosen to stay distinct on light and
/// dark backgrounds and for the common forms of colour blindness.
pub fn category_rgb(category: Category) -> [u8; 3] {
    match category {
        Category::Ai => [0x8e, 0x5c, 0xd9],
        Category::Application => [0x2f, 0x80, 0xc8],
        Category::Data => [0x1f, 0x9e, 0x89],
        Category::Infrastructure => [0x6b, 0x72, 0x80],
        Category::Integration => [0xe0, 0x8a, 0x1e],
        Category::Resilience => [0xd1, 0x4d, 0x72],
        Category::System => [0x3d, 0x5a, 0xa8],
    }
}
