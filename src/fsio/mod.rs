//! The bottom room: writing a file atomically (a temporary file renamed
//! into place, never a half-written file), what an output path may be, and
//! io errors in words a user can act on. Every room that writes or reads a
//! file (data, state, export, curate, pack) uses it; it uses none of them.

pub mod error;
pub mod target;
pub mod write;

pub use error::{WriteError, describe_io, folder_of};
pub use write::{
    WriteOptions, other_links, write_atomically, write_atomically_with, write_private,
};
