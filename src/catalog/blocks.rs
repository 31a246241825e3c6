//! Generic building blocks for drawing real designs next to patterns:
//! services, databases, queues, caches, clients and external systems.
//!
//! They are not patterns (no trade-offs, no scoring effects) but a node of
//! this kind may carry patterns, and the review rules reason about them.

use serde::{Deserialize, Serialize};

/// The kind of a generic building block.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    Service,
    Database,
    Queue,
    Cache,
    Client,
    ExternalSystem,
}

impl BlockKind {
    pub const ALL: [Self; 6] = [
        Self::Service,
        Self::Database,
        Self::Queue,
        Self::Cache,
        Self::Client,
        Self::ExternalSystem,
    ];

    /// The snake_case key used in files and on the command line.
    pub fn key(self) -> &'static str {
        match self {
            Self::Service => "service",
            Self::Database => "database",
            Self::Queue => "queue",
            Self::Cache => "cache",
            Self::Client => "client",
            Self::ExternalSystem => "external_system",
        }
    }

    /// The name shown in the palette.
    pub fn label(self) -> &'static str {
        match self {
            Self::Service => "Service",
            Self::Database => "Database",
            Self::Queue => "Queue or topic",
            Self::Cache => "Cache",
            Self::Client => "Client",
            Self::ExternalSystem => "External system",
        }
    }

    /// One line on what the block stands for.
    pub fn description(self) -> &'static str {
        match self {
            Self::Service => {
                "A deployable unit of your own code that serves requests or processes work."
            }
            Self::Database => {
                "A durable store of record: relational, document, key-value or other."
            }
            Self::Queue => {
                "A message queue, topic or event log that decouples producers from consumers."
            }
            Self::Cache => "A fast, disposable copy of data kept close to the readers.",
            Self::Client => "A web, mobile or partner application that calls the system.",
            Self::ExternalSystem => {
                "A system you do not own: a vendor API, a partner, a legacy platform."
            }
        }
    }

    /// Parses a key or a label, ignoring case, spaces and dashes.
    pub fn from_key(key: &str) -> Option<Self> {
        let key = key.trim().to_ascii_lowercase().replace(['-', ' '], "_");
        let key = match key.as_str() {
            "topic" | "queue_or_topic" | "broker" => "queue",
            "db" => "database",
            "external" => "external_system",
            other => other,
        };
        Self::ALL.into_iter().find(|b| b.key() == key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_labels_parse_back() {
        for kind in BlockKind::ALL {
            assert_eq!(BlockKind::from_key(kind.key()), Some(kind));
            assert_eq!(BlockKind::from_key(kind.label()), Some(kind));
        }
        assert_eq!(
            BlockKind::from_key("External-System"),
            Some(BlockKind::ExternalSystem)
        );
        assert_eq!(BlockKind::from_key("spaceship"), None);
    }
}
