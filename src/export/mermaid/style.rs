//! How node kinds, edge kinds and catalog categories look in mermaid:
//! bracket shapes, arrow strokes and `classDef` colours.
//!
//! The importer reads these back, so a change here is a change to the
//! round trip (see `import::mermaid::shapes` and `import::mermaid::edges`).

use crate::catalog::blocks::BlockKind;
use crate::catalog::{Category, category_rgb};
use crate::design::EdgeKind;

/// The class given to building-block nodes. It is neutral in colour, and
/// the importer takes it as "this is a block, do not look its label up in
/// the catalog" (a service called "API Gateway" stays a service).
pub const BLOCK_CLASS: &str = "plinth_block";

/// The class given (by edge id) to "depends on" edges. Mermaid has one
/// dotted stroke, which asynchronous messages use too: the class tells the
/// two apart, draws the dependency with finer dots, and is what the
/// importer reads back as "depends on" (`e3@-.->` ... `class e3 plinth_depends_on`).
pub const DEPENDS_ON_CLASS: &str = "plinth_depends_on";

/// Text colour on every class: dark enough on all the light fills.
const TEXT_RGB: [u8; 3] = [0x1f, 0x23, 0x28];
const BLOCK_FILL_RGB: [u8; 3] = [0xf6, 0xf8, 0xfa];
const BLOCK_STROKE_RGB: [u8; 3] = [0x57, 0x60, 0x6a];
/// How much of the category colour goes into the fill (the rest is white).
const TINT_PERCENT: u16 = 18;

/// Opening and closing brackets of a node of a building-block kind, or of
/// a pattern node (`None`). These are the classic shapes that mermaid 9
/// to 12 all accept; queues use the subroutine `[[ ]]` rather than the
/// asymmetric `>  ]` so that no `>` ever sits next to an arrow.
pub fn shape(block: Option<BlockKind>) -> (&'static str, &'static str) {
    match block {
        None => ("(", ")"),
        Some(BlockKind::Service) => ("[", "]"),
        Some(BlockKind::Database) => ("[(", ")]"),
        Some(BlockKind::Queue) => ("[[", "]]"),
        Some(BlockKind::Cache) => ("((", "))"),
        Some(BlockKind::Client) => ("([", "])"),
        Some(BlockKind::ExternalSystem) => ("{{", "}}"),
    }
}

/// The arrow of an edge kind. Replication is thick, asynchronous messages
/// dotted, reads/writes point both ways, and "depends on" is a dotted arrow
/// too, from the node to what it depends on, told apart by its class
/// ([`edge_class`]).
pub fn arrow(kind: EdgeKind) -> &'static str {
    match kind {
        EdgeKind::SyncCall => "-->",
        EdgeKind::AsyncMessage | EdgeKind::DependsOn => "-.->",
        EdgeKind::Replication => "==>",
        EdgeKind::ReadsWrites => "<-->",
    }
}

/// The class an edge of this kind is given, when its arrow is shared.
pub fn edge_class(kind: EdgeKind) -> Option<&'static str> {
    (kind == EdgeKind::DependsOn).then_some(DEPENDS_ON_CLASS)
}

/// The `classDef` line of [`DEPENDS_ON_CLASS`]: finer dots than a message.
pub fn depends_on_class_def() -> String {
    format!("classDef {DEPENDS_ON_CLASS} stroke-dasharray:2 4,fill:none")
}

/// The class name of a category (`cat_integration`).
pub fn category_class(category: Category) -> String {
    format!("cat_{}", category.key())
}

/// The `classDef` line of a category: a light tint of its colour as fill,
/// the colour itself as stroke.
pub fn category_class_def(category: Category) -> String {
    let stroke = category_rgb(category);
    let fill = stroke.map(tint);
    class_def(&category_class(category), fill, stroke)
}

/// The `classDef` line of [`BLOCK_CLASS`].
pub fn block_class_def() -> String {
    class_def(BLOCK_CLASS, BLOCK_FILL_RGB, BLOCK_STROKE_RGB)
}

// No trailing `;`: mermaid's entity pre-processing drops the last `;` of a
// `classDef` line holding `:#`, which is harmless here but best not relied on.
fn class_def(name: &str, fill: [u8; 3], stroke: [u8; 3]) -> String {
    format!(
        "classDef {name} fill:{},stroke:{},color:{}",
        hex(fill),
        hex(stroke),
        hex(TEXT_RGB)
    )
}

fn tint(channel: u8) -> u8 {
    let mixed = (u16::from(channel) * TINT_PERCENT + 255 * (100 - TINT_PERCENT) + 50) / 100;
    u8::try_from(mixed).unwrap_or(u8::MAX)
}

fn hex([r, g, b]: [u8; 3]) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_block_kind_has_its_own_shape() {
        let mut openers: Vec<&str> = BlockKind::ALL.map(|b| shape(Some(b)).0).to_vec();
        openers.push(shape(None).0);
        let count = openers.len();
        openers.sort_unstable();
        openers.dedup();
        assert_eq!(openers.len(), count);
    }

    #[test]
    fn every_edge_kind_has_its_own_arrow_and_class() {
        let mut arrows: Vec<(&str, Option<&str>)> =
            EdgeKind::ALL.map(|k| (arrow(k), edge_class(k))).to_vec();
        arrows.sort_unstable();
        arrows.dedup();
        assert_eq!(arrows.len(), EdgeKind::ALL.len());
    }

    #[test]
    fn category_fill_is_a_light_tint_of_the_stroke() {
        assert_eq!(
            category_class_def(Category::Ai),
            "classDef cat_ai fill:#ebe2f8,stroke:#8e5cd9,color:#1f2328"
        );
        for category in Category::ALL {
            let fill = category_rgb(category).map(tint);
            assert!(fill.iter().all(|&c| c >= 0xd0), "{category}: {fill:?}");
        }
    }
}
