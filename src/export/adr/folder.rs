//! An ADR folder on disk: numbers from file names, writing a new ADR that
//! never overwrites anything, and superseding an old one.
//!
//! Numbers come from the file name's digit prefix (`0007-…md`); log4brains'
//! `YYYYMMDD-…md` names are dates, not numbers, so those ADRs are
//! unnumbered. The next number is the highest + 1 (gaps are not filled, as
//! adr-tools does). Two branches that each took "the next number" merge
//! cleanly in git: such duplicates are reported, never silently fixed.

use std::collections::BTreeMap;
use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::read::read_meta;
use super::supersede::{Successor, mark_superseded};
use super::{AdrSource, Detail, Dialect, file_name, render_adr_with};

/// An ADR already in the folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExistingAdr {
    /// From the file name; `None` for a log4brains `YYYYMMDD-` name.
    pub number: Option<u32>,
    /// The H1 (without a Nygard number), or the file name when there is none.
    pub title: String,
    pub file: PathBuf,
    pub dialect: Option<Dialect>,
    pub status: Option<String>,
    pub date: Option<String>,
}

impl ExistingAdr {
    /// The bare file name, for links between ADRs of one folder.
    pub fn file_name(&self) -> String {
        self.file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    }
}

/// What a folder holds.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FolderScan {
    /// Every `*.md` file whose name starts with digits, by file name.
    pub adrs: Vec<ExistingAdr>,
    /// Numbers used by more than one file, with those files.
    pub duplicates: Vec<(u32, Vec<PathBuf>)>,
    /// The highest number + 1 (1 in an empty folder).
    pub next_number: u32,
}

/// The ADR just written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrittenAdr {
    pub number: u32,
    pub path: PathBuf,
    /// The old ADR whose status now points at this one.
    pub superseded: Option<PathBuf>,
    /// Duplicate numbers already in the folder (worth a warning).
    pub duplicates: Vec<(u32, Vec<PathBuf>)>,
}

/// Why a folder operation failed; nothing was changed in every case.
#[derive(Debug, thiserror::Error)]
pub enum AdrFolderError {
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: io::Error },
    #[error("{0}: the file already exists; an ADR is never overwritten")]
    WouldOverwrite(PathBuf),
    #[error("ADR number {number} is already used by {}", names(files))]
    NumberTaken { number: u32, files: Vec<PathBuf> },
    #[error("{dir}: there is no ADR number {number} to supersede")]
    NoSuchAdr { dir: PathBuf, number: u32 },
    #[error(
        "ADR number {number} is used by several files ({}); rename one first",
        names(files)
    )]
    AmbiguousAdr { number: u32, files: Vec<PathBuf> },
    #[error("{file}: cannot mark it superseded: {reason}")]
    CannotSupersede { file: PathBuf, reason: String },
    #[error("{file}: cannot change its status: {reason}")]
    CannotChangeStatus { file: PathBuf, reason: String },
    #[error("{0}: no ADR number is left after {max}", max = u32::MAX)]
    NumbersExhausted(PathBuf),
}

