//! Typed, directed edges between nodes of a candidate design.

use serde::{Deserialize, Serialize};

use super::ids::{EdgeId, NodeId};

/// How two nodes are connected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EdgeKind {
    /// A request that waits for the answer (HTTP, gRPC).
    SyncCall,
    /// A message or event that does not wait (queue, topic, webhook).
    AsyncMessage,
    /// Data copied from one store to another (replication, CDC).
    Replication,
    /// A service reading and writing a data store.
    ReadsWrites,
    /// Anything else one side needs from the other (a library, a config).
    DependsOn,
}

impl EdgeKind {
    pub const ALL: [Self; 5] = [
        Self::SyncCall,
        Self::AsyncMessage,
        Self::Replication,
        Self::ReadsWrites,
        Self::DependsOn,
    ];

    /// The snake_case key used in files and on the command line.
    pub fn key(self) -> &'static str {
        match self {
            Self::SyncCall => "sync_call",
            Self::AsyncMessage => "async_message",
            Self::Replication => "replication",
            Self::ReadsWrites => "reads_writes",
            Self::DependsOn => "depends_on",
        }
    }

    /// Words for people.
    pub fn label(self) -> &'static str {
        match self {
            Self::SyncCall => "synchronous call",
            Self::AsyncMessage => "asynchronous message",
            Self::Replication => "replication / CDC",
            Self::ReadsWrites => "reads / writes",
            Self::DependsOn => "depends on",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        let key = key.trim().to_ascii_lowercase().replace(['-', ' '], "_");
        Self::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// A directed edge `from -> to`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Edge {
    pub id: EdgeId,
    pub from: NodeId,
    pub to: NodeId,
    pub kind: EdgeKind,
    #[serde(default)]
    pub label: String,
}
