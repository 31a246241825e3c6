//! Diagnostics, the bottom of the house: the one error type of every reader
//! ([`Problem`] with its [`Location`]), finding where a byte offset or a
//! field path sits in a text, and bounded reading of files.
//!
//! Imports nothing from the rest of the crate; catalog, workspace, storage
//! and `ronfile` all build on it.

pub mod locate;
pub mod problem;
pub mod read;

pub use locate::{locate, location_of};
pub use problem::{Location, Problem};
pub use read::{MAX_TEXT_BYTES, read_bounded, read_text, text_of};
