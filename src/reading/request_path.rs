//! External systems a user's request waits on: reached from a client over
//! synchronous calls through parts we run. When such a system is slow or
//! down, the request fails with it, whatever protects the call (a breaker
//! fails it faster; only taking the call off the request path, behind a
//! queue, keeps the request alive). A client calling a vendor directly (a
//! browser fetching from a CDN) goes through none of our parts and is not
//! counted.
//!
//! The same path says which checks act before a request takes effect: a
//! part on it whose name says it screens requests (fraud, risk, abuse,
//! moderation, sanctions ...) can refuse one before it is carried out. The
//! same check fed by events or a schedule finds the damage afterwards.

use crate::catalog::blocks::BlockKind;
use crate::design::{Candidate, EdgeKind, Node, NodeId};

/// Words that name a part screening requests, matched as whole words.
const SCREENING_WORDS: [&str; 10] = [
    "fraud",
    "risk",
    "screening",
    "moderation",
    "abuse",
    "aml",
    "kyc",
    "sanctions",
    "spam",
    "anti-fraud",
];

/// What a client's request passes through before it is answered.
#[derive(Debug, Default)]
pub struct RequestPath {
    /// External systems the request waits on, in id order.
    pub waited_on: Vec<NodeId>,
    /// Our services on the path that screen the request, in id order.
    pub screened_by: Vec<NodeId>,
}

/// Whether a label names a part that screens requests.
pub fn names_a_screen(label: &str) -> bool {
    label
        .to_ascii_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '-')
        .any(|word| SCREENING_WORDS.contains(&word))
}

/// The request path of `candidate`: what clients' requests reach through
/// synchronous calls.
pub fn read(candidate: &Candidate) -> RequestPath {
    let ids: Vec<NodeId> = candidate.nodes().map(|n| n.id).collect();
    let at = |id: NodeId| ids.binary_search(&id).ok();
    let nodes: Vec<&Node> = candidate.nodes().collect();
    let kind: Vec<Option<BlockKind>> = nodes.iter().map(|n| n.block_kind()).collect();
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
    let on_path = |keep: &dyn Fn(usize) -> bool| -> Vec<NodeId> {
        (0..ids.len())
            .filter(|&i| reached[i] && keep(i))
            .map(|i| ids[i])
            .collect()
    };
    RequestPath {
        waited_on: on_path(&|i| is(i, BlockKind::ExternalSystem)),
        screened_by: on_path(&|i| is(i, BlockKind::Service) && names_a_screen(&nodes[i].label)),
    }
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
        assert_eq!(read(&candidate).waited_on.len(), 1);
    }

    #[test]
    fn a_vendor_called_by_the_client_itself_or_off_the_request_path_is_not() {
        let direct = Design::new()
            .client("Browser")
            .external("CDN")
            .sync("Browser", "CDN")
            .build();
        assert!(read(&direct).waited_on.is_empty());
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
        assert!(read(&queued).waited_on.is_empty());
    }

    #[test]
    fn a_screen_on_the_path_acts_before_the_request_and_one_fed_by_events_after() {
        let inline = Design::new()
            .client("Card network")
            .service("Authorisation")
            .service("Fraud scoring")
            .sync("Card network", "Authorisation")
            .sync("Authorisation", "Fraud scoring")
            .build();
        assert_eq!(read(&inline).screened_by.len(), 1);
        let after = Design::new()
            .client("Card network")
            .service("Authorisation")
            .queue("events")
            .service("Fraud scoring")
            .sync("Card network", "Authorisation")
            .publish("Authorisation", "events")
            .publish("events", "Fraud scoring")
            .build();
        assert!(read(&after).screened_by.is_empty());
    }

    #[test]
    fn screening_words_match_whole_words_only() {
        assert!(names_a_screen("Fraud scoring service"));
        assert!(names_a_screen("AML / sanctions check"));
        assert!(!names_a_screen("Asterisk gateway"));
        assert!(!names_a_screen("Spammers list"));
    }
}
