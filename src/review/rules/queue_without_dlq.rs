//! `queue-without-dlq`: a queue or topic that delivers to consumers with
//! nowhere for a poison message to go and no limit on what piles up. One
//! message that always fails blocks its partition or is retried forever.
//!
//! Consumers are the nodes the queue sends asynchronous messages to.

use crate::catalog::blocks::BlockKind;
use crate::catalog::ids;
use crate::design::{EdgeKind, Finding, Placement, Severity};
use crate::review::graph::View;
use crate::review::{RuleFix, RuleInfo};

use super::{Rule, names};

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "queue-without-dlq",
        severity: Severity::Warning,
        summary: "A queue or topic with consumers but no dead-letter queue or backpressure.",
        fix: Some(RuleFix {
            pattern: ids::DEAD_LETTER_QUEUE,
            at: Placement::Queue,
        }),
    },
    check,
};

const OVERFLOW_PATHS: [&str; 2] = [ids::DEAD_LETTER_QUEUE, ids::BACKPRESSURE_LOAD_SHEDDING];

fn check(view: &View<'_>, out: &mut Vec<Finding>) {
    let queues = view
        .nodes()
        .filter(|n| n.is_block(BlockKind::Queue) || n.has_pattern(ids::PUB_SUB));
    for queue in queues {
        let deliveries: Vec<_> = view
            .outgoing(queue.id, EdgeKind::AsyncMessage)
            .filter(|e| e.to != queue.id)
            .collect();
        if deliveries.is_empty() || view.has_any_present(queue.id, &OVERFLOW_PATHS) {
            continue;
        }
        let consumers = crate::review::graph::sorted(deliveries.iter().map(|e| e.to).collect());
        let message = format!(
            "{} delivers to {} with no dead-letter queue: one poison message blocks the \
             partition or is retried forever.",
            view.name(queue.id),
            names(view, consumers.iter().copied()),
        );
        let edges = deliveries.iter().map(|e| e.id);
        out.push(RULE.fixable(consumers, edges, message, queue.id));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::review::testkit::{Design, assert_one, ids, run};

    fn events() -> Design {
        Design::new()
            .service("Orders")
            .queue("order-events")
            .service("Billing")
            .service("Shipping")
            .publish("Orders", "order-events")
            .publish("order-events", "Billing")
            .publish("order-events", "Shipping")
    }

    #[test]
    fn a_queue_with_consumers_and_no_dlq_is_reported() {
        let candidate = events().build();
        let findings = run(&RULE, &candidate);
        let nodes = ids(&candidate, &["order-events", "Billing", "Shipping"]);
        assert_one(&RULE, &findings, &nodes, Some(ids::DEAD_LETTER_QUEUE));
        assert_eq!(findings[0].edges.len(), 2);
        assert!(findings[0].message.contains("Billing and Shipping"));
    }

    #[test]
    fn a_dead_letter_queue_attached_to_the_queue_fixes_it() {
        let candidate = events()
            .pattern(ids::DEAD_LETTER_QUEUE, "order-events DLQ")
            .publish("order-events", "order-events DLQ")
            .build();
        assert!(run(&RULE, &candidate).is_empty());
    }

    #[test]
    fn a_pub_sub_node_counts_but_a_queue_nobody_consumes_does_not() {
        let candidate = Design::new()
            .service("Orders")
            .queue("audit-log")
            .pattern(ids::PUB_SUB, "Bus")
            .publish("Orders", "audit-log")
            .publish("Bus", "Orders")
            .build();
        let findings = run(&RULE, &candidate);
        assert_one(
            &RULE,
            &findings,
            &ids(&candidate, &["Orders", "Bus"]),
            Some(ids::DEAD_LETTER_QUEUE),
        );
    }

    #[test]
    fn backpressure_on_the_topic_fixes_it() {
        let candidate = events()
            .pattern(ids::BACKPRESSURE_LOAD_SHEDDING, "Shedder")
            .edge("Shedder", "order-events", EdgeKind::DependsOn)
            .build();
        assert!(run(&RULE, &candidate).is_empty());
    }
}
