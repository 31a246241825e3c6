//! `external-without-fallback`: a synchronous call to a system you do not
//! own, with no timeout policy or circuit breaker on either side. When the
//! vendor slows down, the caller's threads and connections pile up waiting.

use crate::catalog::blocks::BlockKind;
use crate::design::{EdgeKind, Finding, Severity};
use crate::review::RuleInfo;
use crate::review::graph::View;

use super::Rule;

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "external-without-fallback",
        severity: Severity::Warning,
        summary: "A synchronous call to an external system with no circuit breaker or timeouts.",
        fix: Some("circuit-breaker"),
    },
    check,
};

const PROTECTION: [&str; 2] = ["circuit-breaker", "retry-with-backoff"];

fn check(view: &View<'_>, out: &mut Vec<Finding>) {
    for external in view
        .nodes()
        .filter(|n| n.is_block(BlockKind::ExternalSystem))
    {
        if view.has_any_present(external.id, &PROTECTION) {
            continue;
        }
        for call in view.incoming(external.id, EdgeKind::SyncCall) {
            if call.from == external.id || view.has_any_present(call.from, &PROTECTION) {
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
            out.push(RULE.finding([call.from, external.id], [call.id], message));
        }
    }
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
            Some("circuit-breaker"),
        );
        assert_eq!(
            findings[0].edges,
            vec![edge(&candidate, "Checkout", "Stripe")]
        );
    }

    #[test]
    fn a_breaker_on_the_caller_fixes_that_call_only() {
        let candidate = checkout()
            .carrying("Checkout", "circuit-breaker")
            .sync("Fraud", "Stripe")
            .build();
        let findings = run(&RULE, &candidate);
        assert_one(
            &RULE,
            &findings,
            &ids(&candidate, &["Fraud", "Stripe"]),
            Some("circuit-breaker"),
        );
    }

    #[test]
    fn a_breaker_node_on_the_call_path_fixes_it() {
        let candidate = Design::new()
            .service("Checkout")
            .pattern("circuit-breaker", "Breaker")
            .external("Stripe")
            .calls(&["Checkout", "Breaker", "Stripe"])
            .build();
        assert!(run(&RULE, &candidate).is_empty());
    }
}
