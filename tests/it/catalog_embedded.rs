//! The embedded catalog: complete, valid, and true to its sources.

use plinth::catalog::{Catalog, CatalogLoader, Category, QualityAttribute, Source};

/// The slugs the Layra seed uses for its 43 patterns (and so our ids).
const SEED_IDS: [&str; 43] = [
    "agent-orchestration",
    "ai-feature-store",
    "api-gateway",
    "batch-processing",
    "chain-of-thought-reasoning-patterns",
    "change-data-capture",
    "circuit-breaker",
    "clean-architecture",
    "column-oriented-storage",
    "cqrs-event-sourcing",
    "data-encoding-schema-evolution",
    "data-partitioning",
    "replication-strategies",
    "consensus-algorithms",
    "domain-driven-design",
    "event-driven",
    "few-shot-learning",
    "fine-tuning-pipeline",
    "hexagonal",
    "layered-n-tier",
    "llm-guardrails",
    "llm-memory-architecture",
    "llm-routing",
    "microservices",
    "modular-monolith",
    "monolith",
    "multi-agent-systems",
    "mvc",
    "polyglot-persistence-data-integration",
    "prompt-chaining",
    "prompt-management",
    "pub-sub",
    "rag-architecture",
    "saga",
    "semantic-search-architecture",
    "serverless",
    "service-mesh",
    "stream-processing",
    "structured-output",
    "tool-use",
    "transaction-isolation-strategies",
    "vector-database",
    "vertical-slice-architecture",
];

const ADDED_IDS: [&str; 14] = [
    "strangler-fig",
    "transactional-outbox",
    "idempotency-key",
    "sidecar",
    "ambassador",
    "anti-corruption-layer",
    "read-replicas",
    "cell-based-architecture",
    "bulkhead",
    "retry-with-backoff",
    "backpressure-load-shedding",
    "cache-aside",
    "rate-limiting",
    "consistent-hashing",
];

#[test]
fn embedded_catalog_loads_without_a_single_problem() {
    let outcome = CatalogLoader::embedded().load();
    let problems: Vec<String> = outcome.problems.iter().map(ToString::to_string).collect();
    assert!(
        problems.is_empty(),
        "problems in patterns/:\n{}",
        problems.join("\n")
    );
    assert!(
        outcome.catalog.len() >= 57,
        "only {} patterns",
        outcome.catalog.len()
    );
    assert!(
        outcome
            .catalog
            .entries()
            .all(|e| e.source == Source::Embedded)
    );
}

#[test]
fn every_seed_and_added_pattern_is_present() {
    let catalog = Catalog::embedded();
    for id in SEED_IDS.iter().chain(&ADDED_IDS) {
        assert!(catalog.pattern(id).is_some(), "missing pattern `{id}`");
    }
}

#[test]
fn every_file_is_named_after_its_id() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("patterns");
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        assert!(
            Catalog::embedded().pattern(&stem).is_some(),
            "{} holds another id",
            path.display()
        );
    }
}

#[test]
fn seed_facts_spot_checks() {
    let catalog = Catalog::embedded();
    let monolith = catalog.pattern("monolith").unwrap();
    assert_eq!(
        (monolith.team_size.min, monolith.team_size.max),
        (1, Some(15))
    );
    assert_eq!(monolith.team_size.text, "Small to Medium (1-15 engineers)");
    let consensus = catalog.pattern("consensus-algorithms").unwrap();
    assert_eq!(consensus.name, "Distributed Consensus");
    assert_eq!(
        (consensus.complexity, consensus.category),
        (5, Category::Data)
    );
    let saga = catalog.pattern("saga").unwrap();
    assert_eq!(
        saga.related,
        ["pub-sub", "circuit-breaker", "api-gateway", "service-mesh"]
    );
    assert_eq!(saga.references[0].author, "Chris Richardson");
    let serverless = catalog.pattern("serverless").unwrap();
    assert_eq!(
        (serverless.team_size.min, serverless.team_size.max),
        (1, None)
    );
}

#[test]
fn the_catalog_guidance_is_encoded_in_the_numbers() {
    let catalog = Catalog::embedded();
    let score = |id: &str, attribute| catalog.pattern(id).unwrap().effects.get(attribute).score;
    assert!(
        score("monolith", QualityAttribute::TimeToMarket)
            > score("microservices", QualityAttribute::TimeToMarket)
    );
    assert!(
        score("microservices", QualityAttribute::Scalability)
            > score("monolith", QualityAttribute::Scalability)
    );
    assert!(score("circuit-breaker", QualityAttribute::Availability) > 0);
    let monolith = catalog.pattern("monolith").unwrap();
    assert!(
        monolith
            .conflicts_with
            .iter()
            .any(|id| id == "microservices")
    );
}

#[test]
fn effects_are_differentiated_and_explained() {
    for pattern in Catalog::embedded().patterns() {
        let nonzero = pattern.effects.iter().filter(|(_, e)| e.score != 0).count();
        assert!(
            nonzero >= 3,
            "{} has only {nonzero} non-neutral effects",
            pattern.id
        );
        assert!(
            pattern.effects.iter().all(|(_, e)| e.reason.len() > 10),
            "{}: a reason is too short",
            pattern.id
        );
        assert!(
            pattern.imported_from.is_none(),
            "{} is marked as imported",
            pattern.id
        );
    }
}

#[test]
fn added_patterns_link_into_the_seed_catalog() {
    let catalog = Catalog::embedded();
    for id in ADDED_IDS {
        let pattern = catalog.pattern(id).unwrap();
        assert!(
            pattern
                .related
                .iter()
                .any(|r| SEED_IDS.contains(&r.as_str())),
            "{id} has no related link into the 43"
        );
        assert!(
            pattern.when_to_use.len() >= 3 && pattern.pros.len() >= 3 && pattern.cons.len() >= 3,
            "{id} is thin"
        );
    }
}

#[test]
fn user_folder_adds_and_overrides() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        crate::fixture("catalog/good/edge-cache.ron"),
        dir.path().join("edge-cache.ron"),
    )
    .unwrap();
    let text = std::fs::read_to_string(crate::fixture("catalog/good/edge-cache.ron")).unwrap();
    let override_text = text
        .replace("id: \"edge-cache\"", "id: \"monolith\"")
        .replace("name: \"Edge Cache\"", "name: \"Our Monolith\"")
        .replace("[\"CDN Cache\", \"Edge Caching\"]", "[]");
    std::fs::write(dir.path().join("monolith.ron"), override_text).unwrap();

    let outcome = CatalogLoader::embedded().with_folder(dir.path()).load();
    assert!(outcome.problems.is_empty(), "{:?}", outcome.problems);
    let added = outcome.catalog.entry("edge-cache").unwrap();
    assert!(matches!(added.source, Source::File(_)) && !added.overrides_embedded);
    let replaced = outcome.catalog.entry("monolith").unwrap();
    assert_eq!(replaced.pattern.name, "Our Monolith");
    assert!(replaced.overrides_embedded);
    assert_eq!(outcome.catalog.len(), Catalog::embedded().len() + 1);
}
