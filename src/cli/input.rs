//! What the scoring and review commands read: a workspace file or mermaid
//! files, and the context options that override the workspace's.

use std::path::{Path, PathBuf};

use clap::Args;

use crate::catalog::{Catalog, Facet, QualityAttribute};
use crate::context::{EvaluationContext, Experience, MAX_WEIGHT};
use crate::evaluate::DatumChoice;
use crate::scoring::Ranking;
use crate::workspace::Workspace;

/// `--datum NAME`, for every output that compares candidates with a datum.
#[derive(Debug, Clone, Default, Args)]
pub struct DatumArgs {
    /// Compare every candidate with this one, criterion by criterion (better,
    /// same, worse). Default: the status quo, a candidate whose name contains
    /// "status quo" or "as is", or begins with "Current" or "Existing".
    #[arg(long, value_name = "NAME")]
    pub datum: Option<String>,
}

impl DatumArgs {
    /// The datum for this ranking; a name no candidate has is an error
    /// (`--datum: ...`) that lists the names.
    pub fn choice(&self, ranking: &Ranking) -> Result<DatumChoice, String> {
        DatumChoice::by_name(ranking, self.datum.as_deref()).map_err(|m| format!("--datum: {m}"))
    }
}

/// Context options shared by `score` and `check`.
#[derive(Debug, Clone, Default, Args)]
pub struct ContextArgs {
    /// Team size in engineers (overrides the workspace's).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub team: Option<u32>,
    /// Team experience: junior, mixed or senior.
    #[arg(long, value_name = "E", value_parser = parse_experience)]
    pub experience: Option<Experience>,
    /// Complexity budget: the total pattern complexity the team can afford.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(0..=10_000))]
    pub budget: Option<u32>,
    /// A quality attribute's weight, 0-5 (repeatable), e.g. `--weight scalability=5`.
    /// The weights you set are your priorities: set none (here or in the
    /// workspace), and every attribute counts 3; set any, and the attributes
    /// not set count 0. So `--weight latency=3` alone scores on latency only.
    #[arg(long = "weight", value_name = "ATTR=W", value_parser = parse_weight)]
    pub weights: Vec<(QualityAttribute, u8)>,
    /// A facet the design must have (repeatable), e.g. `--require needs_llm`.
    #[arg(long = "require", value_name = "FACET", value_parser = parse_facet)]
    pub required: Vec<Facet>,
    /// A facet the design must not have (repeatable), e.g. `--forbid needs_kubernetes`.
    #[arg(long = "forbid", value_name = "FACET", value_parser = parse_facet)]
    pub forbidden: Vec<Facet>,
    /// No pattern may be more complex than this (1-5).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u8).range(1..=5))]
    pub max_complexity: Option<u8>,
}

impl ContextArgs {
    /// The context with these options applied on top.
    pub fn apply(&self, mut context: EvaluationContext) -> EvaluationContext {
        if let Some(team) = self.team {
            context.team_size = team;
        }
        if let Some(experience) = self.experience {
            context.experience = experience;
        }
        if let Some(budget) = self.budget {
            context.complexity_budget = budget;
        }
        for (attribute, weight) in &self.weights {
            context.weights.insert(*attribute, *weight);
        }
        context
            .constraints
            .required_facets
            .extend(self.required.iter().copied());
        context
            .constraints
            .forbidden_facets
            .extend(self.forbidden.iter().copied());
        if self.max_complexity.is_some() {
            context.constraints.max_complexity = self.max_complexity;
        }
        context
    }
}

fn parse_experience(text: &str) -> Result<Experience, String> {
    Experience::from_key(text)
        .ok_or_else(|| format!("unknown experience `{text}`; use junior, mixed or senior"))
}

fn parse_weight(text: &str) -> Result<(QualityAttribute, u8), String> {
    let (name, weight) = text
        .split_once('=')
        .ok_or_else(|| format!("`{text}` is not ATTR=W, e.g. scalability=5"))?;
    let attribute = QualityAttribute::from_key(name).ok_or_else(|| {
        let all: Vec<&str> = QualityAttribute::ALL.iter().map(|a| a.key()).collect();
        format!(
            "unknown quality attribute `{name}`; use one of {}",
            all.join(", ")
        )
    })?;
    let weight: u8 = weight
        .trim()
        .parse()
        .map_err(|_| format!("the weight `{weight}` is not a whole number"))?;
    if weight > MAX_WEIGHT {
        return Err(format!("the weight {weight} is above {MAX_WEIGHT}"));
    }
    Ok((attribute, weight))
}

fn parse_facet(text: &str) -> Result<Facet, String> {
    Facet::from_key(text).ok_or_else(|| {
        let all: Vec<&str> = Facet::ALL.iter().map(|f| f.key()).collect();
        format!("unknown facet `{text}`; use one of {}", all.join(", "))
    })
}

/// Whether a path names a mermaid file rather than a workspace.
pub fn is_mermaid(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("mmd") || e.eq_ignore_ascii_case("mermaid"))
}

