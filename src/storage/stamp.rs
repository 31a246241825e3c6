//! What a file looked like on disk when Plinth last read or wrote it (size,
//! modification time, and on Unix its inode), so that a save can tell
//! whether another program or another window changed the file since.

use std::path::Path;
use std::time::SystemTime;

/// The identity of one version of a file on disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileStamp {
    len: u64,
    modified: Option<SystemTime>,
    inode: Option<u64>,
}

/// How a file on disk compares with an earlier stamp of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiskChange {
    /// Still the version that was read or written.
    Unchanged,
    /// Another version is on disk now.
    Changed,
    /// The file is gone (or unreadable).
    Removed,
}

impl FileStamp {
    /// The stamp of the file at `path` now; `None` when there is no such file.
    pub fn of(path: &Path) -> Option<Self> {
        let metadata = std::fs::metadata(path).ok()?;
        Some(Self {
            len: metadata.len(),
            modified: metadata.modified().ok(),
            inode: inode(&metadata),
        })
    }

    /// How the file at `path` compares with this stamp.
    pub fn change(&self, path: &Path) -> DiskChange {
        match Self::of(path) {
            None => DiskChange::Removed,
            Some(now) if now == *self => DiskChange::Unchanged,
            Some(_) => DiskChange::Changed,
        }
    }
}

#[cfg(unix)]
fn inode(metadata: &std::fs::Metadata) -> Option<u64> {
    use std::os::unix::fs::MetadataExt;
    Some(metadata.ino())
}

#[cfg(not(unix))]
fn inode(_metadata: &std::fs::Metadata) -> Option<u64> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn a_file_is_unchanged_until_written_replaced_or_removed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.ron");
        std::fs::write(&path, "one").unwrap();
        let stamp = FileStamp::of(&path).unwrap();
        assert_eq!(stamp.change(&path), DiskChange::Unchanged);

        std::fs::write(&path, "three").unwrap();
        assert_eq!(stamp.change(&path), DiskChange::Changed, "longer");

        std::fs::remove_file(&path).unwrap();
        assert_eq!(stamp.change(&path), DiskChange::Removed);
        assert_eq!(FileStamp::of(&path), None);
    }

    #[test]
    fn same_size_rewrites_are_seen_by_their_time() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.ron");
        std::fs::write(&path, "one").unwrap();
        let stamp = FileStamp::of(&path).unwrap();
        std::fs::write(&path, "two").unwrap();
        let later = SystemTime::now() + Duration::from_secs(2);
        std::fs::File::options()
            .write(true)
            .open(&path)
            .unwrap()
            .set_modified(later)
            .unwrap();
        assert_eq!(stamp.change(&path), DiskChange::Changed);
    }

    #[test]
    #[cfg(unix)]
    fn a_file_renamed_over_the_original_is_another_version() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.ron");
        std::fs::write(&path, "one").unwrap();
        let stamp = FileStamp::of(&path).unwrap();
        let other = dir.path().join("other.ron");
        std::fs::write(&other, "one").unwrap();
        let original_time = std::fs::metadata(&path).unwrap().modified().unwrap();
        std::fs::File::options()
            .write(true)
            .open(&other)
            .unwrap()
            .set_modified(original_time)
            .unwrap();
        std::fs::rename(&other, &path).unwrap();
        assert_eq!(stamp.change(&path), DiskChange::Changed);
    }
}
