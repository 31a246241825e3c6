//! Counts in words: "1 pattern", "2 patterns", "0 problems".

/// `n` and the noun in the right number: `count(1, "finding", "findings")`
/// is "1 finding".
pub fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

#[cfg(test)]
mod tests {
    use super::count;

    #[test]
    fn one_is_singular_and_every_other_number_plural() {
        assert_eq!(count(1, "pattern", "patterns"), "1 pattern");
        assert_eq!(count(0, "pattern", "patterns"), "0 patterns");
        assert_eq!(count(2, "entry", "entries"), "2 entries");
    }
}
