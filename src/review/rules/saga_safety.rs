//! `saga-safety`: a saga needs steps and compensations that can run twice
//! (an idempotency key somewhere in the design), and a path for a
//! compensation that fails (retries with backoff or a dead-letter queue).
//! Each missing half is its own finding with its own fix.

use crate::catalog::ids;
use crate::design::{EdgeKind, Finding, NodeId, Placement, Severity};
use crate::review::graph::View;
use crate::review::{RuleFix, RuleInfo};

use super::{Rule, names};

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "saga-safety",
        severity: Severity::Warning,
        summary: "A saga without idempotent steps, or without a retry or dead-letter path for \
                  failed compensations.",
        fix: Some(RuleFix {
            pattern: ids::IDEMPOTENCY_KEY,
            at: Placement::Saga,
        }),
    },
    check,
};

const FAILURE_PATHS: [&str; 2] = [ids::RETRY_WITH_BACKOFF, ids::DEAD_LETTER_QUEUE];

fn check(view: &View<'_>, out: &mut Vec<Finding>) {
    let idempotent = view.in_design(ids::IDEMPOTENCY_KEY);
    let recoverable = view.any_in_design(&FAILURE_PATHS);
    if idempotent && recoverable {
        return;
    }
    for saga in view.nodes_with(ids::SAGA) {
        let edges: Vec<_> = EdgeKind::ALL
            .into_iter()
            .flat_map(|kind| view.touching(saga.id, kind))
            .collect();
        let participants: Vec<NodeId> = edges
            .iter()
            .map(|e| if e.from == saga.id { e.to } else { e.from })
            .collect();
        let nodes = || participants.iter().copied();
        let who = if participants.is_empty() {
            String::new()
        } else {
            let sorted = crate::review::graph::sorted(participants.clone());
            format!(" across {}", names(view, sorted))
        };
        let saga_name = view.name(saga.id);
        if !idempotent {
            let message = format!(
                "{saga_name} retries steps and compensations{who}, but nothing in the design is \
                 idempotent: a replayed step charges or ships twice."
            );
            out.push(RULE.fixable(nodes(), edges.iter().map(|e| e.id), message, saga.id));
        }
        if !recoverable {
            let message = format!(
                "{saga_name} has no retry policy or dead-letter queue: a compensation that fails \
                 leaves the saga half undone with nobody told."
            );
            let mut finding = RULE.fixable(nodes(), edges.iter().map(|e| e.id), message, saga.id);
            finding.fix = Some(failure_path(view, idempotent).to_owned());
            out.push(finding);
        }
    }
}

/// The failure path to add: retries with backoff when the design has no
/// broker and its steps are idempotent (no new infrastructure, and a retry
/// is safe then); otherwise a dead-letter queue, which parks failed
/// compensations without replaying steps that are not idempotent.
fn failure_path(view: &View<'_>, idempotent: bool) -> &'static str {
    if idempotent && view.reading.brokers == 0 {
        ids::RETRY_WITH_BACKOFF
    } else {
        ids::DEAD_LETTER_QUEUE
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::review::testkit::{Design, ids, run};

    fn checkout() -> Design {
        Design::new()
            .pattern(ids::SAGA, "Checkout saga")
            .service("Orders")
            .service("Payments")
            .sync("Checkout saga", "Orders")
            .sync("Checkout saga", "Payments")
    }

    #[test]
    fn a_bare_saga_gets_both_findings_with_their_fixes() {
        let candidate = checkout().build();
        let findings = run(&RULE, &candidate);
        assert_eq!(findings.len(), 2, "{findings:#?}");
        let nodes = ids(&candidate, &["Checkout saga", "Orders", "Payments"]);
        for finding in &findings {
            assert_eq!(finding.rule, "saga-safety");
            assert_eq!(finding.severity, Severity::Warning);
            assert_eq!(finding.nodes, nodes);
            assert_eq!(finding.edges.len(), 2);
            let place = finding.fix_at.unwrap();
            assert_eq!(place.node, ids(&candidate, &["Checkout saga"])[0]);
        }
        assert_eq!(findings[0].fix.as_deref(), Some(ids::IDEMPOTENCY_KEY));
        assert_eq!(findings[1].fix.as_deref(), Some(ids::DEAD_LETTER_QUEUE));
    }

    #[test]
    fn idempotent_steps_without_a_broker_get_retries() {
        let candidate = checkout()
            .carrying("Payments", ids::IDEMPOTENCY_KEY)
            .build();
        let findings = run(&RULE, &candidate);
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].fix.as_deref(), Some(ids::RETRY_WITH_BACKOFF));
    }

    #[test]
    fn idempotent_steps_with_a_broker_get_a_dead_letter_queue() {
        let candidate = checkout()
            .carrying("Payments", ids::IDEMPOTENCY_KEY)
            .queue("Saga events")
            .publish("Checkout saga", "Saga events")
            .build();
        let findings = run(&RULE, &candidate);
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].fix.as_deref(), Some(ids::DEAD_LETTER_QUEUE));
    }

    #[test]
    fn idempotency_and_a_dead_letter_queue_fix_it() {
        let candidate = checkout()
            .carrying("Payments", ids::IDEMPOTENCY_KEY)
            .pattern(ids::DEAD_LETTER_QUEUE, "Failed steps")
            .build();
        assert!(run(&RULE, &candidate).is_empty());
    }
}
