//! Periodic autosave of unsaved work to the recovery file
//! (`storage::autosave`), written on a background thread. It only wakes the
//! window when there is something to write, so an idle, saved document
//! causes no repaint at all.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use crate::diagnostics::Problem;
use crate::storage::autosave;
use crate::workspace::Workspace;

/// How long unsaved work waits before it is autosaved.
pub const AUTOSAVE_AFTER: Duration = Duration::from_secs(30);

/// The autosave timer and the write in flight.
pub struct Autosave {
    /// Where recovery files of never-saved work go; `None` turns that off.
    data_dir: Option<PathBuf>,
    /// The (document, revision) last written, so an unchanged document is
    /// not written again.
    written: Option<(u64, u64)>,
    /// When the current unsaved change was first seen.
    dirty_since: Option<Instant>,
    writing: Option<Receiver<Result<(), Problem>>>,
    after: Duration,
}

impl Autosave {
    /// Autosaves work that stayed unsaved for `after`.
    pub fn new(data_dir: Option<PathBuf>, after: Duration) -> Self {
        Self {
            data_dir,
            written: None,
            dirty_since: None,
            writing: None,
            after,
        }
    }

    /// The recovery file for a document saved at `path` (or never saved).
    pub fn recovery_path(&self, path: Option<&Path>) -> Option<PathBuf> {
        match (path, &self.data_dir) {
            (Some(path), _) => Some(autosave::recovery_path(Some(path), Path::new(""))),
            (None, Some(dir)) => Some(autosave::recovery_path(None, dir)),
            (None, None) => None,
        }
    }

    /// Call every frame. Writes when the document has been dirty for
    /// the autosave delay; returns a problem from a finished write.
    pub fn tick(
        &mut self,
        ctx: &egui::Context,
        key: (u64, u64),
        dirty: bool,
        path: Option<&Path>,
        workspace: &Workspace,
    ) -> Option<Problem> {
        let finished = self.finished_write();
        if !dirty || self.written == Some(key) {
            self.dirty_since = None;
            return finished;
        }
        let since = *self.dirty_since.get_or_insert_with(Instant::now);
        let due = since + self.after;
        let now = Instant::now();
        if now < due {
            ctx.request_repaint_after(due - now);
            return finished;
        }
        if self.writing.is_none()
            && let Some(target) = self.recovery_path(path)
        {
            self.start_write(ctx, target, workspace.clone());
            self.written = Some(key);
            self.dirty_since = None;
        }
        finished
    }

    fn start_write(&mut self, ctx: &egui::Context, target: PathBuf, workspace: Workspace) {
        let (tx, rx) = mpsc::channel();
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("autosave".into())
            .spawn(move || {
                let _ = tx.send(autosave::write_recovery(&target, &workspace));
                ctx.request_repaint();
            });
        if spawned.is_ok() {
            self.writing = Some(rx);
        }
    }

    fn finished_write(&mut self) -> Option<Problem> {
        let result = self.writing.as_ref()?.try_recv().ok()?;
        self.writing = None;
        result.err()
    }

    /// Removes the recovery file of the document (after a save, or when the
    /// user closes without saving).
    pub fn discard(&mut self, path: Option<&Path>) {
        if let Some(target) = self.recovery_path(path) {
            autosave::discard_recovery(&target);
        }
        self.written = None;
    }
}
