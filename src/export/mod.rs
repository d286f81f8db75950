//! Getting a briefing out to a file: rendered, then written atomically
//! by [`crate::fsio`], with errors a user can act on.

use std::path::Path;

use crate::briefing::Briefing;
use crate::render::docx::{DocxError, write_docx};
use crate::render::pdf::{PdfError, write_pdf};

use crate::fsio::{self, WriteError, WriteOptions};

/// What an export wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExportReport {
    /// Pages of the PDF; for a Word document, the pages of the same brief
    /// as printed (Word paginates the flow itself).
    pub pages: usize,
    pub bytes: usize,
    /// Other names (hard links) the replaced file had: the new file takes
    /// its place at this path only, the other names keep the old brief.
    pub other_links: u64,
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Pdf(#[from] PdfError),
    #[error(transparent)]
    Docx(#[from] DocxError),
    #[error(transparent)]
    Write(#[from] WriteError),
}

/// The file formats a briefing is exported to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FileType {
    /// Print-ready PDF, the page-exact preview.
    #[default]
    Pdf,
    /// Editable Word document (.docx).
    Docx,
}

impl FileType {
    pub const ALL: [FileType; 2] = [FileType::Pdf, FileType::Docx];

    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            FileType::Pdf => "pdf",
            FileType::Docx => "docx",
        }
    }

    /// The format a file name asks for by its extension (any case).
    pub fn from_path(path: &Path) -> Option<FileType> {
        FileType::from_extension(path.extension()?.to_str()?)
    }

    /// The format of an extension without the dot (any case).
    pub fn from_extension(ext: &str) -> Option<FileType> {
        FileType::ALL
            .into_iter()
            .find(|f| f.extension().eq_ignore_ascii_case(ext))
    }

    /// Its name in a sentence: "PDF", "Word".
    pub fn short_label(self) -> &'static str {
        match self {
            FileType::Pdf => "PDF",
            FileType::Docx => "Word",
        }
    }

    /// Its name in the window: "PDF", "Word (.docx)".
    pub fn label(self) -> &'static str {
        match self {
            FileType::Pdf => "PDF",
            FileType::Docx => "Word (.docx)",
        }
    }
}

/// Writes the briefing's PDF to `path` atomically.
pub fn export_pdf(briefing: &Briefing, path: &Path) -> Result<ExportReport, ExportError> {
    export(briefing, path, FileType::Pdf)
}

/// Writes the briefing to `path` atomically in `format`.
pub fn export(
    briefing: &Briefing,
    path: &Path,
    format: FileType,
) -> Result<ExportReport, ExportError> {
    export_with(briefing, path, format, WriteOptions::default())
}

/// [`export`] with `options` (the window replaces a read-only file once
/// the user confirmed it).
pub fn export_with(
    briefing: &Briefing,
    path: &Path,
    format: FileType,
    options: WriteOptions,
) -> Result<ExportReport, ExportError> {
    let bytes = match format {
        FileType::Pdf => write_pdf(&briefing.pages)?,
        FileType::Docx => write_docx(&briefing.document, &briefing.pages.charts, &briefing.print)?,
    };
    let other_links = fsio::other_links(path);
    fsio::write_atomically_with(path, options, |w| w.write_all(&bytes))?;
    Ok(ExportReport {
        pages: briefing.pages.len(),
        bytes: bytes.len(),
        other_links,
    })
}
