//! The decision scenarios of `tests/scenarios/`: each file is a decision with
//! its context, two to four candidates in plain mermaid and the winner an
//! architect expected before the model ran. Every candidate is imported,
//! the context is parsed by the CLI's own parser (so a scenario means what
//! `plinth score --candidate ... <flags>` means), and the ranking is checked
//! against the expectations. The format is in `tests/scenarios/README.md`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use clap::Parser;
use plinth::catalog::Catalog;
use plinth::cli::{Cli, Command};
use plinth::evaluate::evaluate;
use plinth::import::mermaid::import_mermaid;
use plinth::scoring::{CandidateScore, Criterion, Ranking};
use plinth::workspace::Workspace;

mod parse;

/// One decision read from a scenario file.
#[derive(Debug, Clone)]
pub struct Scenario {
    /// The file name, e.g. `01-rails-status-quo-vs-microservices.md`.
    pub file: String,
    pub title: String,
    /// The context as `plinth score` flags, e.g. `--team 4`.
    pub flags: Vec<String>,
    pub expected: Expected,
    pub candidates: Vec<CandidateText>,
}

/// A candidate's name and its mermaid text.
#[derive(Debug, Clone)]
pub struct CandidateText {
    pub name: String,
    pub mermaid: String,
    /// The line of the file where the mermaid block starts.
    pub line: usize,
}

/// What the architect expected.
#[derive(Debug, Clone, Default)]
pub struct Expected {
    pub winner: String,
    pub reason: String,
    /// Chains `A > B > C`, each a list of candidate names.
    pub orders: Vec<Vec<String>>,
    pub must_not_win: Vec<String>,
    pub infeasible: Vec<String>,
    /// Why the expectation was wrong, when a run showed it.
    pub expectation_wrong: Option<String>,
    pub corrected_winner: Option<String>,
    /// Why the model is still wrong here, when a run showed it and the
    /// model is not fixed yet: the harness then checks that it still
    /// disagrees, so fixing the model makes this mark fail until removed.
    pub model_wrong: Option<String>,
}

impl Expected {
    /// The winner the harness checks: the corrected one when the
    /// expectation was found wrong.
    pub fn checked_winner(&self) -> &str {
        self.corrected_winner.as_deref().unwrap_or(&self.winner)
    }
}

/// The folder of the scenarios.
pub fn folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios")
}

/// Every scenario, in file-name order; a malformed file fails loudly.
pub fn load_all() -> Vec<Scenario> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(folder())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.extension().is_some_and(|e| e == "md")
                && p.file_name().is_some_and(|n| n != "README.md")
        })
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|path| {
            let file = path.file_name().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(path).unwrap();
            parse::scenario(&file, &text).unwrap_or_else(|e| panic!("{e}"))
        })
        .collect()
}

/// A scenario imported and ready to evaluate: its workspace holds the
/// candidates (in file order) and the context.
pub struct Loaded {
    pub scenario: Scenario,
    pub workspace: Workspace,
    /// What the importer could not read, with the scenario file's line
    /// (the ranking is still checked; `every_candidate_imports_cleanly`
    /// fails on these).
    pub warnings: Vec<String>,
}

/// Imports every candidate and parses the context with the CLI's parser;
/// an error is a candidate that cannot be imported at all or a context the
/// CLI refuses.
pub fn load(scenario: &Scenario, catalog: &Catalog) -> Result<Loaded, String> {
    let mut ws = Workspace::new(&scenario.title);
    ws.context = context(scenario, &ws)?;
    let mut warnings = Vec::new();
    for candidate in &scenario.candidates {
        let import = import_mermaid(&candidate.mermaid, &candidate.name, catalog, ws.fresh_id())
            .map_err(|e| format!("{}:{}: {e}", scenario.file, candidate.line))?;
        warnings.extend(import.warnings.iter().map(|w| {
            format!(
                "{}:{}: candidate `{}`: {}",
                scenario.file,
                candidate.line + w.line,
                candidate.name,
                w.message
            )
        }));
        ws.push_candidate(import.candidate);
    }
    Ok(Loaded {
        scenario: scenario.clone(),
        workspace: ws,
        warnings,
    })
}

