//! `external-without-fallback`: a synchronous call to a system you do not
//! own, with no timeout policy or circuit breaker on either side. When the
//! vendor slows down, the caller's threads and connections pile up waiting.
//! A client reaching a vendor (a browser fetching from a CDN, an editor
//! using a hosted CMS) holds no server threads, so it is not asked.

use crate::catalog::blocks::BlockKind;
use crate::catalog::ids;
use crate::design::{EdgeKind, Finding, Placement, Severity};
use crate::review::graph::View;
use crate::review::{RuleFix, RuleInfo};

use super::Rule;

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "external-without-fallback",
        severity: Severity::Warning,
        summary: "A synchronous call to an external system with no circuit breaker or timeouts.",
        fix: Some(RuleFix {
            pattern: ids::CIRCUIT_BREAKER,
            at: Placement::Caller,
        }),
    },
    check,
};

/// A breaker fails fast, retry-with-backoff brings timeouts, a bulkhead
/// caps the threads that can pile up waiting.
const PROTECTION: [&str; 3] = [ids::CIRCUIT_BREAKER, ids::RETRY_WITH_BACKOFF, ids::BULKHEAD];

fn check(view: &View<'_>, out: &mut Vec<Finding>) {
    for external in view
        .nodes()
        .filter(|n| n.is_block(BlockKind::ExternalSystem))
    {
        if view.has_any_present(external.id, &PROTECTION) {
            continue;
        }
        for call in view.incoming(external.id, EdgeKind::SyncCall) {
            let from_client = view
                .node(call.from)
                .is_some_and(|n| n.is_block(BlockKind::Client));
            if call.from == external.id
                || from_client
                || view.has_any_present(call.from, &PROTECTION)
                || only_consumes(view, call.from)
            {
                continue;
            }
            let message = format!(
                "{} calls {} synchronously with no timeout or circuit breaker: when {} slows \
                 down, {}'s threads pile up waiting for it.",
                view.name(call.from),
                view.name(external.id),
                view.name(external.id),
                view.name(call.from),
            );
            out.push(RULE.fixable([external.id], [call.id], message, call.from));
        }
    }
}

/// A worker fed only by asynchronous messages: its wait holds a message
/// that the broker keeps, not a user's request.
fn only_consumes(view: &View<'_>, node: crate::design::NodeId) -> bool {
    view.incoming(node, EdgeKind::AsyncMessage).next().is_some()
        && view.incoming(node, EdgeKind::SyncCall).next().is_none()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::review::testkit::{Design, assert_one, edge, ids, run};

    fn checkout() -> Design {
        Design::new()
            .service("Checkout")
            .external("Stripe")
            .service("Fraud")
            .sync("Checkout", "Stripe")
    }

    #[test]
    fn a_bare_call_to_a_vendor_is_reported_per_call() {
        let candidate = checkout().build();
        let findings = run(&RULE, &candidate);
        assert_one(
            &RULE,
            &findings,
            &ids(&candidate, &["Checkout", "Stripe"]),
            Some(ids::CIRCUIT_BREAKER),
        );
        assert_eq!(
            findings[0].edges,
            vec![edge(&candidate, "Checkout", "Stripe")]
        );
    }

    #[test]
    fn a_client_reaching_a_vendor_is_not_asked() {
        let candidate = Design::new()
            .client("Readers")
            .external("CDN")
            .sync("Readers", "CDN")
            .build();
        assert!(run(&RULE, &candidate).is_empty());
    }

    #[test]
    fn a_breaker_on_the_caller_fixes_that_call_only() {
        let candidate = checkout()
            .carrying("Checkout", ids::CIRCUIT_BREAKER)
            .sync("Fraud", "Stripe")
            .build();
        let findings = run(&RULE, &candidate);
        assert_one(
            &RULE,
            &findings,
            &ids(&candidate, &["Fraud", "Stripe"]),
            Some(ids::CIRCUIT_BREAKER),
        );
    }

    #[test]
    fn a_breaker_node_on_the_call_path_fixes_it() {
        let candidate = Design::new()
            .service("Checkout")
            .pattern(ids::CIRCUIT_BREAKER, "Breaker")
            .external("Stripe")
            .calls(&["Checkout", "Breaker", "Stripe"])
            .build();
        assert!(run(&RULE, &candidate).is_empty());
    }
}
