//! Reading inputs into [`onshore_core::Document`]s.
//!
//! Modules, one per input family:
//! - [`files`]: paths, directories, stdin, `.txt`, `.jsonl`; size and encoding checks.
//! - [`html`]: main-text cleaning of HTML pages (the `onshore clean` step).
//! - [`charset`]: charset detection for bytes of unknown encoding.
//! - [`warc`]: HTML response records inside WARC files.
//! - [`feed`]: RSS/Atom items.

pub mod charset;
pub mod feed;
pub mod files;
pub mod html;
pub mod warc;
