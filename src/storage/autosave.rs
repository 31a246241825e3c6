//! The autosave/recovery file: unsaved work written beside the workspace
//! (or in the data folder for a workspace never saved), offered back after
//! a crash: when that file is opened again, or at a plain start for the
//! last opened files and untitled work ([`newest_pending`]).

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::atomic;
use crate::diagnostics::Problem;
use crate::workspace::{Workspace, file};

/// Where unsaved work of `workspace` is autosaved: `.NAME.autosave` beside a
/// saved workspace, or `untitled.autosave` in `data_dir` for a new one.
pub fn recovery_path(workspace: Option<&Path>, data_dir: &Path) -> PathBuf {
    match workspace {
        Some(path) => {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            path.with_file_name(format!(".{name}.autosave"))
        }
        None => data_dir.join("untitled.autosave"),
    }
}

/// Writes the recovery file atomically.
pub fn write_recovery(path: &Path, ws: &Workspace) -> Result<(), Problem> {
    let name = path.display().to_string();
    let text = file::to_ron(ws).map_err(|p| Problem::new(&name, p.message))?;
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder)
            .map_err(|e| Problem::new(&name, format!("cannot create the folder: {e}")))?;
    }
    let temporary = atomic::with_suffix(path, ".tmp");
    atomic::write_synced(&temporary, text.as_bytes())
        .map_err(|e| Problem::new(&name, format!("cannot write: {e}")))?;
    std::fs::rename(&temporary, path).map_err(|e| Problem::new(&name, format!("cannot write: {e}")))
}

/// The recovered workspace, when a recovery file exists and is newer than
/// the saved workspace (or there is no saved workspace).
pub fn pending_recovery(
    recovery: &Path,
    workspace: Option<&Path>,
) -> Option<Result<Workspace, Problem>> {
    let recovered_at = std::fs::metadata(recovery)
        .and_then(|m| m.modified())
        .ok()?;
    let saved_at = workspace.and_then(|w| std::fs::metadata(w).and_then(|m| m.modified()).ok());
    if saved_at.is_some_and(|saved| saved > recovered_at) {
        return None;
    }
    Some(super::load_workspace(recovery))
}

/// Autosaved work waiting to be offered back.
#[derive(Debug)]
pub struct Pending {
    /// The workspace file it belongs to (`None`: untitled work).
    pub path: Option<PathBuf>,
    /// When it was last written (the time of the last edit it holds).
    pub edited: SystemTime,
    /// The work itself, or why it could not be read.
    pub workspace: Result<Workspace, Problem>,
}

/// When the recovery file was last written.
pub fn edited_at(recovery: &Path) -> Option<SystemTime> {
    std::fs::metadata(recovery).and_then(|m| m.modified()).ok()
}

/// The most recently edited of the pending recoveries among `files`
/// (each a recovery file and the workspace it belongs to, `None` for
/// untitled work): what a plain start offers back.
pub fn newest_pending(
    files: impl IntoIterator<Item = (PathBuf, Option<PathBuf>)>,
) -> Option<Pending> {
    files
        .into_iter()
        .filter_map(|(recovery, path)| {
            let edited = edited_at(&recovery)?;
            let workspace = pending_recovery(&recovery, path.as_deref())?;
            Some(Pending {
                path,
                edited,
                workspace,
            })
        })
        .max_by_key(|p| p.edited)
}

/// Removes the recovery file after a save or when the user declines it.
pub fn discard_recovery(recovery: &Path) {
    let _ = std::fs::remove_file(recovery);
}
