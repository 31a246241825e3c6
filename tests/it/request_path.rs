//! The drawing's own availability effect: a client's request that waits on
//! an external system is only as available as that system; taking the call
//! off the request path (behind a queue) removes the charge, and a client
//! calling a vendor directly was never charged.

use plinth::catalog::Catalog;
use plinth::catalog::blocks::BlockKind;
use plinth::context::EvaluationContext;
use plinth::design::{Candidate, EdgeKind};
use plinth::evaluate::evaluate_candidate;

use crate::model_cases::Draw;

const SUBJECT: &str = "rule: request path";

fn charged(candidate: &Candidate) -> Option<f64> {
    let score = evaluate_candidate(
        candidate,
        &Catalog::embedded(),
        &EvaluationContext::default(),
    );
    score
        .contributions
        .iter()
        .find(|c| c.subject == SUBJECT)
        .map(|c| c.points)
}

fn shop(id: u64) -> Draw {
    Draw::new(id, "Shop")
        .block(BlockKind::Client, "Customers", &[])
        .block(BlockKind::Service, "Shop", &[])
        .block(BlockKind::ExternalSystem, "Payment provider", &[])
        .edge("Customers", "Shop", EdgeKind::SyncCall)
}

#[test]
fn a_request_that_waits_on_a_vendor_costs_availability_and_says_which() {
    let inline = shop(1)
        .edge("Shop", "Payment provider", EdgeKind::SyncCall)
        .build();
    let score = evaluate_candidate(&inline, &Catalog::embedded(), &EvaluationContext::default());
    let charge = score
        .contributions
        .iter()
        .find(|c| c.subject == SUBJECT)
        .expect("the request path is charged");
    assert!(charge.points < 0.0, "{}", charge.points);
    let reason = charge.reason.to_string();
    assert!(reason.starts_with("availability -1"), "{reason}");
    assert!(reason.contains("Payment provider"), "{reason}");
}

#[test]
fn a_call_behind_a_queue_or_from_the_client_itself_is_not_charged() {
    let queued = shop(2)
        .block(BlockKind::Queue, "Payments queue", &[])
        .block(BlockKind::Service, "Payment worker", &[])
        .edge("Shop", "Payments queue", EdgeKind::AsyncMessage)
        .edge("Payments queue", "Payment worker", EdgeKind::AsyncMessage)
        .edge("Payment worker", "Payment provider", EdgeKind::SyncCall)
        .build();
    assert_eq!(charged(&queued), None);
    let direct = shop(3)
        .edge("Customers", "Payment provider", EdgeKind::SyncCall)
        .build();
    assert_eq!(charged(&direct), None);
}
