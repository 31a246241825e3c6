//! Design reading: what a drawing is, whatever its boxes are labelled.
//!
//! Before anything is scored, the candidate is read as an architect reads a
//! whiteboard: how many deployable units, which data stores and who uses
//! them, synchronous and asynchronous edges, the longest synchronous chain,
//! external systems, replication, a language model or a cache. From those
//! facts it gets a shape (one deployable, services sharing a database,
//! services with their own data, a transition) and the deployment style
//! that stands for it; pattern labels only refine that reading, and where
//! they disagree with it the review says so.
//!
//! Shared by `review` (label and style findings) and `scoring` (the style
//! counted, the facets the constraints see), which do not import each other.

mod facts;
mod request_path;
mod style;

use crate::catalog::ids;
use std::collections::BTreeSet;

use crate::catalog::{Catalog, Facet, Need, Pattern, Role};
use crate::design::{Candidate, NodeId};

pub use facts::names_a_model;
pub use style::Shape;

/// What the drawing of one candidate was read as.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    pub shape: Shape,
    /// The catalog id of the deployment style the drawing is scored as.
    pub style: Option<String>,
    /// Where a transition leads (a catalog id); `None` for other shapes.
    pub end_state: Option<String>,
    /// Deployable units: services and boxes that stand for application code.
    pub deployables: Vec<NodeId>,
    /// Data stores: databases and data patterns that keep state.
    pub stores: Vec<NodeId>,
    /// Stores used by two or more deployables.
    pub shared_stores: Vec<NodeId>,
    pub sync_calls: usize,
    pub async_messages: usize,
    pub brokers: usize,
    pub externals: usize,
    pub clients: usize,
    pub replications: usize,
    /// Replication edges from one database into another: copies of data.
    pub database_copies: usize,
    /// Hops of the longest chain of synchronous calls between parts.
    pub chain_depth: usize,
    /// External systems a client's request waits on (see `request_path`).
    pub waited_on: Vec<NodeId>,
    /// Our services on a client's request path that screen requests (fraud,
    /// risk, abuse ...): they can refuse one before it takes effect.
    pub screened_by: Vec<NodeId>,
    pub llm: bool,
    pub cache: bool,
    /// Properties the drawing has whatever its labels say.
    pub facets: BTreeSet<Facet>,
    /// Boxes carrying a deployment style the drawing is not (node, pattern id).
    pub mismatched: Vec<(NodeId, String)>,
    /// Boxes carrying alternative styles: (node, the ids, the one counted first).
    pub alternatives: Vec<(NodeId, Vec<String>)>,
    /// Code styles that count: the first on each box.
    pub code_styles: BTreeSet<String>,
    /// Capabilities the drawing has whatever its labels say: a cache block
    /// works as cache-aside, stores fed by replication are read replicas,
    /// a queue with asynchronous edges is publish-subscribe, a database
    /// replicated into another is read replicas.
    pub implied: Vec<&'static str>,
}

impl Reading {
    /// Reads one candidate.
    pub fn new(candidate: &Candidate, catalog: &Catalog) -> Self {
        let facts = facts::Facts::gather(candidate, catalog);
        let style::Classified {
            shape,
            style,
            end_state,
            mismatched,
        } = style::classify(&facts);
        let path = if facts.clients > 0 {
            request_path::read(candidate)
        } else {
            request_path::RequestPath::default()
        };
        let mut reading = Self {
            shape,
            style,
            end_state,
            deployables: facts.deployables,
            stores: facts.stores,
            shared_stores: facts.shared_stores,
            sync_calls: facts.sync_calls,
            async_messages: facts.async_messages,
            brokers: facts.brokers,
            externals: facts.externals,
            clients: facts.clients,
            replications: facts.replications,
            database_copies: facts.database_copies,
            chain_depth: facts.chain_depth,
            waited_on: path.waited_on,
            screened_by: path.screened_by,
            llm: facts.llm,
            cache: facts.cache,
            facets: BTreeSet::new(),
            mismatched,
            alternatives: facts.alternatives,
            code_styles: facts.code_styles,
            implied: Vec::new(),
        };
        reading.implied = reading.implied_capabilities();
        reading.facets = reading.drawn_facets();
        reading
    }

