//! Reads one pattern file (RON) into a [`Pattern`], or a precise [`Problem`].

use super::pattern::Pattern;
use crate::diagnostics::Problem;
use crate::ronfile;

/// Files larger than this are refused before parsing (a pattern is a few KB).
pub const MAX_FILE_BYTES: usize = 1024 * 1024;

/// Parses raw file bytes: checks size and UTF-8 first, then the RON.
pub fn parse_pattern_bytes(file: &str, bytes: &[u8]) -> Result<Pattern, Problem> {
    let text = crate::diagnostics::text_of(file, bytes, MAX_FILE_BYTES)?;
    parse_pattern(file, text)
}

/// Parses RON text into a pattern.
pub fn parse_pattern(file: &str, text: &str) -> Result<Pattern, Problem> {
    ronfile::parse(file, text).map_err(|mut problem| {
        if problem
            .message
            .starts_with("this is not the expected RON structure")
        {
            problem.message =
                "this is not a pattern: a pattern file is a RON structure `( id: \"...\", ... )`"
                    .to_owned();
        }
        name_every_missing_effect(problem, text)
    })
}

/// The deserializer stops at the first missing effect; name them all, so a
/// hand-written pattern is fixed in one go.
fn name_every_missing_effect(mut problem: Problem, text: &str) -> Problem {
    let about_effects = problem
        .field
        .as_deref()
        .is_some_and(|f| f.starts_with("effects."));
    if !about_effects || !problem.message.contains("is missing") {
        return problem;
    }
    let missing = super::missing_effects::missing_effects(text);
    if missing.len() > 1 {
        let names: Vec<String> = missing.iter().map(|m| format!("`{m}`")).collect();
        problem.message = format!(
            "{} effects are missing: {} (every quality attribute needs `(score: N, reason: \"...\")`)",
            missing.len(),
            names.join(", ")
        );
        problem.field = Some("effects".to_owned());
    }
    problem
}
