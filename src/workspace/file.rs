//! The workspace file format: versioned RON, with a migration from every
//! older version. The graph is never serialised directly: candidates are
//! written as plain lists and rebuilt on load.
//!
//! Version history:
//! - 1: the first format. The team size and experience sat in the decision,
//!   edges had `sync: bool` instead of a kind, and there were no groups.
//! - 2 (current): an evaluation context of its own, typed edges, groups.

use serde::{Deserialize, Serialize};

use super::data::CandidateData;
use super::{Decision, Workspace};
use crate::context::EvaluationContext;
use crate::design::{Edge, EdgeKind};
use crate::diagnostics::Problem;
use crate::ronfile;

/// The version this build writes.
pub const CURRENT_VERSION: u32 = 2;
/// The largest workspace file read (a 10,000-node workspace is about 3 MB).
pub const MAX_FILE_BYTES: usize = 64 * 1024 * 1024;

/// The file as written by this version.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct WorkspaceFile {
    version: u32,
    decision: Decision,
    context: EvaluationContext,
    candidates: Vec<CandidateData>,
}

/// Only the version, read first to pick the right reader.
#[derive(Deserialize)]
struct VersionOnly {
    version: u32,
}

/// Serialises a workspace to the current format.
pub fn to_ron(ws: &Workspace) -> Result<String, Problem> {
    let file = WorkspaceFile {
        version: CURRENT_VERSION,
        decision: ws.decision.clone(),
        context: ws.context.clone(),
        candidates: ws.candidates().iter().map(CandidateData::from).collect(),
    };
    let config = ron::ser::PrettyConfig::new()
        .depth_limit(4)
        .struct_names(false);
    ron::ser::to_string_pretty(&file, config)
        .map(|text| format!("// Plinth workspace. Format: docs/workspace-format.md\n{text}\n"))
        .map_err(|e| Problem::new("workspace", format!("cannot write the workspace: {e}")))
}

/// Reads a workspace from file bytes; `file` names it in problems.
pub fn from_bytes(file: &str, bytes: &[u8]) -> Result<Workspace, Problem> {
    let text = crate::diagnostics::text_of(file, bytes, MAX_FILE_BYTES)?;
    from_str(file, text)
}

/// Reads a workspace from RON text of any known version.
pub fn from_str(file: &str, text: &str) -> Result<Workspace, Problem> {
    let version = match quick_version(text) {
        Some(version) => version,
        None => version_by_parsing(file, text)?,
    };
    let current = match version {
        1 => migrate_v1(ronfile::parse::<v1::WorkspaceFile>(file, text)?),
        CURRENT_VERSION => ronfile::parse::<WorkspaceFile>(file, text)?,
        newer if newer > CURRENT_VERSION => {
            return Err(Problem::new(
                file,
                format!("this workspace was written by a newer Plinth (format {newer}); this one reads formats 1 to {CURRENT_VERSION}"),
            )
            .in_field("version"));
        }
        other => {
            return Err(
                Problem::new(file, format!("unknown workspace format {other}")).in_field("version"),
            );
        }
    };
    build(file, current).map_err(|problem| located(problem, text))
}

/// A problem with a field but no place gets the field's line and column.
fn located(problem: Problem, text: &str) -> Problem {
    match (&problem.location, problem.field.clone()) {
        (None, Some(field)) => problem.at(crate::diagnostics::locate(text, &field)),
        _ => problem,
    }
}

fn version_by_parsing(file: &str, text: &str) -> Result<u32, Problem> {
    let parsed = ronfile::parse::<VersionOnly>(file, text).map_err(|p| {
        if p.message.contains("`version` is missing") {
            p.in_field("version")
        } else if p.message.contains("VersionOnly") {
            Problem::new(
                file,
                "this is not a Plinth workspace: one starts with `(` and `version: 2` (docs/workspace-format.md); a mermaid flowchart is read by `plinth import mermaid`",
            )
            .at(p.location)
        } else {
            p
        }
    })?;
    Ok(parsed.version)
}

