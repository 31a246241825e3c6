//! Reads the many spellings of a team size into a range of engineers.
//!
//! "Small to Medium (2+ engineers)", "Any (1-50+ engineers)",
//! "Large (10+ engineers or infrastructure teams)", "5 to 20 engineers",
//! "Small": numbers win when present, words are the fallback.

/// Parses team-size text into `(min, max)`; `None` when nothing in it
/// says how many engineers.
pub fn parse_team_size(text: &str) -> Option<(u32, Option<u32>)> {
    numeric_range(text).or_else(|| worded_range(text))
}

/// The first number in the text, and a second one after `-`, `–`, `—` or
/// "to"; a `+` after the last number leaves the range open.
fn numeric_range(text: &str) -> Option<(u32, Option<u32>)> {
    let (first, rest) = next_number(text)?;
    let after_first = rest.trim_start();
    let second = strip_range_separator(after_first).and_then(next_number_at_start);
    if let Some((second, tail)) = second {
        let open = tail.trim_start().starts_with('+');
        let (low, high) = (first.min(second), first.max(second));
        return Some((low.max(1), (!open).then_some(high)));
    }
    let open = after_first.starts_with('+') || after_first.starts_with("or more");
    Some((first.max(1), (!open).then_some(first)))
}

fn strip_range_separator(text: &str) -> Option<&str> {
    ["-", "–", "—", "to "]
        .iter()
        .find_map(|sep| text.strip_prefix(sep))
        .map(str::trim_start)
}

fn next_number(text: &str) -> Option<(u32, &str)> {
    let start = text.find(|c: char| c.is_ascii_digit())?;
    next_number_at_start(&text[start..])
}

fn next_number_at_start(text: &str) -> Option<(u32, &str)> {
    let end = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let number = text[..end].parse().ok()?;
    Some((number, &text[end..]))
}

/// Words only: "Any", "Small", "Small to Medium", "Large"...
fn worded_range(text: &str) -> Option<(u32, Option<u32>)> {
    let lower = text.to_lowercase();
    if lower.contains("any") || lower.contains("solo") || lower.contains("individual") {
        return Some((1, None));
    }
    let sizes = [
        ("small", 1, Some(8)),
        ("medium", 5, Some(25)),
        ("large", 10, None),
    ];
    let found: Vec<_> = sizes
        .iter()
        .filter(|(word, ..)| lower.contains(word))
        .collect();
    let min = found.iter().map(|(_, min, _)| *min).min()?;
    let max = if found.iter().any(|(.., max)| max.is_none()) {
        None
    } else {
        found.iter().filter_map(|(.., max)| *max).max()
    };
    Some((min, max))
}

#[cfg(test)]
mod tests {
    use super::parse_team_size as p;

    #[test]
    fn seed_spellings() {
        assert_eq!(p("Small to Medium (2+ engineers)"), Some((2, None)));
        assert_eq!(p("Any (1+ engineers)"), Some((1, None)));
        assert_eq!(p("Small to Medium (1-15 engineers)"), Some((1, Some(15))));
        assert_eq!(
            p("Large (10+ engineers or infrastructure teams)"),
            Some((10, None))
        );
        assert_eq!(p("Any (1-50+ engineers)"), Some((1, None)));
        assert_eq!(p("Small to large (3-50+ engineers)"), Some((3, None)));
        assert_eq!(p("Small to Large (3-30 engineers)"), Some((3, Some(30))));
    }

    #[test]
    fn other_spellings() {
        assert_eq!(p("5 to 20 engineers"), Some((5, Some(20))));
        assert_eq!(p("2–8 engineers"), Some((2, Some(8))));
        assert_eq!(p("4 engineers"), Some((4, Some(4))));
        assert_eq!(p("3 or more engineers"), Some((3, None)));
        assert_eq!(p("Small"), Some((1, Some(8))));
        assert_eq!(p("Small to Medium"), Some((1, Some(25))));
        assert_eq!(p("Medium to Large"), Some((5, None)));
        assert_eq!(p("Any"), Some((1, None)));
        assert_eq!(p("(0+ engineers)"), Some((1, None)));
        assert_eq!(p("whoever is around"), None);
        assert_eq!(p("99999999999999 engineers"), None);
    }
}
