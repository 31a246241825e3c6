//! Every catalog pattern id that code names (review rules, the design
//! reading, scoring), as a constant: a typo is a compile error, and a test
//! fails when a named pattern is missing from the embedded catalog.

pub const AGENT_ORCHESTRATION: &str = "agent-orchestration";
pub const AI_FEATURE_STORE: &str = "ai-feature-store";
pub const AMBASSADOR: &str = "ambassador";
pub const ANTI_CORRUPTION_LAYER: &str = "anti-corruption-layer";
pub const API_GATEWAY: &str = "api-gateway";
pub const BACKPRESSURE_LOAD_SHEDDING: &str = "backpressure-load-shedding";
pub const BATCH_PROCESSING: &str = "batch-processing";
pub const BULKHEAD: &str = "bulkhead";
pub const CACHE_ASIDE: &str = "cache-aside";
pub const CELL_BASED_ARCHITECTURE: &str = "cell-based-architecture";
pub const CHAIN_OF_THOUGHT_REASONING_PATTERNS: &str = "chain-of-thought-reasoning-patterns";
pub const CHANGE_DATA_CAPTURE: &str = "change-data-capture";
pub const CIRCUIT_BREAKER: &str = "circuit-breaker";
pub const CLEAN_ARCHITECTURE: &str = "clean-architecture";
pub const COLUMN_ORIENTED_STORAGE: &str = "column-oriented-storage";
pub const CONSENSUS_ALGORITHMS: &str = "consensus-algorithms";
pub const CONSISTENT_HASHING: &str = "consistent-hashing";
pub const CQRS_EVENT_SOURCING: &str = "cqrs-event-sourcing";
pub const DATA_ENCODING_SCHEMA_EVOLUTION: &str = "data-encoding-schema-evolution";
pub const DATA_PARTITIONING: &str = "data-partitioning";
pub const DEAD_LETTER_QUEUE: &str = "dead-letter-queue";
pub const DOMAIN_DRIVEN_DESIGN: &str = "domain-driven-design";
pub const EVENT_DRIVEN: &str = "event-driven";
pub const FEW_SHOT_LEARNING: &str = "few-shot-learning";
pub const FINE_TUNING_PIPELINE: &str = "fine-tuning-pipeline";
pub const HEXAGONAL: &str = "hexagonal";
pub const IDEMPOTENCY_KEY: &str = "idempotency-key";
pub const LAYERED_N_TIER: &str = "layered-n-tier";
pub const LLM_GUARDRAILS: &str = "llm-guardrails";
pub const LLM_MEMORY_ARCHITECTURE: &str = "llm-memory-architecture";
pub const LLM_ROUTING: &str = "llm-routing";
pub const MICROSERVICES: &str = "microservices";
pub const MODULAR_MONOLITH: &str = "modular-monolith";
pub const MONOLITH: &str = "monolith";
pub const MULTI_AGENT_SYSTEMS: &str = "multi-agent-systems";
pub const MVC: &str = "mvc";
pub const POLYGLOT_PERSISTENCE_DATA_INTEGRATION: &str = "polyglot-persistence-data-integration";
pub const PROMPT_CHAINING: &str = "prompt-chaining";
pub const PROMPT_MANAGEMENT: &str = "prompt-management";
pub const PUB_SUB: &str = "pub-sub";
pub const RAG_ARCHITECTURE: &str = "rag-architecture";
pub const RATE_LIMITING: &str = "rate-limiting";
pub const READ_REPLICAS: &str = "read-replicas";
pub const REPLICATION_STRATEGIES: &str = "replication-strategies";
pub const REQUEST_COALESCING: &str = "request-coalescing";
pub const RETRY_WITH_BACKOFF: &str = "retry-with-backoff";
pub const SAGA: &str = "saga";
pub const SEMANTIC_SEARCH_ARCHITECTURE: &str = "semantic-search-architecture";
pub const SERVERLESS: &str = "serverless";
pub const SERVICE_MESH: &str = "service-mesh";
pub const SIDECAR: &str = "sidecar";
pub const STRANGLER_FIG: &str = "strangler-fig";
pub const STREAM_PROCESSING: &str = "stream-processing";
pub const STRUCTURED_OUTPUT: &str = "structured-output";
pub const TOOL_USE: &str = "tool-use";
pub const TRANSACTION_ISOLATION_STRATEGIES: &str = "transaction-isolation-strategies";
pub const TRANSACTIONAL_OUTBOX: &str = "transactional-outbox";
pub const VECTOR_DATABASE: &str = "vector-database";
pub const VERTICAL_SLICE_ARCHITECTURE: &str = "vertical-slice-architecture";

/// Every constant above, for the test that they all resolve.
pub const ALL: [&str; 59] = [
    AGENT_ORCHESTRATION,
    AI_FEATURE_STORE,
    AMBASSADOR,
    ANTI_CORRUPTION_LAYER,
    API_GATEWAY,
    BACKPRESSURE_LOAD_SHEDDING,
    BATCH_PROCESSING,
    BULKHEAD,
    CACHE_ASIDE,
    CELL_BASED_ARCHITECTURE,
    CHAIN_OF_THOUGHT_REASONING_PATTERNS,
    CHANGE_DATA_CAPTURE,
    CIRCUIT_BREAKER,
    CLEAN_ARCHITECTURE,
    COLUMN_ORIENTED_STORAGE,
    CONSENSUS_ALGORITHMS,
    CONSISTENT_HASHING,
    CQRS_EVENT_SOURCING,
    DATA_ENCODING_SCHEMA_EVOLUTION,
    DATA_PARTITIONING,
    DEAD_LETTER_QUEUE,
    DOMAIN_DRIVEN_DESIGN,
    EVENT_DRIVEN,
    FEW_SHOT_LEARNING,
    FINE_TUNING_PIPELINE,
    HEXAGONAL,
    IDEMPOTENCY_KEY,
    LAYERED_N_TIER,
    LLM_GUARDRAILS,
    LLM_MEMORY_ARCHITECTURE,
    LLM_ROUTING,
    MICROSERVICES,
    MODULAR_MONOLITH,
    MONOLITH,
    MULTI_AGENT_SYSTEMS,
    MVC,
    POLYGLOT_PERSISTENCE_DATA_INTEGRATION,
    PROMPT_CHAINING,
    PROMPT_MANAGEMENT,
    PUB_SUB,
    RAG_ARCHITECTURE,
    RATE_LIMITING,
    READ_REPLICAS,
    REPLICATION_STRATEGIES,
    REQUEST_COALESCING,
    RETRY_WITH_BACKOFF,
    SAGA,
    SEMANTIC_SEARCH_ARCHITECTURE,
    SERVERLESS,
    SERVICE_MESH,
    SIDECAR,
    STRANGLER_FIG,
    STREAM_PROCESSING,
    STRUCTURED_OUTPUT,
    TOOL_USE,
    TRANSACTION_ISOLATION_STRATEGIES,
    TRANSACTIONAL_OUTBOX,
    VECTOR_DATABASE,
    VERTICAL_SLICE_ARCHITECTURE,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_named_pattern_is_in_the_embedded_catalog() {
        let catalog = crate::catalog::Catalog::embedded();
        for id in ALL {
            assert!(
                catalog.pattern(id).is_some(),
                "`{id}` is named in code but not in the catalog"
            );
        }
    }
}
