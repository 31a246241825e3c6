//! Loads the catalog: the embedded default first, then user folders on top.
//!
//! A user pattern with the same id as an embedded one replaces it (and is
//! marked as doing so). Broken files are reported and skipped; links that do
//! not resolve are reported and dropped, so the loaded catalog is consistent.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use super::parse::{MAX_FILE_BYTES, parse_pattern_bytes};
use super::validate::{
    ParsedFile, broken_link_problem, broken_links, check_pattern, drop_broken_links,
};
use super::{Catalog, Entry, Source, embedded};
use crate::diagnostics::Problem;

/// What loading produced: the usable catalog and every problem found.
#[derive(Debug, Default)]
pub struct LoadOutcome {
    pub catalog: Catalog,
    pub problems: Vec<Problem>,
}

/// Which layers to load, in order.
#[derive(Debug, Clone)]
pub struct CatalogLoader {
    embedded: bool,
    folders: Vec<PathBuf>,
}

impl Default for CatalogLoader {
    fn default() -> Self {
        Self {
            embedded: true,
            folders: Vec::new(),
        }
    }
}

/// The platform's per-user pattern folder (for example
/// `~/.config/plinth/patterns` on Linux), whether or not it exists.
pub fn user_catalog_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "plinth").map(|dirs| dirs.config_dir().join("patterns"))
}

struct RawFile {
    name: String,
    source: Source,
    bytes: Vec<u8>,
}

struct Parsed {
    name: String,
    source: Source,
    text: String,
    pattern: super::Pattern,
    overrides_embedded: bool,
}

impl Parsed {
    fn as_file(&self) -> ParsedFile<'_> {
        ParsedFile {
            file: &self.name,
            text: &self.text,
            pattern: &self.pattern,
        }
    }
}

impl CatalogLoader {
    /// Only the embedded catalog.
    pub fn embedded() -> Self {
        Self::default()
    }

    /// No layer yet: for validating a folder on its own.
    pub fn empty() -> Self {
        Self {
            embedded: false,
            folders: Vec::new(),
        }
    }

    /// Adds a folder of `*.ron` files on top of the layers so far.
    #[must_use]
    pub fn with_folder(mut self, dir: impl Into<PathBuf>) -> Self {
        self.folders.push(dir.into());
        self
    }

    /// Adds the per-user folder when it exists.
    #[must_use]
    pub fn with_user_folder(self) -> Self {
        match user_catalog_dir().filter(|dir| dir.is_dir()) {
            Some(dir) => self.with_folder(dir),
            None => self,
        }
    }

    /// Reads, parses, validates and merges every layer.
    pub fn load(&self) -> LoadOutcome {
        let mut problems = Vec::new();
        let mut layers = Vec::new();
        if self.embedded {
            layers.push(embedded_files());
        }
        for dir in &self.folders {
            layers.push(folder_files(dir, &mut problems));
        }
        let mut merged: BTreeMap<String, Parsed> = BTreeMap::new();
        for layer in layers {
            let parsed = parse_layer(layer, &mut problems);
            merge_layer(&mut merged, parsed);
        }
        let catalog = resolve_links(merged, &mut problems);
        problems.sort_by(|a, b| (&a.file, a.location).cmp(&(&b.file, b.location)));
        LoadOutcome { catalog, problems }
    }
}

fn embedded_files() -> Vec<RawFile> {
    embedded::FILES
        .iter()
        .map(|(name, text)| RawFile {
            name: format!("embedded:patterns/{name}"),
            source: Source::Embedded,
            bytes: text.as_bytes().to_vec(),
        })
        .collect()
}

/// The `*.ron` files of `dir`, sorted by name; unreadable ones become problems.
fn folder_files(dir: &Path, problems: &mut Vec<Problem>) -> Vec<RawFile> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) => {
            problems.push(Problem::new(
                &dir.display().to_string(),
                format!("cannot read the catalog folder: {err}"),
            ));
            return Vec::new();
        }
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|ext| ext == "ron"))
        .filter(|p| {
            !p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect();
    paths.sort();
    paths
        .into_iter()
        .filter_map(|path| read_file(path, problems))
        .collect()
}

fn read_file(path: PathBuf, problems: &mut Vec<Problem>) -> Option<RawFile> {
    let name = path.display().to_string();
    let read = if std::fs::metadata(&path).is_ok_and(|m| m.len() > MAX_FILE_BYTES as u64) {
        Ok(None)
    } else {
        crate::diagnostics::read_bounded(&path, MAX_FILE_BYTES)
            .map(|bytes| Some(bytes).filter(|b| b.len() <= MAX_FILE_BYTES))
    };
    if let Ok(None) = read {
        problems.push(Problem::new(
            &name,
            format!(
                "the file is larger than {MAX_FILE_BYTES} bytes; a pattern file is a few kilobytes"
            ),
        ));
        return None;
    }
    match read {
        Ok(None) => None,
        Ok(Some(bytes)) => Some(RawFile {
            name,
            source: Source::File(path),
            bytes,
        }),
        Err(err) => {
            problems.push(Problem::new(&name, format!("cannot read the file: {err}")));
            None
        }
    }
}

/// Parses and checks each file; a layer may not use an id twice.
fn parse_layer(files: Vec<RawFile>, problems: &mut Vec<Problem>) -> Vec<Parsed> {
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    let mut parsed = Vec::new();
    for raw in files {
        let pattern = match parse_pattern_bytes(&raw.name, &raw.bytes) {
            Ok(pattern) => pattern,
            Err(problem) => {
                problems.push(problem);
                continue;
            }
        };
        let item = Parsed {
            text: String::from_utf8_lossy(&raw.bytes).into_owned(),
            name: raw.name,
            source: raw.source,
            pattern,
            overrides_embedded: false,
        };
        let found = check_pattern(&item.as_file());
        if !found.is_empty() {
            problems.extend(found);
            continue;
        }
        if let Some(first) = seen.get(&item.pattern.id) {
            let message = format!(
                "the id `{}` is already used by {first}; this file is skipped",
                item.pattern.id
            );
            problems.push(item.as_file().problem("id", message));
            continue;
        }
        seen.insert(item.pattern.id.clone(), item.name.clone());
        parsed.push(item);
    }
    parsed
}

fn merge_layer(merged: &mut BTreeMap<String, Parsed>, layer: Vec<Parsed>) {
    for mut item in layer {
        if let Some(old) = merged.get(&item.pattern.id) {
            item.overrides_embedded = old.source == Source::Embedded || old.overrides_embedded;
        }
        merged.insert(item.pattern.id.clone(), item);
    }
}

fn resolve_links(merged: BTreeMap<String, Parsed>, problems: &mut Vec<Problem>) -> Catalog {
    let owned_ids: Vec<String> = merged.keys().cloned().collect();
    let ids: BTreeSet<&str> = owned_ids.iter().map(String::as_str).collect();
    let mut entries = BTreeMap::new();
    for (id, item) in merged {
        for link in broken_links(&item.pattern, &ids) {
            problems.push(broken_link_problem(&item.as_file(), &link));
        }
        let mut pattern = item.pattern;
        drop_broken_links(&mut pattern, &ids);
        let entry = Entry {
            pattern,
            source: item.source,
            overrides_embedded: item.overrides_embedded,
        };
        entries.insert(id, entry);
    }
    Catalog::from_entries(entries)
}
