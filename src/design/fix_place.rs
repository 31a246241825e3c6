//! Where a review fix belongs: the one shape every rule that offers a fix
//! uses to name the node an architect would put the pattern on (the caller
//! for idempotency on retries, the publishing service for the outbox, the
//! consumer for idempotent consumption, the entry point for rate limiting),
//! and the words that say so ("Orders service, the caller").
//!
//! The rules choose the node (`review/rules/`); "Apply fix"
//! (`workspace/fix.rs`) follows it; the window's tooltip reads the words.

use serde::{Deserialize, Serialize};

use super::ids::NodeId;

/// The part a node plays for a fix, in an architect's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Placement {
    /// The node that retries or calls: it sends the idempotency key, it
    /// wraps its calls in a breaker.
    Caller,
    /// The service that writes its store and publishes: it owns the outbox.
    PublishingService,
    /// The service that writes two stores: it owns the outbox between them.
    WritingService,
    /// The node that processes deliveries: it de-duplicates them.
    Consumer,
    /// The node all clients reach first: it limits their rate.
    EntryPoint,
    /// The queue or topic that delivers: it parks poison messages.
    Queue,
    /// The cache whose misses stampede the store behind it.
    Cache,
    /// The node that lets a model act on tools and services.
    Agent,
    /// The service that calls the model: it checks what goes in and out.
    ModelCaller,
    /// The model itself, when nothing in the drawing calls it.
    Model,
    /// The node that answers from retrieved documents.
    RagPipeline,
    /// The saga that runs and compensates the steps.
    Saga,
    /// One of the stores that take writes in more than one place.
    ReplicatedStore,
    /// The database more than one service uses.
    SharedDatabase,
    /// The caller in the middle of a long synchronous chain: a breaker
    /// there cuts the chain in two.
    ChainMiddle,
    /// The first node of a synchronous cycle: it publishes instead of
    /// calling.
    CycleMember,
    /// The box carrying a style that does not suit the team: the
    /// alternative takes its place.
    StyleBox,
}

impl Placement {
    /// What the node is, after its name: "Orders, the caller".
    pub fn phrase(self) -> &'static str {
        match self {
            Self::Caller => "the caller",
            Self::PublishingService => "the publishing service",
            Self::WritingService => "the service that writes both stores",
            Self::Consumer => "the consumer",
            Self::EntryPoint => "the entry point",
            Self::Queue => "the queue that delivers",
            Self::Cache => "the cache",
            Self::Agent => "the agent",
            Self::ModelCaller => "the service that calls the model",
            Self::Model => "the model",
            Self::RagPipeline => "the RAG pipeline",
            Self::Saga => "the saga",
            Self::ReplicatedStore => "a store that takes writes",
            Self::SharedDatabase => "the shared database",
            Self::ChainMiddle => "the middle of the chain",
            Self::CycleMember => "a service in the cycle",
            Self::StyleBox => "the box whose style it replaces",
        }
    }
}

/// The node a finding's fix goes on, and the part it plays.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct FixPlace {
    pub node: NodeId,
    pub placement: Placement,
}
