//! Sentences shared by every output that speaks to people: the review's
//! messages, the score's reasons, the sensitivity sentences and the ADR.

/// Items as a list people say: "A", "A and B", "A, B and C"; nothing for
/// none.
pub fn spoken_list<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_owned(),
        [init @ .., last] => {
            let init: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
            format!("{} and {}", init.join(", "), last.as_ref())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_read_like_a_sentence() {
        assert_eq!(spoken_list::<&str>(&[]), "");
        assert_eq!(spoken_list(&["A"]), "A");
        assert_eq!(spoken_list(&["A", "B"]), "A and B");
        assert_eq!(
            spoken_list(&["A".to_owned(), "B".into(), "C".into()]),
            "A, B and C"
        );
    }
}
