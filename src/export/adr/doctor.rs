//! The ADR doctor: what each ADR file of a folder is written in, and what
//! its readers would trip over. Problems (exit 1) break a reader or a link:
//! duplicate numbers (counted once, whatever the number of files), broken
//! supersede links, unreadable files, a Nygard heading number that differs
//! from the file name, names Backstage and Structurizr skip (they only read
//! `^\d{4}-.+\.md$`), and a status or date missing where the dialect needs
//! it. Notes (exit 0) are fields the dialect makes optional: MADR's status
//! and date, log4brains' date. `strict` turns notes into problems.

use std::collections::BTreeMap;
use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::Dialect;
use super::folder::{AdrFolderError, adr_files};
use super::read::{AdrMeta, SupersededBy, read_meta, superseded_by};

/// One thing about one ADR file (a problem or a note, see [`Severity`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AdrProblem {
    /// Every file that uses the number; reported once, on the first.
    DuplicateNumber {
        number: u32,
        files: Vec<String>,
    },
    MissingStatus,
    MissingDate,
    /// A superseded-by link to a file that is not in the folder.
    SupersededByMissingFile(String),
    /// `superseded by ADR-N` where no file has number N.
    SupersededByMissingNumber(u32),
    /// "Superseded" without saying by what.
    SupersededByNothing,
    /// A Nygard `# N. Title` whose N is not the file's number.
    HeadingNumberMismatch {
        heading: u32,
        file: u32,
    },
    /// The name does not match `^\d{4}-.+\.md$`.
    NameNotRead,
    /// Bytes that are not UTF-8, first on this 1-based line.
    NotUtf8 {
        line: usize,
    },
    /// The file could not be read at all.
    Unreadable(String),
}

impl fmt::Display for AdrProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::DuplicateNumber { number, files } => {
                write!(f, "number {number} is used by {} files: {}", files.len(), files.join(", "))
            }
            Self::MissingStatus => f.write_str("no status"),
            Self::MissingDate => f.write_str("no date"),
            Self::SupersededByMissingFile(target) => write!(f, "superseded by `{target}`, which is not in the folder"),
            Self::SupersededByMissingNumber(n) => write!(f, "superseded by ADR {n}, which is not in the folder"),
            Self::SupersededByNothing => f.write_str("superseded, but the status does not say by which ADR"),
            Self::HeadingNumberMismatch { heading, file } => {
                write!(f, "the heading says ADR {heading} but the file name says {file}")
            }
            Self::NotUtf8 { line } => {
                write!(f, "line {line}: the file is not valid UTF-8 text; readers will show garbage")
            }
            Self::NameNotRead => {
                f.write_str("Backstage and Structurizr skip this name: they read only NNNN-title.md (four digits)")
            }
            Self::Unreadable(reason) => write!(f, "cannot be read: {reason}"),
        }
    }
}

/// How much a finding matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// A reader or a link breaks: `adr doctor` exits 1.
    Problem,
    /// A field the dialect makes optional is absent: worth knowing, exit 0.
    Note,
}

impl Severity {
    pub fn key(self) -> &'static str {
        match self {
            Self::Problem => "problem",
            Self::Note => "note",
        }
    }
}

/// One ADR file: its format, its problems and its notes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileReport {
    /// The file name within the folder.
    pub name: String,
    pub number: Option<u32>,
    pub dialect: Option<Dialect>,
    pub problems: Vec<AdrProblem>,
    /// Optional fields the file leaves out (problems under `--strict`).
    pub notes: Vec<AdrProblem>,
}

/// The doctor's findings for a folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DoctorReport {
    pub dir: PathBuf,
    /// Every `*.md` file whose name starts with a digit, by name.
    pub files: Vec<FileReport>,
}

impl DoctorReport {
    pub fn is_clean(&self) -> bool {
        self.problem_count() == 0
    }

    pub fn problem_count(&self) -> usize {
        self.files.iter().map(|f| f.problems.len()).sum()
    }

    pub fn note_count(&self) -> usize {
        self.files.iter().map(|f| f.notes.len()).sum()
    }

