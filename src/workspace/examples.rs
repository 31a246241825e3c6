//! The example workspaces shipped in `assets/examples/`, embedded so that
//! `plinth new --example NAME` works from the binary alone.

/// `(name, description, RON text)` of every example.
pub const EXAMPLES: [(&str, &str, &str); 4] = [
    (
        "startup",
        "a 4-engineer startup choosing between a monolith, a modular monolith and microservices",
        include_str!("../../assets/examples/startup.ron"),
    ),
    (
        "ai-support",
        "an AI support assistant: RAG, fine-tuning or a multi-agent design",
        include_str!("../../assets/examples/ai-support.ron"),
    ),
    (
        "checkout",
        "an e-commerce checkout: saga with outbox and idempotency, synchronous calls, or choreographed events",
        include_str!("../../assets/examples/checkout.ron"),
    ),
    (
        "legacy-shop",
        "a team of 20 and a running monolith: keep it, strangle it, or rewrite it as services",
        include_str!("../../assets/examples/legacy-shop.ron"),
    ),
];

/// The RON text of the example called `name`.
pub fn example_text(name: &str) -> Option<&'static str> {
    EXAMPLES
        .iter()
        .find(|(n, ..)| *n == name)
        .map(|(.., text)| *text)
}

/// The example names, for messages.
pub fn example_names() -> Vec<&'static str> {
    EXAMPLES.iter().map(|(name, ..)| *name).collect()
}
