//! Meaning from the drawing: the one table of how a node's shape and words,
//! and an arrow's stroke and ends, become building blocks and edge kinds.
//! `docs/import.md` shows the same table; change both together.
//!
//! Nodes, first rule that applies:
//! 1. Plinth's own export (`plinth_block` class): the exporter's shape.
//! 2. `+ Pattern` lines: a block carrying those patterns.
//! 3. A label naming a catalog pattern (not in a cylinder): that pattern.
//! 4. Words of the label ([`WORDS`], in order): that block; the words win
//!    over the shape, and the note says so (except client words, which
//!    only speak for shapes that mean nothing: a `[(Customers)]` cylinder
//!    stays a database).
//! 5. The shape ([`SHAPES`]).
//! 6. Otherwise a service.
//!
//! Edges between two nodes of Plinth's own export keep the exporter's
//! arrow. Others, first rule that applies ([`edge`]): replication words;
//! two data stores; one data store (reads/writes, direction kept); a queue
//! end; asynchronous words; a dotted line; a two-headed or thick arrow (a
//! call); no head (depends on); otherwise a synchronous call.

use std::borrow::Cow;

use super::edges::{Arrow, Stroke};
use super::words::{Found, Words, find_word};
use crate::catalog::blocks::BlockKind;
use crate::design::EdgeKind;

/// What a shape suggests in a hand-drawn flowchart, with its name for notes.
pub(super) const SHAPES: [(&[&str], BlockKind, &str); 10] = [
    (
        &["cyl", "lin-cyl", "datastore", "bucket"],
        BlockKind::Database,
        "cylinder",
    ),
    (&["h-cyl"], BlockKind::Queue, "horizontal cylinder"),
    (&["lean-r", "lean-l"], BlockKind::Queue, "parallelogram"),
    (&["fr-rect"], BlockKind::Queue, "subroutine"),
    (&["hex"], BlockKind::Queue, "hexagon"),
    (&["odd"], BlockKind::Queue, "flag"),
    (&["stadium"], BlockKind::Client, "stadium"),
    (
        &["circle", "dbl-circ", "sm-circ"],
        BlockKind::Client,
        "circle",
    ),
    (
        &["person", "browser", "console"],
        BlockKind::Client,
        "person or screen",
    ),
    (&["cloud"], BlockKind::ExternalSystem, "cloud"),
];

/// Words of labels (whole words, any case; `-` and `/` split words), in
/// order of precedence: "User DB" is a database, "User service" a service.
/// "app" and "web" alone are not client words: "Rails app" and "Web" boxes
/// are as often the server as the screen, so only the qualified phrases
/// ("mobile app", "web client", "desktop app") say client.
#[rustfmt::skip]
pub(super) const WORDS: [(BlockKind, &[&str]); 6] = [
    (BlockKind::Cache, &[
        "cache", "redis", "memcached", "varnish", "elasticache",
    ]),
    (BlockKind::Database, &[
        "database", "db", "postgres", "postgresql", "mysql", "mariadb", "mongodb", "mongo",
        "dynamodb", "cassandra", "sqlite", "oracle", "datastore", "data store",
        "elasticsearch", "opensearch", "warehouse", "bigquery", "snowflake", "s3",
    ]),
    (BlockKind::ExternalSystem, &[
        "external", "third party", "3rd party", "vendor", "partner", "provider", "saas",
        "stripe", "twilio", "sendgrid", "mailgun", "paypal", "adyen", "braintree", "plaid",
        "openai", "anthropic", "llm", "salesforce", "auth0", "okta", "shopify", "supplier",
        "cdn", "cloudflare", "akamai", "fastly", "cms", "card processor",
        "payment processor", "embedding api", "webhook endpoints", "document management",
    ]),
    (BlockKind::Service, &[
        "service", "services", "svc", "microservice", "worker", "consumer", "processor",
        "handler", "server", "backend", "api", "lambda", "function",
    ]),
    (BlockKind::Queue, &[
        "queue", "queues", "topic", "topics", "stream", "streams", "events", "bus", "broker",
        "kafka", "sqs", "sns", "rabbitmq", "pub sub", "pubsub", "kinesis", "nats",
        "eventbridge", "mq", "event hub", "event log",
    ]),
    (BlockKind::Client, &[
        "ui", "web client", "web frontend", "mobile", "browser", "user", "users", "customer",
        "customers", "frontend", "front end", "spa", "client", "clients", "ios", "android",
        "portal", "desktop app", "single page app", "console",
    ]),
];

