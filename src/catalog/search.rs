//! Search and filters over the catalog, shared by `plinth catalog list
//! --search` and the window's catalog panel.
//!
//! Each word of the query is matched (fuzzily, with `nucleo-matcher`, the
//! matcher behind the helix editor's pickers) against the pattern's id and
//! name, then its aliases, then its tags, then its summary. A word's match is
//! as good as its score relative to the word matched against itself; below
//! [`STRONG_MATCH`] (in a summary [`STRONG_MATCH_IN_SUMMARY`]) it is a weak
//! match (letters scattered over a long text).
//! Patterns that match every word strongly are ranked: name, then alias,
//! then tag, then summary matches, the closer match first. Patterns that
//! match only weakly are counted, and shown only on request.

use nucleo_matcher::pattern::{Atom, AtomKind, CaseMatching, Normalization};
use nucleo_matcher::{Config, Matcher, Utf32Str};

use super::{Catalog, Category, Entry};

/// How close (0 to 1, against the word matched with itself) a word's match
/// in an id, name, alias or tag must be to count. Chosen with
/// `tests/it/search_queries.rs` (55 queries an architect types: every
/// expected pattern in the top 3, nothing unrelated shown): a missing letter
/// ("cachng") still finds its tag at 0.89, "rag" no longer finds "rate
/// limiting" (0.75).
pub const STRONG_MATCH: f64 = 0.8;

/// The same in a summary, a long text where scattered letters of a short
/// word are found everywhere ("cdn" in "Chooses data encodings" is 0.75,
/// "cachng" in MVC's summary 0.86): there only a whole word counts.
pub const STRONG_MATCH_IN_SUMMARY: f64 = 0.95;

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

/// Where a word matched, best first: the order results are ranked in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum MatchedIn {
    /// The id or the name.
    Name,
    Alias,
    Tags,
    Summary,
}

impl MatchedIn {
    /// How close a match here must be to count.
    pub fn strong_match(self) -> f64 {
        match self {
            Self::Summary => STRONG_MATCH_IN_SUMMARY,
            Self::Name | Self::Alias | Self::Tags => STRONG_MATCH,
        }
    }
}

/// A search's answer: the results to show, best first, and the weak
/// matches left out ("N more weak matches"), best first too.
#[derive(Debug, Clone, Default)]
pub struct SearchResults<'c> {
    pub shown: Vec<&'c Entry>,
    pub weak: Vec<&'c Entry>,
}

/// How one pattern matched the whole query.
#[derive(Debug, Clone, Copy)]
struct Ranked {
    /// The worst field any word needed (a word found only in the summary
    /// puts the pattern among the summary matches).
    field: MatchedIn,
    /// The mean closeness of the words, 0 to 1.
    closeness: f64,
    strong: bool,
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
    /// The results to show: best match first when there is search text,
    /// otherwise every pattern that passes the filter, by category and name.
    pub fn search<'c>(&mut self, catalog: &'c Catalog, filter: &Filter) -> Vec<&'c Entry> {
        self.search_all(catalog, filter).shown
    }

    /// The results and the weak matches left out.
    pub fn search_all<'c>(&mut self, catalog: &'c Catalog, filter: &Filter) -> SearchResults<'c> {
        let candidates = catalog.entries().filter(|e| filter.accepts(e));
        let words = query_words(&filter.text);
        if words.is_empty() {
            let mut shown: Vec<&Entry> = candidates.collect();
            shown.sort_by(|a, b| {
                (a.pattern.category, &a.pattern.name).cmp(&(b.pattern.category, &b.pattern.name))
            });
            return SearchResults {
                shown,
                weak: Vec::new(),
            };
        }
        let mut ranked: Vec<(Ranked, &Entry)> = candidates
            .filter_map(|e| self.rank(&words, e).map(|r| (r, e)))
            .collect();
        ranked.sort_by(|(ra, a), (rb, b)| {
            ra.field
                .cmp(&rb.field)
                .then(rb.closeness.total_cmp(&ra.closeness))
                .then_with(|| a.pattern.name.cmp(&b.pattern.name))
        });
        let (strong, weak): (Vec<_>, Vec<_>) = ranked.into_iter().partition(|(r, _)| r.strong);
        let mut weak: Vec<(Ranked, &Entry)> = weak;
        weak.sort_by(|(ra, a), (rb, b)| {
            rb.closeness
                .total_cmp(&ra.closeness)
                .then_with(|| a.pattern.name.cmp(&b.pattern.name))
        });
        SearchResults {
            shown: strong.into_iter().map(|(_, e)| e).collect(),
            weak: weak.into_iter().map(|(_, e)| e).collect(),
        }
    }

    /// How `entry` matches every word; `None` when a word is not in it at all.
    fn rank(&mut self, words: &[Atom], entry: &Entry) -> Option<Ranked> {
        let mut field = MatchedIn::Name;
        let mut total = 0.0;
        let mut strong = true;
        for word in words {
            let (matched_in, closeness) = self.best_match(word, entry)?;
            strong &= closeness >= matched_in.strong_match();
            field = field.max(matched_in);
            total += closeness;
        }
        Some(Ranked {
            field,
            closeness: total / words.len() as f64,
            strong,
        })
    }

    /// The best field a word matches strongly in (the closest match there),
    /// else its closest weak match anywhere.
    fn best_match(&mut self, word: &Atom, entry: &Entry) -> Option<(MatchedIn, f64)> {
        let p = &entry.pattern;
        let perfect = f64::from(word.score(word.needle_text(), &mut self.matcher)?.max(1));
        let fields: [(MatchedIn, Vec<&String>); 4] = [
            (MatchedIn::Name, vec![&p.id, &p.name]),
            (MatchedIn::Alias, p.aliases.iter().collect()),
            (MatchedIn::Tags, p.tags.iter().collect()),
            (MatchedIn::Summary, vec![&p.summary]),
        ];
        let mut weakest_best: Option<(MatchedIn, f64)> = None;
        for (matched_in, texts) in fields {
            let closeness = texts
                .iter()
                .filter_map(|text| self.closeness(word, text, perfect))
                .fold(None, |best: Option<f64>, c| {
                    Some(best.map_or(c, |b| b.max(c)))
                });
            let Some(closeness) = closeness else { continue };
            if closeness >= matched_in.strong_match() {
                return Some((matched_in, closeness));
            }
            if weakest_best.is_none_or(|(_, best)| closeness > best) {
                weakest_best = Some((matched_in, closeness));
            }
        }
        weakest_best
    }

    fn closeness(&mut self, word: &Atom, text: &str, perfect: f64) -> Option<f64> {
        let haystack = Utf32Str::new(text, &mut self.buffer);
        let score = word.score(haystack, &mut self.matcher)?;
        Some((f64::from(score) / perfect).min(1.0))
    }
}

/// The query's words, each a fuzzy atom that ignores case.
fn query_words(text: &str) -> Vec<Atom> {
    text.split_whitespace()
        .map(|word| {
            Atom::new(
                word,
                CaseMatching::Ignore,
                Normalization::Smart,
                AtomKind::Fuzzy,
                false,
            )
        })
        .collect()
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
