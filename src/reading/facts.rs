//! The facts of a drawing: deployables, stores and who uses them, edges by
//! kind, the longest synchronous chain, and the boxes carrying more than one
//! style. One pass over nodes and edges, plus one walk for the chain.

use crate::catalog::ids;
use std::collections::BTreeSet;

use crate::catalog::blocks::BlockKind;
use crate::catalog::{Catalog, Deployables, Facet, Pattern, Role};
use crate::design::{Candidate, EdgeKind, Node, NodeId, NodeKind};

/// Words in a label that say the box is or calls a language model.
const MODEL_WORDS: [&str; 10] = [
    "llm",
    "gpt",
    "language model",
    "openai",
    "anthropic",
    "claude",
    "gemini",
    "llama",
    "mistral",
    "model server",
];

/// Pattern nodes that stand for a message broker.
const BROKER_PATTERNS: [&str; 3] = [ids::PUB_SUB, ids::EVENT_DRIVEN, ids::DEAD_LETTER_QUEUE];

pub(super) struct Facts {
    pub deployables: Vec<NodeId>,
    /// Service blocks whose label calls them functions ("Billing function",
    /// "Resize lambda").
    pub functions: usize,
    pub stores: Vec<NodeId>,
    /// Stores counted once with their copies (a primary and its replicas).
    pub logical_stores: usize,
    pub shared_stores: Vec<NodeId>,
    /// Deployables that use a store no other deployable uses.
    pub owners: usize,
    pub sync_calls: usize,
    pub async_messages: usize,
    pub brokers: usize,
    pub externals: usize,
    pub clients: usize,
    pub replications: usize,
    /// Replication edges from one database block into another.
    pub database_copies: usize,
    pub chain_depth: usize,
    pub llm: bool,
    pub cache: bool,
    pub alternatives: Vec<(NodeId, Vec<String>)>,
    pub code_styles: BTreeSet<String>,
    /// Deployment styles written on boxes, in node order.
    pub labels: Vec<Label>,
    /// Whether a migration pattern (strangler fig, ACL) is drawn.
    pub migration: bool,
}

/// A deployment style written on a box.
pub(super) struct Label {
    pub node: NodeId,
    pub id: String,
    pub deployables: Deployables,
}

impl Facts {
    pub fn gather(candidate: &Candidate, catalog: &Catalog) -> Self {
        let mut facts = Self {
            deployables: Vec::new(),
            functions: 0,
            stores: Vec::new(),
            logical_stores: 0,
            shared_stores: Vec::new(),
            owners: 0,
            sync_calls: 0,
            async_messages: 0,
            brokers: 0,
            externals: 0,
            clients: 0,
            replications: 0,
            database_copies: 0,
            chain_depth: 0,
            llm: false,
            cache: false,
            alternatives: Vec::new(),
            code_styles: BTreeSet::new(),
            labels: Vec::new(),
            migration: false,
        };
        // One buffer for every node's patterns: no allocation per node.
        let mut patterns: Vec<&Pattern> = Vec::new();
        for node in candidate.nodes() {
            patterns.clear();
            patterns.extend(node.patterns().iter().filter_map(|id| catalog.pattern(id)));
            facts.node(node, &patterns);
        }
        facts.edges(candidate);
        facts
    }

    fn node(&mut self, node: &Node, patterns: &[&Pattern]) {
        match &node.kind {
            NodeKind::Block { block, .. } => match block {
                BlockKind::Service => {
                    self.deployables.push(node.id);
                    self.functions += usize::from(names_a_function(&node.label));
                }
                BlockKind::Database => self.stores.push(node.id),
                BlockKind::Queue => self.brokers += 1,
                BlockKind::Cache => self.cache = true,
                BlockKind::Client => self.clients += 1,
                BlockKind::ExternalSystem => self.externals += 1,
            },
            NodeKind::Pattern { pattern } => {
                if BROKER_PATTERNS.contains(&pattern.as_str()) {
                    self.brokers += 1;
                } else if let Some(p) = patterns.first() {
                    if is_store(p) {
                        self.stores.push(node.id);
                    } else if is_application(p) {
                        self.deployables.push(node.id);
                    }
                }
            }
        }
        self.cache |= node.has_pattern(ids::CACHE_ASIDE);
        // A model is drawn as a service or a system we call, never as a store.
        let may_be_model = matches!(
            node.block_kind(),
            Some(BlockKind::Service | BlockKind::ExternalSystem)
        );
        self.llm |= patterns.iter().any(|p| uses_a_model(p))
            || (may_be_model && names_a_model(&node.label));
        for pattern in patterns {
            match &pattern.role {
                Role::DeploymentStyle(deployables) => self.labels.push(Label {
                    node: node.id,
                    id: pattern.id.clone(),
                    deployables: *deployables,
                }),
                Role::Migration => self.migration = true,
                _ => {}
            }
        }
        self.styles(node, patterns);
    }

