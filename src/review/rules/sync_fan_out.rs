//! One request that waits on several services at once: the caller is up
//! only when all of them are, and as slow as the slowest. Work that does
//! not have to finish before the answer is better announced as an event.

use crate::catalog::ids;
use std::collections::BTreeSet;

use crate::catalog::blocks::BlockKind;
use crate::design::{EdgeKind, Finding, NodeId, Severity};
use crate::review::RuleInfo;
use crate::review::graph::View;

use super::{Rule, names};

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "sync-fan-out",
        severity: Severity::Warning,
        summary: "A service calling three or more other services synchronously.",
        fix: None,
    },
    check,
};

/// From this many synchronous callees, availability multiplies down.
const MAX_CALLEES: usize = 3;

fn check(view: &View<'_>, out: &mut Vec<Finding>) {
    let callers = view
        .nodes()
        .filter(|n| n.is_block(BlockKind::Service) && !n.has_pattern(ids::API_GATEWAY));
    for caller in callers {
        let calls: Vec<_> = view
            .outgoing(caller.id, EdgeKind::SyncCall)
            .filter(|e| {
                e.to != caller.id
                    && view
                        .node(e.to)
                        .is_some_and(|n| n.is_block(BlockKind::Service))
            })
            .collect();
        let callees: BTreeSet<NodeId> = calls.iter().map(|e| e.to).collect();
        if callees.len() < MAX_CALLEES {
            continue;
        }
        let message = format!(
            "{} calls {} synchronously: it is up only when all of them are, and as slow as the \
             slowest. Announce what need not finish before the answer as an event.",
            view.name(caller.id),
            names(view, callees.iter().copied()),
        );
        let nodes = [caller.id].into_iter().chain(callees);
        out.push(RULE.finding(nodes, calls.iter().map(|e| e.id), message));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::review::testkit::{Design, assert_one, ids, run};

    #[test]
    fn checkout_calling_three_services_is_named() {
        let candidate = Design::new()
            .service("Checkout")
            .service("Email")
            .service("Warehouse")
            .service("Loyalty")
            .sync("Checkout", "Email")
            .sync("Checkout", "Warehouse")
            .sync("Checkout", "Loyalty")
            .build();
        let nodes = ids(&candidate, &["Checkout", "Email", "Warehouse", "Loyalty"]);
        assert_one(&RULE, &run(&RULE, &candidate), &nodes, None);
    }

    #[test]
    fn two_callees_or_a_gateway_are_fine() {
        let two = Design::new()
            .service("Checkout")
            .service("Email")
            .service("Warehouse")
            .sync("Checkout", "Email")
            .sync("Checkout", "Warehouse")
            .build();
        assert!(run(&RULE, &two).is_empty());
    }
}
