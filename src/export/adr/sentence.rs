//! Catalog clauses as full sentences after "Good, because": a clause that
//! starts with its verb ("Stops one failing dependency…") or with a
//! predicate ("Cheap to adopt…", "Substantial investment in…") gets the
//! pattern as its subject; a clause with a subject of its own keeps it and
//! names the pattern at its end, so every bullet says what it is about.

/// Words that start a clause with its verb, whatever follows.
const VERBS: &[&str] = &[
    "absorbs", "adds", "balances", "behaves", "blunts", "builds", "caps", "closes", "connects",
    "copes", "curbs", "cuts", "fits", "gets", "gives", "goes", "handles", "keeps", "leaves",
    "lets", "makes", "needs", "protects", "reaches", "scales", "solves", "stops", "suits", "takes",
    "turns", "works",
];
/// Words that are a verb or a plural noun: a verb when the next word is one
/// of [`OBJECT_STARTS`] ("Limits the blast radius", "Rules out").
const VERB_OR_NOUN: &[&str] = &[
    "answers", "chains", "checks", "limits", "reads", "returns", "rules", "runs", "stores",
    "writes",
];
const OBJECT_STARTS: &[&str] = &[
    "the", "a", "an", "out", "to", "up", "its", "one", "every", "all", "each",
];
/// Words that start a predicate ("Cheap to add…"): the subject takes "is".
const PREDICATES: &[&str] = &["cheap", "very", "hard", "easy", "designed"];
/// Words that start a predicate only before one of [`PREDICATE_NEXT`]
/// ("Simple to introduce" but "Simple requests come back faster").
const MAYBE_PREDICATES: &[&str] = &["simple", "small", "much", "safe"];
const PREDICATE_NEXT: &[&str] = &[
    "to", "and", "harder", "easier", "simpler", "cheaper", "more", "less", "better", "worse",
];
/// Words that start a noun phrase with no verb ("Substantial investment in…").
const FRAGMENTS: &[&str] = &["substantial", "noticeably"];

/// How a clause begins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Start {
    Verb,
    Predicate,
    Fragment,
    Subject,
}

fn start_of(clause: &str) -> Start {
    let mut words = clause.split_whitespace().map(|w| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    });
    let first = words.next().unwrap_or_default();
    let second = words.next().unwrap_or_default();
    let is = |list: &[&str], word: &str| list.contains(&word);
    if is(VERBS, &first) || (is(VERB_OR_NOUN, &first) && is(OBJECT_STARTS, &second)) {
        Start::Verb
    } else if is(PREDICATES, &first)
        || (is(MAYBE_PREDICATES, &first) && is(PREDICATE_NEXT, &second))
    {
        Start::Predicate
    } else if is(FRAGMENTS, &first) {
        Start::Fragment
    } else {
        Start::Subject
    }
}

/// `clause` as a sentence about `subject` (a pattern's name), without the
/// final full stop: "Circuit Breaker stops one failing dependency…", "Idempotency
/// Key is cheap to add…", or "the gateway becomes a central point of failure
/// (API Gateway)".
pub(super) fn about(subject: &str, clause: &str) -> String {
    let clause = clause.trim().trim_end_matches('.');
    let rest = lower_first(clause);
    match start_of(clause) {
        Start::Verb => format!("{subject} {rest}"),
        Start::Predicate => format!("{subject} is {rest}"),
        Start::Fragment => format!("{subject} means {rest}"),
        Start::Subject => format!("{rest} ({subject})"),
    }
}

/// The clause starting lowercase, unless its first word is an acronym.
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(a), b) if a.is_uppercase() && !b.is_some_and(|b| b.is_uppercase() || b == '/') => a
            .to_lowercase()
            .chain(text[a.len_utf8()..].chars())
            .collect(),
        _ => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;

    #[test]
    fn clauses_get_the_pattern_as_subject_when_they_have_none() {
        let cases = [
            (
                "Stops one failing dependency.",
                "Circuit Breaker stops one failing dependency",
            ),
            (
                "Limits the blast radius.",
                "Circuit Breaker limits the blast radius",
            ),
            (
                "Cheap to adopt: mature libraries.",
                "Circuit Breaker is cheap to adopt: mature libraries",
            ),
            (
                "Much harder than a local transaction.",
                "Circuit Breaker is much harder than a local transaction",
            ),
            (
                "Substantial investment in routing.",
                "Circuit Breaker means substantial investment in routing",
            ),
            ("The breaker trips.", "the breaker trips (Circuit Breaker)"),
            (
                "Limits and priorities are hard to calibrate.",
                "limits and priorities are hard to calibrate (Circuit Breaker)",
            ),
            (
                "Much modelling happens before code.",
                "much modelling happens before code (Circuit Breaker)",
            ),
            (
                "DLQs quietly fill up.",
                "DLQs quietly fill up (Circuit Breaker)",
            ),
            (
                "A/B tests need traffic.",
                "A/B tests need traffic (Circuit Breaker)",
            ),
        ];
        for (clause, sentence) in cases {
            assert_eq!(about("Circuit Breaker", clause), sentence);
        }
    }

    /// Every trade-off of the catalog reads as a sentence with a subject:
    /// either its first word is known as a verb or predicate, or it is not a
    /// third-person verb form that we missed (a lowercase `-s` word followed
    /// by a determiner, the shape of every subjectless clause in the catalog).
    #[test]
    fn no_catalog_clause_is_left_without_a_subject() {
        let catalog = Catalog::embedded();
        for pattern in catalog.patterns() {
            for t in pattern.pros.iter().chain(&pattern.cons) {
                let mut words = t.text.split_whitespace();
                let first = words.next().unwrap_or_default().to_lowercase();
                let second = words.next().unwrap_or_default().to_lowercase();
                let looks_like_verb = first.ends_with('s')
                    && !first.ends_with("ss")
                    && ["the", "a", "an", "its", "one"].contains(&second.as_str());
                if looks_like_verb {
                    assert_eq!(start_of(&t.text), Start::Verb, "{}: {}", pattern.id, t.text);
                }
            }
        }
    }
}