/// The evaluation context exactly as `plinth score <flags>` builds it on a
/// workspace made from mermaid files.
fn context(
    scenario: &Scenario,
    ws: &Workspace,
) -> Result<plinth::context::EvaluationContext, String> {
    let args = ["plinth", "score"]
        .into_iter()
        .map(str::to_owned)
        .chain(scenario.flags.iter().cloned());
    let cli = Cli::try_parse_from(args)
        .map_err(|e| format!("{}: the context does not parse: {e}", scenario.file))?;
    let Some(Command::Score(score)) = &cli.command else {
        return Err(format!("{}: not a score command", scenario.file));
    };
    let context = score.context.apply(ws.context.clone());
    match context.problems().first() {
        Some(problem) => Err(format!("{}: {problem}", scenario.file)),
        None => Ok(context),
    }
}

/// What went wrong in one scenario, in words for the model engineer; empty
/// when every expectation holds.
pub fn check(loaded: &Loaded, ranking: &Ranking) -> Vec<String> {
    let expected = &loaded.scenario.expected;
    let mut wrong = Vec::new();
    let winner = expected.checked_winner();
    match ranking.winner() {
        Some(actual) if actual.name == winner => {
            let tied = ranking
                .scores
                .iter()
                .skip(1)
                .find(|s| s.feasible && s.total >= actual.total);
            if let Some(tie) = tied {
                wrong.push(format!(
                    "`{winner}` wins only on the name: `{}` has the same total {:.1}",
                    tie.name, tie.total
                ));
            }
        }
        Some(actual) => wrong.push(format!(
            "expected `{winner}` to win, but `{}` won",
            actual.name
        )),
        None => wrong.push(format!(
            "expected `{winner}` to win, but no candidate is feasible"
        )),
    }
    for chain in &expected.orders {
        for pair in chain.windows(2) {
            if let Some(problem) = above(ranking, &pair[0], &pair[1]) {
                wrong.push(problem);
            }
        }
    }
    for name in &expected.must_not_win {
        if ranking.winner().is_some_and(|w| &w.name == name) {
            wrong.push(format!("`{name}` must not win, but it does"));
        }
    }
    for name in &expected.infeasible {
        if named(ranking, name).is_some_and(|s| s.feasible) {
            wrong.push(format!(
                "`{name}` breaks a hard constraint, but it was judged feasible"
            ));
        }
    }
    wrong
}

/// Why `a` is not ranked above `b` (strictly, when both are feasible).
fn above(ranking: &Ranking, a: &str, b: &str) -> Option<String> {
    let (sa, sb) = (named(ranking, a)?, named(ranking, b)?);
    let rank = |s: &CandidateScore| ranking.rank_of(s.candidate).unwrap_or(usize::MAX);
    let ok = if sa.feasible && sb.feasible {
        sa.total > sb.total
    } else {
        rank(sa) < rank(sb)
    };
    (!ok).then(|| {
        format!(
            "expected `{a}` above `{b}`, but `{a}` has {} and `{b}` has {}",
            short(sa),
            short(sb)
        )
    })
}

fn named<'r>(ranking: &'r Ranking, name: &str) -> Option<&'r CandidateScore> {
    ranking.scores.iter().find(|s| s.name == name)
}

fn short(score: &CandidateScore) -> String {
    if score.feasible {
        format!("{:.1}", score.total)
    } else {
        format!("{:.1} (infeasible)", score.total)
    }
}

/// The report of a wrong scenario: what was expected, what happened, both
/// totals, and the contributions and findings that made the difference.
pub fn report(loaded: &Loaded, ranking: &Ranking, wrong: &[String]) -> String {
    let scenario = &loaded.scenario;
    let mut text = format!("{} ({})\n", scenario.file, scenario.title);
    let _ = writeln!(text, "  context: {}", scenario.flags.join(" "));
    for warning in &loaded.warnings {
        let _ = writeln!(text, "  import warning: {warning}");
    }
    for problem in wrong {
        let _ = writeln!(text, "  WRONG: {problem}");
    }
    let _ = writeln!(text, "  architect's reason: {}", scenario.expected.reason);
    let expected = named(ranking, scenario.expected.checked_winner());
    let actual = ranking.scores.first();
    let mut shown = Vec::new();
    for (role, score) in [("expected winner", expected), ("ranked first", actual)] {
        let Some(score) = score else { continue };
        if shown.contains(&score.name) {
            continue;
        }
        shown.push(score.name.clone());
        describe(&mut text, role, score, &loaded.workspace);
    }
    let ranks: Vec<String> = ranking
        .scores
        .iter()
        .map(|s| format!("{} {}", s.name, short(s)))
        .collect();
    let _ = writeln!(text, "  ranking: {}", ranks.join(" | "));
    text
}

/// How many contributions a report shows per candidate.
const TOP: usize = 6;

