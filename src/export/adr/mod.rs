//! ADR export: a decision record generated from the workspace (never an
//! empty template) in three dialects — MADR 4, log4brains (MADR 2 style) and
//! Nygard/adr-tools — plus collision-safe numbering in an ADR folder and the
//! ADR doctor.
//!
//! Rendering is pure: the date, the number and the mermaid text come in as
//! arguments. `folder` and `doctor` are the only parts that touch files.
//! Every piece of user text goes through `markdown` (one escaping module).

mod appendix;
mod choice;
mod consequences;
mod content;
mod distinguish;
mod doc;
pub mod doctor;
pub mod folder;
#[cfg(test)]
mod folder_tests;
#[cfg(test)]
mod golden;
pub mod index;
pub mod lifecycle;
mod lines;
mod log4brains;
mod madr;
pub mod markdown;
mod nygard;
mod option_points;
#[cfg(test)]
mod props;
pub mod read;
mod sentence;
mod status;
#[cfg(test)]
mod structure;
mod supersede;

use std::fmt;
use std::str::FromStr;

use crate::catalog::Catalog;
use crate::evaluate::DatumChoice;
use crate::scoring::Ranking;
use crate::workspace::Workspace;

pub use appendix::Detail;
pub use doctor::{DoctorReport, doctor};
pub use folder::{
    AdrFolderError, ExistingAdr, FolderScan, WrittenAdr, scan_folder, write_adr, write_adr_as,
    write_adr_with,
};
pub use lifecycle::{NewStatus, StatusChanged, change_status};

/// The ADR flavours Plinth writes, one per family of readers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Dialect {
    /// MADR 4.0: YAML front matter, the default.
    Madr,
    /// log4brains: a `- Status:` list after the H1, MADR 2 headings.
    Log4brains,
    /// Michael Nygard's format as adr-tools writes it.
    Nygard,
}

impl Dialect {
    pub const ALL: [Self; 3] = [Self::Madr, Self::Log4brains, Self::Nygard];

    /// The name used on the command line.
    pub fn key(self) -> &'static str {
        match self {
            Self::Madr => "madr",
            Self::Log4brains => "log4brains",
            Self::Nygard => "nygard",
        }
    }
}

impl fmt::Display for Dialect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// An unknown dialect name.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown ADR dialect `{0}`: expected madr, log4brains or nygard")]
pub struct UnknownDialect(pub String);

impl FromStr for Dialect {
    type Err = UnknownDialect;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let key = s.trim().to_ascii_lowercase();
        Self::ALL
            .into_iter()
            .find(|d| d.key() == key)
            .ok_or_else(|| UnknownDialect(s.to_owned()))
    }
}

/// What an ADR is generated from, before the folder gives it a number.
#[derive(Debug, Clone, Copy)]
pub struct AdrSource<'a> {
    pub workspace: &'a Workspace,
    pub catalog: &'a Catalog,
    pub ranking: &'a Ranking,
    /// `YYYY-MM-DD`; the domain has no clock.
    pub date: &'a str,
    /// Mermaid text of the chosen candidate, embedded as a ```mermaid block.
    pub diagram: Option<&'a str>,
    /// The candidate every other is compared with, after the comparison table.
    pub datum: DatumChoice,
}

impl<'a> AdrSource<'a> {
    /// The full input for ADR `number`.
    pub fn numbered(&self, number: u32, supersedes: Option<&'a ExistingAdr>) -> AdrInput<'a> {
        AdrInput {
            workspace: self.workspace,
            catalog: self.catalog,
            ranking: self.ranking,
            number,
            date: self.date,
            diagram: self.diagram,
            datum: self.datum,
            supersedes,
        }
    }
}

/// Everything one ADR is rendered from.
#[derive(Debug, Clone, Copy)]
pub struct AdrInput<'a> {
    pub workspace: &'a Workspace,
    pub catalog: &'a Catalog,
    pub ranking: &'a Ranking,
    /// The ADR number (Nygard's H1 and every file name).
    pub number: u32,
    /// `YYYY-MM-DD`; the domain has no clock.
    pub date: &'a str,
    /// Mermaid text of the chosen candidate, embedded as a ```mermaid block.
    pub diagram: Option<&'a str>,
    /// The candidate every other is compared with, after the comparison table.
    pub datum: DatumChoice,
    /// The ADR this one replaces: the new one links back to it.
    pub supersedes: Option<&'a ExistingAdr>,
}

/// Renders one ADR in a dialect, in its short form.
pub fn render_adr(input: &AdrInput, dialect: Dialect) -> String {
    render_adr_with(input, dialect, Detail::Short)
}

