//! A box labelled with a deployment style the drawing is not: "Microservices"
//! written on one deployable, "Monolith" on one of several services that
//! each own their data. The drawing is what gets scored; the label misleads
//! whoever reads the diagram.

use crate::design::{Finding, Severity};
use crate::review::RuleInfo;
use crate::review::graph::View;

use super::Rule;

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "label-mismatch",
        severity: Severity::Warning,
        summary: "A box labelled with a deployment style that the drawing contradicts.",
        fix: None,
    },
    check,
};

fn check(view: &View<'_>, out: &mut Vec<Finding>) {
    let reading = &view.reading;
    for (node, id) in &reading.mismatched {
        let name = view
            .catalog
            .pattern(id)
            .map_or(id.as_str(), |p| p.name.as_str());
        let deployables = reading.deployables.len();
        let message = format!(
            "{} is labelled {name}, but the drawing has {deployables} deployable unit{} and \
             reads as {}: it is scored as drawn. Redraw it or drop the label.",
            view.name(*node),
            if deployables == 1 { "" } else { "s" },
            reading.style.as_deref().unwrap_or("no style"),
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
    fn microservices_written_on_one_deployable_is_named() {
        let candidate = Design::new()
            .client("Web")
            .service("Rails app")
            .carrying("Rails app", ids::MICROSERVICES)
            .database("Postgres")
            .sync("Web", "Rails app")
            .rw("Rails app", "Postgres")
            .build();
        let findings = run(&RULE, &candidate);
        assert_one(&RULE, &findings, &ids(&candidate, &["Rails app"]), None);
        assert!(
            findings[0].message.contains("reads as monolith"),
            "{findings:?}"
        );
    }

    #[test]
    fn a_label_the_drawing_agrees_with_is_fine() {
        let candidate = Design::new()
            .service("Shop")
            .carrying("Shop", ids::MODULAR_MONOLITH)
            .database("db")
            .rw("Shop", "db")
            .build();
        assert!(run(&RULE, &candidate).is_empty());
    }
}
