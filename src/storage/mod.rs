//! Files on disk: atomic saves with a backup, workspace load and save, and
//! the autosave/recovery file. The only core module that writes files
//! (besides the explicit exports and the catalog importer).

pub mod atomic;
pub mod autosave;
pub mod leftovers;
pub mod stamp;

use std::path::{Path, PathBuf};

use crate::diagnostics::Problem;
use crate::workspace::{Workspace, file};

/// The path as the file system names it (symbolic links and `..`
/// resolved), so that two spellings of one file compare equal; the path
/// itself when it cannot be resolved (a file not written yet).
pub fn canonical_path(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

/// Reads a workspace file; every failure names the file (and line, field).
pub fn load_workspace(path: &Path) -> Result<Workspace, Problem> {
    let name = path.display().to_string();
    let too_big = |len: u64| len > file::MAX_FILE_BYTES as u64;
    let bytes = match std::fs::metadata(path) {
        Ok(m) if too_big(m.len()) => None,
        _ => Some(
            crate::diagnostics::read_bounded(path, file::MAX_FILE_BYTES)
                .map_err(|e| Problem::new(&name, format!("cannot read the file: {e}")))?,
        ),
    };
    let Some(bytes) = bytes.filter(|b| !too_big(b.len() as u64)) else {
        return Err(Problem::new(
            &name,
            format!(
                "the file is larger than {} MB; it is not a workspace",
                file::MAX_FILE_BYTES / (1024 * 1024)
            ),
        ));
    };
    file::from_bytes(&name, &bytes)
}

/// Saves a workspace atomically, keeping the previous version as `FILE.bak`.
pub fn save_workspace(path: &Path, ws: &Workspace) -> Result<(), Problem> {
    let text =
        file::to_ron(ws).map_err(|p| Problem::new(&path.display().to_string(), p.message))?;
    atomic::save(path, text.as_bytes())
        .map_err(|e| Problem::new(&path.display().to_string(), e.to_string()))
}
