//! Loads the catalog: the embedded default first, then user folders on top.
//!
//! A user pattern with the same id as an embedded one replaces it (and is
//! marked as doing so), unless it is unrated (every effect 0, as imported
//! patterns are) and the one it replaces is rated: that needs
//! [`CatalogLoader::allow_unrated_overrides`]. Broken files are reported and
//! skipped; an id that differs from its file name, and a user pattern whose
//! name or alias is another pattern's, are reported; links that do not
//! resolve are reported and dropped, so the loaded catalog is consistent.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

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
    allow_unrated_overrides: bool,
}

impl Default for CatalogLoader {
    fn default() -> Self {
        Self {
            embedded: true,
            folders: Vec::new(),
            allow_unrated_overrides: false,
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

#[derive(Clone)]
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
            ..Self::default()
        }
    }

    /// Lets an unrated pattern replace a rated one of the same id.
    #[must_use]
    pub fn allow_unrated_overrides(mut self, allow: bool) -> Self {
        self.allow_unrated_overrides = allow;
        self
    }

    /// Adds a folder of `*.ron` files (or one pattern file) on top of the
    /// layers so far.
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
        for dir in &self.folders {
            let layer = if dir.is_file() {
                read_file(dir.clone(), &mut problems).into_iter().collect()
            } else {
                folder_files(dir, &mut problems)
            };
            layers.push(layer);
        }
        let mut merged: BTreeMap<String, Parsed> = BTreeMap::new();
        let mut inherited = Inherited::new();
        if self.embedded {
            let (parsed, found) = embedded_layer();
            problems.extend(found.iter().cloned());
            self.merge_layer(&mut merged, &mut inherited, parsed.clone(), &mut problems);
        }
        for layer in layers {
            let parsed = parse_layer(layer, &mut problems);
            self.merge_layer(&mut merged, &mut inherited, parsed, &mut problems);
        }
        shared_names(&merged, &inherited, &mut problems);
        let catalog = resolve_links(merged, &mut problems);
        problems.sort_by(|a, b| (&a.file, a.location).cmp(&(&b.file, b.location)));
        LoadOutcome { catalog, problems }
    }
}

/// The embedded layer, parsed and checked once per process: every later
/// load copies it (the window has it parsed on a thread of its own while
/// the window opens; see [`warm_up`]).
fn embedded_layer() -> &'static (Vec<Parsed>, Vec<Problem>) {
    static LAYER: OnceLock<(Vec<Parsed>, Vec<Problem>)> = OnceLock::new();
    LAYER.get_or_init(|| {
        let mut problems = Vec::new();
        let parsed = parse_layer(embedded_files(), &mut problems);
        (parsed, problems)
    })
}

/// Parses the embedded catalog now, so that the first load only copies it.
pub fn warm_up() {
    embedded_layer();
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

/// Whether a file is named after the id it holds (`saga.ron` for `saga`).
fn name_matches(item: &Parsed) -> bool {
    Path::new(&item.name)
        .file_stem()
        .is_some_and(|stem| stem.to_string_lossy() == item.pattern.id)
}

/// Parses and checks each file; a layer may not use an id twice (the file
/// named after the id wins, else the first by name).
fn parse_layer(files: Vec<RawFile>, problems: &mut Vec<Problem>) -> Vec<Parsed> {
    let mut parsed: Vec<Parsed> = Vec::new();
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
        let same_id = parsed.iter().position(|p| p.pattern.id == item.pattern.id);
        let Some(at) = same_id else {
            parsed.push(item);
            continue;
        };
        let (kept, skipped) = if name_matches(&item) && !name_matches(&parsed[at]) {
            let old = std::mem::replace(&mut parsed[at], item);
            (&parsed[at], old)
        } else {
            (&parsed[at], item)
        };
        let message = format!(
            "the id `{}` is already used by {}; this file is skipped",
            skipped.pattern.id, kept.name
        );
        problems.push(skipped.as_file().problem("id", message));
    }
    for item in &parsed {
        if !name_matches(item) {
            let message = format!(
                "the id `{}` does not match the file name; rename the file to {}.ron, or change the id (a copy keeps the id of its original, and replaces it)",
                item.pattern.id, item.pattern.id
            );
            problems.push(item.as_file().problem("id", message));
        }
    }
    parsed
}

impl CatalogLoader {
    /// Puts a layer on top; an unrated pattern does not replace a rated one
    /// unless allowed.
    fn merge_layer(
        &self,
        merged: &mut BTreeMap<String, Parsed>,
        inherited: &mut Inherited,
        layer: Vec<Parsed>,
        problems: &mut Vec<Problem>,
    ) {
        for mut item in layer {
            if let Some(old) = merged.get(&item.pattern.id) {
                let unrated_over_rated =
                    item.pattern.effects.is_unrated() && !old.pattern.effects.is_unrated();
                if unrated_over_rated && !self.allow_unrated_overrides {
                    let message = format!(
                        "this pattern is unrated (every effect is 0) and would replace the rated `{}` of {}, so it is not loaded; rate its effects, or pass --allow-unrated to use it anyway",
                        item.pattern.id, old.name
                    );
                    problems.push(item.as_file().problem("effects", message));
                    continue;
                }
                item.overrides_embedded = old.source == Source::Embedded || old.overrides_embedded;
                let keys = names_of(&old.pattern).map(|t| super::name_key(t));
                inherited
                    .entry(item.pattern.id.clone())
                    .or_default()
                    .extend(keys);
            }
            merged.insert(item.pattern.id.clone(), item);
        }
    }
}

/// For each replaced id, the name keys its earlier versions had.
type Inherited = BTreeMap<String, BTreeSet<String>>;

/// A pattern whose name or alias is already another pattern's id, name or
/// alias ("Saga" would name both) is a problem naming both, built-in
/// patterns included (a test keeps the embedded catalog free of them);
/// a user version is excused a name the version it replaces had.
fn shared_names(
    merged: &BTreeMap<String, Parsed>,
    inherited: &Inherited,
    problems: &mut Vec<Problem>,
) {
    let is_user = |item: &&Parsed| item.source != Source::Embedded;
    let mut owners: BTreeMap<String, &Parsed> = BTreeMap::new();
    let embedded = merged.values().filter(|i| !is_user(i));
    for item in embedded.chain(merged.values().filter(is_user)) {
        for text in names_of(&item.pattern) {
            owners.entry(super::name_key(text)).or_insert(item);
        }
    }
    for item in merged.values() {
        let p = &item.pattern;
        let aliases = p.aliases.iter().enumerate();
        let fields = std::iter::once(("name".to_owned(), &p.name))
            .chain(aliases.map(|(i, a)| (format!("aliases[{i}]"), a)));
        for (field, text) in fields {
            let key = super::name_key(text);
            let had_it = inherited.get(&p.id).is_some_and(|keys| keys.contains(&key));
            let Some(owner) = owners.get(&key).filter(|o| o.pattern.id != p.id) else {
                continue;
            };
            if had_it {
                continue;
            }
            let message = format!(
                "\"{text}\" is also the id, name or alias of `{}` ({}); rename one of them so that \"{text}\" names one pattern",
                owner.pattern.id, owner.name
            );
            problems.push(item.as_file().problem(&field, message));
        }
    }
}

fn names_of(p: &super::Pattern) -> impl Iterator<Item = &String> {
    std::iter::once(&p.id).chain([&p.name]).chain(&p.aliases)
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
