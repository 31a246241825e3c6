//! `llm-without-guardrails`: agents, tool use or multi-agent systems in a
//! design with no guardrails anywhere. A model that can act turns a prompt
//! injection or a bad plan straight into side effects.

use crate::catalog::blocks::BlockKind;
use crate::catalog::ids;
use crate::design::{EdgeKind, Finding, Node, Placement, Severity};
use crate::reading::names_a_model;
use crate::review::graph::View;
use crate::review::{RuleFix, RuleInfo};

use super::Rule;

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "llm-without-guardrails",
        severity: Severity::Error,
        summary: "Agents, tool use, or a box that calls a model and acts on services or external systems, with no LLM guardrails anywhere.",
        fix: Some(RuleFix {
            pattern: ids::LLM_GUARDRAILS,
            at: Placement::Agent,
        }),
    },
    check,
};

const ACTING_PATTERNS: [&str; 3] = [
    ids::AGENT_ORCHESTRATION,
    ids::TOOL_USE,
    ids::MULTI_AGENT_SYSTEMS,
];

fn check(view: &View<'_>, out: &mut Vec<Finding>) {
    if view.in_design(ids::LLM_GUARDRAILS) {
        return;
    }
    let llm = view.reading.llm;
    let acting = view
        .nodes()
        .filter(|n| ACTING_PATTERNS.iter().any(|p| n.has_pattern(p)) || (llm && acts(view, n)));
    for node in acting {
        let message = format!(
            "{} lets a model choose and call tools with no guardrails: a prompt injection or a \
             bad plan turns straight into actions. Validate inputs, tool calls and outputs.",
            view.name(node.id)
        );
        out.push(RULE.fixable([], [], message, node.id));
    }
}

/// A box that calls a model and also calls services or external systems:
/// an agent in all but name, whatever its label says.
pub(super) fn acts(view: &View<'_>, node: &Node) -> bool {
    let callees: Vec<&Node> = view
        .outgoing(node.id, EdgeKind::SyncCall)
        .filter_map(|e| view.node(e.to))
        .collect();
    let calls_model = callees.iter().any(|n| names_a_model(&n.label));
    let calls_other = callees.iter().any(|n| {
        !names_a_model(&n.label)
            && (n.is_block(BlockKind::Service) || n.is_block(BlockKind::ExternalSystem))
    });
    calls_model && calls_other
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::design::EdgeKind;
    use crate::review::testkit::{Design, assert_one, ids, run};

    fn agent() -> Design {
        Design::new()
            .pattern(ids::AGENT_ORCHESTRATION, "Support agent")
            .service("Refunds")
            .sync("Support agent", "Refunds")
    }

    #[test]
    fn an_agent_without_guardrails_is_an_error() {
        let candidate = agent().build();
        let findings = run(&RULE, &candidate);
        assert_one(
            &RULE,
            &findings,
            &ids(&candidate, &["Support agent"]),
            Some(ids::LLM_GUARDRAILS),
        );
    }

    #[test]
    fn each_acting_node_is_named_including_blocks_that_carry_tool_use() {
        let candidate = agent().carrying("Refunds", ids::TOOL_USE).build();
        let findings = run(&RULE, &candidate);
        assert_eq!(findings.len(), 2);
        assert_eq!(findings[1].nodes, ids(&candidate, &["Refunds"]));
    }

    #[test]
    fn a_box_that_calls_a_model_and_a_payment_provider_acts() {
        let candidate = Design::new()
            .service("Refund bot")
            .external("LLM API")
            .external("Payment provider")
            .sync("Refund bot", "LLM API")
            .sync("Refund bot", "Payment provider")
            .build();
        let findings = run(&RULE, &candidate);
        assert_one(
            &RULE,
            &findings,
            &ids(&candidate, &["Refund bot"]),
            Some(ids::LLM_GUARDRAILS),
        );
    }

    #[test]
    fn guardrails_anywhere_in_the_design_fix_it() {
        let candidate = agent()
            .pattern(ids::LLM_GUARDRAILS, "Guardrails")
            .edge("Guardrails", "Refunds", EdgeKind::DependsOn)
            .build();
        assert!(run(&RULE, &candidate).is_empty());
    }
}
