//! Big inputs written at test and benchmark time (too large to commit);
//! shared by `tests/it`, `tests/ui` and `benches/readers.rs` through
//! `#[path]`.

use std::io::Write;
use std::path::Path;

/// The size of the big damaged inputs.
pub const FIFTY_MB: usize = 50 * 1024 * 1024;

/// Writes `head`, then `line` again and again until the file holds 50 MB.
pub fn write_50_mb(path: &Path, head: &str, line: &str) {
    let file = std::fs::File::create(path).expect("create the big file");
    let mut out = std::io::BufWriter::new(file);
    out.write_all(head.as_bytes()).expect("write the big file");
    let mut written = head.len();
    while written < FIFTY_MB {
        out.write_all(line.as_bytes()).expect("write the big file");
        written += line.len();
    }
    out.flush().expect("write the big file");
}
