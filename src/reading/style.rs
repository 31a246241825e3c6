//! From the facts to a shape and the deployment style scored for it.
//!
//! - No deployable drawn: the labels are all there is, so the first
//!   deployment style written on a box stands.
//! - A strangler fig or anti-corruption layer with two or more deployables:
//!   a transition, scored as what runs during it (the single-deployable
//!   style written on the old part, a monolith when none is), with its end
//!   state (the distributed style written on a box, microservices when none
//!   is) stated.
//! - One deployable: a monolith (or the single-deployable style written on
//!   it); a distributed style on it is a label the drawing contradicts.
//! - Two or more deployables, most of them labelled as functions ("Signup
//!   function", "Resize lambda"): functions on a managed platform, scored
//!   as serverless (or the distributed style written on a box), whether or
//!   not they share a store; nothing else in the drawing tells a function
//!   from a service, and the two cost a small team very differently.
//! - Several deployables sharing a store: one system in all but name, a
//!   monolith unless a box says which distributed style was meant. A
//!   database and its replicas are one store here: the same app deployed
//!   in three regions over replicas of one database is still one system.
//! - Two deployables with their own data: an application with one separate
//!   service, scored as a monolith unless a box says otherwise.
//! - Three or more, at least two of which own a store: services, scored as
//!   microservices (or the distributed style written on them); a
//!   single-deployable label is contradicted. Without data of their own
//!   they read as an application with helper services.

use crate::catalog::Deployables;
use crate::catalog::ids;
use crate::design::NodeId;

use super::Reading;
use super::facts::Facts;

/// What the drawing is, in the terms an architect uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// No deployable unit is drawn: only patterns.
    Undrawn,
    /// One deployable unit.
    OneDeployable,
    /// Deployables that share a data store.
    SharedDatabase,
    /// An application with one or more helper services that own no data.
    AppAndService,
    /// Three or more deployables, each with its own data.
    Services,
    /// Deployables most of which are labelled as functions.
    Functions,
    /// Old and new side by side behind a strangler facade or an
    /// anti-corruption layer.
    Transition,
}

impl Shape {
    pub fn key(self) -> &'static str {
        match self {
            Self::Undrawn => "undrawn",
            Self::OneDeployable => "one_deployable",
            Self::SharedDatabase => "shared_database",
            Self::AppAndService => "app_and_service",
            Self::Services => "services",
            Self::Functions => "functions",
            Self::Transition => "transition",
        }
    }

    /// The reading in words, with the style it is scored as.
    pub fn describe(self, reading: &Reading) -> String {
        let style = reading.style.as_deref().unwrap_or("no deployment style");
        match self {
            Self::Undrawn => format!("patterns only, no deployable drawn (style: {style})"),
            Self::OneDeployable => format!("one deployable unit, scored as {style}"),
            Self::SharedDatabase => {
                format!(
                    "deployables sharing a database, one system in all but name, scored as {style}"
                )
            }
            Self::AppAndService => {
                format!("an application with helper services, scored as {style}")
            }
            Self::Services => format!("services with their own data, scored as {style}"),
            Self::Functions => format!("functions on a managed platform, scored as {style}"),
            Self::Transition => format!(
                "a transition: old and new side by side behind a facade, scored as {style} while it lasts, end state {}",
                reading.end_state.as_deref().unwrap_or("not drawn")
            ),
        }
    }
}

/// The shape, the style scored, the end state of a transition, and the
/// labels the drawing contradicts.
pub(super) struct Classified {
    pub shape: Shape,
    pub style: Option<String>,
    pub end_state: Option<String>,
    pub mismatched: Vec<(NodeId, String)>,
}

fn classified(
    shape: Shape,
    style: Option<String>,
    mismatched: Vec<(NodeId, String)>,
) -> Classified {
    Classified {
        shape,
        style,
        end_state: None,
        mismatched,
    }
}

pub(super) fn classify(facts: &Facts) -> Classified {
    let labels = &facts.labels;
    let migration = facts.migration;
    let first = |keep: &dyn Fn(Deployables) -> bool| {
        labels
            .iter()
            .find(|l| keep(l.deployables))
            .map(|l| l.id.clone())
    };
    let distributed = |d| matches!(d, Deployables::Several | Deployables::Any);
    let single = |d| matches!(d, Deployables::Single | Deployables::Any);
    let count = facts.deployables.len();
    let contradicted = |keep: &dyn Fn(Deployables) -> bool| -> Vec<(NodeId, String)> {
        labels
            .iter()
            .filter(|l| !keep(l.deployables))
            .map(|l| (l.node, l.id.clone()))
            .collect()
    };
    let monolith = || ids::MONOLITH.to_owned();
    if count == 0 {
        return classified(Shape::Undrawn, first(&|_| true), Vec::new());
    }
    if migration && count >= 2 {
        return Classified {
            shape: Shape::Transition,
            style: Some(first(&|d| d == Deployables::Single).unwrap_or_else(monolith)),
            end_state: Some(first(&distributed).unwrap_or_else(|| ids::MICROSERVICES.to_owned())),
            mismatched: Vec::new(),
        };
    }
    if count == 1 {
        let style = first(&single).unwrap_or_else(monolith);
        return classified(Shape::OneDeployable, Some(style), contradicted(&single));
    }
    if facts.functions * 2 > count {
        let style = first(&distributed).unwrap_or_else(|| ids::SERVERLESS.to_owned());
        return classified(Shape::Functions, Some(style), contradicted(&distributed));
    }
    if !facts.shared_stores.is_empty() && facts.logical_stores < count {
        let style = first(&distributed)
            .or_else(|| first(&single))
            .unwrap_or_else(monolith);
        return classified(Shape::SharedDatabase, Some(style), Vec::new());
    }
    if count == 2 || facts.owners < 2 {
        let style = first(&|_| true).unwrap_or_else(monolith);
        return classified(Shape::AppAndService, Some(style), Vec::new());
    }
    let style = first(&distributed).unwrap_or_else(|| ids::MICROSERVICES.to_owned());
    classified(Shape::Services, Some(style), contradicted(&distributed))
}