fn names(files: &[PathBuf]) -> String {
    files
        .iter()
        .map(|f| f.display().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

pub(super) fn io_error(path: &Path) -> impl FnOnce(io::Error) -> AdrFolderError + '_ {
    move |source| AdrFolderError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// How a file name counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum NameNumber {
    Numbered(u32),
    /// log4brains' `YYYYMMDD-slug.md`, or digits too many for a number.
    Unnumbered,
    /// Not an ADR file (no `.md`, no leading digit).
    NotAdr,
}

pub(super) fn name_number(name: &str) -> NameNumber {
    let is_md = name.len() > 3
        && name.is_char_boundary(name.len() - 3)
        && name[name.len() - 3..].eq_ignore_ascii_case(".md");
    let digits = name.chars().take_while(char::is_ascii_digit).count();
    if !is_md || digits == 0 {
        return NameNumber::NotAdr;
    }
    if digits == 8 && name[8..].starts_with('-') && is_date(&name[..8]) {
        return NameNumber::Unnumbered;
    }
    name[..digits]
        .parse()
        .map_or(NameNumber::Unnumbered, NameNumber::Numbered)
}

fn is_date(digits: &str) -> bool {
    let part = |range: std::ops::Range<usize>| digits[range].parse::<u32>().unwrap_or(0);
    (1900..=2999).contains(&part(0..4))
        && (1..=12).contains(&part(4..6))
        && (1..=31).contains(&part(6..8))
}

/// Reads the ADRs of a folder; a folder that does not exist is empty.
pub fn scan_folder(dir: &Path) -> Result<FolderScan, AdrFolderError> {
    let mut adrs = Vec::new();
    for (path, number) in adr_files(dir)? {
        let text = fs::read(&path).map_err(io_error(&path))?;
        let meta = read_meta(&String::from_utf8_lossy(&text));
        let fallback = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        adrs.push(ExistingAdr {
            number,
            title: meta.title.filter(|t| !t.is_empty()).unwrap_or(fallback),
            file: path,
            dialect: meta.dialect,
            status: meta.status,
            date: meta.date,
        });
    }
    let mut by_number: BTreeMap<u32, Vec<PathBuf>> = BTreeMap::new();
    for adr in &adrs {
        if let Some(n) = adr.number {
            by_number.entry(n).or_default().push(adr.file.clone());
        }
    }
    let next_number = by_number
        .keys()
        .next_back()
        .map_or(Some(1), |max| max.checked_add(1));
    let next_number =
        next_number.ok_or_else(|| AdrFolderError::NumbersExhausted(dir.to_path_buf()))?;
    let duplicates = by_number
        .into_iter()
        .filter(|(_, files)| files.len() > 1)
        .collect();
    Ok(FolderScan {
        adrs,
        duplicates,
        next_number,
    })
}

/// `*.md` files whose name starts with a digit, by name, with their number.
pub(super) fn adr_files(dir: &Path) -> Result<Vec<(PathBuf, Option<u32>)>, AdrFolderError> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(io_error(dir)(e)),
    };
    let mut files = Vec::new();
    for entry in entries {
        let path = entry.map_err(io_error(dir))?.path();
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let number = match name_number(&name) {
            NameNumber::NotAdr => continue,
            NameNumber::Numbered(n) => Some(n),
            NameNumber::Unnumbered => None,
        };
        if path.is_file() {
            files.push((path, number));
        }
    }
    files.sort();
    Ok(files)
}

/// Writes a new ADR into `dir` (created if missing) with the next number.
/// Never overwrites anything. With `supersedes: Some(n)`, ADR `n`'s status
/// is rewritten (in its own dialect, through a temporary file and a rename)
/// to point at the new ADR, which links back to it.
pub fn write_adr(
    dir: &Path,
    source: &AdrSource,
    dialect: Dialect,
    supersedes: Option<u32>,
) -> Result<WrittenAdr, AdrFolderError> {
    write_adr_with(dir, source, dialect, supersedes, Detail::Short)
}

/// [`write_adr`] with the detail chosen (`Detail::Full` adds the appendix).
pub fn write_adr_with(
    dir: &Path,
    source: &AdrSource,
    dialect: Dialect,
    supersedes: Option<u32>,
    detail: Detail,
) -> Result<WrittenAdr, AdrFolderError> {
    let scan = scan_folder(dir)?;
    let target = Target {
        dialect,
        number: scan.next_number,
        supersedes,
        detail,
    };
    write_numbered(dir, &scan, source, &target)
}

/// Where and how a new ADR is written.
struct Target {
    dialect: Dialect,
    number: u32,
    supersedes: Option<u32>,
    detail: Detail,
}

