//! Mermaid's node shapes by name: the `@{ shape: NAME }` names and aliases
//! mermaid 11 accepts, and the classic bracket forms, each resolved to one
//! canonical short name (`db` -> `cyl`, `[(` -> `cyl`).
//!
//! The list follows mermaid's own shape table (`shapesDefs` plus the
//! undocumented shapes it also accepts). Mermaid refuses a name with an
//! upper-case letter or `_`, so those internal aliases are left out: such a
//! name is refused here too, with a warning.

/// (canonical short name, the other names mermaid accepts for it).
const SHAPES: [(&str, &[&str]); 51] = [
    ("rect", &["proc", "process", "rectangle"]),
    ("rounded", &["event"]),
    ("stadium", &["terminal", "pill"]),
    (
        "fr-rect",
        &["subprocess", "subproc", "framed-rectangle", "subroutine"],
    ),
    ("cyl", &["db", "database", "cylinder"]),
    ("datastore", &["data-store"]),
    ("folder", &["directory"]),
    ("bucket", &[]),
    ("console", &[]),
    ("browser", &[]),
    ("person", &[]),
    ("circle", &["circ"]),
    ("bang", &[]),
    ("cloud", &[]),
    ("diam", &["decision", "diamond", "question"]),
    ("hex", &["hexagon", "prepare"]),
    ("lean-r", &["lean-right", "in-out"]),
    ("lean-l", &["lean-left", "out-in"]),
    ("trap-b", &["priority", "trapezoid-bottom", "trapezoid"]),
    ("trap-t", &["manual", "trapezoid-top", "inv-trapezoid"]),
    ("dbl-circ", &["double-circle", "doublecircle"]),
    ("text", &[]),
    ("notch-rect", &["card", "notched-rectangle"]),
    (
        "lin-rect",
        &[
            "lined-rectangle",
            "lined-process",
            "lin-proc",
            "shaded-process",
        ],
    ),
    ("sm-circ", &["start", "small-circle"]),
    ("fr-circ", &["stop", "framed-circle"]),
    ("fork", &["join"]),
    ("hourglass", &["collate"]),
    ("brace", &["comment", "brace-l"]),
    ("brace-r", &[]),
    ("braces", &[]),
    ("bolt", &["com-link", "lightning-bolt"]),
    ("doc", &["document"]),
    ("delay", &["half-rounded-rectangle"]),
    ("h-cyl", &["das", "horizontal-cylinder"]),
    ("lin-cyl", &["disk", "lined-cylinder"]),
    ("curv-trap", &["curved-trapezoid", "display"]),
    (
        "div-rect",
        &["div-proc", "divided-rectangle", "divided-process"],
    ),
    ("tri", &["extract", "triangle"]),
    ("win-pane", &["internal-storage", "window-pane"]),
    ("f-circ", &["junction", "filled-circle"]),
    ("notch-pent", &["loop-limit", "notched-pentagon"]),
    ("flip-tri", &["manual-file", "flipped-triangle"]),
    ("sl-rect", &["manual-input", "sloped-rectangle"]),
    ("docs", &["documents", "st-doc", "stacked-document"]),
    ("st-rect", &["procs", "processes", "stacked-rectangle"]),
    ("bow-rect", &["stored-data", "bow-tie-rectangle"]),
    ("cross-circ", &["summary", "crossed-circle"]),
    ("tag-doc", &["tagged-document"]),
    (
        "tag-rect",
        &["tagged-rectangle", "tag-proc", "tagged-process"],
    ),
    ("flag", &["paper-tape"]),
];

/// Shapes mermaid accepts without documenting them (and `odd`, `lin-doc`,
/// `ellipse`, which only some forms reach); each is its own canonical name.
const OTHER_SHAPES: [&str; 12] = [
    "odd",
    "lin-doc",
    "ellipse",
    "state",
    "choice",
    "note",
    "composite",
    "icon",
    "anchor",
    "erbox",
    "iconsquare",
    "iconcircle",
];

/// The canonical short name of a shape name mermaid accepts, or `None`.
pub(super) fn canonical(name: &str) -> Option<&'static str> {
    SHAPES
        .iter()
        .find(|(short, aliases)| *short == name || aliases.contains(&name))
        .map(|(short, _)| *short)
        .or_else(|| OTHER_SHAPES.iter().copied().find(|s| *s == name))
        .filter(|_| !name.contains('_') && name == name.to_lowercase())
}

/// Every name [`canonical`] accepts, for tests and documentation.
#[cfg(test)]
pub(super) fn all_names() -> Vec<&'static str> {
    SHAPES
        .iter()
        .flat_map(|(short, aliases)| std::iter::once(*short).chain(aliases.iter().copied()))
        .chain(OTHER_SHAPES)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_aliases_resolve_to_their_short_name() {
        assert_eq!(canonical("db"), Some("cyl"));
        assert_eq!(canonical("das"), Some("h-cyl"));
        assert_eq!(canonical("disk"), Some("lin-cyl"));
        assert_eq!(canonical("subroutine"), Some("fr-rect"));
        assert_eq!(canonical("lean-r"), Some("lean-r"));
        assert_eq!(canonical("Cyl"), None);
        assert_eq!(canonical("lean_right"), None);
        assert_eq!(canonical("nope"), None);
        let names = all_names();
        assert!(names.len() > 120, "{}", names.len());
        for name in names {
            assert!(canonical(name).is_some(), "{name}");
        }
    }
}
