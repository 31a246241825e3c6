//! Bounded reading: a file that a user handed over (a pattern, a
//! workspace, a flowchart, a Layra catalog, an ADR) is read up to a limit,
//! so a device or an endless pipe cannot exhaust memory, and an encoding
//! error says where the valid text ends.

use std::path::Path;

use super::locate::location_of;
use super::problem::Problem;

/// Reads at most `max_bytes + 1` bytes of `path`: enough to tell that a
/// file is too large without ever reading a device or a pipe without end
/// (`/dev/zero` reports a size of 0).
pub fn read_bounded(path: &Path, max_bytes: usize) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(max_bytes as u64 + 1)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Checks that `bytes` are at most `max_bytes` of UTF-8 text.
pub fn text_of<'a>(file: &str, bytes: &'a [u8], max_bytes: usize) -> Result<&'a str, Problem> {
    if bytes.len() > max_bytes {
        return Err(Problem::new(
            file,
            format!(
                "the file is {} bytes; at most {max_bytes} bytes are read",
                bytes.len()
            ),
        ));
    }
    std::str::from_utf8(bytes).map_err(|e| {
        let valid = &bytes[..e.valid_up_to()];
        let location = std::str::from_utf8(valid)
            .ok()
            .map(|t| location_of(t, t.len()));
        Problem::new(file, "the file is not valid UTF-8 text").at(location)
    })
}

/// The largest text file read; each reader has its own, lower limit and
/// says so with a line number.
pub const MAX_TEXT_BYTES: usize = 64 * 1024 * 1024;

/// Reads `path` as UTF-8 text of at most [`MAX_TEXT_BYTES`]. Every problem
/// names the file; invalid UTF-8 also names the line and column where the
/// valid text ends.
pub fn read_text(path: &Path) -> Result<String, Problem> {
    let name = path.display().to_string();
    let bytes = read_bounded(path, MAX_TEXT_BYTES)
        .map_err(|e| Problem::new(&name, format!("cannot read the file: {e}")))?;
    if bytes.len() > MAX_TEXT_BYTES {
        return Err(Problem::new(
            &name,
            format!(
                "the file is larger than {} MB",
                MAX_TEXT_BYTES / (1024 * 1024)
            ),
        ));
    }
    text_of(&name, &bytes, MAX_TEXT_BYTES)?;
    String::from_utf8(bytes).map_err(|_| Problem::new(&name, "the file is not valid UTF-8 text"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_is_placed_by_line_and_column() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("chart.mmd");
        std::fs::write(&path, b"flowchart LR\n  a --> b\n  c\xff --> d\n").unwrap();
        let problem = read_text(&path).unwrap_err();
        let shown = problem.to_string();
        assert!(
            shown.ends_with("chart.mmd:3:4: the file is not valid UTF-8 text"),
            "{shown}"
        );
    }

    #[test]
    fn text_is_read_and_missing_files_are_named() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("chart.mmd");
        std::fs::write(&path, "flowchart LR\n").unwrap();
        assert_eq!(read_text(&path).unwrap(), "flowchart LR\n");
        let missing = read_text(&dir.path().join("gone.mmd")).unwrap_err();
        assert!(
            missing
                .to_string()
                .contains("gone.mmd: cannot read the file")
        );
    }

    #[test]
    #[cfg(target_os = "linux")]
    fn an_endless_device_is_refused_not_read_to_the_end() {
        let problem = read_text(Path::new("/dev/zero")).unwrap_err();
        assert!(problem.message.contains("larger than 64 MB"), "{problem}");
    }
}
