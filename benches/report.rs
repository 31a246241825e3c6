//! The decision report: writing the checkout example's report (evaluation,
//! sensitivity sweep, ADR, pictures and HTML, as `plinth export report`
//! does) in < 50 ms. The file's size (< 1 MB) is asserted by a test
//! (`tests/it/report.rs`), not here.
#![allow(
    clippy::expect_used,
    reason = "a benchmark cannot run without its fixtures"
)]

use criterion::{Criterion, criterion_group, criterion_main};
use plinth::catalog::Catalog;
use plinth::export::report::{ReportOptions, report_html};

fn report(c: &mut Criterion) {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/examples/checkout.ron");
    let ws = plinth::storage::load_workspace(&path).expect("the checkout example");
    let catalog = Catalog::embedded();
    let options = ReportOptions {
        date: "2026-12-02",
        datum: plinth::evaluate::DatumChoice::StatusQuo,
    };
    c.bench_function("write the checkout example's report", |b| {
        b.iter(|| report_html(&ws, &catalog, &options));
    });
}

criterion_group!(benches, report);
criterion_main!(benches);
