//! Broken pattern files: each gives a precise problem, none panics, and the
//! rest of the folder still loads.

use plinth::catalog::parse::parse_pattern_bytes;
use plinth::catalog::{CatalogLoader, Problem};

fn problems_for(file: &str) -> Vec<Problem> {
    let outcome = CatalogLoader::embedded()
        .with_folder(crate::fixture("catalog/bad"))
        .load();
    outcome
        .problems
        .into_iter()
        .filter(|p| p.file.ends_with(file))
        .collect()
}

/// The single problem of `file`, as (line, field, message).
fn only_problem(file: &str) -> (usize, Option<String>, String) {
    let problems = problems_for(file);
    assert_eq!(problems.len(), 1, "{file}: {problems:?}");
    let p = &problems[0];
    (
        p.location.map_or(0, |l| l.line),
        p.field.clone(),
        p.message.clone(),
    )
}

#[test]
fn missing_field_names_the_field() {
    let (line, field, message) = only_problem("missing-field.ron");
    assert_eq!(field.as_deref(), Some("summary"));
    assert!(
        message.contains("required field `summary` is missing"),
        "{message}"
    );
    assert!(line > 0);
}

#[test]
fn wrong_type_points_at_the_value() {
    let (line, field, message) = only_problem("wrong-type.ron");
    assert_eq!((line, field.as_deref()), (6, Some("complexity")));
    assert_eq!(message, "expected a whole number");
}

#[test]
fn complexity_seven_is_out_of_range() {
    let (line, field, message) = only_problem("complexity-seven.ron");
    assert_eq!((line, field.as_deref()), (6, Some("complexity")));
    assert_eq!(message, "complexity must be between 1 and 5, found 7");
}

#[test]
fn unknown_related_id_is_reported_and_the_pattern_kept() {
    let (line, field, message) = only_problem("unknown-related.ron");
    assert_eq!((line, field.as_deref()), (20, Some("related[1]")));
    assert!(
        message.contains("`no-such-pattern` is not the id of any pattern"),
        "{message}"
    );
    let outcome = CatalogLoader::embedded()
        .with_folder(crate::fixture("catalog/bad"))
        .load();
    let kept = outcome.catalog.pattern("unknown-related").unwrap();
    assert_eq!(kept.related, ["cache-aside"], "the broken link is dropped");
}

#[test]
fn duplicate_id_keeps_the_file_named_after_it() {
    let (line, field, message) = only_problem("duplicate-a.ron");
    assert_eq!((line, field.as_deref()), (3, Some("id")));
    assert!(
        message.contains("already used by") && message.contains("/duplicate.ron"),
        "{message}"
    );
    assert!(problems_for("/duplicate.ron").is_empty());
}

#[test]
fn truncated_file_says_so() {
    let (line, _, message) = only_problem("truncated.ron");
    assert_eq!(line, 19);
    assert!(message.contains("truncated"), "{message}");
}

#[test]
fn not_ron_at_all() {
    let (line, _, message) = only_problem("not-ron.ron");
    assert_eq!(line, 1);
    assert!(message.contains("not a pattern"), "{message}");
}

#[test]
fn unknown_category_lists_the_choices() {
    let (line, field, message) = only_problem("unknown-category.ron");
    assert_eq!((line, field.as_deref()), (5, Some("category")));
    assert!(
        message.contains("`databases`") && message.contains("`integration`"),
        "{message}"
    );
}

#[test]
fn other_value_and_schema_errors() {
    let (_, field, _) = only_problem("bad-id.ron");
    assert_eq!(field.as_deref(), Some("id"));
    let (line, field, message) = only_problem("effect-out-of-range.ron");
    assert_eq!(
        (line, field.as_deref()),
        (25, Some("effects.latency.score"))
    );
    assert!(message.contains("found 9"));
    let (_, field, message) = only_problem("unknown-field.ron");
    assert_eq!(field.as_deref(), Some("colour"));
    assert!(message.contains("unknown field `colour`"));
}

#[test]
fn broken_files_never_stop_the_others() {
    let outcome = CatalogLoader::embedded()
        .with_folder(crate::fixture("catalog/bad"))
        .load();
    assert_eq!(outcome.problems.len(), 11, "{:#?}", outcome.problems);
    for id in ["duplicate", "unknown-related", "saga", "monolith"] {
        assert!(outcome.catalog.pattern(id).is_some(), "{id} should load");
    }
    let display = outcome.problems[0].to_string();
    assert!(display.contains("tests/fixtures/catalog/bad/"), "{display}");
}

#[test]
fn hostile_bytes_give_problems_not_panics() {
    let cases: Vec<Vec<u8>> = vec![
        vec![0xff, 0xfe, 0x00, 0x41],
        b"(id: \"x\", name: \"\xe2\x28\xa1\")".to_vec(),
        "(".repeat(10_000).into_bytes(),
        b"(complexity: 99999999999999999999)".to_vec(),
        Vec::new(),
        vec![b' '; 2 * 1024 * 1024],
    ];
    for bytes in cases {
        let problem = parse_pattern_bytes("junk.ron", &bytes).unwrap_err();
        assert_eq!(problem.file, "junk.ron");
        assert!(!problem.message.is_empty());
    }
    let invalid = parse_pattern_bytes("x.ron", b"(id: \"ok\",\n name: \"\xc3\x28\")").unwrap_err();
    assert!(invalid.message.contains("UTF-8"));
    assert_eq!(invalid.location.map(|l| l.line), Some(2));
}
