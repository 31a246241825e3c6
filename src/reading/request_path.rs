//! External systems a user's request waits on: reached from a client over
//! synchronous calls through parts we run. When such a system is slow or
//! down, the request fails with it, whatever protects the call (a breaker
//! fails it faster; only taking the call off the request path, behind a
//! queue, keeps the request alive). A client calling a vendor directly (a
//! browser fetching from a CDN) goes through none of our parts and is not
//! counted.

use crate::catalog::blocks::BlockKind;
use crate::design::{Candidate, EdgeKind, Node, NodeId};

/// The external systems of `candidate` that some client's request waits
/// on, in id order.
pub fn waited_on(candidate: &Candidate) -> Vec<NodeId> {
    let ids: Vec<NodeId> = candidate.nodes().map(|n| n.id).collect();
    let at = |id: NodeId| ids.binary_search(&id).ok();
    let kind: Vec<Option<BlockKind>> = candidate.nodes().map(Node::block_kind).collect();
    let mut calls: Vec<(usize, usize)> = candidate
        .edges()
        .filter(|e| e.kind == EdgeKind::SyncCall)
        .filter_map(|e| Some((at(e.from)?, at(e.to)?)))
        .filter(|(from, to)| from != to)
        .collect();
    calls.sort_unstable();
    let callees = |from: usize| {
        let start = calls.partition_point(|&(f, _)| f < from);
        calls[start..]
            .iter()
            .take_while(move |&&(f, _)| f == from)
            .map(|&(_, to)| to)
    };
    let is = |i: usize, block: BlockKind| kind[i] == Some(block);
    // Our parts a client calls first, then everything they call in turn.
    let mut reached = vec![false; ids.len()];
    let mut work: Vec<usize> = (0..ids.len())
        .filter(|&i| is(i, BlockKind::Client))
        .flat_map(&callees)
        .filter(|&i| !is(i, BlockKind::Client) && !is(i, BlockKind::ExternalSystem))
        .collect();
    while let Some(i) = work.pop() {
        if std::mem::replace(&mut reached[i], true) || is(i, BlockKind::ExternalSystem) {
            continue;
        }
        work.extend(callees(i).filter(|&next| !reached[next]));
    }
    (0..ids.len())
        .filter(|&i| reached[i] && is(i, BlockKind::ExternalSystem))
        .map(|i| ids[i])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::review::testkit::Design;

    #[test]
    fn an_external_behind_our_service_is_waited_on() {
        let candidate = Design::new()
            .client("Shop")
            .service("API")
            .external("Payments")
            .sync("Shop", "API")
            .sync("API", "Payments")
            .build();
        assert_eq!(waited_on(&candidate).len(), 1);
    }

    #[test]
    fn a_vendor_called_by_the_client_itself_or_off_the_request_path_is_not() {
        let direct = Design::new()
            .client("Browser")
            .external("CDN")
            .sync("Browser", "CDN")
            .build();
        assert!(waited_on(&direct).is_empty());
        let queued = Design::new()
            .client("Clients")
            .service("API")
            .queue("jobs")
            .service("Sender")
            .external("Endpoints")
            .sync("Clients", "API")
            .publish("API", "jobs")
            .publish("jobs", "Sender")
            .sync("Sender", "Endpoints")
            .build();
        assert!(waited_on(&queued).is_empty());
    }
}
