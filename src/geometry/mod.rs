//! The drawing model shared by the window and the picture export: node
//! boxes sized from their labels, group boundaries and titles, orthogonal
//! edge routes around nodes, edge labels placed where they hide nothing,
//! the legend, and the automatic (layered) layout. Pure geometry in canvas
//! units: the egui canvas and the SVG writer are thin painters over it.

pub mod colours;
mod diagram;
pub mod facts;
mod frame;
mod grid;
mod labels;
pub mod layout;
pub mod legend;
pub mod metrics;
mod rect;
mod route;

pub use diagram::{EdgeRoute, Geometry, GroupBox, NodeBox, node_rect};
pub use frame::Side;
pub use labels::EdgeLabel;
pub use rect::{Rect, segment_distance};