    /// Records alternative styles on one box and the code style that counts.
    fn styles(&mut self, node: &Node, patterns: &[&Pattern]) {
        if !patterns
            .iter()
            .any(|p| p.role.is_deployment_style() || p.role.is_code_style())
        {
            return;
        }
        let deployment: Vec<String> = patterns
            .iter()
            .filter(|p| p.role.is_deployment_style())
            .map(|p| p.id.clone())
            .collect();
        let code: Vec<String> = patterns
            .iter()
            .filter(|p| p.role.is_code_style())
            .map(|p| p.id.clone())
            .collect();
        if let Some(first) = code.first() {
            self.code_styles.insert(first.clone());
        }
        for group in [deployment, code] {
            if group.len() >= 2 {
                self.alternatives.push((node.id, group));
            }
        }
    }

    /// One pass over the edges with nodes addressed by position (nodes come
    /// in id order, so a binary search finds them): counts by kind, who uses
    /// each store, copies between databases, and the longest sync chain.
    fn edges(&mut self, candidate: &Candidate) {
        let ids: Vec<NodeId> = candidate.nodes().map(|n| n.id).collect();
        let at = |id: NodeId| ids.binary_search(&id).ok();
        let mut part = vec![Part::Other; ids.len()];
        for (i, node) in candidate.nodes().enumerate() {
            part[i] = match node.block_kind() {
                Some(BlockKind::Client) => Part::Client,
                Some(BlockKind::Database) => Part::Database,
                _ => Part::Other,
            };
        }
        for &id in &self.deployables {
            if let Some(i) = at(id) {
                part[i] = Part::Deployable;
            }
        }
        let mut store = vec![false; ids.len()];
        for &id in &self.stores {
            if let Some(i) = at(id) {
                store[i] = true;
            }
        }
        let copies = Copies::of(candidate, &part, &at);
        self.logical_stores = (0..ids.len())
            .filter(|&i| store[i] && copies.root(i) == i)
            .count();
        // Per store (a database and its copies count once): its first user,
        // and whether a second one uses it.
        let mut user: Vec<Option<usize>> = vec![None; ids.len()];
        let mut shared = vec![false; ids.len()];
        let mut sync: Vec<(usize, usize)> = Vec::new();
        for edge in candidate.edges() {
            let (Some(from), Some(to)) = (at(edge.from), at(edge.to)) else {
                continue;
            };
            match edge.kind {
                EdgeKind::SyncCall => {
                    self.sync_calls += 1;
                    let outside = part[from] == Part::Client || part[to] == Part::Client;
                    if !outside && from != to {
                        sync.push((from, to));
                    }
                }
                EdgeKind::AsyncMessage => self.async_messages += 1,
                EdgeKind::Replication => {
                    self.replications += 1;
                    if part[from] == Part::Database && part[to] == Part::Database {
                        self.database_copies += 1;
                    }
                    continue;
                }
                EdgeKind::ReadsWrites | EdgeKind::DependsOn => {}
            }
            for (a, b) in [(from, to), (to, from)] {
                if store[a] && part[b] == Part::Deployable {
                    let a = copies.root(a);
                    match user[a] {
                        None => user[a] = Some(b),
                        Some(first) if first != b => shared[a] = true,
                        Some(_) => {}
                    }
                }
            }
        }
        let mut owner = vec![false; ids.len()];
        for i in 0..ids.len() {
            match (user[i], shared[i]) {
                (Some(only), false) => owner[only] = true,
                (Some(_), true) => self.shared_stores.push(ids[i]),
                _ => {}
            }
        }
        self.owners = owner.iter().filter(|&&o| o).count();
        self.chain_depth = chain_depth(ids.len(), &mut sync);
    }
}

/// Databases that are copies of one another: replication edges between two
/// database blocks join them (a primary and its read replicas, regions of
/// one multi-leader store), so the apps reading a replica use the same data
/// as the ones writing the primary. A feed into another service's store is
/// a different thing, so an edge whose label says CDC, change data capture
/// or feed does not join.
struct Copies {
    parent: Vec<usize>,
}