/// Like [`write_adr`] with a number chosen by the caller; refuses a number
/// that a file already uses.
pub fn write_adr_as(
    dir: &Path,
    source: &AdrSource,
    dialect: Dialect,
    number: u32,
    supersedes: Option<u32>,
) -> Result<WrittenAdr, AdrFolderError> {
    let scan = scan_folder(dir)?;
    let taken: Vec<PathBuf> = scan
        .adrs
        .iter()
        .filter(|a| a.number == Some(number))
        .map(|a| a.file.clone())
        .collect();
    if !taken.is_empty() {
        return Err(AdrFolderError::NumberTaken {
            number,
            files: taken,
        });
    }
    let target = Target {
        dialect,
        number,
        supersedes,
        detail: Detail::Short,
    };
    write_numbered(dir, &scan, source, &target)
}

fn write_numbered(
    dir: &Path,
    scan: &FolderScan,
    source: &AdrSource,
    target: &Target,
) -> Result<WrittenAdr, AdrFolderError> {
    let Target {
        dialect,
        number,
        supersedes,
        detail,
    } = *target;
    let title = &source.workspace.decision.title;
    let path = dir.join(file_name(number, title, dialect));
    let old = supersedes.map(|n| find_one(dir, scan, n)).transpose()?;
    let rewritten = match old {
        Some(old) => Some(superseded_text(old, number, title, &path)?),
        None => None,
    };
    let text = render_adr_with(&source.numbered(number, old), dialect, detail);
    fs::create_dir_all(dir).map_err(io_error(dir))?;
    create_new(&path, &text)?;
    if let (Some(old), Some(rewritten)) = (old, rewritten)
        && let Err(e) = replace(&old.file, &rewritten)
    {
        let _ = fs::remove_file(&path);
        return Err(e);
    }
    Ok(WrittenAdr {
        number,
        path,
        superseded: old.map(|o| o.file.clone()),
        duplicates: scan.duplicates.clone(),
    })
}

pub(super) fn find_one<'s>(
    dir: &Path,
    scan: &'s FolderScan,
    number: u32,
) -> Result<&'s ExistingAdr, AdrFolderError> {
    let matches: Vec<&ExistingAdr> = scan
        .adrs
        .iter()
        .filter(|a| a.number == Some(number))
        .collect();
    match matches.as_slice() {
        [one] => Ok(one),
        [] => Err(AdrFolderError::NoSuchAdr {
            dir: dir.to_path_buf(),
            number,
        }),
        many => Err(AdrFolderError::AmbiguousAdr {
            number,
            files: many.iter().map(|a| a.file.clone()).collect(),
        }),
    }
}

fn superseded_text(
    old: &ExistingAdr,
    number: u32,
    title: &str,
    new_path: &Path,
) -> Result<String, AdrFolderError> {
    let text = fs::read(&old.file).map_err(io_error(&old.file))?;
    let new_file = new_path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let successor = Successor {
        number,
        title,
        file: &new_file,
    };
    mark_superseded(&String::from_utf8_lossy(&text), old.dialect, &successor).map_err(|reason| {
        AdrFolderError::CannotSupersede {
            file: old.file.clone(),
            reason,
        }
    })
}

/// Creates `path`, failing if anything already has that name.
fn create_new(path: &Path, text: &str) -> Result<(), AdrFolderError> {
    crate::storage::atomic::create_new(path, text.as_bytes()).map_err(|e| {
        if e.kind() == io::ErrorKind::AlreadyExists {
            AdrFolderError::WouldOverwrite(path.to_path_buf())
        } else {
            io_error(path)(e)
        }
    })
}

/// Replaces `path` through a temporary file beside it and a rename, so the
/// old ADR is either untouched or fully rewritten.
pub(super) fn replace(path: &Path, text: &str) -> Result<(), AdrFolderError> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temporary = path.with_file_name(format!(".{name}.plinth-{}.tmp", std::process::id()));
    let _ = fs::remove_file(&temporary);
    let written = File::create(&temporary)
        .and_then(|mut f| f.write_all(text.as_bytes()).and_then(|()| f.sync_all()))
        .and_then(|()| fs::rename(&temporary, path));
    written.map_err(|e| {
        let _ = fs::remove_file(&temporary);
        io_error(path)(e)
    })
}
