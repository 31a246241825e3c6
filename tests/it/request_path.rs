//! The drawing's own availability effect: a client's request that waits on
//! an external system is only as available as that system; taking the call
//! off the request path (behind a queue) removes the charge, and a client
//! calling a vendor directly was never charged. And its security effect:
//! a check on the request path refuses a bad request before it acts; the
//! same check fed by events afterwards earns nothing.

use plinth::catalog::Catalog;
use plinth::catalog::blocks::BlockKind;
use plinth::context::EvaluationContext;
use plinth::design::{Candidate, EdgeKind};
use plinth::evaluate::evaluate_candidate;

use crate::model_cases::Draw;

const SUBJECT: &str = "rule: request path";

fn charged(candidate: &Candidate) -> Option<f64> {
    points_of(candidate, SUBJECT)
}

fn points_of(candidate: &Candidate, subject: &str) -> Option<f64> {
    let score = evaluate_candidate(
        candidate,
        &Catalog::embedded(),
        &EvaluationContext::default(),
    );
    score
        .contributions
        .iter()
        .find(|c| c.subject == subject)
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

#[test]
fn a_fraud_check_before_the_payment_earns_security_and_one_fed_by_events_does_not() {
    const CHECKED: &str = "rule: checked before acting";
    let card = |id| {
        Draw::new(id, "Card payments")
            .block(BlockKind::Client, "Card network", &[])
            .block(BlockKind::Service, "Authorisation", &[])
            .block(BlockKind::Service, "Fraud scoring", &[])
            .edge("Card network", "Authorisation", EdgeKind::SyncCall)
    };
    let inline = card(4)
        .edge("Authorisation", "Fraud scoring", EdgeKind::SyncCall)
        .build();
    let earned = points_of(&inline, CHECKED).expect("the inline check is credited");
    assert!(earned > 0.0, "{earned}");
    let after = card(5)
        .block(BlockKind::Queue, "Authorisations", &[])
        .edge("Authorisation", "Authorisations", EdgeKind::AsyncMessage)
        .edge("Authorisations", "Fraud scoring", EdgeKind::AsyncMessage)
        .build();
    assert_eq!(points_of(&after, CHECKED), None);
}
