//! Drawing the laid-out pages: to PDF bytes ([`pdf`]), to a file written
//! atomically ([`file`]), and to the screen (the app's preview).

pub mod file;
pub mod pdf;
pub mod preview;

use std::path::Path;

use crate::brief::{ComposeError, Document, Selection, compose};
use crate::data::Catalog;
use crate::layout::{Pages, layout_document};

/// A composed and laid-out briefing: what the preview shows and the PDF
/// prints.
#[derive(Debug, Clone)]
pub struct Briefing {
    pub document: Document,
    pub pages: Pages,
}

impl Briefing {
    /// Composes and lays out a selection.
    pub fn prepare(catalog: &Catalog, selection: &Selection) -> Result<Self, ComposeError> {
        let document = compose(catalog, selection)?;
        let pages = layout_document(&document);
        Ok(Self { document, pages })
    }

    pub fn pdf_bytes(&self) -> Result<Vec<u8>, pdf::PdfError> {
        pdf::write_pdf(&self.document.metadata, &self.pages)
    }

    /// Writes the PDF to `path` atomically.
    pub fn export(&self, path: &Path) -> Result<ExportReport, ExportError> {
        let bytes = self.pdf_bytes()?;
        file::write_atomically(path, &bytes)?;
        Ok(ExportReport {
            pages: self.pages.len(),
            bytes: bytes.len(),
        })
    }
}

/// What an export wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExportReport {
    pub pages: usize,
    pub bytes: usize,
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Compose(#[from] ComposeError),
    #[error(transparent)]
    Pdf(#[from] pdf::PdfError),
    #[error(transparent)]
    Write(#[from] file::WriteError),
}

/// Compose, lay out, render and write in one call (the CLI's export).
pub fn export_pdf(
    catalog: &Catalog,
    selection: &Selection,
    path: &Path,
) -> Result<ExportReport, ExportError> {
    Briefing::prepare(catalog, selection)?.export(path)
}

/// Default file name for a briefing dated `day`: "Bao-cao-tom-tat-2026-11-23.pdf".
pub fn default_file_name(day: &crate::brief::selection::Day) -> String {
    format!("Bao-cao-tom-tat-{}.pdf", day.iso())
}
