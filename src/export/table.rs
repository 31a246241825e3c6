//! The comparison table: candidates as columns (in rank order), their rank,
//! total and feasibility, then the points of each scoring criterion.
//!
//! Markdown, every cell escaped through `adr::markdown`. Used by the ADR's
//! "More Information" and by `plinth export table`. Also the datum table:
//! every other candidate against the datum, `+`, `S` or `-` per criterion.

use super::adr::markdown::{Md, line, table_row};
use crate::evaluate::DatumView;
use crate::scoring::{Criterion, Ranking};

/// A Markdown table comparing the ranked candidates. Criteria that are zero
/// for every candidate are left out.
pub fn comparison_table(ranking: &Ranking) -> String {
    let scores = &ranking.scores;
    let mut header = vec![Md::text("Criterion")];
    header.extend(scores.iter().map(|s| Md::text(&s.name)));
    let mut rule = vec![Md::lit("---")];
    rule.extend(scores.iter().map(|_| Md::lit("---:")));
    let mut rows = vec![table_row(&header), table_row(&rule)];
    let row = |label: &str, cells: Vec<String>| {
        let mut all = vec![Md::text(label)];
        all.extend(cells.iter().map(|c| Md::text(c)));
        table_row(&all)
    };
    rows.push(row(
        "Rank",
        (1..=scores.len()).map(|r| r.to_string()).collect(),
    ));
    rows.push(row(
        "Total",
        scores.iter().map(|s| format!("{:.1}", s.total)).collect(),
    ));
    rows.push(row(
        "Feasible",
        scores
            .iter()
            .map(|s| if s.feasible { "yes" } else { "no" }.to_owned())
            .collect(),
    ));
    let per_candidate: Vec<_> = scores
        .iter()
        .map(crate::scoring::CandidateScore::criteria)
        .collect();
    for criterion in Criterion::ALL {
        let points: Vec<f64> = per_candidate
            .iter()
            .map(|c| c.get(&criterion).copied().unwrap_or(0.0))
            .collect();
        if points.iter().all(|p| *p == 0.0) {
            continue;
        }
        rows.push(row(
            criterion.label(),
            points.into_iter().map(signed).collect(),
        ));
    }
    rows.join("\n") + "\n"
}

/// The datum view in Markdown: its sentence, then a table with a column per
/// candidate compared (rank order) and a cell per criterion such as `+ (+3.2)`,
/// then each candidate's count of better, same and worse.
pub fn datum_table(view: &DatumView) -> String {
    let mut header = vec![Md::text(&format!("Criterion (against {})", view.name))];
    header.extend(view.comparisons.iter().map(|c| Md::text(&c.name)));
    let mut rule = vec![Md::lit("---")];
    rule.extend(view.comparisons.iter().map(|_| Md::lit(":---:")));
    let mut rows = vec![table_row(&header), table_row(&rule)];
    for (at, criterion) in view.criteria.iter().enumerate() {
        let mut cells = vec![Md::text(criterion.label())];
        cells.extend(view.comparisons.iter().map(|c| {
            let v = &c.criteria[at];
            Md::text(&format!("{} ({})", v.verdict.mark(), signed(v.difference)))
        }));
        rows.push(table_row(&cells));
    }
    let mut totals = vec![Md::text("Better / same / worse")];
    totals.extend(
        view.comparisons
            .iter()
            .map(|c| Md::text(&format!("{} / {} / {}", c.better, c.same, c.worse))),
    );
    rows.push(table_row(&totals));
    format!(
        "{}\n\n{}\n",
        line(&Md::text(&view.sentence)),
        rows.join("\n")
    )
}

/// `+21.7`, `-1.3`, `0.0` (never `-0.0`).
fn signed(points: f64) -> String {
    if points == 0.0 {
        "0.0".to_owned()
    } else {
        format!("{points:+.1}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::design::CandidateId;
    use crate::scoring::{CandidateScore, Contribution};

    fn score(id: u64, name: &str, feasible: bool, parts: &[(Criterion, f64)]) -> CandidateScore {
        let contributions: Vec<Contribution> = parts
            .iter()
            .map(|(c, p)| Contribution::new(*c, "x", *p, "r"))
            .collect();
        CandidateScore {
            candidate: CandidateId(id),
            name: name.to_owned(),
            total: contributions.iter().map(|c| c.points).sum(),
            feasible,
            infeasible_reasons: Vec::new(),
            contributions,
            findings: Vec::new(),
        }
    }

    #[test]
    fn columns_follow_rank_and_zero_rows_are_skipped() {
        let ranking = Ranking {
            scores: vec![
                score(
                    1,
                    "A | B",
                    true,
                    &[(Criterion::Baseline, 50.0), (Criterion::TeamFit, -1.25)],
                ),
                score(
                    2,
                    "<b>C</b>\nD",
                    false,
                    &[(Criterion::Baseline, 50.0), (Criterion::Synergy, 0.0)],
                ),
            ],
        };
        let table = comparison_table(&ranking);
        let expected = "\
| Criterion | A \\| B | &lt;b>C&lt;/b> D |
| --- | ---: | ---: |
| Rank | 1 | 2 |
| Total | 48.7 | 50.0 |
| Feasible | yes | no |
| Baseline | +50.0 | +50.0 |
| Team fit | -1.3 | 0.0 |
";
        assert_eq!(table, expected);
    }

    #[test]
    fn an_empty_ranking_is_still_a_table() {
        let table = comparison_table(&Ranking { scores: Vec::new() });
        assert_eq!(
            table,
            "| Criterion |\n| --- |\n| Rank |\n| Total |\n| Feasible |\n"
        );
    }
}
