//! What the catalog says about a node, for drawing it: the stripe colour,
//! the detail line under the label and the complexity dots. Shared by the
//! canvas and the picture export.

use super::colours::{self, Rgba};
use crate::catalog::Catalog;
use crate::catalog::blocks::BlockKind;
use crate::design::{Node, NodeKind};

/// The drawing facts of one node.
#[derive(Debug, Clone, PartialEq)]
pub struct NodeFacts {
    pub stripe: Rgba,
    /// The building block, when the node is one (its glyph); `None` for a pattern.
    pub block: Option<BlockKind>,
    pub detail: String,
    pub complexity: Option<u8>,
}

/// The stripe colour of `node` alone: its pattern's category, the
/// building blocks' colour, or the error colour for a pattern the catalog
/// lacks (what a node too small for a card is drawn in).
pub fn stripe(node: &Node, catalog: &Catalog) -> Rgba {
    match &node.kind {
        NodeKind::Pattern { pattern } => catalog
            .pattern(pattern)
            .map_or(colours::ERROR, |p| colours::category(p.category)),
        NodeKind::Block { .. } => colours::BLOCK,
    }
}

/// The stripe, glyph, detail line and complexity of `node`.
pub fn facts(node: &Node, catalog: &Catalog) -> NodeFacts {
    let stripe = stripe(node, catalog);
    match &node.kind {
        NodeKind::Pattern { pattern } => match catalog.pattern(pattern) {
            Some(p) => NodeFacts {
                stripe,
                block: None,
                detail: if p.name == node.label {
                    format!("{} pattern", p.category.key())
                } else {
                    p.name.clone()
                },
                complexity: Some(p.complexity),
            },
            None => NodeFacts {
                stripe,
                block: None,
                detail: format!("{pattern} (not in the catalog)"),
                complexity: None,
            },
        },
        NodeKind::Block { block, patterns } => {
            let known: Vec<_> = patterns.iter().filter_map(|p| catalog.pattern(p)).collect();
            // The glyph says what kind of block it is; the line says what it uses.
            let detail = match known.as_slice() {
                [] => block.label().to_owned(),
                [one] => one.name.clone(),
                [first, rest @ ..] => format!("{} +{}", first.name, rest.len()),
            };
            NodeFacts {
                stripe,
                block: Some(*block),
                detail,
                complexity: known.iter().map(|p| p.complexity).max(),
            }
        }
    }
}
