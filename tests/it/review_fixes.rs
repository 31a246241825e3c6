//! "Apply fix": every fixable finding of the examples becomes one edit that
//! removes that finding, and one undo restores the design.

use plinth::catalog::Catalog;
use plinth::history::History;
use plinth::review::review;
use plinth::workspace::fix::fix_edit;

use crate::support::example;

#[test]
fn applying_a_fix_removes_the_finding_and_undo_restores_it() {
    let catalog = Catalog::embedded();
    let mut fixed = 0;
    for name in ["startup", "ai-support", "checkout"] {
        let original = example(name);
        for candidate in original.candidates() {
            for finding in review(candidate, &catalog, &original.context) {
                let Some(edit) = fix_edit(&original, candidate.id, &finding, &catalog) else {
                    continue;
                };
                let mut ws = original.clone();
                let mut history = History::new();
                history.apply(&mut ws, edit).unwrap();
                let after = review(ws.candidate(candidate.id).unwrap(), &catalog, &ws.context);
                let still = after
                    .iter()
                    .any(|f| f.rule == finding.rule && f.nodes == finding.nodes);
                if finding.rule != "team-too-small" && finding.rule != "team-too-large" {
                    assert!(
                        !still,
                        "{name}/{}: fixing {} left it: {:?}",
                        candidate.name, finding.rule, after
                    );
                }
                assert!(history.undo(&mut ws).unwrap());
                assert_eq!(ws, original);
                fixed += 1;
            }
        }
    }
    assert!(fixed >= 5, "only {fixed} fixes applied");
}

#[test]
fn a_fix_that_would_not_resolve_the_finding_is_not_offered() {
    let catalog = Catalog::embedded();
    let ws = example("checkout");
    let sync = ws.candidate_named("Synchronous checkout").unwrap();
    let shared = review(sync, &catalog, &ws.context)
        .into_iter()
        .find(|f| f.rule == "shared-database")
        .unwrap();
    assert!(shared.fix.is_some());
    assert!(
        fix_edit(&ws, sync.id, &shared, &catalog).is_none(),
        "a shared database needs splitting, not a pattern"
    );
}

#[test]
fn a_fix_that_would_conflict_is_not_offered() {
    let catalog = Catalog::embedded();
    let ws = example("startup");
    let micro = ws.candidate_named("Microservices").unwrap();
    let finding = review(micro, &catalog, &ws.context)
        .into_iter()
        .find(|f| f.rule == "team-too-small")
        .unwrap();
    assert_eq!(finding.fix.as_deref(), Some("monolith"));
    assert!(
        fix_edit(&ws, micro.id, &finding, &catalog).is_none(),
        "monolith conflicts with microservices"
    );
}
