//! `cache-stampede`: a cache with no request coalescing. When a hot key
//! expires or the cache restarts, every concurrent miss goes to the store
//! behind it at once: the cache turns into a second source of load. A
//! cache filled ahead by a writer, whose readers read no store (a feature
//! store, precomputed lookups), has no miss path to stampede down.

use crate::catalog::blocks::BlockKind;
use crate::catalog::ids;
use crate::design::{EdgeKind, Finding, Node, Placement, Severity};
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
        if view.has_present(cache.id, ids::REQUEST_COALESCING) || !has_miss_path(view, cache) {
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

/// Whether a miss on `cache` goes on to a store: the box is drawn as
/// cache-aside, or a part that reads the cache also reads a data store.
fn has_miss_path(view: &View<'_>, cache: &Node) -> bool {
    if cache.has_pattern(ids::CACHE_ASIDE) {
        return true;
    }
    let reads = |id| {
        [EdgeKind::SyncCall, EdgeKind::ReadsWrites]
            .into_iter()
            .flat_map(move |kind| view.outgoing(id, kind))
    };
    let readers = view
        .incoming(cache.id, EdgeKind::SyncCall)
        .chain(view.incoming(cache.id, EdgeKind::ReadsWrites))
        .map(|e| e.from);
    readers
        .flat_map(reads)
        .any(|e| e.to != cache.id && view.reading.stores.contains(&e.to))
}

#[cfg(test)]
mod tests {
    use super::*;
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
    fn a_cache_filled_ahead_whose_readers_read_no_store_is_not_reported() {
        let candidate = Design::new()
            .service("Scoring")
            .cache("features")
            .service("Updater")
            .sync("Scoring", "features")
            .rw("Updater", "features")
            .build();
        assert!(run(&RULE, &candidate).is_empty());
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
