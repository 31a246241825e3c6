//! Changes to the candidate shown, as the Candidate menu and the
//! presentation keys ask for them: add, duplicate, delete, move its tab,
//! show the next or previous one. Each is an edit (undoable) or a change of
//! the candidate shown; none at the ends of the list.

use super::Session;
use crate::design::CandidateId;
use crate::workspace::clipboard::{copy_name, duplicate_candidate_edit};
use crate::workspace::{Edit, Workspace};

/// A change to the candidates, relative to the one shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CandidateChange {
    /// An empty candidate after the others.
    Add,
    /// A copy of the candidate shown, to vary.
    Duplicate,
    Delete,
    /// Its tab one place to the left (-1) or right (1).
    Move(isize),
}

impl Session {
    /// The edit for `change`, or `None` when there is nothing to change
    /// (no candidate shown, already first or last).
    pub fn candidate_edit(&self, change: CandidateChange) -> Option<Edit> {
        if change == CandidateChange::Add {
            return Some(self.doc.add_candidate_edit());
        }
        let ws = self.doc.workspace();
        let candidate = self.doc.current()?;
        let id = candidate.id;
        match change {
            CandidateChange::Add => None,
            CandidateChange::Duplicate => {
                duplicate_candidate_edit(ws, id, &copy_name(ws, &candidate.name))
            }
            CandidateChange::Delete => Some(Edit::RemoveCandidate { candidate: id }),
            CandidateChange::Move(step) => {
                let index = position(ws, id)?.checked_add_signed(step)?;
                (index < ws.candidates().len()).then_some(Edit::ReorderCandidate {
                    candidate: id,
                    index,
                })
            }
        }
    }

    /// Shows the candidate `step` places after (or before) the one shown;
    /// returns whether there was one.
    pub fn show_neighbour(&mut self, step: isize) -> bool {
        let next = neighbour(self.doc.workspace(), self.doc.current_id(), step);
        if let Some(next) = next {
            self.doc.select_candidate(next);
        }
        next.is_some()
    }
}

fn position(ws: &Workspace, id: CandidateId) -> Option<usize> {
    ws.candidates().iter().position(|c| c.id == id)
}

/// The candidate `step` places from `current` in tab order, if any.
fn neighbour(ws: &Workspace, current: Option<CandidateId>, step: isize) -> Option<CandidateId> {
    let index = position(ws, current?)?.checked_add_signed(step)?;
    ws.candidates().get(index).map(|c| c.id)
}
