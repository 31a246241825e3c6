//! `unconnected-pattern`: a pattern placed on the canvas with no connection
//! to anything. The review cannot tell what it protects or serves: the rules
//! that ask where a breaker, a key or a dead-letter queue sits do not see
//! it, and a reader of the diagram cannot either.
//!
//! Styles are left alone: a "Microservices" or "Layered" box names the shape
//! of the whole design (or of a box) rather than a part wired into it, and
//! the drawing is read for the style anyway.

use crate::catalog::Role;
use crate::design::{EdgeKind, Finding, Node, Severity};
use crate::review::RuleInfo;
use crate::review::graph::View;

use super::Rule;

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "unconnected-pattern",
        severity: Severity::Info,
        summary: "A pattern on the canvas connected to nothing.",
        fix: None,
    },
    check,
};

fn check(view: &View<'_>, out: &mut Vec<Finding>) {
    if view.len() < 2 {
        return;
    }
    for node in view.nodes().filter(|n| is_part(view, n)) {
        let connected = EdgeKind::ALL
            .into_iter()
            .any(|kind| view.touching(node.id, kind).any(|e| e.from != e.to));
        if connected {
            continue;
        }
        let message = format!(
            "{} is on the canvas but connected to nothing: nobody can tell what it protects or \
             serves, and the review cannot credit it where it is needed. Connect it to the box \
             it applies to.",
            view.name(node.id)
        );
        out.push(RULE.finding([node.id], [], message));
    }
}

/// A pattern node meant to be a part of the design (not a style label).
fn is_part(view: &View<'_>, node: &Node) -> bool {
    let crate::design::NodeKind::Pattern { pattern } = &node.kind else {
        return false;
    };
    view.catalog
        .pattern(pattern)
        .is_none_or(|p| !matches!(p.role, Role::DeploymentStyle(_) | Role::CodeStyle))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::ids;
    use crate::review::testkit::{Design, assert_one, ids, run};

    #[test]
    fn a_pattern_connected_to_nothing_is_noted() {
        let candidate = Design::new()
            .service("Orders")
            .pattern(ids::CIRCUIT_BREAKER, "Breaker")
            .build();
        let findings = run(&RULE, &candidate);
        assert_one(&RULE, &findings, &ids(&candidate, &["Breaker"]), None);
        assert!(findings[0].message.starts_with("Breaker is on the canvas"));
    }

    #[test]
    fn a_connected_pattern_is_not() {
        let candidate = Design::new()
            .service("Orders")
            .pattern(ids::CIRCUIT_BREAKER, "Breaker")
            .edge("Orders", "Breaker", EdgeKind::DependsOn)
            .build();
        assert!(run(&RULE, &candidate).is_empty());
    }

    #[test]
    fn style_labels_and_lone_sketches_are_left_alone() {
        let styled = Design::new()
            .service("Orders")
            .pattern(ids::MICROSERVICES, "Microservices")
            .pattern(ids::LAYERED_N_TIER, "Layers")
            .build();
        assert!(run(&RULE, &styled).is_empty());
        let sketch = Design::new().pattern(ids::SAGA, "Checkout saga").build();
        assert!(run(&RULE, &sketch).is_empty());
    }

    #[test]
    fn blocks_connected_to_nothing_are_not_this_rule() {
        let candidate = Design::new().service("Orders").service("Billing").build();
        assert!(run(&RULE, &candidate).is_empty());
    }
}
