//! Sizes of everything drawn, in canvas units, and the text-width estimate
//! the window and the picture export share: a node is as wide as its label
//! needs by this estimate in both, so the two cannot disagree on a box.
//!
//! The estimate is per character class (narrow, wide, capital, other) times
//! the font size: deterministic, a little generous for common sans fonts.

/// Height of every node; its width grows with the label.
pub const NODE_HEIGHT: f32 = 72.0;
/// The narrowest and the widest node.
pub const NODE_MIN_WIDTH: f32 = 184.0;
pub const NODE_MAX_WIDTH: f32 = 300.0;
/// Node widths are rounded up to this step (the snapping grid).
pub const NODE_WIDTH_STEP: f32 = 20.0;
/// Corner radius of a node: at most 5, where a software renderer draws a
/// rounded corner with 5 points instead of 9 (see docs/performance.md).
pub const NODE_CORNER: f32 = 5.0;
/// Width of the category stripe on the left of a node.
pub const NODE_STRIPE: f32 = 7.0;
/// Padding inside a node.
pub const NODE_PADDING: f32 = 9.0;
/// Size of the kind glyph.
pub const GLYPH_SIZE: f32 = 16.0;
/// Radius of a review-finding marker.
pub const MARKER_RADIUS: f32 = 9.0;
/// Radius of a complexity dot.
pub const COMPLEXITY_DOT: f32 = 2.6;
/// Space around the members of a group.
pub const GROUP_PADDING: f32 = 22.0;
/// Height of a group's title strip.
pub const GROUP_TITLE: f32 = 20.0;

pub const LABEL_FONT_SIZE: f32 = 14.0;
pub const DETAIL_FONT_SIZE: f32 = 11.5;
pub const EDGE_LABEL_FONT_SIZE: f32 = 11.0;
pub const GROUP_FONT_SIZE: f32 = 12.5;
/// Edge labels wider than this are shortened with `…`.
pub const EDGE_LABEL_WIDTH: f32 = 170.0;
/// Padding around an edge label's text (left/right, top/bottom).
pub const EDGE_LABEL_PAD: (f32, f32) = (4.0, 2.0);
/// Gap between the fanned-apart ends of edges on one side of a node.
pub const PORT_GAP: f32 = 12.0;
/// Clearance kept between an edge and the nodes it goes around.
pub const ROUTE_CLEARANCE: f32 = 12.0;

/// Arrowhead length and half-width, dashes.
pub const ARROW_LENGTH: f32 = 10.0;
pub const ARROW_HALF_WIDTH: f32 = 5.0;
pub const DASH_LENGTH: f32 = 7.0;
pub const DASH_GAP: f32 = 5.0;

/// Line width of an edge kind at 100 %.
pub fn edge_width(kind: crate::design::EdgeKind) -> f32 {
    match kind {
        crate::design::EdgeKind::Replication => 4.0,
        crate::design::EdgeKind::DependsOn => 1.2,
        _ => 1.8,
    }
}

/// The estimated advance of `c` in ems.
fn advance(c: char) -> f32 {
    match c {
        'i' | 'l' | 'j' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' | 'I' | ' ' => 0.32,
        'f' | 't' | 'r' | '(' | ')' | '[' | ']' | '/' | '-' => 0.42,
        'm' | 'w' | 'M' | 'W' | '@' | '%' => 0.92,
        c if c.is_ascii_uppercase() || c.is_ascii_digit() => 0.7,
        c if c.is_ascii() => 0.58,
        // CJK and other wide scripts
        c if u32::from(c) >= 0x2E80 => 1.0,
        _ => 0.6,
    }
}

/// Estimated width of `text` on one line at `size`.
pub fn text_width(text: &str, size: f32) -> f32 {
    text.chars().map(advance).sum::<f32>() * size
}

/// Height of one line of text at `size`.
pub fn line_height(size: f32) -> f32 {
    (size * 1.3).ceil()
}

