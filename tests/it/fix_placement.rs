//! Fix placement: for every review rule that offers a fix, the fix lands on
//! the node an architect would choose (the caller sends the idempotency
//! key, the publishing service owns the outbox, the consumer de-duplicates,
//! the entry point limits the rate), "Apply fix" puts it there, and the
//! sentence shown before applying it says where.

use plinth::catalog::Catalog;
use plinth::design::{Candidate, EdgeKind, Finding, NodeKind, Placement};
use plinth::import::mermaid::import_mermaid;
use plinth::review::{review, rules};
use plinth::workspace::Workspace;
use plinth::workspace::fix::{fix_edit, fix_sentence};

/// One rule's case: a drawing that trips it, and where its fix belongs.
struct Case {
    rule: &'static str,
    /// The fix expected on this finding (a rule may offer more than one).
    pattern: &'static str,
    mermaid: &'static str,
    /// The label of the node an architect would put the fix on.
    goes_to: &'static str,
    placement: Placement,
    /// The team, when the rule is about it (default context otherwise).
    team: Option<u32>,
    /// Whether adding the pattern resolves the finding (a shared database
    /// needs splitting, a cycle redrawing: those are not applied).
    applies: bool,
}

const CASES: &[Case] = &[
    Case {
        rule: "retry-without-idempotency",
        pattern: "idempotency-key",
        mermaid: "flowchart LR
  shop([Shopper]) --> orders[\"Orders service<br/>+ retry-with-backoff\"]
  orders --> pay{{\"Payment provider\"}}",
        goes_to: "Orders service",
        placement: Placement::Caller,
        team: None,
        applies: true,
    },
    Case {
        rule: "consumer-idempotency",
        pattern: "idempotency-key",
        mermaid: "flowchart LR
  orders[\"Orders service\"] -.-> topic[[\"Order events\"]]
  topic -.-> ship[\"Shipping service\"]",
        goes_to: "Shipping service",
        placement: Placement::Consumer,
        team: None,
        applies: true,
    },
    Case {
        rule: "dual-write",
        pattern: "transactional-outbox",
        mermaid: "flowchart LR
  shop([Shopper]) --> orders[\"Orders service\"]
  orders <--> db[(\"Orders DB\")]
  orders -.-> topic[[\"Order events\"]]
  topic -.-> ship[\"Shipping service\"]",
        goes_to: "Orders service",
        placement: Placement::PublishingService,
        team: None,
        applies: true,
    },
    Case {
        rule: "dual-write",
        pattern: "transactional-outbox",
        mermaid: "flowchart LR
  orders[\"Orders service\"] <--> db[(\"Orders DB\")]
  orders <--> audit[(\"Audit DB\")]",
        goes_to: "Orders service",
        placement: Placement::WritingService,
        team: None,
        applies: true,
    },
    Case {
        rule: "external-without-fallback",
        pattern: "circuit-breaker",
        mermaid: "flowchart LR
  shop([Shopper]) --> checkout[\"Checkout service\"]
  checkout --> stripe{{\"Stripe\"}}",
        goes_to: "Checkout service",
        placement: Placement::Caller,
        team: None,
        applies: true,
    },
    Case {
        rule: "unprotected-entry-point",
        pattern: "rate-limiting",
        mermaid: "flowchart LR
  web([Web browser]) --> store[\"Storefront service\"]
  mobile([Mobile app]) --> store
  store --> stock[\"Stock service\"]",
        goes_to: "Storefront service",
        placement: Placement::EntryPoint,
        team: None,
        applies: true,
    },
    Case {
        rule: "queue-without-dlq",
        pattern: "dead-letter-queue",
        mermaid: "flowchart LR
  orders[\"Orders service\"] -.-> topic[[\"Order events\"]]
  topic -.-> ship[\"Shipping service\"]",
        goes_to: "Order events",
        placement: Placement::Queue,
        team: None,
        applies: true,
    },
    Case {
        rule: "cache-stampede",
        pattern: "request-coalescing",
        mermaid: "flowchart LR
  products[\"Catalog service\"] --> cache[\"Product cache\"]
  products --> db[(\"Products DB\")]",
        goes_to: "Product cache",
        placement: Placement::Cache,
        team: None,
        applies: true,
    },
    Case {
        rule: "llm-without-guardrails",
        pattern: "llm-guardrails",
        mermaid: "flowchart LR
  chat([Customer chat]) --> bot[\"Refund bot\"]
  bot --> llm{{\"Hosted LLM\"}}
  bot --> pay[\"Payments service\"]",
        goes_to: "Refund bot",
        placement: Placement::Agent,
        team: None,
        applies: true,
    },
    Case {
        rule: "llm-output-unchecked",
        pattern: "llm-guardrails",
        mermaid: "flowchart LR
  chat([Customer chat]) --> answers[\"Answer service\"]
  answers --> llm{{\"Hosted LLM\"}}",
        goes_to: "Answer service",
        placement: Placement::ModelCaller,
        team: None,
        applies: true,
    },
    Case {
        rule: "rag-without-evaluation",
        pattern: "llm-guardrails",
        mermaid: "flowchart LR
  chat([Customer chat]) --> help[\"Help centre service<br/>+ rag-architecture\"]
  help --> llm{{\"Hosted LLM\"}}
  help <--> docs[(\"Document store\")]",
        goes_to: "Help centre service",
        placement: Placement::RagPipeline,
        team: None,
        applies: true,
    },
    Case {
        rule: "multi-region-writes",
        pattern: "consensus-algorithms",
        mermaid: "flowchart LR
  us[(\"US DB\")] ==> eu[(\"EU DB\")]
  eu ==> us",
        goes_to: "US DB",
        placement: Placement::ReplicatedStore,
        team: None,
        applies: true,
    },
    Case {
        rule: "saga-safety",
        pattern: "idempotency-key",
        mermaid: "flowchart LR
  saga[\"Saga Pattern\"] --> orders[\"Orders service\"]
  saga --> pay[\"Payments service\"]",
        goes_to: "Saga Pattern",
        placement: Placement::Saga,
        team: None,
        applies: true,
    },
    Case {
        rule: "saga-safety",
        pattern: "retry-with-backoff",
        mermaid: "flowchart LR
  saga[\"Saga Pattern\"] --> orders[\"Orders service<br/>+ idempotency-key\"]
  saga --> pay[\"Payments service<br/>+ idempotency-key\"]",
        goes_to: "Saga Pattern",
        placement: Placement::Saga,
        team: None,
        applies: true,
    },
    Case {
        rule: "saga-safety",
        pattern: "dead-letter-queue",
        mermaid: "flowchart LR
  saga[\"Saga Pattern\"] --> orders[\"Orders service\"]
  saga --> pay[\"Payments service\"]
  saga -.-> events[[\"Saga events\"]]",
        goes_to: "Saga Pattern",
        placement: Placement::Saga,
        team: None,
        applies: true,
    },
    Case {
        rule: "sync-chain-depth",
        pattern: "circuit-breaker",
        mermaid: "flowchart LR
  edge[\"Edge service\"] --> orders[\"Orders service\"]
  orders --> pay[\"Payments service\"]
  pay --> ledger[\"Ledger service\"]
  ledger --> bank[\"Bank service\"]",
        goes_to: "Payments service",
        placement: Placement::ChainMiddle,
        team: None,
        applies: true,
    },
    Case {
        rule: "shared-database",
        pattern: "change-data-capture",
        mermaid: "flowchart LR
  orders[\"Orders service\"] --> db[(\"Main DB\")]
  billing[\"Billing service\"] --> db",
        goes_to: "Main DB",
        placement: Placement::SharedDatabase,
        team: None,
        applies: false,
    },
    Case {
        rule: "sync-cycle",
        pattern: "pub-sub",
        mermaid: "flowchart LR
  orders[\"Orders service\"] --> stock[\"Stock service\"]
  stock --> orders",
        goes_to: "Orders service",
        placement: Placement::CycleMember,
        team: None,
        applies: false,
    },
    Case {
        rule: "team-too-small",
        pattern: "monolith",
        mermaid: "flowchart LR
  web([Web browser]) --> shop[\"Shop<br/>+ microservices\"]",
        goes_to: "Shop",
        placement: Placement::StyleBox,
        team: Some(3),
        applies: false,
    },
    Case {
        rule: "team-too-large",
        pattern: "microservices",
        mermaid: "flowchart LR
  web([Web browser]) --> shop[\"Shop<br/>+ monolith\"]",
        goes_to: "Shop",
        placement: Placement::StyleBox,
        team: Some(100),
        applies: false,
    },
];

fn workspace(case: &Case, catalog: &Catalog) -> Workspace {
    let imported = import_mermaid(case.mermaid, case.rule, catalog, 1).unwrap();
    let mut ws = Workspace::new(case.rule);
    if let Some(team) = case.team {
        ws.context.team_size = team;
    }
    ws.push_candidate(imported.candidate);
    ws
}

fn the_finding(case: &Case, candidate: &Candidate, ws: &Workspace, catalog: &Catalog) -> Finding {
    let findings = review(candidate, catalog, &ws.context);
    findings
        .into_iter()
        .find(|f| f.rule == case.rule && f.fix.as_deref() == Some(case.pattern))
        .unwrap_or_else(|| panic!("{}: no finding with {}", case.rule, case.pattern))
}

fn label(candidate: &Candidate, id: plinth::design::NodeId) -> String {
    candidate
        .node(id)
        .map(|n| n.label.clone())
        .unwrap_or_default()
}

#[test]
fn every_rule_that_offers_a_fix_has_a_case() {
    for team_rule in ["team-too-small", "team-too-large"] {
        assert!(CASES.iter().any(|c| c.rule == team_rule), "{team_rule}");
    }
    for rule in rules() {
        let Some(fix) = rule.fix else { continue };
        assert!(
            CASES
                .iter()
                .any(|c| c.rule == rule.id && c.pattern == fix.pattern),
            "{} has no fix placement case",
            rule.id
        );
        assert!(
            CASES
                .iter()
                .filter(|c| c.rule == rule.id && c.pattern == fix.pattern)
                .all(|c| c.placement == fix.at || c.rule == "dual-write"),
            "{} declares {:?}",
            rule.id,
            fix.at
        );
    }
}

#[test]
fn each_fix_is_placed_where_an_architect_puts_it() {
    let catalog = Catalog::embedded();
    for case in CASES {
        let ws = workspace(case, &catalog);
        let candidate = &ws.candidates()[0];
        let finding = the_finding(case, candidate, &ws, &catalog);
        let place = finding
            .fix_at
            .unwrap_or_else(|| panic!("{}: no place", case.rule));
        assert_eq!(label(candidate, place.node), case.goes_to, "{}", case.rule);
        assert_eq!(place.placement, case.placement, "{}", case.rule);
        assert!(finding.nodes.contains(&place.node), "{}", case.rule);
        let sentence = fix_sentence(candidate, &finding, &catalog).unwrap();
        let name = &catalog.pattern(case.pattern).unwrap().name;
        assert!(
            sentence.starts_with(&format!("Adds {name} ")),
            "{}: {sentence}",
            case.rule
        );
        assert!(
            sentence.contains(&format!("{}, {}", case.goes_to, case.placement.phrase())),
            "{}: {sentence}",
            case.rule
        );
    }
}

#[test]
fn apply_fix_puts_the_pattern_on_that_node() {
    let catalog = Catalog::embedded();
    for case in CASES {
        let mut ws = workspace(case, &catalog);
        let candidate = ws.candidates()[0].clone();
        let finding = the_finding(case, &candidate, &ws, &catalog);
        let edit = fix_edit(&ws, candidate.id, &finding, &catalog);
        if !case.applies {
            assert!(edit.is_none(), "{}: offered {edit:?}", case.rule);
            continue;
        }
        let edit = edit.unwrap_or_else(|| panic!("{}: no fix offered", case.rule));
        edit.apply(&mut ws).unwrap();
        let after = ws.candidate(candidate.id).unwrap();
        let target = finding.fix_at.unwrap().node;
        let node = after.node(target).unwrap();
        let carried = match node.kind {
            NodeKind::Block { .. } => node.has_pattern(case.pattern),
            NodeKind::Pattern { .. } => after.edges().any(|e| {
                e.from == target
                    && e.kind == EdgeKind::DependsOn
                    && after
                        .node(e.to)
                        .is_some_and(|n| n.has_pattern(case.pattern))
            }),
        };
        assert!(
            carried,
            "{}: {} not on {}",
            case.rule, case.pattern, case.goes_to
        );
        let others = after
            .nodes()
            .filter(|n| n.id != target && n.has_pattern(case.pattern))
            .filter(|n| !matches!(n.kind, NodeKind::Pattern { .. }))
            .count();
        assert_eq!(others, 0, "{}: the fix went elsewhere too", case.rule);
    }
}

#[test]
fn a_fix_the_hard_constraints_forbid_is_not_offered() {
    let catalog = Catalog::embedded();
    let case = CASES
        .iter()
        .find(|c| c.rule == "saga-safety" && c.pattern == "idempotency-key")
        .unwrap();
    let mut ws = workspace(case, &catalog);
    let candidate = ws.candidates()[0].clone();
    let dead_letter = review(&candidate, &catalog, &ws.context)
        .into_iter()
        .find(|f| f.fix.as_deref() == Some("dead-letter-queue"))
        .unwrap();
    assert!(fix_edit(&ws, candidate.id, &dead_letter, &catalog).is_some());
    ws.context
        .constraints
        .forbidden_facets
        .insert(plinth::catalog::Facet::NeedsMessageBroker);
    assert!(
        fix_edit(&ws, candidate.id, &dead_letter, &catalog).is_none(),
        "a dead-letter queue node is a broker, which the context forbids"
    );
    ws.context.constraints.forbidden_facets.clear();
    ws.context.constraints.max_complexity = Some(1);
    assert!(fix_edit(&ws, candidate.id, &dead_letter, &catalog).is_none());
}
