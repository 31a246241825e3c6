//! Status changes in each dialect: only the status (and date) lines move.

use super::*;

const MADR: &str = "---\nstatus: proposed\ndate: 2026-01-01\ndecision-makers: A\n---\n\n# T\n\nstatus: body text stays\n";
const L4B: &str = "# T\r\n\r\n* Status: proposed\r\n* Deciders: A\r\n\r\n## Context and Problem Statement\r\n\r\n- Status: not this one\r\n";
const NYGARD: &str = "# 2. T\n\nDate: 2026-01-01\n\n## Status\n\nSuperceded by [3. X](0003-x.md)\n\nSupercedes [1. F](0001-f.md)\n\n## Context\n\nx\n";

#[test]
fn madr_front_matter_changes_and_nothing_else() {
    let out = set_status(
        MADR,
        Some(Dialect::Madr),
        Status::Accepted,
        Some("2026-02-03"),
    )
    .unwrap();
    assert_eq!(
        out,
        MADR.replace("proposed", "accepted")
            .replace("2026-01-01", "2026-02-03")
    );
    let bare = set_status(
        "# T\n\nText.\n",
        Some(Dialect::Madr),
        Status::Deprecated,
        None,
    )
    .unwrap();
    assert_eq!(bare, "---\nstatus: deprecated\n---\n\n# T\n\nText.\n");
}

#[test]
fn log4brains_items_keep_their_marker_and_line_endings() {
    let out = set_status(
        L4B,
        Some(Dialect::Log4brains),
        Status::Rejected,
        Some("2026-02-03"),
    )
    .unwrap();
    assert_eq!(
        out,
        "# T\r\n\r\n* Status: rejected\r\n* Deciders: A\r\n* Date: 2026-02-03\r\n\r\n## Context and Problem Statement\r\n\r\n- Status: not this one\r\n"
    );
}

#[test]
fn nygard_status_drops_the_old_successor_and_keeps_other_links() {
    let out = set_status(NYGARD, Some(Dialect::Nygard), Status::Accepted, None).unwrap();
    assert_eq!(
        out,
        "# 2. T\n\nDate: 2026-01-01\n\n## Status\n\nAccepted\n\nSupercedes [1. F](0001-f.md)\n\n## Context\n\nx\n"
    );
    let undated = "# 2. T\n\n## Status\n\nProposed\n";
    assert_eq!(
        set_date(undated, Some(Dialect::Nygard), "2026-05-06").unwrap(),
        "# 2. T\n\nDate: 2026-05-06\n\n## Status\n\nProposed\n"
    );
}

#[test]
fn the_successor_links_back_once_in_its_dialect() {
    let old = Predecessor {
        number: Some(1),
        title: "First | one",
        file: "0001-first.md",
    };
    let madr = "---\nstatus: accepted\n---\n\n# N\n\n## More Information\n\nSee the wiki.\n";
    let linked = add_supersedes_link(madr, Some(Dialect::Madr), &old).unwrap();
    assert_eq!(
        linked,
        format!("{madr}\nSupersedes [ADR-0001: First \\| one](0001-first.md).\n")
    );
    assert_eq!(
        add_supersedes_link(&linked, Some(Dialect::Madr), &old).unwrap(),
        linked
    );
    let l4b = "# N\n\n- Status: accepted\n";
    assert_eq!(
        add_supersedes_link(l4b, Some(Dialect::Log4brains), &old).unwrap(),
        format!("{l4b}\n## Links\n\n- Supersedes [First \\| one](0001-first.md)\n")
    );
    let nygard = "# 4. N\n\nDate: 2026-01-01\n\n## Status\n\nAccepted\n\n## Context\n";
    assert_eq!(
        add_supersedes_link(nygard, Some(Dialect::Nygard), &old).unwrap(),
        "# 4. N\n\nDate: 2026-01-01\n\n## Status\n\nAccepted\n\nSupercedes [1. First \\| one](0001-first.md)\n\n## Context\n"
    );
    assert!(add_supersedes_link("# N\n", None, &old).is_err());
}
