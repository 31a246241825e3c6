//! `rag-without-evaluation`: retrieval-augmented generation with no
//! guardrails and evaluation in the design. Nobody measures whether answers
//! are grounded, so retrieval drift and hallucinations ship unnoticed.

use crate::catalog::ids;
use crate::design::{Finding, Placement, Severity};
use crate::review::graph::View;
use crate::review::{RuleFix, RuleInfo};

use super::Rule;

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "rag-without-evaluation",
        severity: Severity::Warning,
        summary: "RAG in the design with no guardrails and evaluation of its answers.",
        fix: Some(RuleFix {
            pattern: ids::LLM_GUARDRAILS,
            at: Placement::RagPipeline,
        }),
    },
    check,
};

fn check(view: &View<'_>, out: &mut Vec<Finding>) {
    if view.in_design(ids::LLM_GUARDRAILS) {
        return;
    }
    for node in view.nodes_with(ids::RAG_ARCHITECTURE) {
        let message = format!(
            "{} answers from retrieved documents but nothing evaluates the answers: retrieval \
             drift and hallucinations reach users unnoticed.",
            view.name(node.id)
        );
        out.push(RULE.fixable([], [], message, node.id));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::review::testkit::{Design, assert_one, ids, run};

    fn assistant() -> Design {
        Design::new()
            .service("Help centre")
            .pattern(ids::VECTOR_DATABASE, "Embeddings")
            .carrying("Help centre", ids::RAG_ARCHITECTURE)
            .rw("Help centre", "Embeddings")
    }

    #[test]
    fn rag_without_evaluation_is_reported_on_the_node_that_carries_it() {
        let candidate = assistant().build();
        let findings = run(&RULE, &candidate);
        assert_one(
            &RULE,
            &findings,
            &ids(&candidate, &["Help centre"]),
            Some(ids::LLM_GUARDRAILS),
        );
    }

    #[test]
    fn guardrails_and_evaluation_fix_it() {
        let candidate = assistant()
            .carrying("Help centre", ids::LLM_GUARDRAILS)
            .build();
        assert!(run(&RULE, &candidate).is_empty());
    }
}
