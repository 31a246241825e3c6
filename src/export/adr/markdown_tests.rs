//! Tests of the escaping rules, case by case.

use super::*;

#[test]
fn text_is_one_line_and_escapes_structure() {
    let md = Md::text("# Title\n---\n<script>alert(1)</script> | `x` *y* [a](b) \\");
    assert_eq!(
        md.as_str(),
        "\\# Title --- &lt;script>alert(1)&lt;/script> \\| \\`x\\` \\*y\\* \\[a\\](b) \\\\"
    );
}

#[test]
fn underscores_inside_words_stay_readable() {
    assert_eq!(
        Md::text("time_to_market _x_ a_").as_str(),
        "time_to_market \\_x\\_ a\\_"
    );
}

#[test]
fn entities_cannot_be_spelled() {
    assert_eq!(
        Md::text("R&D &lt; &#60;").as_str(),
        "R\\&D \\&lt; \\&\\#60;"
    );
}

#[test]
fn case_of_the_first_letter() {
    assert_eq!(Md::text("Makes it").lower_first().as_str(), "makes it");
    assert_eq!(Md::text("ACID it").lower_first().as_str(), "ACID it");
    assert_eq!(Md::text("É").lower_first().as_str(), "é");
    assert_eq!(Md::text("makes it").upper_first().as_str(), "Makes it");
    assert_eq!(Md::text("# x").upper_first().as_str(), "\\# x");
}

#[test]
fn line_starts_are_escaped() {
    assert_eq!(line(&Md::text("- item")), "\\- item");
    assert_eq!(line(&Md::text("12. item")), "12\\. item");
    assert_eq!(line(&Md::text("> quote")), "\\> quote");
    assert_eq!(line(&Md::text("===")), "\\===");
    assert_eq!(line(&Md::text("2026 plan")), "2026 plan");
    assert_eq!(bullet('*', &Md::text("+ x")), "* \\+ x");
}

#[test]
fn code_spans_outlast_backticks_and_avoid_pipes() {
    assert_eq!(Md::code("plinth check").as_str(), "`plinth check`");
    assert_eq!(Md::code("a ``b`` c").as_str(), "```a ``b`` c```");
    assert_eq!(Md::code("`x").as_str(), "`` `x ``");
    assert_eq!(Md::code("a|b").as_str(), "a\\|b");
}

#[test]
fn fences_are_longer_than_the_body_needs() {
    assert_eq!(
        fenced("mermaid", "a\n```\nb\n"),
        "````mermaid\na\n```\nb\n````"
    );
    assert_eq!(fenced("", "x"), "```\nx\n```");
}

#[test]
fn link_targets_are_percent_encoded() {
    assert_eq!(link_target("0003-a b).md"), "0003-a%20b%29.md");
    assert_eq!(
        Md::link(&Md::text("ADR [3]"), "x.md").as_str(),
        "[ADR \\[3\\]](x.md)"
    );
}

#[test]
fn yaml_plain_when_safe() {
    for plain in [
        "accepted",
        "Ana Lima (CTO), Tom Berg",
        "2026-11-26",
        "superseded by ADR-0007",
        "C#",
    ] {
        assert_eq!(yaml_scalar(plain), plain);
    }
}

#[test]
fn yaml_quoted_when_misread() {
    let cases = [
        ("", "\"\""),
        (" padded ", "padded"),
        ("status: accepted", "\"status: accepted\""),
        ("a #comment", "\"a #comment\""),
        ("- item", "\"- item\""),
        ("yes", "\"yes\""),
        ("Null", "\"Null\""),
        ("42", "\"42\""),
        ("1:20", "\"1:20\""),
        ("0x1F", "\"0x1F\""),
        ("'quoted'", "\"'quoted'\""),
        ("say \"hi\" \\o/", "say \"hi\" \\o/"),
        ("\"hi\"", "\"\\\"hi\\\"\""),
        ("line\nbreak", "line break"),
        ("bom\u{FEFF}", "\"bom\\uFEFF\""),
    ];
    for (raw, expected) in cases {
        assert_eq!(yaml_scalar(raw), expected, "{raw:?}");
    }
}

#[test]
fn table_rows_keep_their_cells() {
    let row = table_row(&[Md::text("a|b"), Md::default(), Md::text("c\nd")]);
    assert_eq!(row, "| a\\|b |   | c d |");
}