/// Words of an edge label that mean data copied between stores.
#[rustfmt::skip]
const REPLICATION_WORDS: [&str; 6] = [
    "replicates", "replication", "replica", "cdc", "change data capture", "mirror",
];
/// Words of an edge label that mean a message that does not wait.
#[rustfmt::skip]
const ASYNC_WORDS: [&str; 9] = [
    "publish", "publishes", "emit", "emits", "event", "events", "async", "notify", "subscribe",
];

/// The shapes Plinth's exporter draws blocks with (see `export::mermaid`).
pub(super) fn exporter_block(shape: Option<&str>) -> Option<BlockKind> {
    Some(match shape.unwrap_or("rect") {
        "rect" => BlockKind::Service,
        "cyl" => BlockKind::Database,
        "fr-rect" => BlockKind::Queue,
        "circle" => BlockKind::Cache,
        "stadium" => BlockKind::Client,
        "hex" => BlockKind::ExternalSystem,
        _ => return None,
    })
}

/// Whether a shape is drawn as a store (no pattern name overrides it).
pub(super) fn is_cylinder(shape: Option<&str>) -> bool {
    shape.is_some_and(|s| SHAPES[0].0.contains(&s))
}

/// A block kind from the shape and the words, and the reason in words.
pub(super) fn block_from_drawing(shape: Option<&str>, label: &str) -> Option<(BlockKind, String)> {
    let by_shape = shape.and_then(|s| SHAPES.iter().find(|(names, _, _)| names.contains(&s)));
    let words = Words::new(label);
    // A shape that a word of the label confirms wins over other words: a
    // stadium labelled "API clients" is the clients, not an API.
    let confirmed = by_shape.and_then(|(_, shaped, name)| {
        let table = WORDS.iter().find(|(kind, _)| kind == shaped)?.1;
        let found = words.find(table)?;
        Some((*shaped, format!("{name}, {}", word_text(&found))))
    });
    if confirmed.is_some() {
        return confirmed;
    }
    let by_words = WORDS
        .iter()
        .find_map(|(kind, table)| words.find(table).map(|found| (*kind, found)))
        // client words ("customers", "user") name what data is about as often
        // as who calls: they never overrule a shape that means something
        .filter(|(kind, _)| *kind != BlockKind::Client || by_shape.is_none());
    match (by_words, by_shape) {
        (Some((kind, found)), Some((_, shaped, name))) if *shaped == kind => {
            Some((kind, format!("{name}, {}", word_text(&found))))
        }
        (Some((kind, found)), Some((_, shaped, name))) => Some((
            kind,
            format!(
                "{}; the {name} alone would say {}, the words win",
                word_text(&found),
                a_block(*shaped)
            ),
        )),
        (Some((kind, found)), None) => Some((kind, word_text(&found))),
        (None, Some((_, kind, name))) => Some((*kind, (*name).to_owned())),
        (None, None) => None,
    }
}

fn word_text(found: &Found) -> String {
    format!("the word \"{}\"", found.0)
}

/// "a database", "an external system".
pub(super) fn a_block(kind: BlockKind) -> &'static str {
    match kind {
        BlockKind::Service => "a service",
        BlockKind::Database => "a database",
        BlockKind::Queue => "a queue or topic",
        BlockKind::Cache => "a cache",
        BlockKind::Client => "a client",
        BlockKind::ExternalSystem => "an external system",
    }
}

/// What an edge's end is, for the edge rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum End {
    /// A database or cache block.
    Store,
    /// A queue block or a message-carrying pattern.
    Queue,
    Other,
}

