//! Reading a workspace ahead: the window starts reading and parsing the
//! file it was asked to open on a thread of its own while the window
//! itself opens (the graphics set-up takes most of a start-up), and the
//! open takes the result instead of reading again. The same thread works
//! out the geometry of the candidate the canvas shows first (routing the
//! edges of a large diagram takes a while). Only a file unchanged since it
//! was read ahead is taken: if its size or modification time moved in
//! between, the open reads it afresh.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::thread::JoinHandle;

use crate::design::CandidateId;
use crate::diagnostics::Problem;
use crate::geometry::Geometry;
use crate::storage::stamp::{DiskChange, FileStamp};
use crate::storage::{self, canonical_path};
use crate::workspace::Workspace;

/// What was read ahead: the workspace, and the geometry of the candidate
/// a document shows first (its first).
#[derive(Debug)]
pub struct Ahead {
    pub workspace: Workspace,
    pub geometry: Option<(CandidateId, Arc<Geometry>)>,
}

impl Ahead {
    /// A workspace read when it was opened: its geometry is left to the canvas.
    pub fn read_now(workspace: Workspace) -> Self {
        Self {
            workspace,
            geometry: None,
        }
    }

    fn of(workspace: Workspace) -> Self {
        let geometry = workspace
            .candidates()
            .first()
            .map(|c| (c.id, Arc::new(Geometry::of(c))));
        Self {
            workspace,
            geometry,
        }
    }
}

/// A workspace being read on a thread of its own.
#[derive(Debug)]
pub struct Prefetch {
    path: PathBuf,
    worker: JoinHandle<(Option<FileStamp>, Result<Ahead, Problem>)>,
}

impl Prefetch {
    /// Starts reading `path`.
    pub fn start(path: &Path) -> Self {
        let path = canonical_path(path);
        let file = path.clone();
        let worker = std::thread::spawn(move || {
            let stamp = FileStamp::of(&file);
            (stamp, storage::load_workspace(&file).map(Ahead::of))
        });
        Self { path, worker }
    }

    /// The workspace read ahead, when it is of `path` and the file has not
    /// changed since it was read; `None` when it must be read again.
    pub fn take(self, path: &Path) -> Option<Result<Ahead, Problem>> {
        if canonical_path(path) != self.path {
            return None;
        }
        let (stamp, loaded) = self.worker.join().ok()?;
        let unchanged = stamp.is_some_and(|s| s.change(&self.path) == DiskChange::Unchanged);
        unchanged.then_some(loaded)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::blocks::BlockKind;
    use crate::design::{Candidate, Node, NodeId, Point};
    use crate::workspace::file;

    fn saved(dir: &Path, name: &str) -> PathBuf {
        let path = dir.join("plan.ron");
        let mut ws = Workspace::new(name);
        let mut candidate = Candidate::new(CandidateId(ws.fresh_id()), "A");
        let node = Node::block(
            NodeId(ws.fresh_id() + 1),
            BlockKind::Service,
            "API",
            Point::default(),
        );
        candidate.add_node(node).unwrap();
        ws.push_candidate(candidate);
        std::fs::write(&path, file::to_ron(&ws).unwrap()).unwrap();
        path
    }

    #[test]
    fn the_file_read_ahead_is_taken_for_the_same_path_only() {
        let dir = tempfile::tempdir().unwrap();
        let path = saved(dir.path(), "Ahead");
        let taken = Prefetch::start(&path).take(&path).unwrap().unwrap();
        assert_eq!(taken.workspace.decision.title, "Ahead");
        let first = &taken.workspace.candidates()[0];
        let (id, geometry) = taken.geometry.as_ref().unwrap();
        assert_eq!((*id, geometry.as_ref()), (first.id, &Geometry::of(first)));
        let other = dir.path().join("other.ron");
        assert!(Prefetch::start(&path).take(&other).is_none());
    }

    #[test]
    fn a_file_changed_after_it_was_read_ahead_is_read_again() {
        let dir = tempfile::tempdir().unwrap();
        let path = saved(dir.path(), "Before");
        let prefetch = Prefetch::start(&path);
        std::thread::sleep(std::time::Duration::from_millis(20));
        saved(dir.path(), "After, with a longer name");
        assert!(prefetch.take(&path).is_none());
    }
}
