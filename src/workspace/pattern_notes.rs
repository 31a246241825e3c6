//! What a workspace's scores rest on beyond the built-in catalog: your
//! version of a built-in pattern (and its file), a pattern of your own, an
//! unrated pattern. `score` and the ADR state these, so that no override
//! changes a result silently.

use super::Workspace;
use crate::catalog::{Catalog, Source};

/// One sentence per pattern the candidates use that is not a rated
/// built-in: your version of a built-in (and its file), a pattern of your
/// own, an unrated pattern (no quality points).
pub fn pattern_notes(ws: &Workspace, catalog: &Catalog) -> Vec<String> {
    let used: std::collections::BTreeSet<&str> = ws
        .candidates()
        .iter()
        .flat_map(|c| c.pattern_ids())
        .collect();
    let mut notes = Vec::new();
    for entry in used.into_iter().filter_map(|id| catalog.entry(id)) {
        let id = &entry.pattern.id;
        if let Source::File(path) = &entry.source {
            let whose = if entry.overrides_embedded {
                "your version of the built-in"
            } else {
                "your pattern"
            };
            notes.push(format!(
                "scored with {whose} `{id}` from {}",
                path.display()
            ));
        }
        if entry.is_unrated() {
            notes.push(format!(
                "`{id}` is unrated (every effect 0), so it adds no quality points"
            ));
        }
    }
    notes
}
