//! Design review: the questions a staff engineer asks of a candidate design
//! (unprotected synchronous chains, dual writes, consumers that cannot take a
//! redelivery, agents without guardrails...), one file per rule under
//! `rules/`, each producing `Finding`s that name the nodes and edges concerned
//! and the catalog pattern that would fix them.
//!
//! Pure: a function of (candidate, catalog, context). Must not import
//! `scoring` (scoring charges for findings; it does not produce them).

mod graph;
mod rules;
#[cfg(test)]
pub(crate) mod testkit;

use crate::catalog::Catalog;
use crate::context::EvaluationContext;
use crate::design::{Candidate, Finding, Placement, Severity};
use crate::reading::Reading;

use graph::View;

/// What a rule is, for documentation and `--help`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleInfo {
    /// The stable id that findings carry (`dual-write`).
    pub id: &'static str,
    pub severity: Severity,
    /// One line: what the rule catches.
    pub summary: &'static str,
    /// The catalog pattern that usually fixes it and where it goes, when
    /// there is one.
    pub fix: Option<RuleFix>,
}

/// A rule's usual fix: the pattern, and the part of the design it belongs
/// to (each finding names the node).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleFix {
    /// The catalog id of the pattern.
    pub pattern: &'static str,
    /// Where an architect puts it.
    pub at: Placement,
}

/// Every finding of every rule on one candidate, sorted by (severity
/// descending, rule id, first node id).
pub fn review(
    candidate: &Candidate,
    catalog: &Catalog,
    context: &EvaluationContext,
) -> Vec<Finding> {
    review_read(
        candidate,
        catalog,
        context,
        &Reading::new(candidate, catalog),
    )
}

/// [`review`] with the candidate's reading already made (evaluation reads a
/// candidate once for review and scoring).
pub fn review_read(
    candidate: &Candidate,
    catalog: &Catalog,
    context: &EvaluationContext,
    reading: &Reading,
) -> Vec<Finding> {
    let view = View::new(candidate, catalog, context, reading);
    let mut findings = Vec::new();
    for rule in &rules::ALL {
        (rule.check)(&view, &mut findings);
    }
    sort(&mut findings);
    findings
}

/// The rules, for documentation and `--help`: (id, severity, one-line description).
pub fn rules() -> &'static [RuleInfo] {
    &rules::INFOS
}

/// Severity descending, then rule id, then first node; the remaining fields
/// only break ties so that the order never depends on the rules' order.
fn sort(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        b.severity
            .cmp(&a.severity)
            .then_with(|| a.rule.cmp(&b.rule))
            .then_with(|| a.nodes.first().cmp(&b.nodes.first()))
            .then_with(|| a.nodes.cmp(&b.nodes))
            .then_with(|| a.edges.cmp(&b.edges))
            .then_with(|| a.message.cmp(&b.message))
    });
}

#[cfg(test)]
mod tests {
    use crate::catalog::ids;
    use std::collections::BTreeSet;

    use super::testkit::{Design, catalog};
    use super::*;
    use crate::design::EdgeKind;

    /// A design that trips many rules at once.
    fn messy() -> Candidate {
        Design::new()
            .client("Web")
            .client("Mobile")
            .service("Gateway")
            .service("Orders")
            .service("Billing")
            .service("Payments")
            .service("Ledger")
            .database("orders-db")
            .queue("order-events")
            .cache("product-cache")
            .external("Bank")
            .pattern(ids::SAGA, "Checkout saga")
            .pattern(ids::AGENT_ORCHESTRATION, "Support agent")
            .pattern(ids::MICROSERVICES, "Microservices")
            .sync("Web", "Gateway")
            .sync("Mobile", "Gateway")
            .calls(&["Gateway", "Orders", "Payments", "Ledger", "Bank"])
            .sync("Ledger", "Orders")
            .rw("Orders", "orders-db")
            .sync("Orders", "product-cache")
            .rw("Billing", "orders-db")
            .publish("Orders", "order-events")
            .publish("order-events", "Billing")
            .edge("Checkout saga", "Orders", EdgeKind::DependsOn)
            .build()
    }

    #[test]
    fn review_is_sorted_and_deterministic() {
        let candidate = messy();
        let context = EvaluationContext {
            team_size: 3,
            ..EvaluationContext::default()
        };
        let first = review(&candidate, catalog(), &context);
        assert!(first.len() >= 10, "{first:#?}");
        assert_eq!(first, review(&candidate, catalog(), &context));
        assert_eq!(first, review(&candidate.clone(), catalog(), &context));
        for pair in first.windows(2) {
            let key = |f: &Finding| {
                (
                    std::cmp::Reverse(f.severity),
                    f.rule.clone(),
                    f.nodes.first().copied(),
                )
            };
            assert!(key(&pair[0]) <= key(&pair[1]), "{pair:#?}");
        }
        let mut reversed = first.clone();
        reversed.reverse();
        sort(&mut reversed);
        assert_eq!(
            reversed, first,
            "the order must not depend on the rules' order"
        );
        for finding in &first {
            assert!(finding.nodes.windows(2).all(|w| w[0] < w[1]), "{finding:?}");
            assert!(finding.edges.windows(2).all(|w| w[0] < w[1]), "{finding:?}");
        }
    }

