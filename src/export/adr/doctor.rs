//! The ADR doctor: what each ADR file of a folder is written in, and what
//! its readers would trip over — duplicate numbers, a missing status or
//! date, a "superseded" status pointing nowhere, a Nygard heading number
//! that differs from the file name, and names Backstage and Structurizr
//! skip (they only read `^\d{4}-.+\.md$`).

use std::collections::BTreeMap;
use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::Dialect;
use super::folder::{AdrFolderError, adr_files};
use super::read::{AdrMeta, SupersededBy, read_meta, superseded_by};

/// One thing wrong with one ADR file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AdrProblem {
    /// Every file (this one included) that uses the number.
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
        }
    }
}

/// One ADR file: its format and its problems.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileReport {
    /// The file name within the folder.
    pub name: String,
    pub number: Option<u32>,
    pub dialect: Option<Dialect>,
    pub problems: Vec<AdrProblem>,
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
        for file in &self.files {
            writeln!(f, "{}: dialect {}", file.name, dialect_label(file.dialect))?;
            for problem in &file.problems {
                writeln!(f, "{}: {problem}", file.name)?;
            }
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
            "{}: {} ADR file(s){kinds}, {} problem(s)",
            self.dir.display(),
            self.files.len(),
            self.problem_count()
        )
    }
}

/// Examines every ADR file of `dir`.
pub fn doctor(dir: &Path) -> Result<DoctorReport, AdrFolderError> {
    if !dir.is_dir() {
        let source = io::Error::new(io::ErrorKind::NotFound, "not a folder");
        return Err(AdrFolderError::Io {
            path: dir.to_path_buf(),
            source,
        });
    }
    let files = adr_files(dir)?;
    let mut by_number: BTreeMap<u32, Vec<String>> = BTreeMap::new();
    let mut read = Vec::new();
    for (path, number) in files {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let bytes = fs::read(&path).map_err(|source| AdrFolderError::Io {
            path: path.clone(),
            source,
        })?;
        if let Some(n) = number {
            by_number.entry(n).or_default().push(name.clone());
        }
        let not_utf8 = std::str::from_utf8(&bytes).err().map(|e| {
            let line = 1 + bytes[..e.valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count();
            AdrProblem::NotUtf8 { line }
        });
        let meta = read_meta(&String::from_utf8_lossy(&bytes));
        read.push((name, number, meta, not_utf8));
    }
    let files = read
        .into_iter()
        .map(|(name, number, meta, not_utf8)| {
            let mut report = examine(dir, &by_number, name, number, &meta);
            report.problems.extend(not_utf8);
            report
        })
        .collect();
    Ok(DoctorReport {
        dir: dir.to_path_buf(),
        files,
    })
}

fn examine(
    dir: &Path,
    by_number: &BTreeMap<u32, Vec<String>>,
    name: String,
    number: Option<u32>,
    meta: &AdrMeta,
) -> FileReport {
    let mut problems = Vec::new();
    if let Some(n) = number
        && let Some(files) = by_number.get(&n).filter(|files| files.len() > 1)
    {
        problems.push(AdrProblem::DuplicateNumber {
            number: n,
            files: files.clone(),
        });
    }
    match &meta.status {
        None => problems.push(AdrProblem::MissingStatus),
        Some(status) => problems.extend(link_problem(dir, by_number, status)),
    }
    if meta.date.is_none() {
        problems.push(AdrProblem::MissingDate);
    }
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