/// Renders one ADR in a dialect; `Detail::Full` adds the appendix with
/// every point.
pub fn render_adr_with(input: &AdrInput, dialect: Dialect, detail: Detail) -> String {
    let content = content::AdrContent::build(input);
    let mut text = match dialect {
        Dialect::Madr => madr::render(&content),
        Dialect::Log4brains => log4brains::render(&content),
        Dialect::Nygard => nygard::render(&content),
    };
    if detail == Detail::Full {
        text.push('\n');
        text.push_str(&appendix::render(input, dialect));
    }
    text
}

/// `NNNN-title-with-dashes.md`: a 4-digit number (more when it needs more)
/// and an ASCII slug of at most 60 characters, never empty.
pub fn file_name(number: u32, title: &str, _dialect: Dialect) -> String {
    // Every dialect gets the numbered name: Backstage and Structurizr's MADR
    // and adr-tools importers read only `^\d{4}-.+\.md$`, and log4brains
    // reads any `.md` file (its own `YYYYMMDD-` names are a convention).
    format!("{number:04}-{}.md", slug(title))
}

/// The folder each tool looks in by default.
pub fn default_folder(dialect: Dialect) -> &'static str {
    match dialect {
        Dialect::Madr => "docs/decisions",
        Dialect::Log4brains => "docs/adr",
        Dialect::Nygard => "doc/adr",
    }
}

const SLUG_MAX_CHARS: usize = 60;

/// Lowercase ASCII letters and digits joined by single dashes; accented
/// Latin letters lose their accent, anything else separates words.
pub fn slug(title: &str) -> String {
    let mut out = String::new();
    for c in title.chars().flat_map(fold_accent) {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    if out.len() > SLUG_MAX_CHARS {
        out.truncate(SLUG_MAX_CHARS);
        if let Some(cut) = out.rfind('-').filter(|&i| i > SLUG_MAX_CHARS / 2) {
            out.truncate(cut);
        }
    }
    let out = out.trim_matches('-');
    if out.is_empty() {
        "decision".to_owned()
    } else {
        out.to_owned()
    }
}

fn fold_accent(c: char) -> Vec<char> {
    const TABLE: &[(&str, &str)] = &[
        ("àáâãäåā", "a"),
        ("çćč", "c"),
        ("èéêëēę", "e"),
        ("ìíîïī", "i"),
        ("ñń", "n"),
        ("òóôõöøō", "o"),
        ("ùúûüū", "u"),
        ("ýÿ", "y"),
        ("śš", "s"),
        ("źżž", "z"),
        ("ł", "l"),
        ("ß", "ss"),
        ("æ", "ae"),
        ("œ", "oe"),
    ];
    let lower = c.to_lowercase().next().unwrap_or(c);
    TABLE
        .iter()
        .find(|(from, _)| from.contains(lower))
        .map_or_else(|| vec![c], |(_, to)| to.chars().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dialects_parse_from_their_keys() {
        for dialect in Dialect::ALL {
            assert_eq!(dialect.key().parse::<Dialect>(), Ok(dialect));
        }
        assert_eq!(" MADR ".parse::<Dialect>(), Ok(Dialect::Madr));
        assert!("adr-tools".parse::<Dialect>().is_err());
    }

    #[test]
    fn file_names_are_numbered_slugs() {
        assert_eq!(
            file_name(7, "Use PostgreSQL 16!", Dialect::Madr),
            "0007-use-postgresql-16.md"
        );
        assert_eq!(file_name(12345, "x", Dialect::Nygard), "12345-x.md");
        assert_eq!(
            file_name(1, "Crème brûlée & Straße", Dialect::Log4brains),
            "0001-creme-brulee-strasse.md"
        );
        assert_eq!(
            file_name(1, "# --- <script>", Dialect::Madr),
            "0001-script.md"
        );
        assert_eq!(file_name(1, "日本語", Dialect::Madr), "0001-decision.md");
    }

    #[test]
    fn long_slugs_are_cut_at_a_word() {
        let title =
            "Architecture for the first year of the shop with a very long explanation attached";
        let slug = slug(title);
        assert!(slug.len() <= SLUG_MAX_CHARS, "{slug}");
        assert_eq!(
            slug,
            "architecture-for-the-first-year-of-the-shop-with-a-very"
        );
    }

    #[test]
    fn default_folders_follow_each_tool() {
        assert_eq!(default_folder(Dialect::Madr), "docs/decisions");
        assert_eq!(default_folder(Dialect::Log4brains), "docs/adr");
        assert_eq!(default_folder(Dialect::Nygard), "doc/adr");
    }
}
