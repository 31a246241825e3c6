//! Gives imported patterns their ids.
//!
//! Layra links patterns by slug (`[pub-sub](...)`) but never states an
//! entry's own slug, and slugs are not always the name's (`consensus-algorithms`
//! is "Distributed Consensus"). Each linked slug goes to the entry whose name
//! shares most of its words; entries no link names get the slug of their name.

use std::collections::BTreeSet;

use crate::catalog::Pattern;

/// Lowercase ASCII words of a name or slug.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect()
}

/// The kebab-case slug of a name: "CQRS / Event Sourcing" -> "cqrs-event-sourcing".
pub fn slugify(name: &str) -> String {
    words(name).join("-")
}

/// How well `slug` names an entry called `name`: 0 when no word matches,
/// up to 2 when every word on both sides matches (one word may abbreviate
/// the other, as `pub` does `publish`).
#[cfg(test)]
fn affinity(slug: &str, name: &str) -> f64 {
    word_affinity(&words(slug), &words(name))
}

/// [`affinity`] of words already split (each pair of an import is scored).
fn word_affinity(slug_words: &[String], name_words: &[String]) -> f64 {
    if slug_words.is_empty() || name_words.is_empty() {
        return 0.0;
    }
    let same = |a: &String, b: &String| a.starts_with(b.as_str()) || b.starts_with(a.as_str());
    let slug_hits = slug_words
        .iter()
        .filter(|s| name_words.iter().any(|n| same(s, n)))
        .count();
    if slug_hits == 0 || slug_hits * 2 < slug_words.len() {
        return 0.0;
    }
    let name_hits = name_words
        .iter()
        .filter(|n| slug_words.iter().any(|s| same(s, n)))
        .count();
    slug_hits as f64 / slug_words.len() as f64 + name_hits as f64 / name_words.len() as f64
}

/// At most this many link targets are matched against entry names (every
/// pair is compared, so this bounds the time an import takes).
const MAX_LINKED_SLUGS: usize = 2_000;

/// Sets the `id` of every pattern, using the slugs its file links to.
pub fn assign_ids(patterns: &mut [Pattern]) {
    // Only slug-shaped link targets can become ids: an id names a file.
    let slugs: BTreeSet<String> = patterns
        .iter()
        .flat_map(|p| p.related.iter().cloned())
        .filter(|slug| crate::catalog::validate::is_slug(slug))
        .take(MAX_LINKED_SLUGS)
        .collect();
    let slug_words: Vec<(&String, Vec<String>)> = slugs.iter().map(|s| (s, words(s))).collect();
    let mut pairs: Vec<(f64, usize, &String)> = Vec::new();
    for (index, pattern) in patterns.iter().enumerate() {
        let name_words = words(&pattern.name);
        let name_slug = name_words.join("-");
        for (slug, words_of_slug) in &slug_words {
            let score = if name_slug == **slug {
                3.0
            } else {
                word_affinity(words_of_slug, &name_words)
            };
            if score > 0.0 {
                pairs.push((score, index, slug));
            }
        }
    }
    pairs.sort_by(|a, b| {
        b.0.total_cmp(&a.0)
            .then_with(|| a.1.cmp(&b.1))
            .then_with(|| a.2.cmp(b.2))
    });
    let mut ids: Vec<Option<String>> = vec![None; patterns.len()];
    let mut taken: BTreeSet<&String> = BTreeSet::new();
    for (_, index, slug) in pairs {
        if ids[index].is_none() && taken.insert(slug) {
            ids[index] = Some(slug.clone());
        }
    }
    let mut used: BTreeSet<String> = ids.iter().flatten().cloned().collect();
    for (index, (pattern, id)) in patterns.iter_mut().zip(ids).enumerate() {
        pattern.id = id.unwrap_or_else(|| unused_slug(&pattern.name, index, &mut used));
    }
}

/// The slug of `name` (`pattern-N` when it has no ASCII letter or digit),
/// with `-2`, `-3`... when another entry already has it: each id names a file.
fn unused_slug(name: &str, index: usize, used: &mut BTreeSet<String>) -> String {
    let base = Some(slugify(name))
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| format!("pattern-{}", index + 1));
    let id = std::iter::once(base.clone())
        .chain((2..).map(|n| format!("{base}-{n}")))
        .find(|id| !used.contains(id))
        .unwrap_or(base);
    used.insert(id.clone());
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_of_names() {
        assert_eq!(slugify("CQRS / Event Sourcing"), "cqrs-event-sourcing");
        assert_eq!(
            slugify("Chain-of-Thought & Reasoning Patterns"),
            "chain-of-thought-reasoning-patterns"
        );
    }

    #[test]
    fn ids_are_unique_slugs_even_for_odd_names() {
        let base = crate::catalog::Catalog::embedded()
            .pattern("monolith")
            .unwrap()
            .clone();
        let mut patterns: Vec<Pattern> = ["Cache", "Cache", "日本", "Etc Passwd"]
            .iter()
            .map(|name| Pattern {
                name: (*name).to_owned(),
                related: Vec::new(),
                ..base.clone()
            })
            .collect();
        patterns[0].related = vec!["../../etc/passwd".to_owned()];
        assign_ids(&mut patterns);
        let ids: Vec<&str> = patterns.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["cache", "cache-2", "pattern-3", "etc-passwd"]);
    }

    #[test]
    fn abbreviations_and_partial_names_match() {
        assert!(affinity("pub-sub", "Publish-Subscribe") > affinity("pub-sub", "Prompt Chaining"));
        assert!(affinity("consensus-algorithms", "Distributed Consensus") > 0.0);
        assert!(
            affinity("prompt-management", "Prompt Template Management")
                > affinity("prompt-management", "Prompt Chaining")
        );
        assert_eq!(affinity("saga", "Monolith"), 0.0);
    }
}
