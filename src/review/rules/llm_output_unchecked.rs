//! A language model whose answers reach users with nothing checking them:
//! no guardrails, no evaluation. (Agents acting on tools have their own,
//! stricter rule; RAG has its own about evaluating answers.)

use crate::catalog::ids;
use crate::design::{Finding, NodeId, Severity};
use crate::review::RuleInfo;
use crate::review::graph::View;

use super::Rule;

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "llm-output-unchecked",
        severity: Severity::Warning,
        summary: "A language model answering users with no guardrails or evaluation.",
        fix: Some(ids::LLM_GUARDRAILS),
    },
    check,
};

/// Patterns with their own rule about checking a model.
const COVERED: [&str; 4] = [
    ids::RAG_ARCHITECTURE,
    ids::AGENT_ORCHESTRATION,
    ids::TOOL_USE,
    ids::MULTI_AGENT_SYSTEMS,
];

fn check(view: &View<'_>, out: &mut Vec<Finding>) {
    if !view.reading.llm
        || view.in_design(ids::LLM_GUARDRAILS)
        || view.any_in_design(&COVERED)
        || view
            .nodes()
            .any(|n| super::llm_without_guardrails::acts(view, n))
    {
        return;
    }
    let models: Vec<NodeId> = view
        .nodes()
        .filter(|n| is_model(view, n))
        .map(|n| n.id)
        .collect();
    if models.is_empty() {
        return;
    }
    let message = format!(
        "{} answers users with nothing checking what it says: a made-up policy or a leaked \
         instruction reaches them as fact. Add guardrails and an evaluation set.",
        super::names(view, models.iter().copied())
    );
    out.push(RULE.finding(models.iter().copied(), [], message));
}

fn is_model(view: &View<'_>, node: &crate::design::Node) -> bool {
    let label = node.label.to_ascii_lowercase();
    let named = [
        "llm", "gpt", "model", "claude", "openai", "gemini", "llama", "mistral",
    ]
    .iter()
    .any(|w| label.contains(w));
    named
        || node.patterns().iter().any(|id| {
            view.catalog
                .pattern(id)
                .is_some_and(|p| p.facets.contains(&crate::catalog::Facet::NeedsLlm))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::review::testkit::{Design, assert_one, ids, run};

    fn bot() -> Design {
        Design::new()
            .client("Chat")
            .service("Bot")
            .external("Hosted LLM")
            .sync("Chat", "Bot")
            .sync("Bot", "Hosted LLM")
    }

    #[test]
    fn a_plain_bot_is_unchecked() {
        let candidate = bot().build();
        let findings = run(&RULE, &candidate);
        assert_one(
            &RULE,
            &findings,
            &ids(&candidate, &["Hosted LLM"]),
            Some(ids::LLM_GUARDRAILS),
        );
    }

    #[test]
    fn guardrails_check_it() {
        let candidate = bot().carrying("Bot", ids::LLM_GUARDRAILS).build();
        assert!(run(&RULE, &candidate).is_empty());
    }
}
