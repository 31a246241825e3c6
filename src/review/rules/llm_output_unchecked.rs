//! A language model whose answers reach users with nothing checking them:
//! no guardrails, no evaluation. (Agents acting on tools have their own,
//! stricter rule; RAG has its own about evaluating answers.)

use crate::catalog::blocks::BlockKind;
use crate::catalog::ids;
use crate::design::{EdgeKind, Finding, NodeId, Placement, Severity};
use crate::review::graph::View;
use crate::review::{RuleFix, RuleInfo};

use super::Rule;

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "llm-output-unchecked",
        severity: Severity::Warning,
        summary: "A language model answering users with no guardrails or evaluation.",
        fix: Some(RuleFix {
            pattern: ids::LLM_GUARDRAILS,
            at: Placement::ModelCaller,
        }),
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
    let Some(&model) = models.first() else {
        return;
    };
    let finding = match model_caller(view, model) {
        Some(caller) => RULE.fixable(models, [], message, caller),
        None => {
            let mut finding = RULE.fixable(models, [], message, model);
            if let Some(place) = finding.fix_at.as_mut() {
                place.placement = Placement::Model;
            }
            finding
        }
    };
    out.push(finding);
}

/// The first box that calls the model and is not a client: the guardrails
/// go where the prompt is built and the answer comes back, not on a vendor.
fn model_caller(view: &View<'_>, model: NodeId) -> Option<NodeId> {
    view.incoming(model, EdgeKind::SyncCall)
        .map(|e| e.from)
        .find(|&from| {
            from != model
                && view
                    .node(from)
                    .is_some_and(|n| !n.is_block(BlockKind::Client))
        })
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
            &ids(&candidate, &["Bot", "Hosted LLM"]),
            Some(ids::LLM_GUARDRAILS),
        );
        let place = findings[0].fix_at.unwrap();
        assert_eq!(place.node, ids(&candidate, &["Bot"])[0]);
        assert_eq!(place.placement, Placement::ModelCaller);
    }

    #[test]
    fn a_model_nobody_calls_gets_the_guardrails_itself() {
        let candidate = Design::new()
            .client("Chat")
            .external("Hosted LLM")
            .sync("Chat", "Hosted LLM")
            .build();
        let findings = run(&RULE, &candidate);
        let place = findings[0].fix_at.unwrap();
        assert_eq!(place.node, ids(&candidate, &["Hosted LLM"])[0]);
        assert_eq!(place.placement, Placement::Model);
    }

    #[test]
    fn guardrails_check_it() {
        let candidate = bot().carrying("Bot", ids::LLM_GUARDRAILS).build();
        assert!(run(&RULE, &candidate).is_empty());
    }
}
