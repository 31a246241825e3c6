//! `team-too-small`: a pattern whose catalog entry needs more engineers than
//! the team has (its "when not to use"). The operational load of the pattern
//! lands on too few people. One finding per pattern, naming every node of it;
//! the fix is the first catalog alternative that suits the team.

use crate::design::{Finding, FixPlace, NodeId, Placement, Severity};
use crate::review::RuleInfo;
use crate::review::graph::View;

use super::Rule;

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "team-too-small",
        severity: Severity::Warning,
        summary: "A pattern that needs a bigger team than the one in the context.",
        fix: None,
    },
    check,
};

fn check(view: &View<'_>, out: &mut Vec<Finding>) {
    let team = view.context.team_size;
    for id in view.pattern_ids() {
        let Some(pattern) = view.catalog.pattern(id) else {
            continue;
        };
        if pattern.team_size.min <= team {
            continue;
        }
        let message = format!(
            "{} suits {}; a team of {team} will spend its time running it instead of building \
             the product.",
            pattern.name, pattern.team_size.text
        );
        let nodes: Vec<NodeId> = view.nodes_with(id).map(|n| n.id).collect();
        let mut finding = RULE.finding(nodes.iter().copied(), [], message);
        finding.fix = fitting_alternative(view, id);
        finding.fix_at = finding
            .fix
            .as_ref()
            .and(nodes.first())
            .map(|&node| FixPlace {
                node,
                placement: Placement::StyleBox,
            });
        out.push(finding);
    }
}

/// The first alternative of `pattern` in the catalog that suits the team.
pub(super) fn fitting_alternative(view: &View<'_>, pattern: &str) -> Option<String> {
    let team = view.context.team_size;
    view.catalog
        .pattern(pattern)?
        .alternatives
        .iter()
        .filter_map(|a| a.pattern.as_deref())
        .find(|id| {
            view.catalog
                .pattern(id)
                .is_some_and(|p| p.team_size.fits(team))
        })
        .map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::ids;
    use crate::review::testkit::{Design, ids, run_with, team};

    fn services() -> Design {
        Design::new()
            .pattern(ids::MICROSERVICES, "Platform")
            .service("Orders")
            .carrying("Orders", ids::MICROSERVICES)
            .pattern(ids::MONOLITH, "Back office")
    }

    #[test]
    fn microservices_for_four_engineers_suggests_a_fitting_alternative() {
        let candidate = services().build();
        let findings = run_with(&RULE, &candidate, &team(4));
        assert_eq!(findings.len(), 1, "{findings:#?}");
        assert_eq!(findings[0].rule, "team-too-small");
        assert_eq!(findings[0].severity, Severity::Warning);
        assert_eq!(findings[0].nodes, ids(&candidate, &["Platform", "Orders"]));
        assert_eq!(findings[0].fix.as_deref(), Some(ids::MONOLITH));
        assert!(findings[0].message.contains("a team of 4"));
    }

    #[test]
    fn a_team_big_enough_has_no_finding() {
        let candidate = services().build();
        assert!(run_with(&RULE, &candidate, &team(10)).is_empty());
    }

    #[test]
    fn no_fix_when_no_alternative_suits_the_team() {
        let candidate = Design::new().pattern(ids::EVENT_DRIVEN, "Events").build();
        let findings = run_with(&RULE, &candidate, &team(4));
        assert_eq!(findings.len(), 1, "{findings:#?}");
        assert_eq!(findings[0].fix, None);
    }
}
