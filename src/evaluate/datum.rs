//! The datum: a Pugh-style view of every candidate against one reference
//! candidate, criterion by criterion: better, same or worse.
//!
//! The reference is the one named with `--datum NAME` (or chosen in the
//! window), else the status quo. A candidate is the status quo when its name
//! says so ([`is_status_quo`]): it contains "status quo" or "as is", or it
//! begins with "Current" or "Existing" ("Status quo", "Rails app (as-is)",
//! "Current monolith", a `status-quo.mmd` imported on the command line).
//! Criteria are those the scores have, in [`Criterion::ALL`] order, so the
//! view grows with the scoring model.

use serde::Serialize;

use crate::design::CandidateId;
use crate::scoring::{CandidateScore, Criterion, Ranking, round1};

/// Differences of less than this many points are "same": half the smallest
/// review penalty, so a single finding always shows, while rounding noise
/// between two near-equal effects does not.
pub const SAME_WITHIN: f64 = 0.5;

/// How a criterion compares with the datum's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Better,
    Same,
    Worse,
}

impl Verdict {
    /// Pugh's marks: `+`, `S`, `-`.
    pub fn mark(self) -> &'static str {
        match self {
            Self::Better => "+",
            Self::Same => "S",
            Self::Worse => "-",
        }
    }

    pub fn word(self) -> &'static str {
        match self {
            Self::Better => "better",
            Self::Same => "same",
            Self::Worse => "worse",
        }
    }

    fn of(difference: f64) -> Self {
        if difference >= SAME_WITHIN {
            Self::Better
        } else if difference <= -SAME_WITHIN {
            Self::Worse
        } else {
            Self::Same
        }
    }
}

/// Why this candidate is the datum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DatumSource {
    /// Its name marks it as the status quo.
    StatusQuo,
    /// The user chose it (`--datum NAME`, or in the window).
    Chosen,
}

/// One criterion of one candidate against the datum.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CriterionVerdict {
    pub criterion: Criterion,
    pub points: f64,
    pub datum_points: f64,
    /// `points - datum_points`, rounded to one decimal.
    pub difference: f64,
    pub verdict: Verdict,
}

/// One candidate against the datum.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DatumComparison {
    pub candidate: CandidateId,
    pub name: String,
    pub criteria: Vec<CriterionVerdict>,
    pub better: usize,
    pub same: usize,
    pub worse: usize,
    /// Total minus the datum's total.
    pub total_difference: f64,
    pub sentence: String,
}

/// Every other candidate against the datum, in rank order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DatumView {
    pub datum: CandidateId,
    pub name: String,
    pub source: DatumSource,
    pub criteria: Vec<Criterion>,
    pub comparisons: Vec<DatumComparison>,
    pub sentence: String,
}

impl DatumView {
    pub fn comparison(&self, candidate: CandidateId) -> Option<&DatumComparison> {
        self.comparisons.iter().find(|c| c.candidate == candidate)
    }
}

/// Whether a candidate's name marks it as the status quo.
pub fn is_status_quo(name: &str) -> bool {
    let words: Vec<String> = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let phrase = |a: &str, b: &str| words.windows(2).any(|w| w[0] == a && w[1] == b);
    phrase("status", "quo")
        || phrase("as", "is")
        || words
            .first()
            .is_some_and(|w| w == "current" || w == "existing")
}

/// The status quo of a ranking: the first candidate (lowest id) whose
/// name marks it as one.
pub fn status_quo(ranking: &Ranking) -> Option<CandidateId> {
    ranking
        .scores
        .iter()
        .filter(|s| is_status_quo(&s.name))
        .map(|s| s.candidate)
        .min()
}

/// The datum: the candidate named `requested` (trimmed, case-insensitive),
/// else the status quo, else none. A name that matches no candidate is an
/// error that lists the names.
pub fn choose_datum(
    ranking: &Ranking,
    requested: Option<&str>,
) -> Result<Option<(CandidateId, DatumSource)>, String> {
    let Some(wanted) = requested else {
        return Ok(status_quo(ranking).map(|id| (id, DatumSource::StatusQuo)));
    };
    let key = wanted.trim().to_lowercase();
    ranking
        .scores
        .iter()
        .filter(|s| s.name.trim().to_lowercase() == key)
        .map(|s| s.candidate)
        .min()
        .map(|id| Some((id, DatumSource::Chosen)))
        .ok_or_else(|| {
            let names: Vec<String> = ranking
                .scores
                .iter()
                .map(|s| format!("`{}`", s.name))
                .collect();
            format!(
                "no candidate is named `{wanted}`; the datum must be one of {}",
                names.join(", ")
            )
        })
}

