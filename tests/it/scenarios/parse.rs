//! Reading the Markdown format of `tests/scenarios/README.md`: a title,
//! `## Situation`, `## Context` and `## Expected` bullet lists, and one
//! `## Candidate: NAME` section per candidate with one mermaid block.

use super::{CandidateText, Expected, Scenario};

enum Section {
    Preamble,
    Situation,
    Context,
    Expected,
    Candidate,
}

/// Reads one scenario file; errors name the file and line.
pub fn scenario(file: &str, text: &str) -> Result<Scenario, String> {
    let mut s = Scenario {
        file: file.to_owned(),
        title: String::new(),
        flags: Vec::new(),
        expected: Expected::default(),
        candidates: Vec::new(),
    };
    let mut section = Section::Preamble;
    let mut in_fence = false;
    for (index, line) in text.lines().enumerate() {
        let n = index + 1;
        let at = |message: String| format!("{file}:{n}: {message}");
        if in_fence {
            if line.trim() == "```" {
                in_fence = false;
            } else if let Some(candidate) = s.candidates.last_mut() {
                candidate.mermaid.push_str(line);
                candidate.mermaid.push('\n');
            }
            continue;
        }
        if let Some(title) = line.strip_prefix("# ") {
            s.title = title.trim().to_owned();
        } else if let Some(heading) = line.strip_prefix("## ") {
            section = heading_section(heading.trim(), &mut s, n).map_err(at)?;
        } else if line.trim() == "```mermaid" {
            let Section::Candidate = section else {
                return Err(at("a mermaid block outside a candidate section".into()));
            };
            let Some(candidate) = s.candidates.last_mut() else {
                return Err(at("a mermaid block before any candidate".into()));
            };
            if !candidate.mermaid.is_empty() {
                return Err(at("a candidate has one mermaid block".into()));
            }
            candidate.line = n;
            in_fence = true;
        } else if let Some(item) = line.strip_prefix("- ") {
            match section {
                Section::Context => context_item(item, &mut s.flags).map_err(at)?,
                Section::Expected => expected_item(item, &mut s.expected).map_err(at)?,
                _ => {}
            }
        }
    }
    if in_fence {
        return Err(format!("{file}: a mermaid block is never closed"));
    }
    if s.title.is_empty() || s.expected.winner.is_empty() {
        return Err(format!("{file}: a title and `- winner:` are required"));
    }
    if let Some(c) = s.candidates.iter().find(|c| c.mermaid.is_empty()) {
        return Err(format!(
            "{file}: candidate `{}` has no mermaid block",
            c.name
        ));
    }
    Ok(s)
}

fn heading_section(heading: &str, s: &mut Scenario, n: usize) -> Result<Section, String> {
    if let Some(name) = heading.strip_prefix("Candidate:") {
        s.candidates.push(CandidateText {
            name: name.trim().to_owned(),
            mermaid: String::new(),
            line: n,
        });
        return Ok(Section::Candidate);
    }
    match heading {
        "Situation" => Ok(Section::Situation),
        "Context" => Ok(Section::Context),
        "Expected" => Ok(Section::Expected),
        other => Err(format!("unknown section `## {other}`")),
    }
}

fn key_value(item: &str) -> Result<(&str, &str), String> {
    item.split_once(':')
        .map(|(k, v)| (k.trim(), v.trim()))
        .ok_or_else(|| format!("`{item}` is not `key: value`"))
}

fn list(value: &str) -> impl Iterator<Item = &str> {
    value.split(',').map(str::trim).filter(|v| !v.is_empty())
}

/// A context line becomes the `plinth score` flags it stands for.
fn context_item(item: &str, flags: &mut Vec<String>) -> Result<(), String> {
    let (key, value) = key_value(item)?;
    let flag = match key {
        "team" => "--team",
        "experience" => "--experience",
        "budget" => "--budget",
        "max_complexity" => "--max-complexity",
        "weights" => "--weight",
        "require" => "--require",
        "forbid" => "--forbid",
        other => return Err(format!("unknown context key `{other}`")),
    };
    for value in list(value) {
        flags.push(flag.to_owned());
        flags.push(value.to_owned());
    }
    Ok(())
}

fn expected_item(item: &str, e: &mut Expected) -> Result<(), String> {
    let (key, value) = key_value(item)?;
    let value = value.to_owned();
    match key {
        "winner" => e.winner = value,
        "reason" => e.reason = value,
        "order" => e
            .orders
            .push(value.split(" > ").map(|v| v.trim().to_owned()).collect()),
        "must not win" => e.must_not_win.push(value),
        "infeasible" => e.infeasible.push(value),
        "expectation_wrong" => e.expectation_wrong = Some(value),
        "corrected_winner" => e.corrected_winner = Some(value),
        "model_wrong" => e.model_wrong = Some(value),
        other => return Err(format!("unknown expectation `{other}`")),
    }
    Ok(())
}

#[test]
fn a_mistake_in_a_scenario_names_the_file_and_line() {
    let good = "# T\n## Context\n- team: 4\n## Expected\n- winner: A\n- reason: r\n\
                ## Candidate: A\n```mermaid\nflowchart LR\n  a --> b\n```\n";
    let parsed = scenario("ok.md", good).unwrap();
    assert_eq!(parsed.flags, ["--team", "4"]);
    assert_eq!(parsed.candidates[0].mermaid, "flowchart LR\n  a --> b\n");
    assert_eq!(parsed.candidates[0].line, 8);
    let cases = [
        (
            good.replace("- team: 4", "- teem: 4"),
            "bad.md:3: unknown context key `teem`",
        ),
        (
            good.replace("- winner: A", "- winer: A"),
            "bad.md:5: unknown expectation `winer`",
        ),
        (
            good.replace("## Context", "## Contexts"),
            "bad.md:2: unknown section `## Contexts`",
        ),
        (
            good.replace("- team: 4", "- team 4"),
            "bad.md:3: `team 4` is not `key: value`",
        ),
        (
            good.replace("## Candidate: A\n", ""),
            "bad.md:7: a mermaid block outside",
        ),
        (
            good.replace("\n```\n", "\n"),
            "bad.md: a mermaid block is never closed",
        ),
    ];
    for (text, message) in cases {
        let error = scenario("bad.md", &text).unwrap_err();
        assert!(error.starts_with(message), "{error}");
    }
}
