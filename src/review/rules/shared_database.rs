//! `shared-database`: one database read and written by two or more services.
//! The schema becomes a contract nobody owns: every migration needs every
//! team, and one service's heavy query slows the others.

use crate::catalog::blocks::BlockKind;
use crate::catalog::ids;
use crate::design::{EdgeKind, Finding, Placement, Severity};
use crate::review::graph::{View, sorted};
use crate::review::{RuleFix, RuleInfo};

use super::{Rule, names};

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "shared-database",
        severity: Severity::Warning,
        summary: "One database used (read or written) by two or more services.",
        fix: Some(RuleFix {
            pattern: ids::CHANGE_DATA_CAPTURE,
            at: Placement::SharedDatabase,
        }),
    },
    check,
};

fn check(view: &View<'_>, out: &mut Vec<Finding>) {
    for database in view.nodes().filter(|n| n.is_block(BlockKind::Database)) {
        let access: Vec<_> = view
            .touching(database.id, EdgeKind::ReadsWrites)
            .filter_map(|e| {
                let other = if e.from == database.id { e.to } else { e.from };
                let is_service = view
                    .node(other)
                    .is_some_and(|n| n.is_block(BlockKind::Service));
                is_service.then_some((other, e.id))
            })
            .collect();
        let services = sorted(access.iter().map(|a| a.0).collect());
        if services.len() < 2 {
            continue;
        }
        let message = format!(
            "{} is used by {}: a schema change breaks every service that reads or writes it, and \
             none of them owns the data. Give each service its own store and feed the others by \
             change data capture.",
            view.name(database.id),
            names(view, services.iter().copied()),
        );
        let edges = access.iter().map(|a| a.1);
        out.push(RULE.fixable(services, edges, message, database.id));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::review::testkit::{Design, assert_one, ids, run};

    fn shared() -> Design {
        Design::new()
            .service("Orders")
            .service("Billing")
            .database("orders-db")
            .database("audit-db")
            .rw("Orders", "orders-db")
            .rw("Billing", "audit-db")
    }

    #[test]
    fn two_services_writing_one_database_are_named() {
        let candidate = shared().rw("orders-db", "Billing").build();
        let findings = run(&RULE, &candidate);
        let nodes = ids(&candidate, &["Orders", "Billing", "orders-db"]);
        assert_one(&RULE, &findings, &nodes, Some(ids::CHANGE_DATA_CAPTURE));
        assert!(
            findings[0]
                .message
                .starts_with("orders-db is used by Orders and Billing")
        );
        assert_eq!(findings[0].edges.len(), 2);
    }

    #[test]
    fn a_store_per_service_fed_by_cdc_is_fine() {
        let candidate = shared()
            .database("billing-db")
            .pattern(ids::CHANGE_DATA_CAPTURE, "CDC")
            .rw("Billing", "billing-db")
            .replicate("orders-db", "CDC")
            .replicate("CDC", "billing-db")
            .build();
        assert!(run(&RULE, &candidate).is_empty());
    }

    #[test]
    fn one_service_with_two_edges_to_its_database_is_fine() {
        let candidate = shared().rw("orders-db", "Orders").build();
        assert!(run(&RULE, &candidate).is_empty());
    }
}
