//! `sync-chain-depth`: a chain of more than three synchronous hops where no
//! node has a timeout policy or a circuit breaker. Latency adds up along the
//! chain and one slow dependency holds a thread in every caller above it.
//!
//! Clients are not counted (the chain is the backend's), and a protected
//! node cuts the chain in two. For each node where an unprotected chain
//! starts, the longest chain from it is reported. Back edges of cycles are
//! skipped here; `sync-cycle` reports the cycles. The breaker goes on the
//! node in the middle of the chain, which cuts it into two short ones.

use crate::catalog::blocks::BlockKind;
use crate::catalog::ids;
use crate::design::{EdgeKind, Finding, Placement, Severity};
use crate::review::graph::{Link, View};
use crate::review::{RuleFix, RuleInfo};

use super::Rule;

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "sync-chain-depth",
        severity: Severity::Warning,
        summary: "A chain of more than 3 synchronous calls with no timeout or circuit breaker on it.",
        fix: Some(RuleFix {
            pattern: ids::CIRCUIT_BREAKER,
            at: Placement::ChainMiddle,
        }),
    },
    check,
};

/// The most synchronous hops a chain may take unprotected.
const MAX_HOPS: usize = 3;

/// Only a breaker cuts a chain: a retry in the middle of one makes a slow
/// dependency slower still (each hop waits for its retries), so it does
/// not count as protection here.
const PROTECTION: [&str; 1] = [ids::CIRCUIT_BREAKER];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Visit {
    New,
    Open,
    Done,
}

/// Longest unprotected chain from every node (a DFS that skips back edges).
struct Chains<'a> {
    member: Vec<bool>,
    visit: Vec<Visit>,
    hops: Vec<usize>,
    next: Vec<Option<Link<'a>>>,
    /// Whether a counted edge arrives: the node is inside a longer chain.
    entered: Vec<bool>,
}

fn check(view: &View<'_>, out: &mut Vec<Finding>) {
    let member: Vec<bool> = (0..view.len())
        .map(|i| {
            view.at(i).is_some_and(|n| {
                !n.is_block(BlockKind::Client) && !view.has_any_present(n.id, &PROTECTION)
            })
        })
        .collect();
    let chains = Chains::measure(view, member);
    for start in 0..view.len() {
        if chains.member[start] && !chains.entered[start] && chains.hops[start] > MAX_HOPS {
            out.push(chains.finding(view, start));
        }
    }
}

impl<'a> Chains<'a> {
    fn measure(view: &View<'a>, member: Vec<bool>) -> Self {
        let len = view.len();
        let mut chains = Self {
            member,
            visit: vec![Visit::New; len],
            hops: vec![0; len],
            next: vec![None; len],
            entered: vec![false; len],
        };
        let mut stack = Vec::new();
        for start in 0..len {
            if chains.member[start] && chains.visit[start] == Visit::New {
                chains.walk(view, start, &mut stack);
            }
        }
        chains
    }

    /// Whether a link is an unprotected synchronous call.
    fn counts(&self, link: &Link<'_>) -> bool {
        link.edge.kind == EdgeKind::SyncCall && self.member[link.from] && self.member[link.to]
    }

    /// Iterative depth-first walk; a node's length is settled when it closes,
    /// from its successors that are already closed (open ones are ancestors,
    /// so those edges close a cycle and are skipped).
    fn walk(&mut self, view: &View<'a>, start: usize, stack: &mut Vec<(usize, usize)>) {
        self.visit[start] = Visit::Open;
        stack.push((start, 0));
        while let Some((node, cursor)) = stack.last_mut() {
            let node = *node;
            let links = view.links_out(node);
            if let Some(link) = links.get(*cursor) {
                *cursor += 1;
                if self.counts(link) && self.visit[link.to] == Visit::New {
                    self.visit[link.to] = Visit::Open;
                    stack.push((link.to, 0));
                }
                continue;
            }
            for link in links {
                if self.counts(link) && self.visit[link.to] == Visit::Done {
                    self.entered[link.to] = true;
                    if self.hops[link.to] + 1 > self.hops[node] {
                        self.hops[node] = self.hops[link.to] + 1;
                        self.next[node] = Some(*link);
                    }
                }
            }
            self.visit[node] = Visit::Done;
            stack.pop();
        }
    }

    fn finding(&self, view: &View<'_>, start: usize) -> Finding {
        let mut nodes = Vec::new();
        let mut edges = Vec::new();
        let mut at = Some(start);
        while let Some(position) = at {
            nodes.extend(view.at(position).map(|n| n.id));
            let next = self.next[position];
            edges.extend(next.map(|l| l.edge.id));
            at = next.map(|l| l.to);
        }
        let path: Vec<_> = nodes.iter().map(|&id| view.name(id)).collect();
        let message = format!(
            "{} is {} synchronous hops with no timeout or circuit breaker on any of them: \
             one slow dependency stalls every caller up the chain.",
            path.join(" → "),
            edges.len()
        );
        let middle = nodes.get(edges.len() / 2).copied();
        match middle {
            Some(at) => RULE.fixable(nodes, edges, message, at),
            None => RULE.finding(nodes, edges, message),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::review::testkit::{Design, assert_one, edge, ids, run};

    fn chain() -> Design {
        Design::new()
            .client("Web")
            .service("Gateway")
            .service("Orders")
            .service("Payments")
            .service("Ledger")
            .service("Audit")
            .calls(&["Web", "Gateway", "Orders", "Payments", "Ledger", "Audit"])
    }

    #[test]
    fn four_unprotected_hops_are_reported_from_the_first_service() {
        let candidate = chain().build();
        let findings = run(&RULE, &candidate);
        let nodes = ids(
            &candidate,
            &["Gateway", "Orders", "Payments", "Ledger", "Audit"],
        );
        assert_one(&RULE, &findings, &nodes, Some(ids::CIRCUIT_BREAKER));
        assert_eq!(findings[0].edges.len(), 4);
        assert!(
            findings[0]
                .edges
                .contains(&edge(&candidate, "Ledger", "Audit"))
        );
        assert!(
            findings[0]
                .message
                .starts_with("Gateway → Orders → Payments")
        );
    }

    #[test]
    fn a_circuit_breaker_in_the_middle_cuts_the_chain() {
        let candidate = chain()
            .pattern(ids::CIRCUIT_BREAKER, "Breaker")
            .edge("Breaker", "Payments", EdgeKind::DependsOn)
            .build();
        assert!(run(&RULE, &candidate).is_empty());
    }

    #[test]
    fn three_hops_are_fine_and_clients_do_not_count() {
        let candidate = Design::new()
            .client("Web")
            .service("A")
            .service("B")
            .service("C")
            .service("D")
            .calls(&["Web", "A", "B", "C", "D"])
            .build();
        assert!(run(&RULE, &candidate).is_empty());
    }

    #[test]
    fn a_cycle_does_not_hide_the_chain_behind_it() {
        let candidate = chain().sync("Orders", "Gateway").build();
        let findings = run(&RULE, &candidate);
        assert_eq!(findings.len(), 1, "{findings:#?}");
        assert_eq!(findings[0].edges.len(), 4);
    }
}
