//! The winning margin: by how many points the winner leads the runner-up,
//! and whether that is too close to call.
//!
//! Under [`TOO_CLOSE_TO_CALL`] points the ranking is reported as too close
//! to call. Three points is one warning of the review, or one step of the
//! catalog's judgement (an effect moved by 1) on two patterns of a
//! normal-priority attribute (`12.5 × 3/30 = 1.25` each): a lead smaller
//! than one judgement an architect may dispute in the review is not a lead
//! to defend.

use serde::Serialize;

use crate::scoring::Ranking;

/// Points under which the lead of the winner is too close to call.
pub const TOO_CLOSE_TO_CALL: f64 = 3.0;

/// The winner's lead over the runner-up.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Margin {
    pub winner: String,
    /// The best feasible candidate after the winner; `None` when the winner
    /// is the only feasible one.
    pub runner_up: Option<String>,
    /// Points between the two (rounded to one decimal); `None` without a runner-up.
    pub points: Option<f64>,
    /// True when `points` is under [`TOO_CLOSE_TO_CALL`].
    pub too_close_to_call: bool,
    /// The margin in one sentence.
    pub sentence: String,
}

/// The margin of a ranking; `None` when no candidate is feasible.
pub fn margin(ranking: &Ranking) -> Option<Margin> {
    let winner = ranking.winner()?;
    let runner_up = ranking
        .scores
        .iter()
        .find(|s| s.feasible && s.candidate != winner.candidate);
    let Some(runner_up) = runner_up else {
        return Some(Margin {
            winner: winner.name.clone(),
            runner_up: None,
            points: None,
            too_close_to_call: false,
            sentence: format!(
                "{} wins as the only feasible candidate: there is no margin to measure.",
                winner.name
            ),
        });
    };
    let points = crate::scoring::round1(winner.total - runner_up.total);
    let too_close = (0.0..TOO_CLOSE_TO_CALL).contains(&points);
    let sentence = if points < 0.0 {
        // The ranking may weigh more than the total (feasibility first).
        format!(
            "{} ranks above {} although it scores {:.1} points less.",
            winner.name, runner_up.name, -points
        )
    } else if too_close {
        format!(
            "Too close to call: {} leads {} by {points:.1} points, less than the {TOO_CLOSE_TO_CALL:.0} points one disputed judgement can move.",
            winner.name, runner_up.name
        )
    } else {
        format!(
            "{} wins by {points:.1} points over {}.",
            winner.name, runner_up.name
        )
    };
    Some(Margin {
        winner: winner.name.clone(),
        runner_up: Some(runner_up.name.clone()),
        points: Some(points),
        too_close_to_call: too_close,
        sentence,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::design::CandidateId;
    use crate::scoring::CandidateScore;

    fn score(id: u64, name: &str, total: f64, feasible: bool) -> CandidateScore {
        CandidateScore {
            candidate: CandidateId(id),
            name: name.to_owned(),
            total,
            feasible,
            infeasible_reasons: Vec::new(),
            contributions: Vec::new(),
            findings: Vec::new(),
        }
    }

    #[test]
    fn a_lead_under_three_points_is_too_close_to_call() {
        let ranking = Ranking {
            scores: vec![score(1, "A", 60.0, true), score(2, "B", 57.1, true)],
        };
        let m = margin(&ranking).unwrap();
        assert_eq!(m.points, Some(2.9));
        assert!(m.too_close_to_call);
        assert!(
            m.sentence
                .starts_with("Too close to call: A leads B by 2.9 points")
        );
        let ranking = Ranking {
            scores: vec![score(1, "A", 60.0, true), score(2, "B", 57.0, true)],
        };
        assert!(!margin(&ranking).unwrap().too_close_to_call);
    }

    #[test]
    fn infeasible_candidates_are_not_runners_up() {
        let ranking = Ranking {
            scores: vec![score(1, "A", 40.0, true), score(2, "B", 90.0, false)],
        };
        let m = margin(&ranking).unwrap();
        assert_eq!(m.runner_up, None);
        assert!(!m.too_close_to_call);
        let none = Ranking {
            scores: vec![score(2, "B", 90.0, false)],
        };
        assert_eq!(margin(&none), None);
    }
}
