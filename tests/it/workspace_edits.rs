//! Every edit, its inverse, and the history built on them.

use plinth::catalog::blocks::BlockKind;
use plinth::context::{EvaluationContext, Experience};
use plinth::design::{
    CandidateId, EdgeId, EdgeKind, Group, GroupId, Node, NodeId, NodeKind, Point,
};
use plinth::history::History;
use plinth::workspace::data::CandidateData;
use plinth::workspace::{Decision, Edit, EditError, Status, Workspace};
use proptest::prelude::*;

use crate::support::{edge, small_workspace};

const C: CandidateId = CandidateId(1);

/// Every kind of edit, valid on `small_workspace()`.
#[expect(
    clippy::too_many_lines,
    reason = "one line per edit variant reads best as one list"
)]
fn all_edits(ws: &Workspace) -> Vec<Edit> {
    let id = ws.fresh_id();
    let source = ws.candidate(C).map(CandidateData::from).unwrap_or_default();
    let copy = CandidateData {
        id: CandidateId(id),
        name: "Copy".into(),
        ..source
    };
    vec![
        Edit::AddCandidate {
            candidate: Box::new(copy),
            index: 0,
        },
        Edit::RemoveCandidate { candidate: C },
        Edit::RenameCandidate {
            candidate: C,
            name: "Renamed".into(),
        },
        Edit::SetCandidateNotes {
            candidate: C,
            notes: "notes".into(),
        },
        Edit::ReorderCandidate {
            candidate: C,
            index: 5,
        },
        Edit::AddNodes {
            candidate: C,
            nodes: vec![Node::block(
                NodeId(id),
                BlockKind::Cache,
                "Cache",
                Point::new(5.0, 5.0),
            )],
            edges: vec![edge(id + 1, 2, id, EdgeKind::ReadsWrites)],
        },
        Edit::RemoveNodes {
            candidate: C,
            nodes: vec![NodeId(2), NodeId(4)],
        },
        Edit::MoveNodes {
            candidate: C,
            moves: vec![
                (NodeId(2), Point::new(9.0, 9.0)),
                (NodeId(3), Point::new(1.0, 2.0)),
            ],
        },
        Edit::RenameNode {
            candidate: C,
            node: NodeId(3),
            label: "db".into(),
        },
        Edit::SetNodeNotes {
            candidate: C,
            node: NodeId(3),
            notes: "Postgres 16".into(),
        },
        Edit::SetNodeKind {
            candidate: C,
            node: NodeId(4),
            kind: NodeKind::Pattern {
                pattern: "saga".into(),
            },
        },
        Edit::SetNodeGroup {
            candidate: C,
            nodes: vec![(NodeId(2), None), (NodeId(3), Some(GroupId(9)))],
        },
        Edit::AddEdges {
            candidate: C,
            edges: vec![edge(id, 4, 3, EdgeKind::DependsOn)],
        },
        Edit::RemoveEdges {
            candidate: C,
            edges: vec![EdgeId(5)],
        },
        Edit::SetEdge {
            candidate: C,
            edge: EdgeId(6),
            kind: EdgeKind::SyncCall,
            label: "publish".into(),
        },
        Edit::AddGroup {
            candidate: C,
            group: Group {
                id: GroupId(id),
                name: "Edge".into(),
            },
            members: vec![NodeId(2), NodeId(3)],
        },
        Edit::RemoveGroup {
            candidate: C,
            group: GroupId(9),
        },
        Edit::RenameGroup {
            candidate: C,
            group: GroupId(9),
            name: "Core domain".into(),
        },
        Edit::SetContext(Box::new(EvaluationContext {
            team_size: 40,
            experience: Experience::Senior,
            ..EvaluationContext::default()
        })),
        Edit::SetDecision(Box::new(Decision {
            title: "New".into(),
            status: Status::Accepted,
            ..Decision::default()
        })),
        Edit::Batch(vec![
            Edit::RenameNode {
                candidate: C,
                node: NodeId(2),
                label: "Checkout".into(),
            },
            Edit::RemoveEdges {
                candidate: C,
                edges: vec![EdgeId(6)],
            },
        ]),
    ]
}

#[test]
fn every_edit_changes_the_document_and_its_inverse_restores_it() {
    let original = small_workspace();
    for edit in all_edits(&original) {
        let mut ws = original.clone();
        let name = format!("{edit:?}");
        let inverse = edit
            .apply(&mut ws)
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_ne!(ws, original, "{name} changed nothing");
        let redo = inverse.apply(&mut ws).unwrap();
        assert_eq!(ws, original, "inverse of {name} did not restore");
        redo.apply(&mut ws).unwrap();
        assert_ne!(ws, original, "redo of {name} changed nothing");
    }
}

#[test]
fn removal_keeps_ids_and_edges_for_undo() {
    let mut ws = small_workspace();
    let inverse = Edit::RemoveNodes {
        candidate: C,
        nodes: vec![NodeId(2)],
    }
    .apply(&mut ws)
    .unwrap();
    let c = ws.candidate(C).unwrap();
    assert_eq!(
        (c.node_count(), c.edge_count()),
        (2, 0),
        "both edges touched node 2"
    );
    inverse.apply(&mut ws).unwrap();
    let c = ws.candidate(C).unwrap();
    assert_eq!(c.edge(EdgeId(5)).unwrap().from, NodeId(2));
    assert_eq!(c.node(NodeId(2)).unwrap().group, Some(GroupId(9)));
}

