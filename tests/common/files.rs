//! Files for tests and benchmarks: big inputs written at run time (too
//! large to commit) and the names in a folder. Shared by `tests/it`,
//! `tests/ui` and `benches/readers.rs` through `#[path]`.

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

/// The names of the entries of `dir`, sorted: to show what a command left.
#[allow(dead_code, reason = "the readers benchmark includes this file too")]
pub fn file_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("read the folder")
        .map(|e| {
            e.expect("a folder entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    names.sort();
    names
}