/// The kind of a hand-drawn edge and the reason, first rule that applies.
pub(super) fn edge(arrow: Arrow, label: &str, from: End, to: End) -> (EdgeKind, Cow<'static, str>) {
    let ends = [from, to];
    let (kind, why) = if let Some(found) = find_word(label, &REPLICATION_WORDS) {
        (
            EdgeKind::Replication,
            Cow::Owned(format!("its label says \"{}\"", found.0)),
        )
    } else if ends == [End::Store, End::Store] {
        (
            EdgeKind::Replication,
            Cow::Borrowed("it joins two data stores"),
        )
    } else if ends.contains(&End::Store) {
        (
            EdgeKind::ReadsWrites,
            Cow::Borrowed("it touches a data store"),
        )
    } else if ends.contains(&End::Queue) {
        (
            EdgeKind::AsyncMessage,
            Cow::Borrowed("it goes into or out of a queue"),
        )
    } else if let Some(found) = find_word(label, &ASYNC_WORDS) {
        (
            EdgeKind::AsyncMessage,
            Cow::Owned(format!("its label says \"{}\"", found.0)),
        )
    } else if arrow.stroke == Stroke::Dotted {
        (EdgeKind::AsyncMessage, Cow::Borrowed("a dotted arrow"))
    } else if arrow.two_headed || (arrow.stroke == Stroke::Thick && arrow.head) {
        (
            EdgeKind::SyncCall,
            Cow::Borrowed("a call between services, however drawn"),
        )
    } else if !arrow.head {
        (EdgeKind::DependsOn, Cow::Borrowed("a line without a head"))
    } else {
        (EdgeKind::SyncCall, Cow::Borrowed("a plain arrow"))
    };
    (kind, why)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn arrow(stroke: Stroke, head: bool, two_headed: bool) -> Arrow {
        Arrow {
            stroke,
            head,
            two_headed,
        }
    }

    #[test]
    fn words_win_over_shapes_and_say_so() {
        let (kind, why) = block_from_drawing(Some("hex"), "Order events").unwrap();
        assert_eq!(kind, BlockKind::Queue);
        assert_eq!(why, "hexagon, the word \"events\"");
        let (kind, why) = block_from_drawing(Some("cyl"), "Session cache").unwrap();
        assert_eq!(kind, BlockKind::Cache);
        assert!(
            why.contains("cylinder alone would say a database, the words win"),
            "{why}"
        );
        assert_eq!(
            block_from_drawing(Some("lean-r"), "Jobs").unwrap().0,
            BlockKind::Queue
        );
        assert_eq!(
            block_from_drawing(None, "Checkout UI").unwrap().0,
            BlockKind::Client
        );
        assert_eq!(
            block_from_drawing(None, "User service").unwrap().0,
            BlockKind::Service
        );
        assert_eq!(
            block_from_drawing(None, "User DB").unwrap().0,
            BlockKind::Database
        );
        assert_eq!(
            block_from_drawing(None, "LLM API").unwrap().0,
            BlockKind::ExternalSystem
        );
        assert_eq!(block_from_drawing(Some("rect"), "Billing"), None);
        let (kind, _) = block_from_drawing(Some("cyl"), "Customers").unwrap();
        assert_eq!(kind, BlockKind::Database);
    }

    #[test]
    fn a_shape_a_word_confirms_wins_over_other_words() {
        // "API" alone would say a service; the stadium and "clients" agree.
        let (kind, why) = block_from_drawing(Some("stadium"), "API clients").unwrap();
        assert_eq!(kind, BlockKind::Client);
        assert_eq!(why, "stadium, the word \"clients\"");
        assert_eq!(
            block_from_drawing(None, "API clients").unwrap().0,
            BlockKind::Service,
            "without the shape, the words' order of precedence decides"
        );
    }

    #[test]
    fn edge_rules_in_order() {
        let plain = arrow(Stroke::Normal, true, false);
        let dotted = arrow(Stroke::Dotted, true, false);
        let thick = arrow(Stroke::Thick, true, false);
        use End::*;
        let cases = [
            (plain, "", Other, Store, EdgeKind::ReadsWrites),
            (plain, "", Store, Other, EdgeKind::ReadsWrites),
            (thick, "", Store, Store, EdgeKind::Replication),
            (plain, "CDC", Store, Queue, EdgeKind::Replication),
            (plain, "", Other, Queue, EdgeKind::AsyncMessage),
            (dotted, "", Other, Other, EdgeKind::AsyncMessage),
            (
                plain,
                "publishes OrderPlaced",
                Other,
                Other,
                EdgeKind::AsyncMessage,
            ),
            (thick, "", Other, Other, EdgeKind::SyncCall),
            (
                arrow(Stroke::Normal, true, true),
                "",
                Other,
                Other,
                EdgeKind::SyncCall,
            ),
            (
                arrow(Stroke::Normal, false, false),
                "",
                Other,
                Other,
                EdgeKind::DependsOn,
            ),
            (plain, "", Other, Other, EdgeKind::SyncCall),
        ];
        for (arrow, label, from, to, want) in cases {
            assert_eq!(
                edge(arrow, label, from, to).0,
                want,
                "{arrow:?} {label} {from:?} {to:?}"
            );
        }
    }
}
