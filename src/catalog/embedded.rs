//! The default catalog, compiled into the binary from `patterns/*.ron` by `build.rs`.

include!(concat!(env!("OUT_DIR"), "/embedded_patterns.rs"));
