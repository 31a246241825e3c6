//! Colours of the diagram, light and dark, defined once: the canvas turns
//! them into egui colours and the picture export into SVG colours, so the
//! window and a picture cannot drift apart.

use crate::catalog::Category;
use crate::design::Severity;

/// A colour, not premultiplied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgba(pub [u8; 4]);

impl Rgba {
    pub const fn rgb(r: u8, g: u8, b: u8) -> Self {
        Self([r, g, b, 255])
    }

    pub const fn new(r: u8, g: u8, b: u8, a: u8) -> Self {
        Self([r, g, b, a])
    }

    /// `#rrggbb` (the alpha goes in a separate opacity attribute).
    pub fn hex(self) -> String {
        let [r, g, b, _] = self.0;
        format!("#{r:02x}{g:02x}{b:02x}")
    }

    /// The alpha as a fraction.
    pub fn opacity(self) -> f32 {
        f32::from(self.0[3]) / 255.0
    }
}

/// The stripe colour of building blocks (they have no category).
pub const BLOCK: Rgba = Rgba::rgb(0x7a, 0x86, 0x99);
pub const ERROR: Rgba = Rgba::rgb(0xd9, 0x48, 0x3b);
pub const WARNING: Rgba = Rgba::rgb(0xe0, 0x9a, 0x1e);
pub const INFO: Rgba = Rgba::rgb(0x3b, 0x82, 0xd9);

/// The colour of a category.
pub fn category(category: Category) -> Rgba {
    let [r, g, b] = crate::catalog::category_rgb(category);
    Rgba::rgb(r, g, b)
}

/// The marker colour of a review finding.
pub fn severity(severity: Severity) -> Rgba {
    match severity {
        Severity::Error => ERROR,
        Severity::Warning => WARNING,
        Severity::Info => INFO,
    }
}

/// Light or dark.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Light,
    Dark,
}

/// The colours of one theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    pub background: Rgba,
    pub grid: Rgba,
    pub node_fill: Rgba,
    pub node_stroke: Rgba,
    pub text: Rgba,
    pub weak_text: Rgba,
    pub edge: Rgba,
    pub label_fill: Rgba,
    pub group_fill: Rgba,
    pub group_stroke: Rgba,
    pub shadow: Rgba,
}

impl Palette {
    pub fn of(theme: Theme) -> Self {
        match theme {
            Theme::Light => Self::LIGHT,
            Theme::Dark => Self::DARK,
        }
    }

    pub const LIGHT: Self = Self {
        background: Rgba::rgb(0xf6, 0xf7, 0xf9),
        grid: Rgba::rgb(0xe1, 0xe4, 0xe9),
        node_fill: Rgba::rgb(0xff, 0xff, 0xff),
        node_stroke: Rgba::rgb(0xc3, 0xc8, 0xd0),
        text: Rgba::rgb(0x1f, 0x23, 0x29),
        weak_text: Rgba::rgb(0x5f, 0x67, 0x73),
        edge: Rgba::rgb(0x55, 0x5e, 0x6b),
        label_fill: Rgba::new(0xf6, 0xf7, 0xf9, 235),
        group_fill: Rgba::new(0x3d, 0x5a, 0xa8, 10),
        group_stroke: Rgba::rgb(0x9a, 0xa3, 0xb2),
        shadow: Rgba::new(0, 0, 0, 28),
    };

    pub const DARK: Self = Self {
        background: Rgba::rgb(0x1c, 0x1e, 0x22),
        grid: Rgba::rgb(0x2c, 0x2f, 0x35),
        node_fill: Rgba::rgb(0x2a, 0x2d, 0x33),
        node_stroke: Rgba::rgb(0x48, 0x4d, 0x57),
        text: Rgba::rgb(0xe8, 0xea, 0xed),
        weak_text: Rgba::rgb(0xa0, 0xa6, 0xb0),
        edge: Rgba::rgb(0xa8, 0xb0, 0xbc),
        label_fill: Rgba::new(0x1c, 0x1e, 0x22, 230),
        group_fill: Rgba::new(0xff, 0xff, 0xff, 8),
        group_stroke: Rgba::rgb(0x5a, 0x60, 0x6b),
        shadow: Rgba::new(0, 0, 0, 90),
    };
}
