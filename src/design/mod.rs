//! Candidate designs: graphs of pattern instances and building blocks with
//! typed edges and named groups, plus the findings a review attaches to them.
//!
//! Pure domain code: no UI crate, no I/O.

pub mod candidate;
pub mod edge;
pub mod finding;
pub mod fix_place;
pub mod ids;
pub mod node;

pub use candidate::{Candidate, GraphError, Group};
pub use edge::{Edge, EdgeKind};
pub use finding::{Finding, Severity};
pub use fix_place::{FixPlace, Placement};
pub use ids::{CandidateId, EdgeId, GroupId, NodeId};
pub use node::{Node, NodeKind, Point};