/// `text` on one line, cut and ended with `…` to fit `max_width` at `size`.
pub fn fit_line(text: &str, size: f32, max_width: f32) -> String {
    let one_line: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if text_width(&one_line, size) <= max_width {
        return one_line;
    }
    let room = max_width - advance('…') * size;
    let mut used = 0.0;
    let mut cut = String::new();
    for c in one_line.chars() {
        used += advance(c) * size;
        if used > room {
            break;
        }
        cut.push(c);
    }
    let mut cut = cut.trim_end().to_owned();
    cut.push('…');
    cut
}

/// `text` wrapped at word boundaries into at most `max_rows` rows of
/// `max_width`; the last row is cut with `…` when text is left over.
pub fn wrap_rows(text: &str, size: f32, max_width: f32, max_rows: usize) -> Vec<String> {
    let mut rows: Vec<String> = Vec::new();
    let mut words = text.split_whitespace().peekable();
    while rows.len() < max_rows.max(1) {
        let mut row = String::new();
        while let Some(word) = words.peek() {
            let candidate = if row.is_empty() {
                (*word).to_owned()
            } else {
                format!("{row} {word}")
            };
            if row.is_empty() || text_width(&candidate, size) <= max_width {
                row = candidate;
                words.next();
            } else {
                break;
            }
        }
        if row.is_empty() {
            break;
        }
        rows.push(row);
    }
    let rest: Vec<&str> = words.collect();
    if let Some(last) = rows.last_mut() {
        let overflow = !rest.is_empty() || text_width(last, size) > max_width;
        if overflow {
            let whole = if rest.is_empty() {
                last.clone()
            } else {
                format!("{last} {}", rest.join(" "))
            };
            let mut cut = fit_line(&whole, size, max_width);
            if !cut.ends_with('…') {
                cut.push('…');
            }
            *last = cut;
        }
    }
    rows
}

/// The width a node needs for `label` (up to two rows of label beside the
/// glyph), within the minimum and maximum, rounded up to the grid.
pub fn node_width(label: &str) -> f32 {
    let chrome = NODE_STRIPE + 2.0 * NODE_PADDING + GLYPH_SIZE + 0.7 * NODE_PADDING;
    // Two rows hold a little less than half each: words do not split evenly.
    let text = text_width(label, LABEL_FONT_SIZE) * 0.55;
    let wanted = text + chrome;
    if wanted <= NODE_MIN_WIDTH {
        return NODE_MIN_WIDTH;
    }
    ((wanted / NODE_WIDTH_STEP).ceil() * NODE_WIDTH_STEP).min(NODE_MAX_WIDTH)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_labels_get_the_minimum_and_long_ones_grow_to_the_maximum() {
        assert_eq!(node_width("Orders"), NODE_MIN_WIDTH);
        assert_eq!(
            node_width(&"Payment Service Gateway ".repeat(3)),
            NODE_MAX_WIDTH
        );
        let medium = node_width("Inventory Reservation Coordinator for Orders");
        assert!(
            medium > NODE_MIN_WIDTH && medium < NODE_MAX_WIDTH,
            "{medium}"
        );
        assert_eq!(medium % NODE_WIDTH_STEP, 0.0);
    }

    #[test]
    fn labels_wrap_on_two_rows_and_the_rest_is_cut() {
        let rows = wrap_rows("Payment Service Gateway for the Shop", 14.0, 120.0, 2);
        assert_eq!(rows.len(), 2, "{rows:?}");
        assert!(rows[1].ends_with('…'), "{rows:?}");
        assert_eq!(wrap_rows("Orders", 14.0, 120.0, 2), vec!["Orders"]);
        assert!(wrap_rows("", 14.0, 120.0, 2).is_empty());
    }

    #[test]
    fn lines_are_cut_with_an_ellipsis_to_fit() {
        assert_eq!(fit_line("Orders", 11.0, 200.0), "Orders");
        let cut = fit_line("PaymentSucceeded/Failed and more", 11.0, 80.0);
        assert!(cut.ends_with('…'), "{cut}");
        assert!(text_width(&cut, 11.0) <= 80.0);
        assert_eq!(fit_line("a\nb", 11.0, 200.0), "a b");
    }
}
