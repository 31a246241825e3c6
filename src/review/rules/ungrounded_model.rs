//! A language model answering users with nothing to ground it: no store it
//! reads, no retrieval, no tools, no fine-tuning. It can only answer from
//! what it learned in training, so about this organisation's products,
//! policies and customers it invents what it does not know. A box that
//! calls the model and also calls services or vendors (an agent in all but
//! name) looks things up through them: those are its tools.

use crate::catalog::blocks::BlockKind;
use crate::catalog::ids;
use crate::design::{Finding, NodeId, Severity};
use crate::reading::names_a_model;
use crate::review::RuleInfo;
use crate::review::graph::View;

use super::Rule;

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "ungrounded-model",
        severity: Severity::Error,
        summary: "A language model answering users with no data, retrieval, tools or fine-tuning to ground it.",
        fix: None,
    },
    check,
};

/// Patterns that give a model something to answer from.
const GROUNDING: [&str; 8] = [
    ids::RAG_ARCHITECTURE,
    ids::SEMANTIC_SEARCH_ARCHITECTURE,
    ids::VECTOR_DATABASE,
    ids::FINE_TUNING_PIPELINE,
    ids::TOOL_USE,
    ids::LLM_MEMORY_ARCHITECTURE,
    ids::AGENT_ORCHESTRATION,
    ids::MULTI_AGENT_SYSTEMS,
];

fn check(view: &View<'_>, out: &mut Vec<Finding>) {
    let reading = &view.reading;
    if !reading.llm
        || reading.clients == 0
        || !reading.stores.is_empty()
        || view.any_in_design(&GROUNDING)
        || view
            .nodes()
            .any(|n| super::llm_without_guardrails::acts(view, n))
    {
        return;
    }
    let models: Vec<NodeId> = view
        .nodes()
        .filter(|n| !n.is_block(BlockKind::Client) && names_a_model(&n.label))
        .map(|n| n.id)
        .collect();
    if models.is_empty() {
        return;
    }
    let message = format!(
        "{} answers users with nothing to look anything up in: no store, retrieval, tools or \
         fine-tuning, so about your products and policies it invents what it does not know. \
         Ground it in your own documents.",
        super::names(view, models.iter().copied())
    );
    out.push(RULE.finding(models, [], message));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::review::testkit::{Design, assert_one, ids, run};

    fn bot() -> Design {
        Design::new()
            .client("Chat")
            .service("Bot")
            .external("LLM API")
            .sync("Chat", "Bot")
            .sync("Bot", "LLM API")
    }

    #[test]
    fn a_bot_with_nothing_but_a_model_is_ungrounded() {
        let candidate = bot().build();
        assert_one(
            &RULE,
            &run(&RULE, &candidate),
            &ids(&candidate, &["LLM API"]),
            None,
        );
    }

    #[test]
    fn an_agent_calling_services_looks_things_up_through_them() {
        let agent = bot()
            .service("Orders API")
            .sync("Bot", "Orders API")
            .build();
        assert!(run(&RULE, &agent).is_empty());
    }

    #[test]
    fn a_store_the_service_reads_or_retrieval_grounds_it() {
        let with_data = bot().database("Tickets").rw("Bot", "Tickets").build();
        assert!(run(&RULE, &with_data).is_empty());
        let with_rag = bot().carrying("Bot", ids::RAG_ARCHITECTURE).build();
        assert!(run(&RULE, &with_rag).is_empty());
    }
}
