//! `saga-safety`: a saga needs steps and compensations that can run twice
//! (an idempotency key somewhere in the design), and a path for a
//! compensation that fails (retries with backoff or a dead-letter queue).
//! Each missing half is its own finding with its own fix.

use crate::catalog::ids;
use crate::design::{EdgeKind, Finding, NodeId, Severity};
use crate::review::RuleInfo;
use crate::review::graph::View;

use super::{Rule, names};

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "saga-safety",
        severity: Severity::Warning,
        summary: "A saga without idempotent steps, or without a retry or dead-letter path for \
                  failed compensations.",
        fix: Some(ids::IDEMPOTENCY_KEY),
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
        let nodes = || participants.iter().copied().chain([saga.id]);
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
            out.push(RULE.finding(nodes(), edges.iter().map(|e| e.id), message));
        }
        if !recoverable {
            let message = format!(
                "{saga_name} has no retry policy or dead-letter queue: a compensation that fails \
                 leaves the saga half undone with nobody told."
            );
            let mut finding = RULE.finding(nodes(), edges.iter().map(|e| e.id), message);
            finding.fix = Some(ids::DEAD_LETTER_QUEUE.to_owned());
            out.push(finding);
        }
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
        }
        assert_eq!(findings[0].fix.as_deref(), Some(ids::IDEMPOTENCY_KEY));
        assert_eq!(findings[1].fix.as_deref(), Some(ids::DEAD_LETTER_QUEUE));
    }

    #[test]
    fn idempotency_alone_leaves_the_failure_path_finding() {
        let candidate = checkout()
            .carrying("Payments", ids::IDEMPOTENCY_KEY)
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