/// The datum view, or `None` when the datum is not in the ranking.
pub fn datum_view(ranking: &Ranking, datum: CandidateId, source: DatumSource) -> Option<DatumView> {
    let reference = ranking.score_of(datum)?;
    let criteria = criteria_of(ranking);
    let comparisons: Vec<DatumComparison> = ranking
        .scores
        .iter()
        .filter(|s| s.candidate != datum)
        .map(|s| compare(s, reference, &criteria))
        .collect();
    let why = match source {
        DatumSource::StatusQuo => "the status quo, named so",
        DatumSource::Chosen => "chosen as the datum",
    };
    Some(DatumView {
        datum,
        name: reference.name.clone(),
        source,
        sentence: format!(
            "Against {} ({why}): each criterion is better (+), the same (S, within {SAME_WITHIN} points) or worse (-).",
            reference.name
        ),
        criteria,
        comparisons,
    })
}

/// The datum view for a ranking: `requested` by name, else the status quo.
pub fn datum_for(ranking: &Ranking, requested: Option<&str>) -> Result<Option<DatumView>, String> {
    Ok(choose_datum(ranking, requested)?.and_then(|(id, source)| datum_view(ranking, id, source)))
}

/// Every criterion some score has, in `Criterion::ALL` order.
fn criteria_of(ranking: &Ranking) -> Vec<Criterion> {
    let all: Vec<_> = ranking
        .scores
        .iter()
        .map(CandidateScore::criteria)
        .collect();
    Criterion::ALL
        .into_iter()
        .filter(|c| all.iter().any(|m| m.contains_key(c)))
        .collect()
}

fn compare(
    score: &CandidateScore,
    datum: &CandidateScore,
    criteria: &[Criterion],
) -> DatumComparison {
    let mine = score.criteria();
    let theirs = datum.criteria();
    let rows: Vec<CriterionVerdict> = criteria
        .iter()
        .map(|c| {
            let points = mine.get(c).copied().unwrap_or(0.0);
            let datum_points = theirs.get(c).copied().unwrap_or(0.0);
            let difference = round1(points - datum_points);
            CriterionVerdict {
                criterion: *c,
                points,
                datum_points,
                difference,
                verdict: Verdict::of(difference),
            }
        })
        .collect();
    let count = |v: Verdict| rows.iter().filter(|r| r.verdict == v).count();
    let (better, same, worse) = (
        count(Verdict::Better),
        count(Verdict::Same),
        count(Verdict::Worse),
    );
    let total_difference = round1(score.total - datum.total);
    let overall = if total_difference > 0.0 {
        format!("{total_difference:.1} points ahead")
    } else if total_difference < 0.0 {
        format!("{:.1} points behind", -total_difference)
    } else {
        "level".to_owned()
    };
    DatumComparison {
        candidate: score.candidate,
        name: score.name.clone(),
        sentence: format!(
            "{} against {}: better on {better}, same on {same}, worse on {worse} criteria; {overall} overall.",
            score.name, datum.name
        ),
        criteria: rows,
        better,
        same,
        worse,
        total_difference,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_status_quo_is_recognised_by_its_name() {
        for name in [
            "Status quo",
            "status-quo",
            "Rails app (status quo)",
            "Keep it as-is",
            "Current monolith",
            "EXISTING system",
        ] {
            assert!(is_status_quo(name), "{name}");
        }
        for name in [
            "Monolith",
            "Concurrent workers",
            "Quorum",
            "Status page",
            "Alias",
        ] {
            assert!(!is_status_quo(name), "{name}");
        }
    }

    #[test]
    fn verdicts_have_a_dead_band() {
        assert_eq!(Verdict::of(0.4), Verdict::Same);
        assert_eq!(Verdict::of(-0.4), Verdict::Same);
        assert_eq!(Verdict::of(0.5), Verdict::Better);
        assert_eq!(Verdict::of(-1.0), Verdict::Worse);
    }
}
