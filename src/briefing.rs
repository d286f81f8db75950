//! The pipeline from a selection to a briefing: compose once, lay out
//! once. The preview and the PDF draw the same pages; the app's citation
//! panel reads which facts sit under each reference from the document.

use crate::brief::document::Reference;
use crate::brief::{ComposeError, Document, Selection, compose};
use crate::data::Catalog;
use crate::layout::{Pages, PrintStyle, layout_document_styled};

/// A composed and laid-out briefing: what the preview shows and the PDF
/// prints.
#[derive(Debug, Clone)]
pub struct Briefing {
    pub document: Document,
    pub pages: Pages,
    /// The colours the pages were laid out in; the Word copy uses them too.
    pub print: PrintStyle,
}

impl Briefing {
    /// Composes and lays out a selection.
    pub fn prepare(catalog: &Catalog, selection: &Selection) -> Result<Self, ComposeError> {
        let document = compose(catalog, selection)?;
        if let Some(field) = crate::layout::fits::too_tall(&document) {
            use crate::brief::wording::command::{ISSUER_FIELD, RECIPIENTS_FIELD, SIGNER_FIELD};
            use crate::layout::fits::TallField;
            let (field, option) = match field {
                TallField::Issuer => ISSUER_FIELD,
                TallField::Recipients => RECIPIENTS_FIELD,
                TallField::Signer => SIGNER_FIELD,
            };
            return Err(ComposeError::TooTall { field, option });
        }
        let print = PrintStyle::new(selection.color);
        let pages = layout_document_styled(&document, &print);
        Ok(Self {
            document,
            pages,
            print,
        })
    }

    /// The reference list with the facts cited under each number.
    pub fn references(&self) -> &[Reference] {
        &self.document.references.entries
    }
}