#[test]
fn invalid_edits_fail_and_change_nothing() {
    let original = small_workspace();
    let bad = vec![
        Edit::RenameCandidate {
            candidate: CandidateId(77),
            name: "x".into(),
        },
        Edit::RemoveNodes {
            candidate: C,
            nodes: vec![NodeId(2), NodeId(99)],
        },
        Edit::AddEdges {
            candidate: C,
            edges: vec![edge(50, 2, 99, EdgeKind::SyncCall)],
        },
        Edit::AddNodes {
            candidate: C,
            nodes: vec![Node::block(
                NodeId(2),
                BlockKind::Cache,
                "dup",
                Point::default(),
            )],
            edges: vec![],
        },
        Edit::Batch(vec![
            Edit::RenameNode {
                candidate: C,
                node: NodeId(2),
                label: "changed".into(),
            },
            Edit::RemoveEdges {
                candidate: C,
                edges: vec![EdgeId(404)],
            },
        ]),
    ];
    for edit in bad {
        let mut ws = original.clone();
        let name = format!("{edit:?}");
        assert!(edit.apply(&mut ws).is_err(), "{name} should fail");
        assert_eq!(ws, original, "{name} left a change behind");
    }
    let mut ws = original.clone();
    let err = Edit::RemoveCandidate {
        candidate: CandidateId(5),
    }
    .apply(&mut ws)
    .unwrap_err();
    assert_eq!(err, EditError::MissingCandidate(CandidateId(5)));
}

#[test]
fn ids_are_never_reused_after_undo() {
    let mut ws = small_workspace();
    let mut history = History::new();
    let id = ws.fresh_id();
    let add = |id: u64| Edit::AddNodes {
        candidate: C,
        nodes: vec![Node::block(
            NodeId(id),
            BlockKind::Cache,
            "c",
            Point::default(),
        )],
        edges: vec![],
    };
    history.apply(&mut ws, add(id)).unwrap();
    history.undo(&mut ws).unwrap();
    assert!(ws.fresh_id() > id);
}

#[test]
fn history_undo_redo_and_dirty_mark() {
    let mut ws = small_workspace();
    let original = ws.clone();
    let mut history = History::new();
    assert!(!history.is_dirty() && !history.can_undo());
    history
        .apply(
            &mut ws,
            Edit::RenameNode {
                candidate: C,
                node: NodeId(2),
                label: "A".into(),
            },
        )
        .unwrap();
    history
        .apply(
            &mut ws,
            Edit::MoveNodes {
                candidate: C,
                moves: vec![(NodeId(2), Point::new(50.0, 0.0))],
            },
        )
        .unwrap();
    history.mark_saved();
    let saved = ws.clone();
    assert!(!history.is_dirty());
    assert!(history.undo(&mut ws).unwrap());
    assert!(history.is_dirty());
    assert!(history.undo(&mut ws).unwrap());
    assert_eq!(ws, original);
    assert!(!history.undo(&mut ws).unwrap(), "nothing left to undo");
    assert!(history.redo(&mut ws).unwrap() && history.redo(&mut ws).unwrap());
    assert_eq!(ws, saved);
    assert!(!history.is_dirty(), "back at the saved state");
    let revision = history.revision();
    history.undo(&mut ws).unwrap();
    history
        .apply(
            &mut ws,
            Edit::RenameNode {
                candidate: C,
                node: NodeId(3),
                label: "B".into(),
            },
        )
        .unwrap();
    assert!(!history.can_redo(), "a new edit clears redo");
    assert!(history.revision() > revision);
}

#[test]
fn history_is_capped() {
    let mut ws = small_workspace();
    let mut history = History::new();
    for i in 0..(plinth::history::MAX_STEPS + 20) {
        history
            .apply(
                &mut ws,
                Edit::RenameNode {
                    candidate: C,
                    node: NodeId(2),
                    label: i.to_string(),
                },
            )
            .unwrap();
    }
    let mut undone = 0;
    while history.undo(&mut ws).unwrap() {
        undone += 1;
    }
    assert_eq!(undone, plinth::history::MAX_STEPS);
}

fn arbitrary_edit(ws: &Workspace) -> impl Strategy<Value = Edit> + use<> {
    let edits = all_edits(ws);
    (0..edits.len()).prop_map(move |i| edits[i].clone())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    /// Random sequences of edits through the history, then undo all: back to the start.
    #[test]
    fn random_sequences_undo_to_the_original(picks in proptest::collection::vec(0usize..64, 1..12)) {
        let original = small_workspace();
        let mut ws = original.clone();
        let mut history = History::new();
        for pick in picks {
            let edits = all_edits(&ws);
            let edit = edits[pick % edits.len()].clone();
            let _ = history.apply(&mut ws, edit);
        }
        while history.undo(&mut ws).unwrap() {}
        prop_assert_eq!(ws, original);
    }

    #[test]
    fn each_single_edit_round_trips(edit in arbitrary_edit(&small_workspace())) {
        let original = small_workspace();
        let mut ws = original.clone();
        let inverse = edit.apply(&mut ws).unwrap();
        inverse.apply(&mut ws).unwrap();
        prop_assert_eq!(ws, original);
    }
}
