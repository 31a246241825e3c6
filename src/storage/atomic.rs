//! Atomic file replacement: write beside, flush, keep a backup, rename.
//!
//! At every instant the target is either the old or the new content, never
//! a mix: the new bytes go to a temporary file in the same folder, are synced
//! to disk, and only then renamed over the target (rename is atomic within a
//! file system). The previous version is first hard-linked (or copied) to
//! `NAME.bak`, so it survives even a crash right after the rename. What a
//! crash leaves beside the file is cleared by the next save
//! (`storage::leftovers`).

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Why a save failed; the target is untouched in every case.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("cannot write beside the file (is the folder read-only or the disk full?): {0}")]
    Temporary(io::Error),
    #[error("cannot keep the previous version as {path}: {source}")]
    Backup { path: PathBuf, source: io::Error },
    #[error("cannot replace the file: {0}")]
    Replace(io::Error),
    #[error("the file has no folder or name")]
    NoName,
}

/// `NAME.bak` beside `path`.
pub fn backup_path(path: &Path) -> PathBuf {
    with_suffix(path, ".bak")
}

/// `path` with `suffix` appended to its file name.
pub fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path
        .file_name()
        .map(std::ffi::OsStr::to_os_string)
        .unwrap_or_default();
    name.push(suffix);
    path.with_file_name(name)
}

/// Replaces `path` with `bytes` atomically, keeping the old content as a backup.
pub fn save(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    let name = path
        .file_name()
        .ok_or(SaveError::NoName)?
        .to_string_lossy()
        .into_owned();
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let temporary = folder.join(format!(".{name}.saving-{}", std::process::id()));
    write_synced(&temporary, bytes).map_err(|e| {
        let _ = fs::remove_file(&temporary);
        SaveError::Temporary(e)
    })?;
    if path.exists()
        && let Err(source) = keep_backup(path)
    {
        let _ = fs::remove_file(&temporary);
        return Err(SaveError::Backup {
            path: backup_path(path),
            source,
        });
    }
    fs::rename(&temporary, path).map_err(|e| {
        let _ = fs::remove_file(&temporary);
        SaveError::Replace(e)
    })?;
    sync_folder(&folder);
    super::leftovers::remove_leftovers(path);
    Ok(())
}

/// Creates `path` with `bytes` (and its folder if missing), failing with
/// `AlreadyExists` if anything has that name: for exports that never
/// overwrite. A write that fails half-way removes the partial file.
pub fn create_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        fs::create_dir_all(folder)?;
    }
    let mut file = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?;
    file.write_all(bytes)
        .and_then(|()| file.sync_all())
        .inspect_err(|_| {
            let _ = fs::remove_file(path);
        })
}

/// Writes a file and waits until its bytes are on disk.
pub fn write_synced(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut file = File::create(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// Makes `NAME.bak` the current content of `path`, atomically too.
fn keep_backup(path: &Path) -> io::Result<()> {
    let backup = backup_path(path);
    let staging = with_suffix(path, &format!(".bak-{}", std::process::id()));
    let _ = fs::remove_file(&staging);
    if fs::hard_link(path, &staging).is_err() {
        fs::copy(path, &staging)?;
        File::open(&staging)?.sync_all()?;
    }
    fs::rename(&staging, &backup)
}

/// Syncs the folder entry so the rename itself survives a power cut.
fn sync_folder(folder: &Path) {
    if let Ok(dir) = File::open(folder) {
        let _ = dir.sync_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn create_new_makes_the_folder_and_never_overwrites() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("new/folder/chart.mmd");
        create_new(&path, b"flowchart LR\n").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"flowchart LR\n");
        let again = create_new(&path, b"other").unwrap_err();
        assert_eq!(again.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(fs::read(&path).unwrap(), b"flowchart LR\n");
    }
}
