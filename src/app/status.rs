//! The status line's message: what happened last, and how it went.

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
}

impl Status {
    pub fn new(kind: StatusKind, text: impl Into<String>) -> Self {
        Self {
            kind,
            text: text.into(),
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