/// The `version` at the top level, read without parsing the whole file
/// (parsing it twice would double the load time of a large workspace).
fn quick_version(text: &str) -> Option<u32> {
    let mut head_len = text.len().min(4096);
    while !text.is_char_boundary(head_len) {
        head_len -= 1;
    }
    let at = crate::diagnostics::locate(&text[..head_len], "version")?;
    let line = text.lines().nth(at.line - 1)?;
    let rest = line.chars().skip(at.column - 1).collect::<String>();
    let value = rest
        .strip_prefix("version")?
        .trim_start()
        .strip_prefix(':')?
        .trim_start();
    let digits: String = value.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

fn build(file: &str, data: WorkspaceFile) -> Result<Workspace, Problem> {
    let context_problems = data.context.problems();
    if let Some(problem) = context_problems.first() {
        return Err(Problem::new(file, problem.clone()).in_field("context"));
    }
    let mut ws = Workspace::new("");
    ws.decision = data.decision;
    ws.context = data.context;
    let mut seen = std::collections::BTreeSet::new();
    for (index, candidate) in data.candidates.into_iter().enumerate() {
        if !seen.insert(candidate.id) {
            return Err(
                Problem::new(file, format!("candidate id {} is used twice", candidate.id))
                    .in_field(format!("candidates[{index}].id")),
            );
        }
        let name = candidate.name.clone();
        if let Some((at, node)) = candidate
            .nodes
            .iter()
            .enumerate()
            .find(|(_, n)| !(n.position.x.is_finite() && n.position.y.is_finite()))
        {
            return Err(Problem::new(
                file,
                format!(
                    "candidate `{name}`: node {} is placed at ({}, {}); a position must be a finite number",
                    node.id, node.position.x, node.position.y
                ),
            )
            .in_field(format!("candidates[{index}].nodes[{at}].position")));
        }
        if let Some(problem) = dangling_reference(file, index, &candidate) {
            return Err(problem);
        }
        let candidate = candidate.into_candidate().map_err(|e| {
            Problem::new(file, format!("candidate `{name}`: {e}"))
                .in_field(format!("candidates[{index}]"))
        })?;
        ws.push_candidate(candidate);
    }
    Ok(ws)
}

/// An edge or a node that names a node or group the candidate does not
/// have, with the field and the ids as the file writes them.
fn dangling_reference(file: &str, index: usize, candidate: &CandidateData) -> Option<Problem> {
    let nodes: std::collections::BTreeSet<u64> = candidate.nodes.iter().map(|n| n.id.0).collect();
    let groups: std::collections::BTreeSet<u64> = candidate.groups.iter().map(|g| g.id.0).collect();
    let name = &candidate.name;
    let at = |field: String, message: String| {
        Some(Problem::new(file, format!("candidate `{name}`: {message}")).in_field(field))
    };
    for (e, edge) in candidate.edges.iter().enumerate() {
        for (end, node) in [("from", edge.from.0), ("to", edge.to.0)] {
            if !nodes.contains(&node) {
                return at(
                    format!("candidates[{index}].edges[{e}].{end}"),
                    format!(
                        "edge {} names node {node}, which is not among this candidate's nodes; fix the id or add the node",
                        edge.id.0
                    ),
                );
            }
        }
    }
    for (n, node) in candidate.nodes.iter().enumerate() {
        if let Some(group) = node.group.filter(|g| !groups.contains(&g.0)) {
            return at(
                format!("candidates[{index}].nodes[{n}].group"),
                format!(
                    "node {} is in group {}, which is not among this candidate's groups; fix the id, add the group or write `group: None`",
                    node.id.0, group.0
                ),
            );
        }
    }
    None
}

/// The first format, kept readable forever.
mod v1 {
    use serde::Deserialize;

    use crate::catalog::QualityAttribute;
    use crate::context::Experience;
    use crate::design::{CandidateId, EdgeId, Node, NodeId};
    use std::collections::BTreeMap;

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct WorkspaceFile {
        #[expect(dead_code, reason = "read to choose this reader; always 1")]
        pub version: u32,
        pub decision: Decision,
        #[serde(default)]
        pub weights: BTreeMap<QualityAttribute, u8>,
        #[serde(default)]
        pub complexity_budget: Option<u32>,
        pub candidates: Vec<Candidate>,
    }

    #[derive(Deserialize)]
    pub struct Decision {
        pub title: String,
        #[serde(default)]
        pub problem: String,
        #[serde(default)]
        pub team_size: u32,
        #[serde(default)]
        pub experience: Experience,
        #[serde(default)]
        pub date: String,
    }

    #[derive(Deserialize)]
    pub struct Candidate {
        pub id: CandidateId,
        pub name: String,
        #[serde(default)]
        pub nodes: Vec<Node>,
        #[serde(default)]
        pub edges: Vec<Edge>,
    }

    #[derive(Deserialize)]
    pub struct Edge {
        pub id: EdgeId,
        pub from: NodeId,
        pub to: NodeId,
        pub sync: bool,
        #[serde(default)]
        pub label: String,
    }
}

fn migrate_v1(old: v1::WorkspaceFile) -> WorkspaceFile {
    let mut context = EvaluationContext {
        team_size: old.decision.team_size.max(1),
        experience: old.decision.experience,
        ..EvaluationContext::default()
    };
    if !old.weights.is_empty() {
        context.weights = old.weights;
    }
    if let Some(budget) = old.complexity_budget {
        context.complexity_budget = budget;
    }
    let decision = Decision {
        title: old.decision.title,
        problem: old.decision.problem,
        date: old.decision.date,
        ..Decision::default()
    };
    let candidates = old
        .candidates
        .into_iter()
        .map(migrate_candidate_v1)
        .collect();
    WorkspaceFile {
        version: CURRENT_VERSION,
        decision,
        context,
        candidates,
    }
}

fn migrate_candidate_v1(old: v1::Candidate) -> CandidateData {
    let edges = old
        .edges
        .into_iter()
        .map(|e| Edge {
            id: e.id,
            from: e.from,
            to: e.to,
            kind: if e.sync {
                EdgeKind::SyncCall
            } else {
                EdgeKind::AsyncMessage
            },
            label: e.label,
        })
        .collect();
    CandidateData {
        id: old.id,
        name: old.name,
        notes: String::new(),
        groups: Vec::new(),
        nodes: old.nodes,
        edges,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newer_versions_are_refused_with_a_clear_message() {
        let problem = from_str(
            "w.ron",
            "(version: 9, decision: (), context: (), candidates: [])",
        )
        .unwrap_err();
        assert!(problem.message.contains("newer Plinth"), "{problem}");
        assert_eq!(problem.field.as_deref(), Some("version"));
    }

    #[test]
    fn positions_must_be_finite() {
        for x in ["1e999", "NaN", "-inf"] {
            let text = format!(
                "(version: 2, decision: (title: \"t\"), context: (), candidates: [(id: 1, name: \"c\", nodes: [(id: 2, kind: block(block: service, patterns: []), label: \"a\", position: (x: {x}, y: 0.0))], edges: [])])"
            );
            let problem = from_str("w.ron", &text).unwrap_err();
            assert_eq!(
                problem.field.as_deref(),
                Some("candidates[0].nodes[0].position"),
                "{x}: {problem}"
            );
        }
    }

    #[test]
    fn a_missing_version_is_named() {
        let problem = from_str("w.ron", "(decision: ())").unwrap_err();
        assert_eq!(problem.field.as_deref(), Some("version"));
    }
}
