//! Domain ids: plain `u64` newtypes, allocated per workspace and never reused.
//!
//! petgraph indices stay private to `design/`; files and commands use these.

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident, $prefix:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub u64);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{}{}", $prefix, self.0)
            }
        }
    };
}

id_type!(
    /// A node of a candidate design.
    NodeId,
    "n"
);
id_type!(
    /// An edge of a candidate design.
    EdgeId,
    "e"
);
id_type!(
    /// A named boundary grouping nodes.
    GroupId,
    "g"
);
id_type!(
    /// A candidate design of a workspace.
    CandidateId,
    "c"
);
