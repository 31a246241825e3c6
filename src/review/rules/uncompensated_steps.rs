//! One request that changes several systems we do not own, one after the
//! other, with nothing to undo the first steps when a later one fails: a
//! flight booked and paid for, the hotel refused, and nobody cancels the
//! flight. A saga records each step and compensates the completed ones.

use crate::catalog::ids;
use std::collections::BTreeSet;

use crate::catalog::blocks::BlockKind;
use crate::design::{EdgeKind, Finding, NodeId, Severity};
use crate::reading::names_a_model;
use crate::review::RuleInfo;
use crate::review::graph::View;

use super::{Rule, names};

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "uncompensated-steps",
        severity: Severity::Error,
        summary: "One node calling two or more external systems in a row with no saga to undo completed steps.",
        fix: None,
    },
    check,
};

fn check(view: &View<'_>, out: &mut Vec<Finding>) {
    if view.reading.externals < 2 || view.in_design(ids::SAGA) {
        return;
    }
    for caller in view.nodes() {
        let calls: Vec<_> = view
            .outgoing(caller.id, EdgeKind::SyncCall)
            .filter(|e| {
                view.node(e.to).is_some_and(|n| {
                    n.is_block(BlockKind::ExternalSystem) && !names_a_model(&n.label)
                })
            })
            .collect();
        let systems: BTreeSet<NodeId> = calls.iter().map(|e| e.to).collect();
        if systems.len() < 2 {
            continue;
        }
        let message = format!(
            "{} changes {} one after the other with nothing to undo the first when a later one \
             fails: the customer is left with part of what they paid for. Record the steps and \
             compensate completed ones (a saga).",
            view.name(caller.id),
            names(view, systems.iter().copied()),
        );
        let nodes = [caller.id].into_iter().chain(systems);
        out.push(RULE.finding(nodes, calls.iter().map(|e| e.id), message));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::review::testkit::{Design, assert_one, ids, run};

    fn booking() -> Design {
        Design::new()
            .service("Booking")
            .external("Flights")
            .external("Hotels")
            .sync("Booking", "Flights")
            .sync("Booking", "Hotels")
    }

    #[test]
    fn two_vendors_changed_in_a_row_need_compensation() {
        let candidate = booking().build();
        let nodes = ids(&candidate, &["Booking", "Flights", "Hotels"]);
        assert_one(&RULE, &run(&RULE, &candidate), &nodes, None);
    }

    #[test]
    fn a_saga_compensates_and_one_vendor_is_fine() {
        assert!(run(&RULE, &booking().carrying("Booking", ids::SAGA).build()).is_empty());
        let one = Design::new()
            .service("Shop")
            .external("Stripe")
            .sync("Shop", "Stripe")
            .build();
        assert!(run(&RULE, &one).is_empty());
    }
}
