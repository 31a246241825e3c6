//! What a pattern does in a design, so that scoring counts it for that and
//! not for its name: a deployment style is read from the drawing, a code
//! style counts once per box, a mitigation counts by the risks it resolves,
//! a capability by its effects where the design has what it needs, and a
//! migration makes the design a transition. See `docs/scoring.md`.

use serde::{Deserialize, Serialize};

/// The part a pattern plays in a design.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// How the system is deployed (monolith, microservices); the drawing
    /// decides which one a design is, so labels only refine that reading.
    DeploymentStyle(Deployables),
    /// How the code inside one deployable is organised (layered, MVC,
    /// hexagonal): alternatives to each other, one per box.
    CodeStyle,
    /// Resolves the risks that these review rules find (rule ids); its
    /// value is the finding that no longer applies, so its own effects are
    /// not added on top.
    Mitigation(Vec<String>),
    /// Adds a capability; its effects count where the design has all of
    /// these (an empty list: always).
    Capability(Vec<Need>),
    /// A way from one design to another (strangler fig, anti-corruption
    /// layer): old and new coexist on purpose.
    Migration,
}

impl Default for Role {
    /// Imported and user patterns without a role count as a capability
    /// with no precondition, as every pattern did before roles existed.
    fn default() -> Self {
        Self::Capability(Vec::new())
    }
}

impl Role {
    /// The snake_case name of the kind of role.
    pub fn key(&self) -> &'static str {
        match self {
            Self::DeploymentStyle(_) => "deployment_style",
            Self::CodeStyle => "code_style",
            Self::Mitigation(_) => "mitigation",
            Self::Capability(_) => "capability",
            Self::Migration => "migration",
        }
    }

    pub fn is_deployment_style(&self) -> bool {
        matches!(self, Self::DeploymentStyle(_))
    }

    pub fn is_code_style(&self) -> bool {
        matches!(self, Self::CodeStyle)
    }

    pub fn is_migration(&self) -> bool {
        matches!(self, Self::Migration)
    }
}

/// How many deployable units a deployment style has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Deployables {
    /// One deployable (monolith, modular monolith).
    Single,
    /// Several, each with its own data (microservices, cells).
    Several,
    /// Any number (serverless functions).
    Any,
}

/// Something the drawing must have for a capability to do anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Need {
    /// A language model is called somewhere.
    Llm,
    /// A cache block or cache-aside.
    Cache,
    /// Asynchronous messages or a queue.
    Broker,
    /// A database.
    Database,
    /// Synchronous calls between parts.
    SyncCalls,
    /// Two or more deployable units.
    SeveralDeployables,
    /// Clients calling in.
    Clients,
    /// Data replicated between stores.
    Replication,
    /// An external system is called.
    External,
}

impl Need {
    /// Words for people: "needs an LLM".
    pub fn label(self) -> &'static str {
        match self {
            Self::Llm => "a language model",
            Self::Cache => "a cache",
            Self::Broker => "a queue or asynchronous messages",
            Self::Database => "a database",
            Self::SyncCalls => "synchronous calls",
            Self::SeveralDeployables => "two or more deployable units",
            Self::Clients => "clients calling in",
            Self::Replication => "replicated stores",
            Self::External => "an external system",
        }
    }
}
