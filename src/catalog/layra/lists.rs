//! Splits the flattened sections of a Layra entry into items.
//!
//! The importer folds all white space to single spaces first, so a list is
//! `- a - b - c`. Items are split at ` - ` and rejoined where the split fell
//! inside a sentence (the next piece starts in lowercase or is not what the
//! section's items look like).

/// Plain bullet items (`When to Use`, `References`...).
pub fn bullets(section: &str) -> Vec<String> {
    let body = section.trim().trim_start_matches("- ").trim();
    if body.is_empty() {
        return Vec::new();
    }
    let mut items: Vec<String> = Vec::new();
    for piece in body.split(" - ") {
        let starts_sentence = piece.chars().next().is_some_and(|c| !c.is_lowercase());
        match items.last_mut() {
            Some(last) if !starts_sentence => {
                last.push_str(" - ");
                last.push_str(piece);
            }
            _ => items.push(piece.trim().to_owned()),
        }
    }
    items
}

/// Items of the form `**Label:** text`, as `(label, text)`.
pub fn labelled(section: &str) -> Vec<(String, String)> {
    let body = section.trim().trim_start_matches("- ").trim();
    let mut items = Vec::new();
    for piece in body.split(" - **").map(|p| p.trim_start_matches("**")) {
        if let Some((label, text)) = piece.split_once(":**") {
            items.push((label.trim().to_owned(), text.trim().to_owned()));
        } else if let Some((_, last)) = items.last_mut() {
            let last: &mut String = last;
            last.push_str(" - **");
            last.push_str(piece);
        }
    }
    items
}

/// Splits `a, b (c, d), e` at commas outside parentheses.
pub fn comma_list(text: &str) -> Vec<String> {
    let mut items = Vec::new();
    let mut depth = 0i32;
    let mut current = String::new();
    for c in text.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            ',' if depth <= 0 => {
                push_trimmed(&mut items, &current);
                current.clear();
                continue;
            }
            _ => {}
        }
        current.push(c);
    }
    push_trimmed(&mut items, &current);
    items
}

fn push_trimmed(items: &mut Vec<String>, text: &str) {
    let text = text.trim();
    if !text.is_empty() {
        items.push(text.to_owned());
    }
}

/// `[high] text` into the weight key and the text.
pub fn weighted(item: &str) -> Option<(&str, &str)> {
    let rest = item.trim().strip_prefix('[')?;
    let (weight, text) = rest.split_once(']')?;
    Some((weight.trim(), text.trim()))
}

/// `Title by Author (kind)` into its three parts; the split is at the last
/// ` by `, and the kind is the last parenthesised word.
pub fn reference(item: &str) -> Option<(String, String, String)> {
    let item = item.trim();
    let open = item.rfind(" (")?;
    let kind = item[open + 2..].strip_suffix(')')?.trim().to_lowercase();
    let head = &item[..open];
    let (title, author) = head.rsplit_once(" by ")?;
    Some((title.trim().to_owned(), author.trim().to_owned(), kind))
}

/// The slugs of `[slug](url)` links, in order.
pub fn link_slugs(section: &str) -> Vec<String> {
    section
        .split('[')
        .skip(1)
        .filter_map(|piece| {
            piece
                .split_once("](")
                .map(|(slug, _)| slug.trim().to_owned())
        })
        .filter(|slug| !slug.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bullets_rejoin_dashes_inside_sentences() {
        let items = bullets("- First item - second part stays - Third item");
        assert_eq!(items, ["First item - second part stays", "Third item"]);
        assert!(bullets("  ").is_empty());
    }

    #[test]
    fn labelled_items_and_commas() {
        let items = labelled("- **Python + X:** A, B (c, d), E - **Go:** F");
        assert_eq!(items[0].0, "Python + X");
        assert_eq!(comma_list(&items[0].1), ["A", "B (c, d)", "E"]);
        assert_eq!(items[1], ("Go".to_owned(), "F".to_owned()));
    }

    #[test]
    fn references_split_at_the_last_by() {
        let r = reference("Stand by Me by Ann Author (2020) (book)");
        assert_eq!(
            r,
            Some((
                "Stand by Me".into(),
                "Ann Author (2020)".into(),
                "book".into()
            ))
        );
        assert_eq!(reference("no author here (paper)"), None);
    }

    #[test]
    fn weights_and_links() {
        assert_eq!(weighted("[high] Fast"), Some(("high", "Fast")));
        assert_eq!(weighted("Fast"), None);
        assert_eq!(
            link_slugs("- [a-b](https://x/a-b.md) - [c](u)"),
            ["a-b", "c"]
        );
    }
}