    /// Whether the drawing has what a capability needs.
    pub fn has(&self, need: Need) -> bool {
        match need {
            Need::Llm => self.llm,
            Need::Cache => self.cache,
            Need::Broker => self.brokers > 0 || self.async_messages > 0,
            Need::Database => !self.stores.is_empty(),
            Need::SyncCalls => self.sync_calls > 0,
            Need::SeveralDeployables => self.deployables.len() >= 2,
            Need::Clients => self.clients > 0,
            Need::Replication => self.replications > 0,
            Need::External => self.externals > 0,
        }
    }

    /// The first need of `pattern` that the drawing lacks.
    pub fn missing_need(&self, pattern: &Pattern) -> Option<Need> {
        match &pattern.role {
            Role::Capability(needs) => needs.iter().copied().find(|n| !self.has(*n)),
            _ => None,
        }
    }

    /// Facets that come from the drawing itself: an asynchronous edge means
    /// eventual consistency whatever pattern is written on it.
    fn drawn_facets(&self) -> BTreeSet<Facet> {
        let mut facets = BTreeSet::new();
        let parts = self.deployables.len() + self.brokers + self.stores.len().min(1);
        if self.deployables.len() >= 2 || (parts >= 2 && self.async_messages > 0) {
            facets.insert(Facet::Distributed);
        }
        if !self.stores.is_empty() {
            facets.insert(Facet::Stateful);
        }
        if self.brokers > 0 {
            facets.insert(Facet::NeedsMessageBroker);
        }
        if self.async_messages > 0 || self.replications > 0 || self.cache {
            facets.insert(Facet::EventualConsistency);
        }
        if self.llm {
            facets.insert(Facet::NeedsLlm);
        }
        facets
    }

