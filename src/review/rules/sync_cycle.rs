//! `sync-cycle`: services that call each other synchronously in a loop. A
//! request can come back to a node that is already waiting on it, so
//! threads deadlock under load, and none of them can fail or ship alone.

use crate::catalog::ids;
use crate::design::{EdgeKind, Finding, Placement, Severity};
use crate::review::graph::View;
use crate::review::{RuleFix, RuleInfo};

use super::{Rule, names};

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "sync-cycle",
        severity: Severity::Error,
        summary: "Synchronous calls that form a cycle.",
        fix: Some(RuleFix {
            pattern: ids::PUB_SUB,
            at: Placement::CycleMember,
        }),
    },
    check,
};

fn check(view: &View<'_>, out: &mut Vec<Finding>) {
    for cycle in view.cycles(EdgeKind::SyncCall, |_| true) {
        let message = if cycle.nodes.len() == 1 {
            format!(
                "{} calls itself synchronously: each call holds a thread while it waits \
                 for another of its own, so load turns into a deadlock.",
                names(view, cycle.nodes.iter().copied())
            )
        } else {
            format!(
                "{} call each other synchronously in a cycle: a slow call can deadlock threads \
                 across all of them, and none can be deployed or fail alone. Make one direction \
                 an event.",
                names(view, cycle.nodes.iter().copied())
            )
        };
        let Some(&first) = cycle.nodes.first() else {
            continue;
        };
        out.push(RULE.fixable(cycle.nodes, cycle.edges, message, first));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::review::testkit::{Design, assert_one, edge, ids, run};

    fn loop_of_three() -> Design {
        Design::new()
            .service("Orders")
            .service("Payments")
            .service("Inventory")
            .service("Email")
            .calls(&["Orders", "Payments", "Inventory"])
            .sync("Email", "Orders")
    }

    #[test]
    fn a_loop_of_calls_is_an_error_naming_its_members() {
        let candidate = loop_of_three().sync("Inventory", "Orders").build();
        let findings = run(&RULE, &candidate);
        let nodes = ids(&candidate, &["Orders", "Payments", "Inventory"]);
        assert_one(&RULE, &findings, &nodes, Some(ids::PUB_SUB));
        assert_eq!(findings[0].edges.len(), 3);
        assert!(
            !findings[0]
                .edges
                .contains(&edge(&candidate, "Email", "Orders"))
        );
    }

    #[test]
    fn an_event_back_breaks_the_cycle() {
        let candidate = loop_of_three().publish("Inventory", "Orders").build();
        assert!(run(&RULE, &candidate).is_empty());
    }

    #[test]
    fn a_node_calling_itself_is_a_cycle() {
        let candidate = Design::new()
            .service("Lonely")
            .sync("Lonely", "Lonely")
            .build();
        let findings = run(&RULE, &candidate);
        assert_one(
            &RULE,
            &findings,
            &ids(&candidate, &["Lonely"]),
            Some(ids::PUB_SUB),
        );
    }
}
