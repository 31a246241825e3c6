//! Two alternative styles on one box: MVC, layered and vertical slices, or
//! monolith and modular monolith, written on the same application. A box
//! has one structure; the first style counts and the others are noise that
//! hides which one the team means.

use crate::design::{Finding, Severity};
use crate::review::RuleInfo;
use crate::review::graph::View;

use super::Rule;

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "alternative-styles",
        severity: Severity::Warning,
        summary: "One box carrying two or more alternative styles (deployment or code structure).",
        fix: None,
    },
    check,
};

fn check(view: &View<'_>, out: &mut Vec<Finding>) {
    for (node, ids) in &view.reading.alternatives {
        let names: Vec<&str> = ids
            .iter()
            .map(|id| {
                view.catalog
                    .pattern(id)
                    .map_or(id.as_str(), |p| p.name.as_str())
            })
            .collect();
        let message = format!(
            "{} carries {}, which are alternatives to each other: one box has one structure, so \
             only {} is scored. Keep the one the team means.",
            view.name(*node),
            crate::prose::spoken_list(&names),
            names[0],
        );
        out.push(RULE.finding([*node], [], message));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::ids;
    use crate::review::testkit::{Design, assert_one, ids, run};

    #[test]
    fn three_code_styles_on_one_box_are_one_finding() {
        let candidate = Design::new()
            .service("App")
            .carrying("App", ids::MVC)
            .carrying("App", ids::LAYERED_N_TIER)
            .carrying("App", ids::VERTICAL_SLICE_ARCHITECTURE)
            .carrying("App", ids::MODULAR_MONOLITH)
            .build();
        let findings = run(&RULE, &candidate);
        assert_one(&RULE, &findings, &ids(&candidate, &["App"]), None);
        assert!(findings[0].message.contains("only MVC"), "{findings:?}");
    }

    #[test]
    fn a_deployment_style_and_a_code_style_go_together() {
        let candidate = Design::new()
            .service("App")
            .carrying("App", ids::MODULAR_MONOLITH)
            .carrying("App", ids::HEXAGONAL)
            .build();
        assert!(run(&RULE, &candidate).is_empty());
    }
}
