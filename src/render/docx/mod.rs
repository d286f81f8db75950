//! The briefing as an editable Word document (.docx, Office Open XML),
//! written from the composed [`Document`] as a flow (Word paginates it;
//! the page count differs slightly from the PDF's).
//!
//! Our own small OOXML writer over `zip` rather than a docx crate: the
//! brief needs internal hyperlinks to bookmarks, alt text on pictures, a
//! different first page header with a PAGE field, Word's numbering for the
//! bibliography and byte-for-byte identical output for the same
//! selection; docx-rs gives pictures ids from a process-wide counter and
//! no `descr`, and stamps its zip entries with the current time.
//!
//! - [`styles`]: the Decree 30 format as Word styles, numbering, settings,
//!   page headers;
//! - [`body`]: the document part, written from the document's one walk
//!   (headings, paragraphs, charts, references with bookmarks, the
//!   appendix, the section); [`runs`]: paragraphs and runs, citations as
//!   links; [`units`]: points to Word's units;
//! - [`masthead`]: header and closing as borderless tables;
//! - [`picture`], [`svg`] and [`emf`]: charts as vector pictures from the
//!   charts the layout laid out, an SVG for Word 2016+ and an EMF as the
//!   picture's own image for every other reader;
//! - [`package`]: content types, relationships, properties, the zip.

mod body;
mod emf;
mod masthead;
mod package;
mod picture;
mod runs;
mod styles;
mod svg;
mod table;
mod units;
mod xml;

pub use body::style_id;
pub use picture::{ChartPicture, chart_picture};
pub use runs::bookmark_name;

use crate::brief::document::Document;
use crate::layout::PrintStyle;
use crate::layout::chart::LaidChart;

#[derive(Debug, thiserror::Error)]
pub enum DocxError {
    #[error("không tạo được tệp Word (.docx): {0}")]
    Zip(#[from] zip::result::ZipError),
}

/// The chart pictures of the whole document (body and appendix), in the
/// order of [`Document::charts`], written from `charts`, the layout's
/// charts of the same document.
pub fn chart_pictures(doc: &Document, charts: &[LaidChart]) -> Vec<ChartPicture> {
    let specs = doc.charts();
    charts
        .iter()
        .filter_map(|c| {
            let (_, spec) = specs.iter().find(|(n, _)| *n == c.number)?;
            Some(chart_picture(spec, c))
        })
        .collect()
}

/// The .docx bytes of a composed document, with the charts the layout
/// laid out for it (`pages.charts`), in the colours of `print`.
pub fn write_docx(
    doc: &Document,
    charts: &[LaidChart],
    print: &PrintStyle,
) -> Result<Vec<u8>, DocxError> {
    let charts = chart_pictures(doc, charts);
    let text = |name: &str, s: String| (name.to_string(), s.into_bytes());
    let mut parts = vec![
        text("[Content_Types].xml", package::content_types()),
        text("_rels/.rels", package::package_rels()),
        text("docProps/core.xml", package::core_xml(&doc.metadata)),
        text("docProps/app.xml", package::app_xml()),
        text("word/document.xml", body::document_xml(doc, &charts)),
        text(
            "word/_rels/document.xml.rels",
            package::document_rels(&charts),
        ),
        text("word/styles.xml", styles::styles_xml(print)),
        text("word/numbering.xml", styles::numbering_xml()),
        text("word/settings.xml", styles::settings_xml()),
        text("word/header1.xml", styles::header_xml(true)),
        text("word/header2.xml", styles::header_xml(false)),
    ];
    for c in &charts {
        parts.push((c.svg_part_name(), c.svg.clone()));
        parts.push((c.part_name(), c.emf.clone()));
    }
    Ok(package::zip(&parts, &doc.metadata)?)
}
