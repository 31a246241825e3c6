//! Finding the words of `infer`'s tables in a label: whole words, any case,
//! where anything but a letter or digit separates words ("Orders-DB",
//! "pub/sub", "Third-party"). A table entry of several words ("pub sub",
//! "change data capture") matches those words in a row. A label is split
//! into words once ([`Words`]) and then looked up in every table.

/// The table entry that was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Found(pub &'static str);

/// The words of one label (compared ignoring ASCII case: the tables are
/// ASCII and lower-case).
pub(super) struct Words<'a>(Vec<&'a str>);

impl<'a> Words<'a> {
    pub fn new(text: &'a str) -> Self {
        Self(
            text.split(|c: char| !c.is_alphanumeric())
                .filter(|t| !t.is_empty())
                .collect(),
        )
    }

    /// The first entry of `table` found among these words.
    pub fn find(&self, table: &[&'static str]) -> Option<Found> {
        if self.0.is_empty() {
            return None;
        }
        table
            .iter()
            .find(|entry| {
                if !entry.contains(' ') {
                    return self.0.iter().any(|w| w.eq_ignore_ascii_case(entry));
                }
                let mut parts = entry.split(' ');
                let first = parts.next().unwrap_or_default();
                let rest = parts;
                self.0.iter().enumerate().any(|(at, word)| {
                    word.eq_ignore_ascii_case(first)
                        && rest.clone().enumerate().all(|(i, part)| {
                            self.0
                                .get(at + 1 + i)
                                .is_some_and(|w| w.eq_ignore_ascii_case(part))
                        })
                })
            })
            .map(|entry| Found(entry))
    }
}

/// The first entry of `table` found in `text`.
pub(super) fn find_word(text: &str, table: &[&'static str]) -> Option<Found> {
    Words::new(text).find(table)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_words_in_any_case() {
        let words = ["db", "pub sub", "events"];
        assert_eq!(find_word("Orders DB", &words), Some(Found("db")));
        assert_eq!(find_word("orders-db", &words), Some(Found("db")));
        assert_eq!(find_word("dbadmin", &words), None);
        assert_eq!(find_word("Pub/Sub topics", &words), Some(Found("pub sub")));
        assert_eq!(find_word("pub", &words), None);
        assert_eq!(find_word("Order\nevents", &words), Some(Found("events")));
        assert_eq!(find_word("Order event", &words), None);
        assert_eq!(find_word("", &words), None);
    }
}
