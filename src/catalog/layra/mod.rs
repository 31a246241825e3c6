//! Imports a Layra catalog (one Markdown file of `---`-separated entries)
//! into Plinth patterns, and writes them as RON files.
//!
//! Imported prose is kept as the user's own material and marked with its
//! source in `imported_from`; effects start neutral because Layra has none.

mod aliases;
mod entry;
mod ids;
mod lists;
mod team_size;

use std::fmt;
use std::path::{Path, PathBuf};

pub use aliases::drop_taken_aliases;
pub use ids::slugify;
pub use team_size::parse_team_size;

use crate::catalog::Pattern;

/// An entry that was skipped, with where it starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportProblem {
    pub file: String,
    pub line: usize,
    /// 1-based position of the entry in the file; 0 for the whole file.
    pub entry: usize,
    pub name: Option<String>,
    pub field: &'static str,
    pub message: String,
}

impl fmt::Display for ImportProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.entry == 0 {
            return write!(f, "{}:{}: {}", self.file, self.line, self.message);
        }
        write!(f, "{}:{}: entry {}", self.file, self.line, self.entry)?;
        if let Some(name) = &self.name {
            write!(f, " ({name})")?;
        }
        write!(f, ": field `{}`: {}", self.field, self.message)
    }
}

/// Larger texts are refused (a whole Layra catalog is a few hundred KB).
pub const MAX_BYTES: usize = 4 * 1024 * 1024;
/// Entries after this many are skipped (Layra has about a hundred).
pub const MAX_ENTRIES: usize = 1_000;

/// What an import produced.
#[derive(Debug, Default)]
pub struct LayraImport {
    pub patterns: Vec<Pattern>,
    pub problems: Vec<ImportProblem>,
}

/// Text with every run of white space folded to one space, and for each
/// original newline the folded offset where it fell (to report lines).
struct Folded {
    text: String,
    newline_offsets: Vec<usize>,
}

impl Folded {
    fn new(original: &str) -> Self {
        let mut text = String::with_capacity(original.len());
        let mut newline_offsets = Vec::new();
        let mut in_space = false;
        for c in original.chars() {
            if c == '\n' {
                newline_offsets.push(text.len());
            }
            if c.is_whitespace() {
                in_space = true;
                continue;
            }
            if in_space && !text.is_empty() {
                text.push(' ');
            }
            in_space = false;
            text.push(c);
        }
        Self {
            text,
            newline_offsets,
        }
    }

    fn line_at(&self, offset: usize) -> usize {
        self.newline_offsets.partition_point(|&o| o < offset) + 1
    }
}

/// Parses a whole Layra Markdown catalog; `file` names it in messages and
/// in each pattern's `imported_from`.
pub fn import_layra(file: &str, text: &str) -> LayraImport {
    let mut result = LayraImport::default();
    if text.len() > MAX_BYTES {
        let message = format!(
            "the file is {} bytes; at most {MAX_BYTES} bytes are imported",
            text.len()
        );
        result.problems.push(file_problem(file, 1, message));
        return result;
    }
    let folded = Folded::new(text);
    let mut offset = 0;
    for (index, chunk) in folded.text.split(" --- ").enumerate() {
        if index >= MAX_ENTRIES {
            let message = format!("more than {MAX_ENTRIES} entries; the rest was skipped");
            let line = folded.line_at(offset);
            result.problems.push(file_problem(file, line, message));
            break;
        }
        let chunk_offset = offset;
        offset += chunk.len() + 5;
        let chunk = chunk.trim().trim_matches('-').trim();
        if !chunk.contains("# ") {
            continue;
        }
        let note = format!("Layra catalog {file}, entry {}", index + 1);
        match entry::parse_entry(chunk, &note) {
            Ok(pattern) => result.patterns.push(pattern),
            Err(err) => result.problems.push(ImportProblem {
                file: file.to_owned(),
                line: folded.line_at(chunk_offset),
                entry: index + 1,
                name: entry_name(chunk),
                field: err.field,
                message: err.message,
            }),
        }
    }
    ids::assign_ids(&mut result.patterns);
    resolve_alternatives(&mut result.patterns);
    result
}

/// A problem of the whole file rather than of one entry.
fn file_problem(file: &str, line: usize, message: String) -> ImportProblem {
    ImportProblem {
        file: file.to_owned(),
        line,
        entry: 0,
        name: None,
        field: "file",
        message,
    }
}

/// The `# Name` of an entry that failed, for the message.
fn entry_name(chunk: &str) -> Option<String> {
    let heading = chunk.split("**").next()?.rsplit_once("# ")?.1.trim();
    (!heading.is_empty()).then(|| heading.chars().take(80).collect())
}

/// Links each alternative to an imported pattern when its name matches.
fn resolve_alternatives(patterns: &mut [Pattern]) {
    let names: Vec<(String, String)> = patterns
        .iter()
        .flat_map(|p| {
            std::iter::once(p.name.clone())
                .chain(p.aliases.iter().cloned())
                .map(move |n| (slugify(&n), p.id.clone()))
        })
        .collect();
    for pattern in patterns.iter_mut() {
        let own_id = pattern.id.clone();
        for alternative in &mut pattern.alternatives {
            let wanted = slugify(&alternative.name);
            alternative.pattern = names
                .iter()
                .find(|(name, id)| *name == wanted && *id != own_id)
                .map(|(_, id)| id.clone());
        }
    }
}

/// Why imported patterns could not be written.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("{path}: already exists; nothing was overwritten (use --force to replace it)")]
    Exists { path: PathBuf },
    #[error("{path}: cannot write: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot format pattern `{id}` as RON: {message}")]
    Format { id: String, message: String },
    #[error("pattern id `{id}` is not a slug (a-z, 0-9 and single dashes); nothing was written")]
    BadId { id: String },
}

/// Writes each pattern to `DIR/<id>.ron`. Without `force`, checks first that
/// no file would be overwritten, so an import writes all or nothing.
pub fn write_patterns(
    dir: &Path,
    patterns: &[Pattern],
    force: bool,
) -> Result<Vec<PathBuf>, WriteError> {
    if let Some(bad) = patterns
        .iter()
        .find(|p| !crate::catalog::validate::is_slug(&p.id))
    {
        return Err(WriteError::BadId { id: bad.id.clone() });
    }
    let paths: Vec<PathBuf> = patterns
        .iter()
        .map(|p| dir.join(format!("{}.ron", p.id)))
        .collect();
    if let Some(path) = paths.iter().find(|p| !force && p.exists()) {
        return Err(WriteError::Exists { path: path.clone() });
    }
    std::fs::create_dir_all(dir).map_err(|source| WriteError::Io {
        path: dir.to_path_buf(),
        source,
    })?;
    for (pattern, path) in patterns.iter().zip(&paths) {
        let text = to_ron(pattern)?;
        std::fs::write(path, text).map_err(|source| WriteError::Io {
            path: path.clone(),
            source,
        })?;
    }
    Ok(paths)
}

/// A pattern as a RON file in the layout of `patterns/`.
pub fn to_ron(pattern: &Pattern) -> Result<String, WriteError> {
    let config = ron::ser::PrettyConfig::new()
        .depth_limit(3)
        .struct_names(false)
        .indentor("    ".to_owned());
    let body = ron::ser::to_string_pretty(pattern, config).map_err(|e| WriteError::Format {
        id: pattern.id.clone(),
        message: e.to_string(),
    })?;
    let source = pattern.imported_from.as_deref().unwrap_or("Plinth");
    Ok(format!(
        "// {} ({source}).\n// Schema: docs/catalog-format.md\n{body}\n",
        pattern.name
    ))
}
