//! `unprotected-entry-point`: the node that every client talks to (a
//! gateway, or one service) has no rate limit. One runaway client or retry
//! storm then reaches everything behind it.

use crate::catalog::ids;
use std::collections::{BTreeMap, BTreeSet};

use crate::catalog::blocks::BlockKind;
use crate::design::{EdgeId, EdgeKind, Finding, NodeId, Placement, Severity};
use crate::review::graph::View;
use crate::review::{RuleFix, RuleInfo};

use super::{Rule, names};

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "unprotected-entry-point",
        severity: Severity::Warning,
        summary: "The node that receives traffic from every public client has no rate limiting.",
        fix: Some(RuleFix {
            pattern: ids::RATE_LIMITING,
            at: Placement::EntryPoint,
        }),
    },
    check,
};

/// The clients that reach one node, and the edges they use.
#[derive(Default)]
struct Traffic {
    clients: BTreeSet<NodeId>,
    edges: Vec<EdgeId>,
}

/// Words that make a client internal: staff behind the organisation's own
/// login, not the open internet, so a rate limit is not the first defence.
const INTERNAL_WORDS: [&str; 8] = [
    "internal",
    "staff",
    "admin",
    "back office",
    "back-office",
    "backoffice",
    "employee",
    "operator",
];

fn is_internal(label: &str) -> bool {
    let label = label.to_ascii_lowercase();
    INTERNAL_WORDS.iter().any(|w| label.contains(w))
}

fn check(view: &View<'_>, out: &mut Vec<Finding>) {
    // The public clients that send traffic: staff screens are behind the
    // organisation's login, and a screen that only receives (an approval
    // console fed by a queue) sends nothing to limit.
    let clients: Vec<NodeId> = view
        .nodes()
        .filter(|n| n.is_block(BlockKind::Client) && !is_internal(&n.label))
        .filter(|n| {
            EdgeKind::ALL
                .into_iter()
                .flat_map(|k| view.outgoing(n.id, k))
                .any(|e| {
                    view.node(e.to)
                        .is_some_and(|to| !to.is_block(BlockKind::Client))
                })
        })
        .map(|n| n.id)
        .collect();
    if clients.is_empty() {
        return;
    }
    let mut traffic: BTreeMap<NodeId, Traffic> = BTreeMap::new();
    for &client in &clients {
        for edge in EdgeKind::ALL
            .into_iter()
            .flat_map(|k| view.outgoing(client, k))
        {
            let is_client = view
                .node(edge.to)
                .is_some_and(|n| n.is_block(BlockKind::Client));
            if !is_client {
                let entry = traffic.entry(edge.to).or_default();
                entry.clients.insert(client);
                entry.edges.push(edge.id);
            }
        }
    }
    for (entry, seen) in traffic {
        if seen.clients.len() < clients.len() || view.has_present(entry, ids::RATE_LIMITING) {
            continue;
        }
        let message = format!(
            "{} takes all traffic from {} with no rate limit: one runaway client or retry storm \
             overloads everything behind it.",
            view.name(entry),
            names(view, seen.clients.iter().copied()),
        );
        out.push(RULE.fixable(seen.clients, seen.edges, message, entry));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::review::testkit::{Design, assert_one, ids, run};

    #[test]
    fn staff_and_screens_that_only_receive_do_not_hide_the_public_entry_point() {
        let candidate = Design::new()
            .client("Shoppers")
            .client("Staff approval console")
            .client("Wallboard")
            .service("Shop")
            .queue("approvals")
            .sync("Shoppers", "Shop")
            .publish("Shop", "approvals")
            .publish("approvals", "Wallboard")
            .build();
        let findings = run(&RULE, &candidate);
        let nodes = ids(&candidate, &["Shoppers", "Shop"]);
        assert_one(&RULE, &findings, &nodes, Some(ids::RATE_LIMITING));
    }

    #[test]
    fn an_internal_tool_used_by_staff_needs_no_rate_limit_finding() {
        let candidate = Design::new()
            .client("Back-office staff")
            .service("Admin app")
            .sync("Back-office staff", "Admin app")
            .build();
        assert!(run(&RULE, &candidate).is_empty());
    }

    fn front_door() -> Design {
        Design::new()
            .client("Web")
            .client("Mobile")
            .pattern(ids::API_GATEWAY, "Gateway")
            .service("Orders")
            .sync("Web", "Gateway")
            .sync("Mobile", "Gateway")
            .sync("Gateway", "Orders")
    }

    #[test]
    fn the_gateway_every_client_calls_needs_a_rate_limit() {
        let candidate = front_door().sync("Web", "Orders").build();
        let findings = run(&RULE, &candidate);
        let nodes = ids(&candidate, &["Web", "Mobile", "Gateway"]);
        assert_one(&RULE, &findings, &nodes, Some(ids::RATE_LIMITING));
        assert!(
            findings[0]
                .message
                .starts_with("Gateway takes all traffic from Web and Mobile")
        );
    }

    #[test]
    fn a_rate_limiter_on_the_gateway_fixes_it() {
        let candidate = front_door()
            .pattern(ids::RATE_LIMITING, "Limits")
            .edge("Limits", "Gateway", EdgeKind::DependsOn)
            .build();
        assert!(run(&RULE, &candidate).is_empty());
    }

    #[test]
    fn no_clients_means_no_entry_point() {
        let candidate = Design::new()
            .service("Orders")
            .service("Billing")
            .sync("Orders", "Billing")
            .build();
        assert!(run(&RULE, &candidate).is_empty());
    }
}