impl Copies {
    fn of(candidate: &Candidate, part: &[Part], at: &impl Fn(NodeId) -> Option<usize>) -> Self {
        let mut copies = Self {
            parent: (0..part.len()).collect(),
        };
        for edge in candidate.edges() {
            let (Some(from), Some(to)) = (at(edge.from), at(edge.to)) else {
                continue;
            };
            let databases = part[from] == Part::Database && part[to] == Part::Database;
            if edge.kind == EdgeKind::Replication && databases && !is_feed(&edge.label) {
                let (a, b) = (copies.root(from), copies.root(to));
                copies.parent[a.max(b)] = a.min(b);
            }
        }
        copies
    }

    /// The lowest position of the group `i` belongs to.
    fn root(&self, mut i: usize) -> usize {
        while self.parent[i] != i {
            i = self.parent[i];
        }
        i
    }
}

/// Whether a replication edge's label says it feeds another store rather
/// than copying the same data.
fn is_feed(label: &str) -> bool {
    let label = label.to_ascii_lowercase();
    ["cdc", "change data capture", "feed", "projection"]
        .iter()
        .any(|w| label.contains(w))
}

/// What a position stands for, for the edge pass.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Deployable,
    Database,
    Client,
    Other,
}

/// A data pattern that keeps its own state: a store in the drawing.
fn is_store(p: &Pattern) -> bool {
    p.facets.contains(&Facet::Stateful) && p.facets.contains(&Facet::SpecialisedDatastore)
}

/// A pattern box that stands for application code someone deploys: a
/// style box or a strangler facade. Other pattern boxes (a RAG pipeline,
/// guardrails, an agent) are parts of the services they are drawn with.
fn is_application(p: &Pattern) -> bool {
    match &p.role {
        Role::DeploymentStyle(_) | Role::CodeStyle => true,
        Role::Migration => p.id == ids::STRANGLER_FIG,
        Role::Capability(_) | Role::Mitigation(_) => false,
    }
}

/// An AI pattern that is itself a use of a model (not a helper of one).
fn uses_a_model(p: &Pattern) -> bool {
    p.facets.contains(&Facet::NeedsLlm)
        && matches!(&p.role, Role::Capability(needs) if needs.is_empty())
}

/// Words in a service's label that say it is a function on a managed
/// platform.
const FUNCTION_WORDS: [&str; 4] = ["function", "lambda", "faas", "serverless"];

/// Whether a service's label calls it a function ("Signup function",
/// "Thumbnail Lambda"): whole words, any case.
fn names_a_function(label: &str) -> bool {
    label
        .split(|c: char| !c.is_alphanumeric())
        .any(|word| FUNCTION_WORDS.iter().any(|f| word.eq_ignore_ascii_case(f)))
}

/// Whether a label names a language model ("LLM API", "GPT-4", "model server").
pub fn names_a_model(label: &str) -> bool {
    let label = label.as_bytes();
    MODEL_WORDS.iter().any(|word| {
        let word = word.as_bytes();
        label
            .windows(word.len())
            .any(|window| window.eq_ignore_ascii_case(word))
    })
}

/// Hops of the longest chain of synchronous calls between nodes that are
/// not clients (a cycle is cut where it closes), over `(from, to)` position
/// pairs, which it sorts to read them as compressed rows.
fn chain_depth(len: usize, sync: &mut [(usize, usize)]) -> usize {
    sync.sort_unstable();
    let mut starts = vec![0usize; len + 1];
    for &(from, _) in sync.iter() {
        starts[from + 1] += 1;
    }
    for i in 0..len {
        starts[i + 1] += starts[i];
    }
    let next = |node: usize| {
        sync[starts[node]..starts[node + 1]]
            .iter()
            .map(|&(_, to)| to)
    };
    // 0 unseen, 1 open, 2 done; iterative so long chains cannot overflow.
    let mut state = vec![0u8; len];
    let mut hops = vec![0usize; len];
    let mut stack = Vec::new();
    for start in 0..len {
        if state[start] != 0 {
            continue;
        }
        stack.push((start, starts[start]));
        state[start] = 1;
        while let Some((node, cursor)) = stack.last_mut() {
            let node = *node;
            if *cursor < starts[node + 1] {
                let to = sync[*cursor].1;
                *cursor += 1;
                if state[to] == 0 {
                    state[to] = 1;
                    stack.push((to, starts[to]));
                }
                continue;
            }
            hops[node] = next(node)
                .filter(|&to| state[to] == 2)
                .map(|to| hops[to] + 1)
                .max()
                .unwrap_or(0);
            state[node] = 2;
            stack.pop();
        }
    }
    hops.into_iter().max().unwrap_or(0)
}
