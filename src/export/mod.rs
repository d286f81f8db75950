//! Getting a briefing out to a file: rendered, then written atomically
//! (a temporary file renamed into place), with errors a user can act on.

pub mod file;

use std::path::Path;

use crate::briefing::Briefing;
use crate::render::pdf::{PdfError, write_pdf};

pub use file::{WriteError, write_atomically};

/// What an export wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExportReport {
    pub pages: usize,
    pub bytes: usize,
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Pdf(#[from] PdfError),
    #[error(transparent)]
    Write(#[from] WriteError),
}

/// Writes the briefing's PDF to `path` atomically.
pub fn export_pdf(briefing: &Briefing, path: &Path) -> Result<ExportReport, ExportError> {
    let bytes = write_pdf(&briefing.pages)?;
    write_atomically(path, &bytes)?;
    Ok(ExportReport {
        pages: briefing.pages.len(),
        bytes: bytes.len(),
    })
}
