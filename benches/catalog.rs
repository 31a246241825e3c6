//! Catalog benchmarks: loading and validating the embedded catalog, and a
//! generated folder of 1,000 user patterns (targets: 5 ms and 100 ms).
#![allow(
    clippy::expect_used,
    reason = "a benchmark cannot run without its fixtures"
)]

use criterion::{Criterion, criterion_group, criterion_main};
use plinth::catalog::search::{Filter, Searcher};
use plinth::catalog::{Catalog, CatalogLoader};

/// Writes `count` valid patterns, each a renamed copy of an embedded one
/// that links to the previous copy, into a fresh temporary folder.
fn generated_folder(count: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temporary folder");
    let catalog = Catalog::embedded();
    let templates: Vec<_> = catalog.patterns().collect();
    for i in 0..count {
        let mut pattern = templates[i % templates.len()].clone();
        pattern.id = format!("generated-{i}");
        pattern.name = format!("{} #{i}", pattern.name);
        if i > 0 {
            pattern.related.push(format!("generated-{}", i - 1));
        }
        let text = plinth::catalog::layra::to_ron(&pattern).expect("pattern as RON");
        std::fs::write(dir.path().join(format!("generated-{i}.ron")), text).expect("write pattern");
    }
    dir
}

fn catalog_benches(c: &mut Criterion) {
    c.bench_function("load and validate embedded catalog", |b| {
        b.iter(|| CatalogLoader::embedded().load());
    });
    let folder = generated_folder(1000);
    c.bench_function("load 1,000-pattern user folder", |b| {
        b.iter(|| CatalogLoader::embedded().with_folder(folder.path()).load());
    });
    let catalog = Catalog::embedded();
    let mut searcher = Searcher::default();
    let filter = Filter {
        text: "event".to_owned(),
        ..Filter::default()
    };
    c.bench_function("fuzzy search embedded catalog", |b| {
        b.iter(|| searcher.search(&catalog, &filter).len());
    });
}

criterion_group!(benches, catalog_benches);
criterion_main!(benches);
