//! `dual-write`: a service that writes its database and also publishes
//! messages, with no outbox or change data capture tying the two together.
//! A crash between the two writes loses the event or sends one for a change
//! that never committed.

use crate::catalog::blocks::BlockKind;
use crate::catalog::ids;
use crate::design::{EdgeId, EdgeKind, Finding, NodeId, Placement, Severity};
use crate::review::graph::View;
use crate::review::{RuleFix, RuleInfo};

use super::{Rule, names};

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "dual-write",
        severity: Severity::Error,
        summary: "A service writes a database and publishes messages (or writes a second database) without an outbox or CDC.",
        fix: Some(RuleFix {
            pattern: ids::TRANSACTIONAL_OUTBOX,
            at: Placement::PublishingService,
        }),
    },
    check,
};

const SAFE_PUBLISHING: [&str; 2] = [ids::TRANSACTIONAL_OUTBOX, ids::CHANGE_DATA_CAPTURE];

fn check(view: &View<'_>, out: &mut Vec<Finding>) {
    for service in view.nodes().filter(|n| n.is_block(BlockKind::Service)) {
        let writes: Vec<_> = view
            .touching(service.id, EdgeKind::ReadsWrites)
            .filter_map(|e| {
                let other = if e.from == service.id { e.to } else { e.from };
                let is_database = view
                    .node(other)
                    .is_some_and(|n| n.is_block(BlockKind::Database));
                is_database.then_some((other, e.id))
            })
            .collect();
        let publishes: Vec<_> = view
            .outgoing(service.id, EdgeKind::AsyncMessage)
            .filter(|e| e.to != service.id)
            .map(|e| (e.to, e.id))
            .collect();
        if view.has_any_present(service.id, &SAFE_PUBLISHING) {
            continue;
        }
        if publishes.is_empty() {
            two_stores(view, service.id, &writes, out);
            continue;
        }
        if writes.is_empty() {
            continue;
        }
        let stores: Vec<NodeId> = distinct(writes.iter().map(|w| w.0));
        let targets: Vec<NodeId> = distinct(publishes.iter().map(|p| p.0));
        let message = format!(
            "{} writes {} and publishes to {} without an outbox: a crash between the two \
             loses or duplicates events.",
            view.name(service.id),
            names(view, stores.iter().copied()),
            names(view, targets.iter().copied()),
        );
        let nodes = stores.into_iter().chain(targets);
        let edges = writes.iter().chain(&publishes).map(|&(_, e)| e);
        out.push(RULE.fixable(nodes, edges, message, service.id));
    }
}

/// A service writing two databases that no replication keeps in step: the
/// same dual write with a second database instead of a broker.
fn two_stores(
    view: &View<'_>,
    service: NodeId,
    writes: &[(NodeId, EdgeId)],
    out: &mut Vec<Finding>,
) {
    let unlinked: Vec<(NodeId, EdgeId)> = writes
        .iter()
        .copied()
        .filter(|(db, _)| !kept_in_step(view, *db))
        .collect();
    let stores = distinct(unlinked.iter().map(|w| w.0));
    if stores.len() < 2 {
        return;
    }
    let message = format!(
        "{} writes both {} with nothing keeping them in step: a crash or a failed write \
         between the two leaves them disagreeing, and nobody knows which is right.",
        view.name(service),
        names(view, stores.iter().copied()),
    );
    let edges = unlinked.iter().map(|&(_, e)| e);
    let mut finding = RULE.fixable(stores, edges, message, service);
    if let Some(place) = finding.fix_at.as_mut() {
        place.placement = Placement::WritingService;
    }
    out.push(finding);
}

/// A database that replication or change data capture keeps in step with
/// another: a replication edge touches it, or a CDC node is connected to it
/// (a migration copying MySQL into Postgres through Debezium).
fn kept_in_step(view: &View<'_>, db: NodeId) -> bool {
    view.touching(db, EdgeKind::Replication).next().is_some()
        || view.has_present(db, ids::CHANGE_DATA_CAPTURE)
}

fn distinct(ids: impl Iterator<Item = NodeId>) -> Vec<NodeId> {
    crate::review::graph::sorted(ids.collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::review::testkit::{Design, assert_one, ids, run};

    fn orders() -> Design {
        Design::new()
            .service("Orders")
            .database("orders-db")
            .queue("order-events")
            .rw("Orders", "orders-db")
            .publish("Orders", "order-events")
    }

    #[test]
    fn writing_and_publishing_without_an_outbox_is_an_error() {
        let candidate = orders().build();
        let findings = run(&RULE, &candidate);
        let nodes = ids(&candidate, &["Orders", "orders-db", "order-events"]);
        assert_one(&RULE, &findings, &nodes, Some(ids::TRANSACTIONAL_OUTBOX));
        assert_eq!(findings[0].edges.len(), 2);
        assert_eq!(
            findings[0].message,
            "Orders writes orders-db and publishes to order-events without an outbox: a crash \
             between the two loses or duplicates events."
        );
    }

    #[test]
    fn an_outbox_on_the_service_fixes_it() {
        let candidate = orders()
            .carrying("Orders", ids::TRANSACTIONAL_OUTBOX)
            .build();
        assert!(run(&RULE, &candidate).is_empty());
    }

    #[test]
    fn a_cdc_node_attached_to_the_service_fixes_it() {
        let candidate = orders()
            .pattern(ids::CHANGE_DATA_CAPTURE, "CDC")
            .edge("CDC", "Orders", EdgeKind::DependsOn)
            .build();
        assert!(run(&RULE, &candidate).is_empty());
    }

    #[test]
    fn two_databases_are_a_dual_write_unless_cdc_keeps_them_in_step() {
        let both = Design::new()
            .service("Shop")
            .database("MySQL")
            .database("Postgres")
            .rw("Shop", "MySQL")
            .rw("Shop", "Postgres");
        let findings = run(&RULE, &both.build());
        assert_eq!(findings.len(), 1, "{findings:#?}");
        let migrated = Design::new()
            .service("Verifier")
            .database("MySQL")
            .database("Postgres")
            .pattern(ids::CHANGE_DATA_CAPTURE, "Debezium")
            .rw("Verifier", "MySQL")
            .rw("Verifier", "Postgres")
            .rw("MySQL", "Debezium")
            .rw("Debezium", "Postgres")
            .build();
        assert!(run(&RULE, &migrated).is_empty());
    }

    #[test]
    fn a_service_that_only_writes_is_fine() {
        let candidate = Design::new()
            .service("Orders")
            .database("orders-db")
            .rw("orders-db", "Orders")
            .build();
        assert!(run(&RULE, &candidate).is_empty());
    }
}
