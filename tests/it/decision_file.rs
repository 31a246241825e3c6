//! The decision's new fields (chosen option, its reason, superseded by)
//! are saved with the workspace and read back; files without them, old
//! ones included, still load.

use plinth::design::CandidateId;
use plinth::workspace::{Status, file};

use crate::support::example;

#[test]
fn the_decision_round_trips_and_leaves_old_files_alone() {
    let mut ws = example("startup");
    let plain = file::to_ron(&ws).unwrap();
    assert!(
        !plain.contains("chosen"),
        "nothing new is written when unused"
    );
    ws.decision.chosen = Some(CandidateId(2));
    ws.decision.chosen_reason = "Hiring plans".into();
    ws.decision.status = Status::Superseded;
    ws.decision.superseded_by = Some(4);
    ws.decision.drivers = vec!["One".into(), "Two".into(), "Three".into()];
    let text = file::to_ron(&ws).unwrap();
    let back = file::from_str("w.ron", &text).unwrap();
    assert_eq!(back.decision, ws.decision);
}

#[test]
fn the_version_1_fixture_still_loads() {
    let path = crate::fixture("workspaces/v1-startup.ron");
    let ws = plinth::storage::load_workspace(&path).unwrap();
    assert!(!ws.decision.title.is_empty());
    assert_eq!(ws.decision.chosen, None);
}
