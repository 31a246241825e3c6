//! `retry-without-idempotency`: a node retries its synchronous calls with
//! no idempotency key, neither sent by the caller nor taken by the callee.
//! A call that timed out may have succeeded, so the retry does the work
//! twice (a second charge, a second shipment).
//!
//! The fix goes on the caller: it is the one that retries, so it mints the
//! key and sends the same one on every attempt (a payment provider already
//! honours it; an own service stores it beside the result).
//!
//! Callees are found through pass-through pattern nodes (a breaker or a
//! gateway on the path), so the service behind them is the one asked.

use crate::catalog::ids;
use std::collections::{BTreeMap, BTreeSet};

use crate::catalog::blocks::BlockKind;
use crate::design::{EdgeId, EdgeKind, Finding, NodeId, Placement, Severity};
use crate::review::graph::View;
use crate::review::{RuleFix, RuleInfo};

use super::{Rule, names};

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "retry-without-idempotency",
        severity: Severity::Error,
        summary: "Retries into a synchronous callee that takes no idempotency key.",
        fix: Some(RuleFix {
            pattern: ids::IDEMPOTENCY_KEY,
            at: Placement::Caller,
        }),
    },
    check,
};

/// Who retries into one callee, and over which edges.
#[derive(Default)]
struct Retried {
    callers: BTreeSet<NodeId>,
    edges: BTreeSet<EdgeId>,
}

fn check(view: &View<'_>, out: &mut Vec<Finding>) {
    let mut by_callee: BTreeMap<NodeId, Retried> = BTreeMap::new();
    let retrying = view
        .nodes()
        .filter(|n| view.has_present(n.id, ids::RETRY_WITH_BACKOFF));
    for caller in retrying {
        for (callee, edges) in callees(view, caller.id) {
            let is_client = view
                .node(callee)
                .is_some_and(|n| n.is_block(BlockKind::Client));
            if callee == caller.id || is_client || view.has_present(callee, ids::IDEMPOTENCY_KEY) {
                continue;
            }
            let retried = by_callee.entry(callee).or_default();
            retried.callers.insert(caller.id);
            retried.edges.extend(edges);
        }
    }
    for (callee, retried) in by_callee {
        let working: Vec<NodeId> = retried
            .callers
            .iter()
            .copied()
            .filter(|&c| view.node(c).is_some_and(|n| !view.is_pass_through(n)))
            .collect();
        let named = if working.is_empty() {
            retried.callers.iter().copied().collect()
        } else {
            working
        };
        let keyless: Vec<NodeId> = named
            .into_iter()
            .filter(|&c| !view.has_present(c, ids::IDEMPOTENCY_KEY))
            .collect();
        let Some(&first) = keyless.first() else {
            continue;
        };
        let message = format!(
            "{} retr{} calls to {} with no idempotency key: a call that timed out may have \
             succeeded, so the retry does the work twice.",
            names(view, keyless.iter().copied()),
            if keyless.len() == 1 { "ies" } else { "y" },
            view.name(callee),
        );
        let nodes = retried
            .callers
            .into_iter()
            .filter(|&c| !view.has_present(c, ids::IDEMPOTENCY_KEY))
            .chain([callee]);
        out.push(RULE.fixable(nodes, retried.edges, message, first));
    }
}

/// The nodes `caller` reaches by synchronous calls, looking through
/// pass-through pattern nodes, each with the edges of the way there.
fn callees(view: &View<'_>, caller: NodeId) -> Vec<(NodeId, Vec<EdgeId>)> {
    let mut found = Vec::new();
    let mut seen = BTreeSet::from([caller]);
    let mut stack: Vec<(NodeId, Vec<EdgeId>)> = vec![(caller, Vec::new())];
    while let Some((at, path)) = stack.pop() {
        for call in view.outgoing(at, EdgeKind::SyncCall) {
            if !seen.insert(call.to) {
                continue;
            }
            let mut way = path.clone();
            way.push(call.id);
            match view.node(call.to) {
                Some(node) if view.is_pass_through(node) => stack.push((call.to, way)),
                Some(_) => found.push((call.to, way)),
                None => {}
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::review::testkit::{Design, assert_one, ids, run};

    fn checkout() -> Design {
        Design::new()
            .service("Checkout")
            .pattern(ids::RETRY_WITH_BACKOFF, "Retries")
            .service("Payments")
            .calls(&["Checkout", "Retries", "Payments"])
    }

    #[test]
    fn retrying_into_a_callee_without_a_key_is_reported() {
        let candidate = checkout().build();
        let findings = run(&RULE, &candidate);
        let nodes = ids(&candidate, &["Checkout", "Retries", "Payments"]);
        assert_one(&RULE, &findings, &nodes, Some(ids::IDEMPOTENCY_KEY));
        assert_eq!(findings[0].edges.len(), 2);
        assert!(
            findings[0]
                .message
                .starts_with("Checkout retries calls to Payments")
        );
    }

    #[test]
    fn the_fix_goes_on_the_caller_and_a_key_there_fixes_it() {
        let candidate = checkout().build();
        let place = run(&RULE, &candidate)[0].fix_at.unwrap();
        assert_eq!(place.node, ids(&candidate, &["Checkout"])[0]);
        assert_eq!(place.placement, Placement::Caller);
        let keyed = checkout()
            .carrying("Checkout", ids::IDEMPOTENCY_KEY)
            .build();
        assert!(run(&RULE, &keyed).is_empty());
    }

    #[test]
    fn a_second_caller_without_a_key_is_still_reported() {
        let candidate = checkout()
            .carrying("Checkout", ids::IDEMPOTENCY_KEY)
            .service("Refunds")
            .carrying("Refunds", ids::RETRY_WITH_BACKOFF)
            .sync("Refunds", "Payments")
            .build();
        let findings = run(&RULE, &candidate);
        assert_eq!(findings.len(), 1, "{findings:#?}");
        assert!(
            findings[0]
                .message
                .starts_with("Refunds retries calls to Payments")
        );
        let place = findings[0].fix_at.unwrap();
        assert_eq!(place.node, ids(&candidate, &["Refunds"])[0]);
        assert!(
            !findings[0]
                .nodes
                .contains(&ids(&candidate, &["Checkout"])[0])
        );
    }

    #[test]
    fn an_idempotency_key_on_the_callee_fixes_it() {
        let candidate = checkout()
            .carrying("Payments", ids::IDEMPOTENCY_KEY)
            .build();
        assert!(run(&RULE, &candidate).is_empty());
    }

    #[test]
    fn a_block_that_carries_retries_is_a_caller_too() {
        let candidate = Design::new()
            .service("Checkout")
            .external("Bank")
            .carrying("Checkout", ids::RETRY_WITH_BACKOFF)
            .sync("Checkout", "Bank")
            .build();
        let findings = run(&RULE, &candidate);
        assert_one(
            &RULE,
            &findings,
            &ids(&candidate, &["Checkout", "Bank"]),
            Some(ids::IDEMPOTENCY_KEY),
        );
    }

    #[test]
    fn no_retries_no_finding() {
        let candidate = Design::new()
            .service("A")
            .service("B")
            .sync("A", "B")
            .build();
        assert!(run(&RULE, &candidate).is_empty());
    }
}
