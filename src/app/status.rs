//! The status line's message: what happened last, and how it went.

use std::path::PathBuf;

/// What a status line says and how it is coloured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusKind {
    Info,
    Success,
    Error,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub kind: StatusKind,
    pub text: String,
    /// The file an export just wrote: the status line offers to open it,
    /// its folder, or to print.
    pub saved: Option<PathBuf>,
    /// A path the user needs when something could not be done for them
    /// (the file to open by hand): shown selectable, with a copy button.
    pub path: Option<PathBuf>,
}

impl Status {
    pub fn new(kind: StatusKind, text: impl Into<String>) -> Self {
        Self {
            kind,
            text: text.into(),
            saved: None,
            path: None,
        }
    }

    /// A success that wrote `file`.
    pub fn saved(text: impl Into<String>, file: PathBuf) -> Self {
        Self {
            saved: Some(file),
            ..Self::success(text)
        }
    }

    pub fn info(text: impl Into<String>) -> Self {
        Self::new(StatusKind::Info, text)
    }

    pub fn success(text: impl Into<String>) -> Self {
        Self::new(StatusKind::Success, text)
    }

    pub fn error(text: impl Into<String>) -> Self {
        Self::new(StatusKind::Error, text)
    }
}
