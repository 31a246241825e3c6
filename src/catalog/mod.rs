//! The pattern catalog: schema, embedded default, user folders, validation,
//! search, building blocks and the Layra Markdown importer.
//!
//! Pure domain code: no UI crate may be named here.

pub mod blocks;
mod embedded;
pub mod facts;
pub mod ids;
pub mod layra;
pub mod load;
mod missing_effects;
mod palette;
pub mod parse;
pub mod pattern;
pub mod quality;
pub mod role;
pub mod search;
pub mod validate;

use std::collections::BTreeMap;
use std::path::PathBuf;

pub use crate::diagnostics::{Location, Problem};
pub use load::{CatalogLoader, LoadOutcome, user_catalog_dir};
pub use palette::category_rgb;
pub use pattern::{Category, Facet, Pattern, TeamSize, Weight};
pub use quality::{Effect, QualityAttribute, QualityEffects};
pub use role::{Deployables, Need, Role};

/// Where a pattern came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// Compiled into the binary from `patterns/`.
    Embedded,
    /// A file in a user catalog folder.
    File(PathBuf),
}

impl Source {
    /// `embedded`, or the file path: the `source` of the CLI's JSON.
    pub fn label(&self) -> String {
        match self {
            Self::Embedded => "embedded".to_owned(),
            Self::File(path) => path.display().to_string(),
        }
    }
}

impl Entry {
    /// Whether the pattern is unrated: every effect 0 (imported patterns
    /// start so), so it adds no quality points when scored.
    pub fn is_unrated(&self) -> bool {
        self.pattern.effects.is_unrated()
    }
}

/// A pattern in the loaded catalog with its origin.
#[derive(Debug, Clone)]
pub struct Entry {
    pub pattern: Pattern,
    pub source: Source,
    /// A user file that replaces the embedded pattern of the same id.
    pub overrides_embedded: bool,
}

/// The merged, validated catalog, ordered by id.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    entries: BTreeMap<String, Entry>,
    /// Normalised id, name or alias -> id, for `find_by_name`.
    names: BTreeMap<String, String>,
}

impl Catalog {
    pub(crate) fn from_entries(entries: BTreeMap<String, Entry>) -> Self {
        let mut names = BTreeMap::new();
        // Ids first, then names, then aliases; built-in patterns before user
        // ones: "Saga" finds the saga, whoever else has it as an alias.
        let ordered = || {
            let embedded = entries.values().filter(|e| e.source == Source::Embedded);
            embedded.chain(entries.values().filter(|e| e.source != Source::Embedded))
        };
        for entry in ordered() {
            let id = &entry.pattern.id;
            names.entry(name_key(id)).or_insert_with(|| id.clone());
        }
        for entry in ordered() {
            let p = &entry.pattern;
            names
                .entry(name_key(&p.name))
                .or_insert_with(|| p.id.clone());
        }
        for entry in ordered() {
            let p = &entry.pattern;
            for alias in &p.aliases {
                names.entry(name_key(alias)).or_insert_with(|| p.id.clone());
            }
        }
        names.remove("");
        Self { entries, names }
    }

    /// The embedded catalog alone (problems in it are caught by the tests).
    pub fn embedded() -> Self {
        CatalogLoader::embedded().load().catalog
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.entries.get(id)
    }

    pub fn pattern(&self, id: &str) -> Option<&Pattern> {
        self.entries.get(id).map(|e| &e.pattern)
    }

    /// Every entry, ordered by id.
    pub fn entries(&self) -> impl Iterator<Item = &Entry> {
        self.entries.values()
    }

    /// Every pattern, ordered by id.
    pub fn patterns(&self) -> impl Iterator<Item = &Pattern> {
        self.entries.values().map(|e| &e.pattern)
    }

    /// The pattern whose id, name or alias equals `text`, ignoring case,
    /// spaces and punctuation ("Pub/Sub", "publish-subscribe", "pub-sub").
    pub fn find_by_name(&self, text: &str) -> Option<&Pattern> {
        self.pattern(text.trim()).or_else(|| {
            self.names
                .get(&name_key(text))
                .and_then(|id| self.pattern(id))
        })
    }
}

/// Lowercase letters and digits only: how names are compared.
pub(crate) fn name_key(text: &str) -> String {
    text.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}
