//! UI behaviour tests: the real app driven headless by egui_kittest, with
//! widgets found by their AccessKit label. One binary (linking egui is slow).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests fail loudly on purpose"
)]

mod arrange;
mod bad_files;
mod candidates;
mod canvas;
mod catalog;
mod compare;
mod decision;
mod disk_changes;
mod export;
mod export_picture;
mod files;
mod idle;
mod present;
mod present_call;
mod recovery;
mod review;
mod support;
#[path = "../common/files.rs"]
mod test_files;
mod view;
mod window_shape;
