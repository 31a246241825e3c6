//! `consumer-idempotency`: a node that processes asynchronous messages with
//! no idempotency key. Brokers deliver at least once, so every consumer sees
//! duplicates sooner or later.
//!
//! Consumers are services and pattern nodes that do work; queues, topics,
//! event buses and pass-through patterns (gateways, breakers, outboxes)
//! carry messages on and are not asked.

use crate::catalog::blocks::BlockKind;
use crate::catalog::ids;
use crate::design::{EdgeKind, Finding, Node, NodeKind, Placement, Severity};
use crate::review::graph::View;
use crate::review::{RuleFix, RuleInfo};

use super::{Rule, names};

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "consumer-idempotency",
        severity: Severity::Warning,
        summary: "A consumer of asynchronous messages without an idempotency key.",
        fix: Some(RuleFix {
            pattern: ids::IDEMPOTENCY_KEY,
            at: Placement::Consumer,
        }),
    },
    check,
};

fn check(view: &View<'_>, out: &mut Vec<Finding>) {
    for consumer in view.nodes() {
        // The deliveries first: a node nothing delivers to needs no catalog
        // lookup to decide whether it is a consumer.
        let deliveries: Vec<_> = view
            .incoming(consumer.id, EdgeKind::AsyncMessage)
            .filter(|e| e.from != consumer.id)
            .collect();
        if deliveries.is_empty()
            || !is_consumer(view, consumer)
            || view.has_present(consumer.id, ids::IDEMPOTENCY_KEY)
        {
            continue;
        }
        let sources = crate::review::graph::sorted(deliveries.iter().map(|e| e.from).collect());
        let message = format!(
            "{} consumes from {} without an idempotency key: brokers deliver at least once, \
             so a redelivered message is processed twice.",
            view.name(consumer.id),
            names(view, sources.iter().copied()),
        );
        let edges = deliveries.iter().map(|e| e.id);
        out.push(RULE.fixable(sources, edges, message, consumer.id));
    }
}

/// Services, and pattern nodes of the catalog that do work on messages.
fn is_consumer(view: &View<'_>, node: &Node) -> bool {
    if view.is_broker(node) || view.is_pass_through(node) {
        return false;
    }
    match &node.kind {
        NodeKind::Block { block, .. } => *block == BlockKind::Service,
        NodeKind::Pattern { pattern } => view.catalog.pattern(pattern).is_some(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::review::testkit::{Design, assert_one, ids, run};

    fn billing() -> Design {
        Design::new()
            .service("Orders")
            .queue("order-events")
            .service("Billing")
            .publish("Orders", "order-events")
            .publish("order-events", "Billing")
    }

    #[test]
    fn a_consumer_without_idempotency_is_reported_once() {
        let candidate = billing().build();
        let findings = run(&RULE, &candidate);
        let nodes = ids(&candidate, &["order-events", "Billing"]);
        assert_one(&RULE, &findings, &nodes, Some(ids::IDEMPOTENCY_KEY));
        assert!(
            findings[0]
                .message
                .starts_with("Billing consumes from order-events")
        );
    }

    #[test]
    fn an_idempotency_key_node_on_the_consumer_fixes_it() {
        let candidate = billing()
            .pattern(ids::IDEMPOTENCY_KEY, "Dedup table")
            .edge("Billing", "Dedup table", EdgeKind::DependsOn)
            .build();
        assert!(run(&RULE, &candidate).is_empty());
    }

    #[test]
    fn pattern_nodes_that_do_work_are_consumers_but_brokers_are_not() {
        let candidate = Design::new()
            .service("Orders")
            .pattern(ids::EVENT_DRIVEN, "Bus")
            .pattern(ids::STREAM_PROCESSING, "Aggregator")
            .publish("Orders", "Bus")
            .publish("Bus", "Aggregator")
            .build();
        let findings = run(&RULE, &candidate);
        assert_one(
            &RULE,
            &findings,
            &ids(&candidate, &["Bus", "Aggregator"]),
            Some(ids::IDEMPOTENCY_KEY),
        );
    }
}