fn describe(text: &mut String, role: &str, score: &CandidateScore, ws: &Workspace) {
    let _ = writeln!(text, "  {role}: `{}` {}", score.name, short(score));
    for reason in &score.infeasible_reasons {
        let _ = writeln!(text, "      infeasible: {reason}");
    }
    if let Some(candidate) = ws.candidate(score.candidate) {
        let patterns: Vec<&str> = candidate.pattern_ids().into_iter().collect();
        let _ = writeln!(text, "      read as patterns: [{}]", patterns.join(", "));
    }
    let mut top: Vec<_> = score
        .contributions
        .iter()
        .filter(|c| c.criterion != Criterion::Baseline && c.points != 0.0)
        .collect();
    top.sort_by(|a, b| b.points.abs().total_cmp(&a.points.abs()));
    for c in top.iter().take(TOP) {
        let line = format!(
            "{:+6.1} {} {}: {}",
            c.points,
            c.criterion.key(),
            c.subject,
            c.reason
        );
        let _ = writeln!(text, "      {}", line.replace('\n', " / "));
    }
    let rules: Vec<String> = score
        .findings
        .iter()
        .map(|f| format!("{} ({})", f.rule, f.severity))
        .collect();
    let _ = writeln!(text, "      findings: [{}]", rules.join(", "));
}

#[test]
fn the_corpus_has_at_least_24_scenarios_whose_expectations_name_their_candidates() {
    let scenarios = load_all();
    assert!(scenarios.len() >= 24, "only {} scenarios", scenarios.len());
    for s in &scenarios {
        assert!(
            (2..=4).contains(&s.candidates.len()),
            "{}: {} candidates",
            s.file,
            s.candidates.len()
        );
        assert!(!s.expected.reason.is_empty(), "{}: no reason", s.file);
        let e = &s.expected;
        let names = std::iter::once(e.checked_winner())
            .chain(e.orders.iter().flatten().map(String::as_str))
            .chain(e.must_not_win.iter().map(String::as_str))
            .chain(e.infeasible.iter().map(String::as_str));
        for name in names {
            assert!(
                s.candidates.iter().any(|c| c.name == name),
                "{}: the expectations name `{name}`, which is not a candidate",
                s.file
            );
        }
    }
}

#[test]
fn every_candidate_imports_cleanly_and_every_context_parses() {
    let catalog = Catalog::embedded();
    for scenario in load_all() {
        let loaded = load(&scenario, &catalog).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            loaded.workspace.candidates().len(),
            scenario.candidates.len()
        );
        assert!(loaded.warnings.is_empty(), "{}", loaded.warnings.join("\n"));
    }
}

#[test]
fn every_scenario_ranks_as_the_architect_expected() {
    let catalog = Catalog::embedded();
    let scenarios = load_all();
    let mut reports = Vec::new();
    for scenario in &scenarios {
        let loaded = load(scenario, &catalog).unwrap_or_else(|e| panic!("{e}"));
        let ranking = evaluate(&loaded.workspace, &catalog);
        let wrong = check(&loaded, &ranking);
        match (&scenario.expected.model_wrong, wrong.is_empty()) {
            (None, true) | (Some(_), false) => {}
            (None, false) => reports.push(report(&loaded, &ranking, &wrong)),
            (Some(_), true) => reports.push(format!(
                "{}: marked `model_wrong`, but the model now agrees: remove the mark\n",
                scenario.file
            )),
        }
    }
    let known: Vec<&str> = scenarios
        .iter()
        .filter(|s| s.expected.model_wrong.is_some())
        .map(|s| s.file.as_str())
        .collect();
    assert!(
        known.len() * 4 <= scenarios.len(),
        "more than a quarter of the scenarios are known model failures: {known:?}"
    );
    assert!(
        reports.is_empty(),
        "{} right, {} wrong of {} scenarios\n\n{}",
        scenarios.len() - reports.len(),
        reports.len(),
        scenarios.len(),
        reports.join("\n")
    );
}

#[test]
#[ignore = "prints each scenario's ranking and reasons; run with --ignored --nocapture, SCENARIO=15 for one"]
fn print_scenarios() {
    let catalog = Catalog::embedded();
    let only = std::env::var("SCENARIO").unwrap_or_default();
    for scenario in load_all().iter().filter(|s| s.file.starts_with(&only)) {
        let loaded = load(scenario, &catalog).unwrap_or_else(|e| panic!("{e}"));
        let ranking = evaluate(&loaded.workspace, &catalog);
        let wrong = check(&loaded, &ranking);
        println!("{}", report(&loaded, &ranking, &wrong));
    }
}
