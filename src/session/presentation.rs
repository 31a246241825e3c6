//! What the session knows of a presentation: that one is going on, which
//! stop of the walk through the candidate shown is on screen (see
//! `walk.rs`), and the node in focus, whose neighbours stay lit while the
//! rest is dimmed. Left and Right step through the stops before moving to
//! the next or previous candidate. The window keeps only what is its own:
//! the editing view to return to, the laser pointer's trail.

use std::collections::BTreeSet;

use super::Session;
use super::walk;
use crate::design::NodeId;

/// A presentation going on.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Presenting {
    /// The stop of the walk on screen (index into the walk's stops; past
    /// the end means the last one).
    pub stop: usize,
    /// The node in focus: it and its neighbours stay lit.
    pub focus: Option<NodeId>,
}

/// The stop that means "the last one", whatever the walk's length.
pub const LAST_STOP: usize = usize::MAX;

impl Presenting {
    /// The stop on screen among `stops` (at least the first).
    pub fn stop_of(&self, stops: usize) -> usize {
        self.stop.min(stops.saturating_sub(1))
    }
}

impl Session {
    /// Starts presenting at the first stop, nothing in focus.
    pub fn start_presenting(&mut self) {
        self.presenting = Some(Presenting::default());
    }

    /// Stops presenting.
    pub fn stop_presenting(&mut self) {
        self.presenting = None;
    }

    /// The presentation going on, if any.
    pub fn presenting(&self) -> Option<&Presenting> {
        self.presenting.as_ref()
    }

    /// One step forward (`step` 1) or back (-1) through a walk of `stops`
    /// stops: the next stop, or past the ends the neighbouring candidate
    /// (at its first stop going forward, its last going back). Returns
    /// whether anything moved.
    pub fn present_step(&mut self, step: isize, stops: usize) -> bool {
        let Some(state) = self.presenting.as_ref() else {
            return false;
        };
        let stop = state.stop_of(stops);
        let within = stop.checked_add_signed(step).filter(|s| *s < stops.max(1));
        let moved = match within {
            Some(next) => {
                self.set_stop(next);
                true
            }
            None if self.show_neighbour(step) => {
                self.set_stop(if step > 0 { 0 } else { LAST_STOP });
                true
            }
            None => false,
        };
        if moved && let Some(state) = self.presenting.as_mut() {
            state.focus = None;
        }
        moved
    }

    fn set_stop(&mut self, stop: usize) {
        if let Some(state) = self.presenting.as_mut() {
            state.stop = stop;
        }
    }

    /// Puts `node` in focus (or nothing).
    pub fn set_focus(&mut self, node: Option<NodeId>) {
        if let Some(state) = self.presenting.as_mut() {
            state.focus = node;
        }
    }

    /// The nodes that stay lit: the node in focus and its neighbours;
    /// `None` when nothing is in focus.
    pub fn lit_nodes(&self) -> Option<BTreeSet<NodeId>> {
        let focus = self.presenting.as_ref()?.focus?;
        let candidate = self.doc.current()?;
        candidate.node(focus)?;
        let mut lit = walk::neighbours(candidate, &[focus]);
        lit.insert(focus);
        Some(lit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::design::Edge;
    use crate::workspace::{Workspace, examples, file};

    /// A session on the checkout example (three candidates), presenting.
    fn presenting() -> Session {
        let text = examples::example_text("checkout").unwrap_or_default();
        let ws: Workspace = file::from_str("checkout", text).unwrap();
        let mut s = Session::new(super::super::Document::new(ws, None, "checkout"));
        s.start_presenting();
        s
    }

    #[test]
    fn steps_go_through_the_stops_before_the_next_candidate() {
        let mut s = presenting();
        let first = s.document().current_id();
        assert!(s.present_step(1, 3));
        assert_eq!(s.presenting().map(|p| p.stop), Some(1));
        assert!(s.present_step(1, 3));
        assert!(s.present_step(1, 3));
        assert_ne!(s.document().current_id(), first, "past the last stop");
        assert_eq!(s.presenting().map(|p| p.stop), Some(0));
        assert!(s.present_step(-1, 1));
        assert_eq!(s.document().current_id(), first, "back to the first");
        assert_eq!(
            s.presenting().map(|p| p.stop_of(3)),
            Some(2),
            "at its last stop"
        );
        assert!(s.present_step(-1, 3) && s.present_step(-1, 3));
        assert!(!s.present_step(-1, 3), "nothing before the first stop");
    }

    #[test]
    fn the_focus_lights_a_node_and_its_neighbours_and_a_step_drops_it() {
        let mut s = presenting();
        let candidate = s.document().current().cloned().unwrap();
        let edge: &Edge = candidate.edges().next().unwrap();
        s.set_focus(Some(edge.from));
        let lit = s.lit_nodes().unwrap();
        assert!(lit.contains(&edge.from) && lit.contains(&edge.to));
        assert!(lit.len() < candidate.node_count(), "the rest is dimmed");
        s.present_step(1, 2);
        assert_eq!(s.lit_nodes(), None);
        s.stop_presenting();
        s.set_focus(Some(edge.from));
        assert_eq!(s.presenting(), None);
    }
}
