//! `llm-without-guardrails`: agents, tool use or multi-agent systems in a
//! design with no guardrails anywhere. A model that can act turns a prompt
//! injection or a bad plan straight into side effects.

use crate::design::{Finding, Severity};
use crate::review::RuleInfo;
use crate::review::graph::View;

use super::Rule;

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "llm-without-guardrails",
        severity: Severity::Error,
        summary: "Agents or tool use in the design with no LLM guardrails anywhere.",
        fix: Some("llm-guardrails"),
    },
    check,
};

const ACTING_PATTERNS: [&str; 3] = ["agent-orchestration", "tool-use", "multi-agent-systems"];

fn check(view: &View<'_>, out: &mut Vec<Finding>) {
    if view.in_design("llm-guardrails") {
        return;
    }
    let acting = view
        .nodes()
        .filter(|n| ACTING_PATTERNS.iter().any(|p| n.has_pattern(p)));
    for node in acting {
        let message = format!(
            "{} lets a model choose and call tools with no guardrails: a prompt injection or a \
             bad plan turns straight into actions. Validate inputs, tool calls and outputs.",
            view.name(node.id)
        );
        out.push(RULE.finding([node.id], [], message));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::design::EdgeKind;
    use crate::review::testkit::{Design, assert_one, ids, run};

    fn agent() -> Design {
        Design::new()
            .pattern("agent-orchestration", "Support agent")
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
            Some("llm-guardrails"),
        );
    }

    #[test]
    fn each_acting_node_is_named_including_blocks_that_carry_tool_use() {
        let candidate = agent().carrying("Refunds", "tool-use").build();
        let findings = run(&RULE, &candidate);
        assert_eq!(findings.len(), 2);
        assert_eq!(findings[1].nodes, ids(&candidate, &["Refunds"]));
    }

    #[test]
    fn guardrails_anywhere_in_the_design_fix_it() {
        let candidate = agent()
            .pattern("llm-guardrails", "Guardrails")
            .edge("Guardrails", "Refunds", EdgeKind::DependsOn)
            .build();
        assert!(run(&RULE, &candidate).is_empty());
    }
}
