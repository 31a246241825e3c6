//! The rule registry: every rule's description and check in one list (so
//! `rules()` and `review` cannot disagree), and what rules share to build
//! findings and to name nodes in sentences.

mod alternative_styles;
mod cache_stampede;
mod consumer_idempotency;
mod dual_write;
mod external_without_fallback;
mod label_mismatch;
mod llm_output_unchecked;
mod llm_without_guardrails;
mod multi_region_writes;
mod queue_without_dlq;
mod rag_without_evaluation;
mod retry_without_idempotency;
mod saga_safety;
mod shared_database;
mod sync_chain_depth;
mod sync_cycle;
mod sync_fan_out;
mod team_too_large;
mod team_too_small;
mod uncompensated_steps;
mod unconnected_pattern;
mod ungrounded_model;
mod unprotected_entry_point;

use crate::design::{EdgeId, Finding, FixPlace, NodeId};

use super::RuleInfo;
use super::graph::{View, sorted};

/// A rule's check: appends its findings on one candidate.
pub(crate) type Check = fn(&View<'_>, &mut Vec<Finding>);

/// One review rule: what it is and how it looks.
#[derive(Clone, Copy)]
pub(crate) struct Rule {
    pub info: RuleInfo,
    pub check: Check,
}

impl Rule {
    /// A finding of this rule with no fix; nodes and edges are sorted and
    /// de-duplicated here so no rule has to.
    pub fn finding(
        &self,
        nodes: impl IntoIterator<Item = NodeId>,
        edges: impl IntoIterator<Item = EdgeId>,
        message: String,
    ) -> Finding {
        Finding {
            rule: self.info.id.to_owned(),
            severity: self.info.severity,
            nodes: sorted(nodes.into_iter().collect()),
            edges: sorted(edges.into_iter().collect()),
            message,
            fix: None,
            fix_at: None,
        }
    }

    /// A finding with the rule's usual fix, placed on `at` (which plays the
    /// part the rule declares); `at` is one of the finding's nodes.
    pub fn fixable(
        &self,
        nodes: impl IntoIterator<Item = NodeId>,
        edges: impl IntoIterator<Item = EdgeId>,
        message: String,
        at: NodeId,
    ) -> Finding {
        let mut finding = self.finding(nodes.into_iter().chain([at]), edges, message);
        if let Some(fix) = self.info.fix {
            finding.fix = Some(fix.pattern.to_owned());
            finding.fix_at = Some(FixPlace {
                node: at,
                placement: fix.at,
            });
        }
        finding
    }
}

/// Every rule, in the order they run (the output is sorted afterwards).
pub(crate) const ALL: [Rule; 23] = [
    sync_chain_depth::RULE,
    sync_cycle::RULE,
    dual_write::RULE,
    consumer_idempotency::RULE,
    saga_safety::RULE,
    queue_without_dlq::RULE,
    shared_database::RULE,
    unprotected_entry_point::RULE,
    llm_without_guardrails::RULE,
    rag_without_evaluation::RULE,
    cache_stampede::RULE,
    multi_region_writes::RULE,
    team_too_small::RULE,
    team_too_large::RULE,
    external_without_fallback::RULE,
    retry_without_idempotency::RULE,
    label_mismatch::RULE,
    alternative_styles::RULE,
    llm_output_unchecked::RULE,
    ungrounded_model::RULE,
    uncompensated_steps::RULE,
    sync_fan_out::RULE,
    unconnected_pattern::RULE,
];

/// The descriptions of `ALL`, in the same order.
pub(crate) static INFOS: [RuleInfo; ALL.len()] = infos(ALL);

const fn infos<const N: usize>(rules: [Rule; N]) -> [RuleInfo; N] {
    let mut out = [rules[0].info; N];
    let mut i = 0;
    while i < N {
        out[i] = rules[i].info;
        i += 1;
    }
    out
}

/// The nodes' names as a list people say: "A", "A and B", "A, B and C".
pub(crate) fn names(view: &View<'_>, ids: impl IntoIterator<Item = NodeId>) -> String {
    let names: Vec<_> = ids.into_iter().map(|id| view.name(id)).collect();
    crate::prose::spoken_list(&names)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::review::testkit::{Design, catalog};

    #[test]
    fn names_reads_like_a_sentence() {
        let candidate = Design::new().service("A").service("B").service("C").build();
        let context = crate::context::EvaluationContext::default();
        let reading = crate::reading::Reading::new(&candidate, catalog());
        let view = View::new(&candidate, catalog(), &context, &reading);
        let ids = |n: &[u64]| n.iter().map(|&i| NodeId(i)).collect::<Vec<_>>();
        assert_eq!(names(&view, ids(&[])), "");
        assert_eq!(names(&view, ids(&[1])), "A");
        assert_eq!(names(&view, ids(&[1, 2])), "A and B");
        assert_eq!(names(&view, ids(&[1, 2, 3])), "A, B and C");
        assert_eq!(names(&view, ids(&[9])), "n9");
    }

    #[test]
    fn infos_follow_the_rules() {
        for (rule, info) in ALL.iter().zip(INFOS.iter()) {
            assert_eq!(&rule.info, info);
        }
    }
}