    fn implied_capabilities(&self) -> Vec<&'static str> {
        let mut implied = Vec::new();
        if self.cache {
            implied.push(ids::CACHE_ASIDE);
        }
        if self.brokers > 0 && self.async_messages > 0 {
            implied.push(ids::PUB_SUB);
        }
        if self.database_copies > 0 {
            implied.push(ids::READ_REPLICAS);
        }
        implied
    }

    /// One sentence: what the drawing was read as, with its facts.
    pub fn sentence(&self) -> String {
        let style = self.shape.describe(self);
        format!(
            "read as {style}: {} deployable{}, {} data store{}{}, {} synchronous and {} \
             asynchronous edge{}, longest synchronous chain {} hop{}, {} external system{}{}",
            self.deployables.len(),
            plural(self.deployables.len()),
            self.stores.len(),
            plural(self.stores.len()),
            if self.shared_stores.is_empty() {
                String::new()
            } else {
                format!(" ({} shared)", self.shared_stores.len())
            },
            self.sync_calls,
            self.async_messages,
            plural(self.async_messages),
            self.chain_depth,
            plural(self.chain_depth),
            self.externals,
            plural(self.externals),
            if self.replications > 0 {
                format!(", {} replication edges", self.replications)
            } else {
                String::new()
            },
        )
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

impl Reading {
    /// Whether the drawing has the structure in which the review rule
    /// `rule` finds its risk (before any mitigation): asynchronous messages
    /// for redelivery, clients for an unprotected entry, a model for
    /// unchecked output. `in_design` says whether a pattern is drawn.
    pub fn exposed_to(&self, rule: &str, in_design: impl Fn(&str) -> bool) -> bool {
        match rule {
            "dual-write" => self.async_messages > 0 && !self.stores.is_empty(),
            "consumer-idempotency" => self.async_messages > 0,
            "retry-without-idempotency" => {
                in_design(ids::RETRY_WITH_BACKOFF) && self.sync_calls > 0
            }
            "saga-safety" => in_design(ids::SAGA),
            "queue-without-dlq" => self.brokers > 0 || self.async_messages > 0,
            "sync-chain-depth" => self.chain_depth > 1,
            "external-without-fallback" => self.externals > 0 && self.sync_calls > 0,
            "unprotected-entry-point" => self.clients > 0,
            "llm-without-guardrails" | "llm-output-unchecked" | "rag-without-evaluation" => {
                self.llm
            }
            "cache-stampede" => self.cache,
            "multi-region-writes" => self.replications > 0,
            "shared-database" => !self.shared_stores.is_empty(),
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Three apps, each on its own database; `replicate` links the
    /// databases with replication edges labelled `label`.
    fn regional(replicate: bool, label: &str) -> Reading {
        use crate::catalog::blocks::BlockKind;
        use crate::design::{CandidateId, Edge, EdgeId, EdgeKind, Node, NodeId, Point};
        let mut c = Candidate::new(CandidateId(1), "regions");
        let mut edges = Vec::new();
        for region in 0..3u64 {
            let (app, db) = (NodeId(10 + region), NodeId(20 + region));
            let name = format!("Web app {region}");
            let block = |id, kind, name: &str| Node::block(id, kind, name, Point::default());
            c.add_node(block(app, BlockKind::Service, &name)).unwrap();
            c.add_node(block(db, BlockKind::Database, "DB")).unwrap();
            edges.push((app, db, EdgeKind::ReadsWrites));
            if replicate && region > 0 {
                edges.push((NodeId(20), db, EdgeKind::Replication));
            }
        }
        for (i, (from, to, kind)) in edges.into_iter().enumerate() {
            let id = EdgeId(100 + i as u64);
            let label = label.to_owned();
            c.add_edge(Edge {
                id,
                from,
                to,
                kind,
                label,
            })
            .unwrap();
        }
        Reading::new(&c, &crate::catalog::Catalog::embedded())
    }

    #[test]
    fn a_database_and_its_replicas_are_one_store_of_one_system() {
        assert_eq!(regional(false, "").shape, style::Shape::Services);
        let replicas = regional(true, "");
        assert_eq!(replicas.shape, style::Shape::SharedDatabase);
        assert_eq!(
            replicas.style.as_deref(),
            Some(crate::catalog::ids::MONOLITH)
        );
        let fed = regional(true, "CDC feed");
        assert_eq!(fed.shape, style::Shape::Services, "a feed is not a copy");
    }

    #[test]
    fn functions_sharing_a_table_read_as_serverless_not_as_a_monolith() {
        use crate::review::testkit::Design;
        let functions = Design::new()
            .client("Web users")
            .service("Signup function")
            .service("Billing Lambda")
            .service("Reports")
            .database("Table")
            .sync("Web users", "Signup function")
            .rw("Signup function", "Table")
            .rw("Billing Lambda", "Table")
            .rw("Reports", "Table")
            .build();
        let reading = Reading::new(&functions, &crate::catalog::Catalog::embedded());
        assert_eq!(reading.shape, style::Shape::Functions);
        assert_eq!(
            reading.style.as_deref(),
            Some(crate::catalog::ids::SERVERLESS)
        );
        assert!(
            reading
                .sentence()
                .contains("functions on a managed platform")
        );
        // "Function" must be a word of its own: a "Functional tests" runner
        // is a service.
        let services = Design::new()
            .service("Functional tests runner")
            .service("Orders")
            .database("DB")
            .rw("Functional tests runner", "DB")
            .rw("Orders", "DB")
            .build();
        let reading = Reading::new(&services, &crate::catalog::Catalog::embedded());
        assert_eq!(reading.shape, style::Shape::SharedDatabase);
    }

    #[test]
    fn model_names_are_found_in_any_case_without_false_friends() {
        assert!(names_a_model("Hosted LLM (EU)"));
        assert!(names_a_model("gpt-4o"));
        assert!(names_a_model("Model server on GPUs"));
        assert!(!names_a_model("Data model service"));
        assert!(!names_a_model("Orders"));
    }
}
