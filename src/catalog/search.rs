//! Fuzzy search and filters over the catalog.
//!
//! Matching uses `nucleo-matcher` (the matcher behind the helix editor's
//! pickers) over name, aliases, tags and summary; the name counts most.

use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern as Query};
use nucleo_matcher::{Config, Matcher, Utf32Str};

use super::{Catalog, Category, Entry};

/// What the user asked for; every part is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub text: String,
    pub category: Option<Category>,
    pub max_complexity: Option<u8>,
    /// Only patterns whose team-size range includes a team of this size.
    pub team: Option<u32>,
}

impl Filter {
    fn accepts(&self, entry: &Entry) -> bool {
        let p = &entry.pattern;
        self.category.is_none_or(|c| p.category == c)
            && self.max_complexity.is_none_or(|max| p.complexity <= max)
            && self.team.is_none_or(|n| p.team_size.fits(n))
    }
}

/// Reusable search state (the matcher keeps scratch buffers between calls).
pub struct Searcher {
    matcher: Matcher,
    buffer: Vec<char>,
}

impl Default for Searcher {
    fn default() -> Self {
        Self {
            matcher: Matcher::new(Config::DEFAULT),
            buffer: Vec::new(),
        }
    }
}

impl Searcher {
    /// Entries that pass the filter: best match first when there is search
    /// text, otherwise by category and name.
    pub fn search<'c>(&mut self, catalog: &'c Catalog, filter: &Filter) -> Vec<&'c Entry> {
        let candidates = catalog.entries().filter(|e| filter.accepts(e));
        let text = filter.text.trim();
        if text.is_empty() {
            let mut all: Vec<&Entry> = candidates.collect();
            all.sort_by(|a, b| {
                (a.pattern.category, &a.pattern.name).cmp(&(b.pattern.category, &b.pattern.name))
            });
            return all;
        }
        let query = Query::parse(text, CaseMatching::Ignore, Normalization::Smart);
        let mut scored: Vec<(u32, &Entry)> = candidates
            .filter_map(|e| self.score(&query, e).map(|s| (s, e)))
            .collect();
        scored.sort_by(|(sa, a), (sb, b)| {
            sb.cmp(sa).then_with(|| a.pattern.name.cmp(&b.pattern.name))
        });
        scored.into_iter().map(|(_, e)| e).collect()
    }

    /// Best score over the searchable fields, the name weighted double.
    fn score(&mut self, query: &Query, entry: &Entry) -> Option<u32> {
        let p = &entry.pattern;
        let name = self.field_score(query, &p.name).map(|s| s * 2);
        let id = self.field_score(query, &p.id).map(|s| s * 2);
        let aliases = p
            .aliases
            .iter()
            .filter_map(|a| self.field_score(query, a))
            .max();
        let tags = p
            .tags
            .iter()
            .filter_map(|t| self.field_score(query, t))
            .max();
        let summary = self.field_score(query, &p.summary).map(|s| s / 2);
        [name, id, aliases, tags, summary]
            .into_iter()
            .flatten()
            .max()
    }

    fn field_score(&mut self, query: &Query, text: &str) -> Option<u32> {
        let haystack = Utf32Str::new(text, &mut self.buffer);
        query.score(haystack, &mut self.matcher)
    }
}

/// The pattern a mistyped id or name most likely meant (`sagaa` → saga),
/// compared with every id, name and alias by edit distance; `None` when
/// nothing is close.
pub fn did_you_mean<'c>(catalog: &'c Catalog, typed: &str) -> Option<&'c Entry> {
    /// How alike (0 to 1) a word must be to be suggested.
    const AT_LEAST: f64 = 0.7;
    let typed = typed.trim().to_lowercase();
    catalog
        .entries()
        .filter_map(|entry| {
            let p = &entry.pattern;
            let best = std::iter::once(&p.id)
                .chain(std::iter::once(&p.name))
                .chain(&p.aliases)
                .map(|word| strsim::normalized_damerau_levenshtein(&typed, &word.to_lowercase()))
                .fold(0.0, f64::max);
            (best >= AT_LEAST).then_some((best, entry))
        })
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, entry)| entry)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typo_finds_the_pattern_and_nonsense_finds_nothing() {
        let catalog = Catalog::embedded();
        let id = |typed: &str| did_you_mean(&catalog, typed).map(|e| e.pattern.id.clone());
        assert_eq!(id("sagaa").as_deref(), Some("saga"));
        assert_eq!(id("cirquit-breaker").as_deref(), Some("circuit-breaker"));
        assert_eq!(
            id("Event Sourcng").as_deref(),
            Some("cqrs-event-sourcing"),
            "an alias counts"
        );
        assert_eq!(id("qwertyuiop"), None);
    }
}
