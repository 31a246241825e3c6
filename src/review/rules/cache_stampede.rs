//! `cache-stampede`: a cache with no request coalescing. When a hot key
//! expires or the cache restarts, every concurrent miss goes to the store
//! behind it at once: the cache turns into a second source of load.

use crate::catalog::blocks::BlockKind;
use crate::catalog::ids;
use crate::design::{Finding, Placement, Severity};
use crate::review::graph::View;
use crate::review::{RuleFix, RuleInfo};

use super::Rule;

pub(crate) const RULE: Rule = Rule {
    info: RuleInfo {
        id: "cache-stampede",
        severity: Severity::Warning,
        summary: "A cache without request coalescing on its miss path.",
        fix: Some(RuleFix {
            pattern: ids::REQUEST_COALESCING,
            at: Placement::Cache,
        }),
    },
    check,
};

fn check(view: &View<'_>, out: &mut Vec<Finding>) {
    let caches = view
        .nodes()
        .filter(|n| n.is_block(BlockKind::Cache) || n.has_pattern(ids::CACHE_ASIDE));
    for cache in caches {
        if view.has_present(cache.id, ids::REQUEST_COALESCING) {
            continue;
        }
        let message = format!(
            "{} has no request coalescing: when a hot key expires, every concurrent miss goes \
             to the store behind it at once.",
            view.name(cache.id)
        );
        out.push(RULE.fixable([], [], message, cache.id));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::design::EdgeKind;
    use crate::review::testkit::{Design, assert_one, ids, run};

    fn catalog_reads() -> Design {
        Design::new()
            .service("Catalog")
            .cache("product-cache")
            .database("products-db")
            .sync("Catalog", "product-cache")
            .rw("Catalog", "products-db")
    }

    #[test]
    fn a_cache_without_coalescing_is_reported() {
        let candidate = catalog_reads().build();
        let findings = run(&RULE, &candidate);
        assert_one(
            &RULE,
            &findings,
            &ids(&candidate, &["product-cache"]),
            Some(ids::REQUEST_COALESCING),
        );
    }

    #[test]
    fn a_cache_aside_node_counts_as_a_cache() {
        let candidate = Design::new().pattern(ids::CACHE_ASIDE, "Sessions").build();
        let findings = run(&RULE, &candidate);
        assert_one(
            &RULE,
            &findings,
            &ids(&candidate, &["Sessions"]),
            Some(ids::REQUEST_COALESCING),
        );
    }

    #[test]
    fn single_flight_on_the_cache_fixes_it() {
        let candidate = catalog_reads()
            .pattern(ids::REQUEST_COALESCING, "Single flight")
            .edge("Single flight", "product-cache", EdgeKind::DependsOn)
            .build();
        assert!(run(&RULE, &candidate).is_empty());
    }
}
