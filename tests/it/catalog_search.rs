//! Fuzzy search and filters over the embedded catalog.

use plinth::catalog::search::{Filter, Searcher};
use plinth::catalog::{Catalog, Category};

fn search(filter: &Filter) -> Vec<String> {
    let catalog = Catalog::embedded();
    Searcher::default()
        .search(&catalog, filter)
        .into_iter()
        .map(|e| e.pattern.id.clone())
        .collect()
}

fn text(query: &str) -> Filter {
    Filter {
        text: query.to_owned(),
        ..Filter::default()
    }
}

#[test]
fn names_aliases_and_typos_find_the_pattern_first() {
    assert_eq!(search(&text("circuit"))[0], "circuit-breaker");
    assert_eq!(search(&text("pubsub"))[0], "pub-sub");
    assert_eq!(search(&text("strangler"))[0], "strangler-fig");
    assert!(
        search(&text("Compensating Transaction"))
            .iter()
            .take(3)
            .any(|id| id == "saga"),
        "alias"
    );
    assert!(search(&text("zzzzqqqq")).is_empty());
}

#[test]
fn filters_combine() {
    let small = search(&Filter {
        team: Some(2),
        ..Filter::default()
    });
    assert!(small.contains(&"monolith".to_owned()));
    assert!(
        !small.contains(&"microservices".to_owned()),
        "microservices needs 10+"
    );

    let ai = search(&Filter {
        category: Some(Category::Ai),
        max_complexity: Some(2),
        ..Filter::default()
    });
    assert!(!ai.is_empty());
    let catalog = Catalog::embedded();
    for id in &ai {
        let p = catalog.pattern(id).unwrap();
        assert!(p.category == Category::Ai && p.complexity <= 2, "{id}");
    }
}

#[test]
fn without_text_the_list_is_grouped_by_category() {
    let ids = search(&Filter::default());
    let catalog = Catalog::embedded();
    assert_eq!(ids.len(), catalog.len());
    let categories: Vec<Category> = ids
        .iter()
        .map(|id| catalog.pattern(id).unwrap().category)
        .collect();
    assert!(categories.windows(2).all(|w| w[0] <= w[1]));
}

#[test]
fn find_by_name_matches_ids_names_and_aliases() {
    let catalog = Catalog::embedded();
    assert_eq!(
        catalog.find_by_name("Pub/Sub").map(|p| p.id.as_str()),
        Some("pub-sub")
    );
    assert_eq!(
        catalog.find_by_name("saga pattern").map(|p| p.id.as_str()),
        Some("saga")
    );
    assert_eq!(
        catalog
            .find_by_name("circuit-breaker")
            .map(|p| p.id.as_str()),
        Some("circuit-breaker")
    );
    assert!(catalog.find_by_name("").is_none());
}
