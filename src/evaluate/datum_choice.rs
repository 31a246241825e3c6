//! Which candidate is the datum: the status quo (the default), none, or one
//! the user chose, by name on the command line or from a list in the
//! window. One choice for the comparison, the ADR and the report, so each
//! output compares with the same reference.

use super::datum::{DatumSource, DatumView, choose_datum, datum_view, status_quo};
use crate::design::CandidateId;
use crate::scoring::Ranking;

/// The datum to compare with.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum DatumChoice {
    /// The status quo, when a candidate is named so; else no datum.
    #[default]
    StatusQuo,
    /// No datum.
    Off,
    /// This candidate.
    Candidate(CandidateId),
}

impl DatumChoice {
    /// The choice for `--datum NAME` (trimmed, case-insensitive), or the
    /// status quo without one; a name no candidate has is an error that
    /// lists the names.
    pub fn by_name(ranking: &Ranking, name: Option<&str>) -> Result<Self, String> {
        Ok(match (name, choose_datum(ranking, name)?) {
            (Some(_), Some((id, _))) => Self::Candidate(id),
            _ => Self::StatusQuo,
        })
    }

    /// The view against the chosen datum; `None` with no datum, or when
    /// the chosen candidate is not in the ranking.
    pub fn view(self, ranking: &Ranking) -> Option<DatumView> {
        match self {
            Self::Off => None,
            Self::StatusQuo => datum_view(ranking, status_quo(ranking)?, DatumSource::StatusQuo),
            Self::Candidate(id) => datum_view(ranking, id, DatumSource::Chosen),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;
    use crate::evaluate::evaluate;
    use crate::workspace::file::from_str;

    fn ranking() -> Ranking {
        let text = crate::workspace::examples::example_text("startup").expect("example");
        let ws = from_str("startup", text).expect("loads");
        evaluate(&ws, &Catalog::embedded())
    }

    #[test]
    fn a_name_picks_that_candidate_and_no_name_the_status_quo() {
        let ranking = ranking();
        let last = ranking.scores.last().expect("a candidate");
        let upper = last.name.to_uppercase();
        let chosen = DatumChoice::by_name(&ranking, Some(&upper)).expect("known name");
        assert_eq!(chosen, DatumChoice::Candidate(last.candidate));
        let view = chosen.view(&ranking).expect("a view");
        assert_eq!(
            (view.datum, view.source),
            (last.candidate, DatumSource::Chosen)
        );
        assert_eq!(
            DatumChoice::by_name(&ranking, None),
            Ok(DatumChoice::StatusQuo)
        );
        assert_eq!(DatumChoice::Off.view(&ranking), None);
    }

    #[test]
    fn an_unknown_name_lists_the_names() {
        let ranking = ranking();
        let error = DatumChoice::by_name(&ranking, Some("Nope")).expect_err("unknown");
        assert!(error.contains("`Nope`"), "{error}");
        assert!(
            error.contains(&format!("`{}`", ranking.scores[0].name)),
            "{error}"
        );
    }
}
