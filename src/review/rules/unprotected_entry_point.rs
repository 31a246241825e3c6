//! `unprotected-entry-point`: the node that every client talks to (a
//! gateway, or one service) has no rate limit. One runaway client or retry
//! storm then reaches everything behind it.

use std::collections::{BTreeMap, BTreeSet};

use crate::catalog::blocks::BlockKind;
use crate::design::{EdgeId, EdgeKind, Finding, NodeId, Severity};
use crate::review::RuleInfo;
use crate::review::graph::View;

use super::{Rule, names};

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "unprotected-entry-point",
        severity: Severity::Warning,
        summary: "The node that receives traffic from every client has no rate limiting.",
        fix: Some("rate-limiting"),
    },
    check,
};

/// The clients that reach one node, and the edges they use.
#[derive(Default)]
struct Traffic {
    clients: BTreeSet<NodeId>,
    edges: Vec<EdgeId>,
}

fn check(view: &View<'_>, out: &mut Vec<Finding>) {
    let clients: Vec<NodeId> = view
        .nodes()
        .filter(|n| n.is_block(BlockKind::Client))
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
        if seen.clients.len() < clients.len() || view.has_present(entry, "rate-limiting") {
            continue;
        }
        let message = format!(
            "{} takes all traffic from {} with no rate limit: one runaway client or retry storm \
             overloads everything behind it.",
            view.name(entry),
            names(view, seen.clients.iter().copied()),
        );
        let nodes = seen.clients.into_iter().chain([entry]);
        out.push(RULE.finding(nodes, seen.edges, message));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::review::testkit::{Design, assert_one, ids, run};

    fn front_door() -> Design {
        Design::new()
            .client("Web")
            .client("Mobile")
            .pattern("api-gateway", "Gateway")
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
        assert_one(&RULE, &findings, &nodes, Some("rate-limiting"));
        assert!(
            findings[0]
                .message
                .starts_with("Gateway takes all traffic from Web and Mobile")
        );
    }

    #[test]
    fn a_rate_limiter_on_the_gateway_fixes_it() {
        let candidate = front_door()
            .pattern("rate-limiting", "Limits")
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
