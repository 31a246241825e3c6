//! Undo and redo over workspace edits, with the saved position for the
//! unsaved-changes mark and a revision number for caches.
//!
//! History is not persisted. It keeps at most [`MAX_STEPS`] steps.

use std::collections::VecDeque;

use crate::workspace::{Edit, EditError, Workspace};

/// How many steps undo can go back.
pub const MAX_STEPS: usize = 200;

/// A state of the document: each applied edit creates a new one.
type StateId = u64;

#[derive(Debug, Clone)]
struct Step {
    /// The edit that moves to the other state.
    edit: Edit,
    /// The state that edit leads to.
    target: StateId,
}

/// The undo and redo stacks of one open workspace.
#[derive(Debug, Clone)]
pub struct History {
    undo: VecDeque<Step>,
    redo: Vec<Step>,
    current: StateId,
    next_state: StateId,
    saved: Option<StateId>,
    revision: u64,
}

impl Default for History {
    fn default() -> Self {
        Self {
            undo: VecDeque::new(),
            redo: Vec::new(),
            current: 0,
            next_state: 1,
            saved: Some(0),
            revision: 0,
        }
    }
}

impl History {
    /// A history whose current state counts as saved.
    pub fn new() -> Self {
        Self::default()
    }

    /// Applies `edit` as one undoable step.
    pub fn apply(&mut self, ws: &mut Workspace, edit: Edit) -> Result<(), EditError> {
        let inverse = edit.apply(ws)?;
        self.undo.push_back(Step {
            edit: inverse,
            target: self.current,
        });
        if self.undo.len() > MAX_STEPS {
            self.undo.pop_front();
        }
        self.redo.clear();
        self.current = self.next_state;
        self.next_state += 1;
        self.revision += 1;
        Ok(())
    }

    /// Undoes the last step; `false` when there is nothing to undo.
    pub fn undo(&mut self, ws: &mut Workspace) -> Result<bool, EditError> {
        let Some(step) = self.undo.pop_back() else {
            return Ok(false);
        };
        match step.edit.clone().apply(ws) {
            Ok(redo) => {
                self.redo.push(Step {
                    edit: redo,
                    target: self.current,
                });
                self.current = step.target;
                self.revision += 1;
                Ok(true)
            }
            Err(err) => {
                self.undo.push_back(step);
                Err(err)
            }
        }
    }

    /// Redoes the last undone step; `false` when there is nothing to redo.
    pub fn redo(&mut self, ws: &mut Workspace) -> Result<bool, EditError> {
        let Some(step) = self.redo.pop() else {
            return Ok(false);
        };
        match step.edit.clone().apply(ws) {
            Ok(undo) => {
                self.undo.push_back(Step {
                    edit: undo,
                    target: self.current,
                });
                self.current = step.target;
                self.revision += 1;
                Ok(true)
            }
            Err(err) => {
                self.redo.push(step);
                Err(err)
            }
        }
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Marks the current state as the one on disk.
    pub fn mark_saved(&mut self) {
        self.saved = Some(self.current);
    }

    /// Whether the document differs from what was last saved.
    pub fn is_dirty(&self) -> bool {
        self.saved != Some(self.current)
    }

    /// Grows with every change (apply, undo, redo): derived data keyed by it
    /// (scores, findings, previews) is recomputed only when it moves.
    pub fn revision(&self) -> u64 {
        self.revision
    }
}