    /// Every finding as (severity, file, what), problems first.
    pub fn findings(&self) -> Vec<(Severity, &str, &AdrProblem)> {
        let of = |severity: Severity| {
            self.files.iter().flat_map(move |f| {
                let list = match severity {
                    Severity::Problem => &f.problems,
                    Severity::Note => &f.notes,
                };
                list.iter().map(move |p| (severity, f.name.as_str(), p))
            })
        };
        of(Severity::Problem).chain(of(Severity::Note)).collect()
    }
}

/// How a dialect is named in the report.
pub fn dialect_label(dialect: Option<Dialect>) -> &'static str {
    match dialect {
        Some(Dialect::Madr) => "madr",
        Some(Dialect::Log4brains) => "log4brains or madr 2",
        Some(Dialect::Nygard) => "nygard",
        None => "unknown",
    }
}

impl fmt::Display for DoctorReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (severity, name, what) in self.findings() {
            write!(f, "{name}: {}: {what}", severity.key())?;
            let dialect = self
                .files
                .iter()
                .find(|r| r.name == name)
                .and_then(|r| r.dialect);
            match (severity, optional_because(dialect, what)) {
                (Severity::Note, Some(why)) => writeln!(f, " ({why})")?,
                _ => writeln!(f)?,
            }
        }
        for file in &self.files {
            writeln!(f, "{}: dialect {}", file.name, dialect_label(file.dialect))?;
        }
        let mut dialects: BTreeMap<&str, usize> = BTreeMap::new();
        for file in &self.files {
            *dialects.entry(dialect_label(file.dialect)).or_default() += 1;
        }
        let kinds: Vec<String> = dialects.iter().map(|(d, n)| format!("{n} {d}")).collect();
        let kinds = if kinds.is_empty() {
            String::new()
        } else {
            format!(" ({})", kinds.join(", "))
        };
        writeln!(
            f,
            "{}: {}{kinds}, {}, {}",
            self.dir.display(),
            counted(self.files.len(), "ADR file"),
            counted(self.problem_count(), "problem"),
            counted(self.note_count(), "note")
        )
    }
}

/// "1 note", "2 notes".
fn counted(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// Examines every ADR file of `dir`; notes stay notes.
pub fn doctor(dir: &Path) -> Result<DoctorReport, AdrFolderError> {
    doctor_with(dir, false)
}

/// Examines every ADR file of `dir`; with `strict`, notes count as problems.
pub fn doctor_with(dir: &Path, strict: bool) -> Result<DoctorReport, AdrFolderError> {
    if !dir.is_dir() {
        let source = io::Error::new(io::ErrorKind::NotFound, "not a folder");
        return Err(AdrFolderError::Io {
            path: dir.to_path_buf(),
            source,
        });
    }
    let mut by_number: BTreeMap<u32, Vec<String>> = BTreeMap::new();
    let mut read = Vec::new();
    for (path, number) in adr_files(dir)? {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if let Some(n) = number {
            by_number.entry(n).or_default().push(name.clone());
        }
        read.push((name, number, read_file(&path)));
    }
    let files = read
        .into_iter()
        .map(|(name, number, text)| {
            let mut report = match text {
                Ok((meta, not_utf8)) => {
                    let mut report = examine(dir, &by_number, name, number, &meta);
                    report.problems.extend(not_utf8);
                    report
                }
                Err(problem) => unreadable(&by_number, name, number, problem),
            };
            if strict {
                report.problems.append(&mut report.notes);
            }
            report
        })
        .collect();
    Ok(DoctorReport {
        dir: dir.to_path_buf(),
        files,
    })
}

/// The file's metadata, and where it stops being UTF-8.
fn read_file(path: &Path) -> Result<(AdrMeta, Option<AdrProblem>), AdrProblem> {
    let bytes = fs::read(path).map_err(|e| AdrProblem::Unreadable(e.to_string()))?;
    let not_utf8 = std::str::from_utf8(&bytes).err().map(|e| {
        let line = 1 + bytes[..e.valid_up_to()]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        AdrProblem::NotUtf8 { line }
    });
    Ok((read_meta(&String::from_utf8_lossy(&bytes)), not_utf8))
}

fn unreadable(
    by_number: &BTreeMap<u32, Vec<String>>,
    name: String,
    number: Option<u32>,
    problem: AdrProblem,
) -> FileReport {
    let mut problems: Vec<AdrProblem> = duplicate(by_number, &name, number).into_iter().collect();
    problems.push(problem);
    FileReport {
        name,
        number,
        dialect: None,
        problems,
        notes: Vec::new(),
    }
}

/// The duplicate-number problem, on the first file using the number only.
fn duplicate(
    by_number: &BTreeMap<u32, Vec<String>>,
    name: &str,
    number: Option<u32>,
) -> Option<AdrProblem> {
    let n = number?;
    let files = by_number.get(&n).filter(|files| files.len() > 1)?;
    (files.first().map(String::as_str) == Some(name)).then(|| AdrProblem::DuplicateNumber {
        number: n,
        files: files.clone(),
    })
}

/// Whether a dialect's readers do without the field: MADR makes status
/// and date optional (its own records leave both out); log4brains takes
/// the date from git when the `- Date:` item is missing; adr-tools always
/// writes both, and a file of no known dialect has no other place for them.
fn optional(dialect: Option<Dialect>, field: &AdrProblem) -> bool {
    optional_because(dialect, field).is_some()
}

/// Why the field may be missing, when the dialect allows it.
fn optional_because(dialect: Option<Dialect>, field: &AdrProblem) -> Option<&'static str> {
    match (dialect, field) {
        (Some(Dialect::Madr), AdrProblem::MissingStatus | AdrProblem::MissingDate) => {
            Some("optional in MADR")
        }
        (Some(Dialect::Log4brains), AdrProblem::MissingDate) => {
            Some("optional in log4brains, which takes the date from git")
        }
        (Some(Dialect::Madr | Dialect::Log4brains | Dialect::Nygard) | None, _) => None,
    }
}

