//! Pattern ids a workspace names that the catalog does not have (a typo, a
//! pattern from a folder not loaded): one warning per id and candidate,
//! located where the file writes it, with the id it most likely meant.
//! Scoring leaves such a pattern out, so it must never pass silently.

use super::Workspace;
use crate::catalog::Catalog;
use crate::catalog::search::did_you_mean;
use crate::diagnostics::{Location, Problem, location_of};

/// The unknown pattern ids of `ws` as problems of `file`; `text` is the
/// file's text (to give line and column), `None` for a document not read
/// from a file.
pub fn unknown_patterns(
    file: &str,
    text: Option<&str>,
    ws: &Workspace,
    catalog: &Catalog,
) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (index, candidate) in ws.candidates().iter().enumerate() {
        // Found only when needed: locating a candidate reads the file.
        let mut span = None;
        for id in candidate.pattern_ids() {
            if catalog.pattern(id).is_some() {
                continue;
            }
            let location = text.and_then(|t| {
                let span = *span.get_or_insert_with(|| candidate_span(t, index));
                find_id(t, span, id)
            });
            let hint = match did_you_mean(catalog, id) {
                Some(near) => format!("did you mean `{}`?", near.pattern.id),
                None => "`plinth catalog list` lists the ids".to_owned(),
            };
            let message = format!(
                "candidate \"{}\" uses the pattern `{id}`, which is not in the catalog, so it is not scored; {hint}",
                candidate.name
            );
            problems.push(Problem::new(file, message).at(location));
        }
    }
    problems
}

/// The byte range of candidate `index` in the file (the whole text when
/// it cannot be told).
fn candidate_span(text: &str, index: usize) -> (usize, usize) {
    let start_of = |i: usize| {
        crate::diagnostics::locate(text, &format!("candidates[{i}]")).map(|at| offset_of(text, at))
    };
    let start = start_of(index).unwrap_or(0);
    let end = start_of(index + 1).unwrap_or(text.len());
    (start, end.max(start))
}

/// Where `"id"` is first written inside `span`: the id's first character.
fn find_id(text: &str, (start, end): (usize, usize), id: &str) -> Option<Location> {
    let quoted = format!("\"{id}\"");
    let found = text.get(start..end)?.find(&quoted)?;
    Some(location_of(text, start + found + 1))
}

/// The byte offset of a 1-based line and column (in characters).
fn offset_of(text: &str, at: Location) -> usize {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(at.line.saturating_sub(1))
        .map(str::len)
        .sum();
    let column: usize = text[line_start..]
        .chars()
        .take(at.column.saturating_sub(1))
        .map(char::len_utf8)
        .sum();
    line_start + column
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = r#"(
    version: 2,
    candidates: [
        (id: 1, name: "A", nodes: [
            (id: 2, kind: pattern(pattern: "read-replica"), label: "R"),
        ]),
        (id: 3, name: "B", nodes: [
            (id: 4, kind: block(block: service, patterns: ["monolith", "read-replica"]), label: "S"),
        ]),
    ],
)"#;

    #[test]
    fn each_unknown_id_is_located_in_its_own_candidate() {
        let first = candidate_span(TEXT, 0);
        let second = candidate_span(TEXT, 1);
        assert_eq!(
            find_id(TEXT, first, "read-replica"),
            Some(Location {
                line: 5,
                column: 45
            })
        );
        assert_eq!(
            find_id(TEXT, second, "read-replica"),
            Some(Location {
                line: 8,
                column: 73
            })
        );
        assert_eq!(find_id(TEXT, first, "saga"), None);
    }

    #[test]
    fn offsets_and_locations_agree() {
        let at = Location { line: 4, column: 9 };
        assert_eq!(location_of(TEXT, offset_of(TEXT, at)), at);
    }
}
