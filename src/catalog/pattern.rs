//! The pattern schema: what one RON file in `patterns/` holds.
//!
//! Plain data with serde derives; validation of values and links lives in
//! `validate.rs`, and the file format is documented in `docs/catalog-format.md`.

use serde::{Deserialize, Serialize};

use super::quality::QualityEffects;
use super::role::Role;

/// One architecture pattern of the catalog.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pattern {
    /// Kebab-case slug, unique in the catalog (`pub-sub`, `saga`).
    pub id: String,
    pub name: String,
    pub category: Category,
    /// 1 (simple) to 5 (very complex).
    pub complexity: u8,
    pub team_size: TeamSize,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Free keywords that search matches besides name, aliases and summary.
    #[serde(default)]
    pub tags: Vec<String>,
    /// One or two sentences: what the pattern is.
    pub summary: String,
    pub when_to_use: Vec<String>,
    pub when_not_to_use: Vec<String>,
    pub components: Vec<Component>,
    pub pros: Vec<TradeOff>,
    pub cons: Vec<TradeOff>,
    #[serde(default)]
    pub tech_stacks: Vec<TechStack>,
    #[serde(default)]
    pub examples: Vec<Example>,
    #[serde(default)]
    pub alternatives: Vec<Alternative>,
    #[serde(default)]
    pub references: Vec<Reference>,
    /// Ids of related patterns; each must resolve in the catalog.
    #[serde(default)]
    pub related: Vec<String>,
    /// Longer explanation shown on the pattern page.
    #[serde(default)]
    pub overview: String,
    /// How the pattern moves each quality attribute, from -2 to +2.
    pub effects: QualityEffects,
    /// Ids of patterns that should not be chosen together with this one.
    #[serde(default)]
    pub conflicts_with: Vec<String>,
    /// Facts that hard constraints can require or forbid.
    #[serde(default)]
    pub facets: Vec<Facet>,
    /// What the pattern does in a design, so scoring counts it for that
    /// (see `role.rs`); every embedded pattern states it.
    #[serde(default)]
    pub role: Role,
    /// What `effects` are measured against: the design this one would
    /// otherwise be ("the same model answering from its training data").
    #[serde(default)]
    pub effects_against: String,
    /// Where imported text came from (for example a Layra catalog file);
    /// `None` for patterns written for Plinth.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub imported_from: Option<String>,
}

/// The family a pattern belongs to; drives colours and filters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Ai,
    Application,
    Data,
    Infrastructure,
    Integration,
    Resilience,
    System,
}

impl Category {
    pub const ALL: [Self; 7] = [
        Self::Ai,
        Self::Application,
        Self::Data,
        Self::Infrastructure,
        Self::Integration,
        Self::Resilience,
        Self::System,
    ];

    /// The lowercase name used in files, the CLI and JSON.
    pub fn key(self) -> &'static str {
        match self {
            Self::Ai => "ai",
            Self::Application => "application",
            Self::Data => "data",
            Self::Infrastructure => "infrastructure",
            Self::Integration => "integration",
            Self::Resilience => "resilience",
            Self::System => "system",
        }
    }

    /// Parses the lowercase key (case-insensitive).
    pub fn from_key(key: &str) -> Option<Self> {
        let key = key.trim().to_ascii_lowercase();
        Self::ALL.into_iter().find(|c| c.key() == key)
    }
}

impl std::fmt::Display for Category {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.key())
    }
}

/// Team sizes a pattern suits: a minimum, an optional maximum, and the
/// wording shown to people (kept verbatim from the source).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TeamSize {
    pub min: u32,
    #[serde(default)]
    pub max: Option<u32>,
    pub text: String,
}

impl TeamSize {
    /// Whether a team of `engineers` falls inside the range.
    pub fn fits(&self, engineers: u32) -> bool {
        engineers >= self.min && self.max.is_none_or(|max| engineers <= max)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Component {
    pub name: String,
    pub description: String,
}

/// How much a pro or con weighs in a decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Weight {
    Low,
    Medium,
    High,
}

impl Weight {
    pub fn key(self) -> &'static str {
        match self {
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TradeOff {
    pub weight: Weight,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TechStack {
    pub name: String,
    pub technologies: Vec<String>,
}

/// An organisation known to use the pattern.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Example {
    pub organisation: String,
    pub description: String,
}

/// Another option an architect might pick instead, and when to prefer it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Alternative {
    /// The option as the source names it ("RAG Architecture").
    pub name: String,
    /// Its pattern id when the catalog has it; must resolve.
    #[serde(default)]
    pub pattern: Option<String>,
    pub prefer_when: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reference {
    pub title: String,
    pub author: String,
    pub kind: ReferenceKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReferenceKind {
    Article,
    Blog,
    Book,
    Documentation,
    Guide,
    Paper,
    Reference,
    Report,
    Talk,
    Tool,
}

impl ReferenceKind {
    pub const ALL: [Self; 10] = [
        Self::Article,
        Self::Blog,
        Self::Book,
        Self::Documentation,
        Self::Guide,
        Self::Paper,
        Self::Reference,
        Self::Report,
        Self::Talk,
        Self::Tool,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Self::Article => "article",
            Self::Blog => "blog",
            Self::Book => "book",
            Self::Documentation => "documentation",
            Self::Guide => "guide",
            Self::Paper => "paper",
            Self::Reference => "reference",
            Self::Report => "report",
            Self::Talk => "talk",
            Self::Tool => "tool",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// Facts about a pattern that hard constraints can require or forbid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Facet {
    /// Runs as several processes that talk over a network.
    Distributed,
    /// Owns durable state that must be backed up, migrated and kept consistent.
    Stateful,
    /// Calls a large language model.
    NeedsLlm,
    /// Needs GPUs to train or serve.
    NeedsGpu,
    /// Only practical on a public cloud provider's managed services.
    NeedsCloudProvider,
    /// Assumes a container orchestrator such as Kubernetes.
    NeedsKubernetes,
    /// Needs a message broker or event log.
    NeedsMessageBroker,
    /// Readers may see stale data for a while.
    EventualConsistency,
    /// Spans several regions or data centres.
    MultiRegion,
    /// Adds a specialised data store next to the main database.
    SpecialisedDatastore,
}

impl Facet {
    pub const ALL: [Self; 10] = [
        Self::Distributed,
        Self::Stateful,
        Self::NeedsLlm,
        Self::NeedsGpu,
        Self::NeedsCloudProvider,
        Self::NeedsKubernetes,
        Self::NeedsMessageBroker,
        Self::EventualConsistency,
        Self::MultiRegion,
        Self::SpecialisedDatastore,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Self::Distributed => "distributed",
            Self::Stateful => "stateful",
            Self::NeedsLlm => "needs_llm",
            Self::NeedsGpu => "needs_gpu",
            Self::NeedsCloudProvider => "needs_cloud_provider",
            Self::NeedsKubernetes => "needs_kubernetes",
            Self::NeedsMessageBroker => "needs_message_broker",
            Self::EventualConsistency => "eventual_consistency",
            Self::MultiRegion => "multi_region",
            Self::SpecialisedDatastore => "specialised_datastore",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        let key = key.trim().to_ascii_lowercase().replace('-', "_");
        Self::ALL.into_iter().find(|f| f.key() == key)
    }
}
