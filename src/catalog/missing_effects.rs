//! All the quality attributes a pattern file's `effects` block leaves out,
//! so that validation names every missing one at once rather than the first
//! that the deserializer stops at.

use super::quality::QualityAttribute;

/// The attributes not written as a key inside the file's `effects: ( ... )`
/// block, in the catalog's order; empty when the block is not found.
pub fn missing_effects(text: &str) -> Vec<&'static str> {
    let Some(block) = effects_block(text) else {
        return Vec::new();
    };
    let keys = top_level_keys(block);
    QualityAttribute::ALL
        .into_iter()
        .map(QualityAttribute::key)
        .filter(|key| !keys.iter().any(|k| k == key))
        .collect()
}

/// The text between the parentheses that follow `effects:`.
fn effects_block(text: &str) -> Option<&str> {
    let start = text.find("effects:")? + "effects:".len();
    let open = start + text[start..].find('(')?;
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for (i, c) in text[open..].char_indices() {
        match (in_string, c) {
            (true, '\\') if !escaped => escaped = true,
            (true, '"') if !escaped => in_string = false,
            (true, _) => escaped = false,
            (false, '"') => in_string = true,
            (false, '(') => depth += 1,
            (false, ')') => {
                depth -= 1;
                if depth == 0 {
                    return Some(&text[open + 1..open + i]);
                }
            }
            _ => {}
        }
    }
    None
}

/// The identifiers followed by `:` at the block's own depth.
fn top_level_keys(block: &str) -> Vec<String> {
    let mut keys = Vec::new();
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut word = String::new();
    for c in block.chars() {
        if in_string {
            match c {
                '\\' if !escaped => escaped = true,
                '"' if !escaped => in_string = false,
                _ => escaped = false,
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            ':' if depth == 0 && !word.is_empty() => keys.push(word.clone()),
            c if c.is_alphanumeric() || c == '_' => {
                word.push(c);
                continue;
            }
            _ => {}
        }
        if !c.is_whitespace() {
            word.clear();
        }
    }
    keys
}

#[cfg(test)]
mod tests {
    use super::missing_effects;

    #[test]
    fn every_missing_attribute_is_named() {
        let text = r#"( id: "x", effects: (
            scalability: (score: 1, reason: "a (b) \"latency:\" c"),
            availability: (score: 0, reason: "ok"),
            consistency: (score: 0, reason: ""),
            time_to_market: (score: 0, reason: ""),
            operability: (score: 0, reason: ""),
            cost_efficiency: (score: 0, reason: ""),
            evolvability: (score: 0, reason: ""),
            testability: (score: 0, reason: ""),
        ), facets: [] )"#;
        assert_eq!(missing_effects(text), ["latency", "security"]);
    }

    #[test]
    fn a_file_without_an_effects_block_names_nothing() {
        assert!(missing_effects("( id: \"x\" )").is_empty());
    }

    #[test]
    fn a_pattern_file_missing_two_effects_is_one_problem_naming_both() {
        let saga = include_str!("../../patterns/saga.ron");
        let text: String = saga
            .lines()
            .filter(|l| !l.contains("latency:") && !l.contains("security: (score"))
            .map(|l| format!("{l}\n"))
            .collect();
        let problem = crate::catalog::parse::parse_pattern("saga.ron", &text).unwrap_err();
        assert_eq!(problem.field.as_deref(), Some("effects"));
        assert!(
            problem.message.contains("`latency`, `security`"),
            "{problem}"
        );
    }
}