fn examine(
    dir: &Path,
    by_number: &BTreeMap<u32, Vec<String>>,
    name: String,
    number: Option<u32>,
    meta: &AdrMeta,
) -> FileReport {
    let mut problems: Vec<AdrProblem> = duplicate(by_number, &name, number).into_iter().collect();
    let mut missing = Vec::new();
    match &meta.status {
        None => missing.push(AdrProblem::MissingStatus),
        Some(status) => problems.extend(link_problem(dir, by_number, status)),
    }
    if meta.date.is_none() {
        missing.push(AdrProblem::MissingDate);
    }
    let (notes, required): (Vec<_>, Vec<_>) =
        missing.into_iter().partition(|m| optional(meta.dialect, m));
    problems.extend(required);
    if let (Some(heading), Some(file)) = (meta.heading_number, number)
        && meta.dialect == Some(Dialect::Nygard)
        && heading != file
    {
        problems.push(AdrProblem::HeadingNumberMismatch { heading, file });
    }
    if !readable_name(&name) {
        problems.push(AdrProblem::NameNotRead);
    }
    FileReport {
        name,
        number,
        dialect: meta.dialect,
        problems,
        notes,
    }
}

fn link_problem(
    dir: &Path,
    by_number: &BTreeMap<u32, Vec<String>>,
    status: &str,
) -> Option<AdrProblem> {
    match superseded_by(status)? {
        SupersededBy::Number(n) => {
            (!by_number.contains_key(&n)).then_some(AdrProblem::SupersededByMissingNumber(n))
        }
        SupersededBy::Unstated => Some(AdrProblem::SupersededByNothing),
        SupersededBy::File(target) => {
            let file = target.split('#').next().unwrap_or_default();
            let remote = target.contains("://");
            (!remote && !dir.join(file).is_file())
                .then_some(AdrProblem::SupersededByMissingFile(target))
        }
    }
}

/// `^\d{4}-.+\.md$`.
fn readable_name(name: &str) -> bool {
    let bytes = name.as_bytes();
    bytes.len() > 8
        && bytes[..4].iter().all(u8::is_ascii_digit)
        && bytes[4] == b'-'
        && name.ends_with(".md")
}

#[cfg(test)]
#[path = "doctor_tests.rs"]
mod tests;
