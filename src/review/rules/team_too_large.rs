//! `team-too-large`: a pattern whose catalog entry tops out at a team size
//! that the team exceeds more than twice. Too many people in one codebase or
//! one release train queue behind each other.

use crate::design::{Finding, FixPlace, NodeId, Placement, Severity};
use crate::review::RuleInfo;
use crate::review::graph::View;

use super::Rule;
use super::team_too_small::fitting_alternative;

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "team-too-large",
        severity: Severity::Info,
        summary: "A pattern meant for teams less than half the size of the one in the context.",
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
        let Some(max) = pattern.team_size.max else {
            continue;
        };
        if team <= max.saturating_mul(2) {
            continue;
        }
        let message = format!(
            "{} suits {}; a team of {team} will queue behind each other in one codebase and one \
             release.",
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::ids;
    use crate::review::testkit::{Design, ids, run_with, team};

    fn shop() -> Design {
        Design::new()
            .pattern(ids::MONOLITH, "Shop")
            .pattern(ids::MICROSERVICES, "Later")
    }

    #[test]
    fn a_monolith_for_forty_engineers_is_noted() {
        let candidate = shop().build();
        let findings = run_with(&RULE, &candidate, &team(40));
        assert_eq!(findings.len(), 1, "{findings:#?}");
        assert_eq!(findings[0].rule, "team-too-large");
        assert_eq!(findings[0].severity, Severity::Info);
        assert_eq!(findings[0].nodes, ids(&candidate, &["Shop"]));
        assert!(findings[0].message.contains("a team of 40"));
        assert_eq!(findings[0].fix.as_deref(), Some(ids::MICROSERVICES));
    }

    #[test]
    fn up_to_twice_the_maximum_is_fine() {
        assert!(run_with(&RULE, &shop().build(), &team(30)).is_empty());
    }

    #[test]
    fn the_fix_is_the_first_alternative_that_suits_the_team() {
        let candidate = Design::new()
            .pattern(ids::MODULAR_MONOLITH, "Modules")
            .build();
        let findings = run_with(&RULE, &candidate, &team(70));
        assert_eq!(findings.len(), 1, "{findings:#?}");
        // The first alternative, the monolith, tops out at 15 engineers.
        assert_eq!(findings[0].fix.as_deref(), Some(ids::MICROSERVICES));
    }
}
