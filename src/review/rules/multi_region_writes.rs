//! `multi-region-writes`: stores that replicate into each other (a cycle of
//! replication edges, so more than one of them takes writes) with no
//! consensus in the design. Concurrent updates to the same record conflict
//! and last-writer-wins silently drops one.

use crate::catalog::blocks::BlockKind;
use crate::catalog::ids;
use crate::design::{EdgeKind, Finding, Node, Placement, Severity};
use crate::review::graph::View;
use crate::review::{RuleFix, RuleInfo};

use super::{Rule, names};

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "multi-region-writes",
        severity: Severity::Error,
        summary: "Stores replicating both ways (multi-leader writes) with no consensus.",
        fix: Some(RuleFix {
            pattern: ids::CONSENSUS_ALGORITHMS,
            at: Placement::ReplicatedStore,
        }),
    },
    check,
};

fn check(view: &View<'_>, out: &mut Vec<Finding>) {
    if view.in_design(ids::CONSENSUS_ALGORITHMS) {
        return;
    }
    for cycle in view.cycles(EdgeKind::Replication, is_store) {
        if cycle.nodes.len() < 2 {
            continue;
        }
        let message = format!(
            "{} replicate into each other, so more than one takes writes: concurrent updates \
             to the same record conflict and one of them is silently lost.",
            names(view, cycle.nodes.iter().copied())
        );
        let Some(&first) = cycle.nodes.first() else {
            continue;
        };
        out.push(RULE.fixable(cycle.nodes, cycle.edges, message, first));
    }
}

/// A database, or a node standing for a replication setup.
fn is_store(node: &Node) -> bool {
    node.is_block(BlockKind::Database) || node.has_pattern(ids::REPLICATION_STRATEGIES)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::review::testkit::{Design, assert_one, edge, ids, run};

    fn regions() -> Design {
        Design::new()
            .database("us-db")
            .database("eu-db")
            .pattern(ids::CACHE_ASIDE, "Edge cache")
            .replicate("us-db", "eu-db")
            .replicate("us-db", "Edge cache")
            .replicate("Edge cache", "us-db")
    }

    #[test]
    fn two_databases_replicating_both_ways_are_an_error() {
        let candidate = regions().replicate("eu-db", "us-db").build();
        let findings = run(&RULE, &candidate);
        assert_one(
            &RULE,
            &findings,
            &ids(&candidate, &["us-db", "eu-db"]),
            Some(ids::CONSENSUS_ALGORITHMS),
        );
        let both = vec![
            edge(&candidate, "us-db", "eu-db"),
            edge(&candidate, "eu-db", "us-db"),
        ];
        assert_eq!(findings[0].edges, both);
    }

    #[test]
    fn a_replication_node_counts_as_a_store() {
        let candidate = regions()
            .pattern(ids::REPLICATION_STRATEGIES, "Multi-leader")
            .replicate("eu-db", "Multi-leader")
            .replicate("Multi-leader", "us-db")
            .build();
        let findings = run(&RULE, &candidate);
        let nodes = ids(&candidate, &["us-db", "eu-db", "Multi-leader"]);
        assert_one(&RULE, &findings, &nodes, Some(ids::CONSENSUS_ALGORITHMS));
    }

    #[test]
    fn one_way_replication_or_consensus_is_fine() {
        assert!(run(&RULE, &regions().build()).is_empty());
        let agreed = regions()
            .replicate("eu-db", "us-db")
            .pattern(ids::CONSENSUS_ALGORITHMS, "Raft")
            .build();
        assert!(run(&RULE, &agreed).is_empty());
    }
}