    /// The rules the messy design does not reach, for a large team.
    fn the_rest() -> Candidate {
        Design::new()
            .service("Help centre")
            .carrying("Help centre", ids::RAG_ARCHITECTURE)
            .carrying("Help centre", ids::RETRY_WITH_BACKOFF)
            .service("Search")
            .sync("Help centre", "Search")
            .database("us-db")
            .database("eu-db")
            .replicate("us-db", "eu-db")
            .replicate("eu-db", "us-db")
            .pattern(ids::MONOLITH, "Shop")
            .build()
    }

    /// A one-box app with labels its drawing does not bear out, and a model.
    fn labelled() -> Candidate {
        Design::new()
            .service("App")
            .carrying("App", ids::MICROSERVICES)
            .carrying("App", ids::MVC)
            .carrying("App", ids::LAYERED_N_TIER)
            .external("Hosted LLM")
            .client("Users")
            .sync("Users", "App")
            .sync("App", "Hosted LLM")
            .build()
    }

    /// A checkout that waits on vendors and services in one request.
    fn waiting() -> Candidate {
        Design::new()
            .service("Checkout")
            .service("Email")
            .service("Stock")
            .service("Loyalty")
            .external("Bank")
            .external("Ledger")
            .sync("Checkout", "Bank")
            .sync("Checkout", "Ledger")
            .sync("Checkout", "Email")
            .sync("Checkout", "Stock")
            .sync("Checkout", "Loyalty")
            .build()
    }

    #[test]
    fn every_listed_rule_fires_on_some_design_and_only_listed_rules_fire() {
        let small = EvaluationContext {
            team_size: 3,
            ..EvaluationContext::default()
        };
        let large = EvaluationContext {
            team_size: 100,
            ..EvaluationContext::default()
        };
        let findings = [
            review(&messy(), catalog(), &small),
            review(&the_rest(), catalog(), &large),
            review(&labelled(), catalog(), &small),
            review(&waiting(), catalog(), &small),
        ];
        let fired: BTreeSet<&str> = findings.iter().flatten().map(|f| f.rule.as_str()).collect();
        let listed: BTreeSet<&str> = rules().iter().map(|r| r.id).collect();
        assert_eq!(fired, listed);
        for finding in findings.iter().flatten() {
            let info = rules().iter().find(|r| r.id == finding.rule);
            assert_eq!(
                info.map(|r| r.severity),
                Some(finding.severity),
                "{finding:?}"
            );
        }
    }

    #[test]
    fn rule_ids_are_unique_and_fixes_resolve_in_the_catalog() {
        let ids: BTreeSet<&str> = rules().iter().map(|r| r.id).collect();
        assert_eq!(ids.len(), rules().len(), "duplicate rule ids");
        assert!(rules().len() >= 14);
        for rule in rules() {
            assert!(!rule.summary.is_empty(), "{}", rule.id);
            if let Some(fix) = rule.fix {
                let pattern = fix.pattern;
                assert!(
                    catalog().pattern(pattern).is_some(),
                    "{} fix {pattern}",
                    rule.id
                );
            }
        }
    }

    #[test]
    fn every_risk_a_mitigation_resolves_is_a_rule_that_accepts_it() {
        let ids: BTreeSet<&str> = rules().iter().map(|r| r.id).collect();
        let mut mitigations = 0;
        for pattern in catalog().patterns() {
            if let crate::catalog::Role::Mitigation(risks) = &pattern.role {
                mitigations += 1;
                assert!(!risks.is_empty(), "{}", pattern.id);
                for risk in risks {
                    assert!(ids.contains(risk.as_str()), "{}: {risk}", pattern.id);
                }
            }
        }
        assert!(mitigations >= 10, "{mitigations}");
    }

    #[test]
    fn the_rules_document_names_every_rule() {
        let doc = include_str!("../../docs/review-rules.md");
        for rule in rules() {
            assert!(
                doc.contains(&format!("`{}`", rule.id)),
                "{} missing",
                rule.id
            );
        }
    }

    #[test]
    fn an_empty_design_has_no_findings() {
        let empty = Design::new().build();
        assert!(review(&empty, catalog(), &EvaluationContext::default()).is_empty());
    }
}
