//! The bottom room: writing a file atomically (a temporary file renamed
//! into place, never a half-written file), what an output path may be, and
//! io errors in words a user can act on. Every room that writes or reads a
//! file (data, state, export, curate, pack) uses it; it uses none of them.

pub mod error;
pub mod target;
pub mod write;

/// The app's data folder, where the user's dataset, the imported packs
/// and the trusted keys list live: `~/.local/share/egov-brief` on Linux,
/// `%APPDATA%\egov-brief` on Windows (the temporary folder if the system
/// names none). One place for the window and the command line.
pub fn data_folder() -> std::path::PathBuf {
    dirs::data_dir()
        .unwrap_or_else(std::env::temp_dir)
        .join("egov-brief")
}

pub use error::{WriteError, describe_io, folder_of};
pub use write::{
    WriteOptions, other_links, write_atomically, write_atomically_with, write_private,
};