/// Whether a text is a mermaid flowchart (its first statement is
/// `flowchart` or `graph`), whatever its file is called.
pub fn looks_like_mermaid(text: &str) -> bool {
    let mut in_front_matter = false;
    for line in text.lines().map(str::trim) {
        if line == "---" {
            in_front_matter = !in_front_matter;
            continue;
        }
        if in_front_matter || line.is_empty() || line.starts_with("%%") {
            continue;
        }
        let word = line.split_whitespace().next().unwrap_or("");
        return word.eq_ignore_ascii_case("flowchart") || word.eq_ignore_ascii_case("graph");
    }
    false
}

/// What the scoring and review commands read, with what they must say
/// about it: the importer's warnings and the pattern ids the catalog lacks.
pub struct Inputs {
    pub workspace: Workspace,
    /// Printable lines (the mermaid importer's warnings).
    pub warnings: Vec<String>,
    /// Pattern ids not in the catalog, located in the workspace file.
    pub unknown_patterns: Vec<crate::diagnostics::Problem>,
}

/// Reads a workspace file (`-`: standard input), or mermaid files as the
/// candidates of a new workspace.
pub fn load_inputs(
    workspace: Option<&PathBuf>,
    mermaid: &[PathBuf],
    catalog: &Catalog,
) -> Result<Inputs, String> {
    let mut warnings = Vec::new();
    let mut unknown_patterns = Vec::new();
    let mut ws = match workspace {
        Some(path) => {
            let (name, text) = (display_name(path), super::read_text(path)?);
            if is_mermaid(path) || looks_like_mermaid(&text) {
                let mut ws = Workspace::new("Candidates from mermaid");
                add_mermaid(&mut ws, path, &text, catalog, &mut warnings)?;
                ws
            } else {
                let ws =
                    crate::workspace::file::from_str(&name, &text).map_err(|p| p.to_string())?;
                unknown_patterns = unknown(&name, &text, &ws, catalog);
                ws
            }
        }
        None => Workspace::new("Candidates from mermaid"),
    };
    for path in mermaid {
        let text = super::read_text(path)?;
        add_mermaid(&mut ws, path, &text, catalog, &mut warnings)?;
    }
    if ws.candidates().is_empty() {
        return Err(match workspace {
            Some(path) => format!(
                "{}: the workspace has no candidate design yet; draw one in the window (plinth {}) or add --candidate FILE.mmd",
                display_name(path),
                path.display()
            ),
            None => {
                "nothing to evaluate: give a workspace file or at least one --candidate FILE.mmd"
                    .to_owned()
            }
        });
    }
    Ok(Inputs {
        workspace: ws,
        warnings,
        unknown_patterns,
    })
}

/// A workspace file for the exports (`-`: standard input), with the pattern
/// ids the catalog lacks.
pub fn load_workspace(
    path: &Path,
    catalog: &Catalog,
) -> Result<(Workspace, Vec<crate::diagnostics::Problem>), String> {
    let (name, text) = (display_name(path), super::read_text(path)?);
    if looks_like_mermaid(&text) {
        return Err(format!(
            "{name}: this is a mermaid flowchart, not a workspace; make it one with `plinth import mermaid {} -o WORKSPACE.ron`",
            path.display()
        ));
    }
    let ws = crate::workspace::file::from_str(&name, &text).map_err(|p| p.to_string())?;
    let unknown = unknown(&name, &text, &ws, catalog);
    Ok((ws, unknown))
}

fn unknown(
    name: &str,
    text: &str,
    ws: &Workspace,
    catalog: &Catalog,
) -> Vec<crate::diagnostics::Problem> {
    crate::workspace::unknown::unknown_patterns(name, Some(text), ws, catalog)
}

/// How a path is named in messages: `<stdin>` for `-`.
pub fn display_name(path: &Path) -> String {
    if super::output::Output::is_stdout_arg(path) {
        "<stdin>".to_owned()
    } else {
        path.display().to_string()
    }
}

fn add_mermaid(
    ws: &mut Workspace,
    path: &Path,
    text: &str,
    catalog: &Catalog,
    warnings: &mut Vec<String>,
) -> Result<(), String> {
    let name = display_name(path);
    let title = match path.file_stem() {
        Some(stem) if name != "<stdin>" => stem.to_string_lossy().into_owned(),
        _ => "Flowchart".to_owned(),
    };
    let import = crate::import::mermaid::import_mermaid(text, &title, catalog, ws.fresh_id())
        .map_err(|e| format!("{name}: {e}"))?;
    warnings.extend(import.warnings.iter().map(|w| format!("{name}: {w}")));
    ws.push_candidate(import.candidate);
    Ok(())
}

/// What the scores rest on beyond the built-in catalog (see
/// `workspace::pattern_notes`).
pub fn pattern_notes(ws: &Workspace, catalog: &Catalog) -> Vec<String> {
    crate::workspace::pattern_notes::pattern_notes(ws, catalog)
}
