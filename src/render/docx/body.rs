//! `word/document.xml`: the composed document as a flow of Word
//! paragraphs, part by part in the document's one walk
//! ([`Document::parts`]). Every word comes from the [`Document`]; this
//! module only chooses the Word construct for it.

use super::masthead::{closing_table, header_table, title_rule};
use super::package::{HEADER_DEFAULT_RID, HEADER_FIRST_RID};
use super::picture::{ChartPicture, drawing};
use super::runs::{bookmark_name, paragraph, run};
use super::styles::{R_NS, W_NS};
use super::table::table;
use super::units::tw;
use super::xml::Xml;
use crate::brief::document::*;
use crate::brief::parts::{BlockAt, Part};
use crate::layout::measures::{Geometry, PAGE_NUMBER_SIZE, TITLE_RULE};

const NAMESPACES: &[(&str, &str)] = &[
    ("xmlns:w", W_NS),
    ("xmlns:r", R_NS),
    (
        "xmlns:wp",
        "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    ),
    (
        "xmlns:a",
        "http://schemas.openxmlformats.org/drawingml/2006/main",
    ),
    (
        "xmlns:pic",
        "http://schemas.openxmlformats.org/drawingml/2006/picture",
    ),
];

/// The main document part. `charts` holds the pictures of the document's
/// charts, numbered as [`Document::charts`] numbers them.
pub fn document_xml(doc: &Document, charts: &[ChartPicture]) -> String {
    let mut x = Xml::new();
    x.open("w:document", NAMESPACES).open("w:body", &[]);
    let width = Geometry::DECREE_30.content_width();
    let refs = Some(&doc.references);
    let parts = doc.parts();
    for (i, part) in parts.iter().enumerate() {
        let closing_next = matches!(parts.get(i + 1), Some(Part::Closing(_)));
        match part {
            Part::Header(h) => header_table(&mut x, h, width),
            Part::Title { title, summary } => {
                paragraph(&mut x, "Title", &[Inline::plain(*title)], None);
                paragraph(&mut x, "Subtitle", &[Inline::plain(*summary)], None);
                title_rule(&mut x, TITLE_RULE, width);
            }
            Part::Block(b) => block(&mut x, b, charts, refs),
            Part::References(r) => references(&mut x, r, closing_next),
            Part::Closing(c) => {
                closing_table(&mut x, c, width);
                // Word wants a paragraph, not a table, after a table.
                x.raw("<w:p><w:pPr><w:pStyle w:val=\"Rule\"/></w:pPr></w:p>");
            }
            Part::AppendixStart(a) => {
                // The main part's section ends here; the appendix is a
                // section of its own, on a new page, numbered from 1.
                x.raw("<w:p><w:pPr><w:pStyle w:val=\"Rule\"/>");
                section(&mut x, false);
                x.raw("</w:pPr></w:p>");
                paragraph(&mut x, "AppendixTitle", &[Inline::plain(&a.heading)], None);
                paragraph(&mut x, "AppendixName", &[Inline::plain(&a.title)], None);
                paragraph(
                    &mut x,
                    "AppendixSubtitle",
                    &[Inline::plain(&a.attachment)],
                    None,
                );
                title_rule(&mut x, TITLE_RULE, width);
            }
        }
    }
    section(&mut x, doc.appendix.is_some());
    x.close("w:body").close("w:document");
    x.finish()
}

fn block(x: &mut Xml, b: &BlockAt, charts: &[ChartPicture], refs: Option<&References>) {
    match b.block {
        Block::Heading { level, text } => {
            let style = match level {
                HeadingLevel::Section => "Heading1",
                HeadingLevel::Subsection => "Heading2",
                HeadingLevel::Part => "Heading3",
            };
            paragraph(x, style, &[Inline::plain(text)], None);
        }
        Block::Table(t) => table(x, t, Geometry::DECREE_30.content_width(), refs),
        Block::Paragraph(p) => paragraph(x, style_id(p.style), &p.inlines, refs),
        Block::Chart(spec) => {
            let picture = b.chart.and_then(|n| charts.iter().find(|c| c.number == n));
            if let Some(picture) = picture {
                x.raw("<w:p><w:pPr><w:pStyle w:val=\"Figure\"/></w:pPr><w:r>");
                drawing(x, picture);
                x.raw("</w:r></w:p>");
            }
            if !spec.source_line.is_empty() {
                paragraph(x, "Caption", &spec.source_line, refs);
            }
        }
    }
}

/// The Word style of each kind of paragraph.
pub fn style_id(style: ParagraphStyle) -> &'static str {
    match style {
        ParagraphStyle::Body => "Normal",
        ParagraphStyle::Item => "ListDash",
        ParagraphStyle::Reference => "Hanging",
        ParagraphStyle::Note => "Note",
    }
}

/// "NGUỒN THAM KHẢO": a heading and a numbered list ("[1]", "[2]", …,
/// Word's numbering) of bibliography entries, each under a bookmark; the
/// last entry kept with the closing block when one follows.
fn references(x: &mut Xml, refs: &ReferenceList, closing_next: bool) {
    let style = if refs.in_appendix {
        "Heading2"
    } else {
        "Heading1"
    };
    paragraph(x, style, &[Inline::plain(refs.heading)], None);
    // Word numbers the list 1, 2, 3…; a list numbered otherwise keeps
    // its labels as text.
    let consecutive = refs
        .entries
        .iter()
        .enumerate()
        .all(|(i, r)| r.number as usize == i + 1);
    let n = refs.entries.len();
    for (i, r) in refs.entries.iter().enumerate() {
        x.open("w:p", &[])
            .raw("<w:pPr>")
            .val("w:pStyle", "Bibliography");
        if closing_next && i + 1 == n {
            x.raw("<w:keepNext/>");
        }
        if !consecutive {
            x.raw("<w:numPr><w:numId w:val=\"0\"/></w:numPr>");
        }
        x.raw("</w:pPr>");
        let id = r.number.to_string();
        x.empty(
            "w:bookmarkStart",
            &[("w:id", &id), ("w:name", &bookmark_name(r.number))],
        );
        if !consecutive {
            run(x, &format!("{}\t", r.label), Emphasis::Normal, None);
        }
        run(x, &r.text, Emphasis::Normal, None);
        x.empty("w:bookmarkEnd", &[("w:id", &id)]);
        x.close("w:p");
    }
}

/// A4 portrait, the Decree 30 margins, page numbers in the header from
/// 1 but not shown on the first page (a different first page). The
/// appendix is a section that starts a new page and numbers its pages
/// again from 1 (`new_page`): Decree 30/2020/NĐ-CP, Phụ lục I, Phần I,
/// Mục III, khoản 1, as the PDF does.
fn section(x: &mut Xml, new_page: bool) {
    let g = Geometry::DECREE_30;
    x.open("w:sectPr", &[]);
    x.empty(
        "w:headerReference",
        &[("w:type", "default"), ("r:id", HEADER_DEFAULT_RID)],
    );
    x.empty(
        "w:headerReference",
        &[("w:type", "first"), ("r:id", HEADER_FIRST_RID)],
    );
    if new_page {
        x.empty("w:type", &[("w:val", "nextPage")]);
    }
    x.empty("w:pgSz", &[("w:w", &tw(g.width)), ("w:h", &tw(g.height))]);
    // The page number's line sits in the middle of the top margin.
    let header = tw(g.top / 2.0 - PAGE_NUMBER_SIZE / 2.0);
    x.empty(
        "w:pgMar",
        &[
            ("w:top", &tw(g.top)),
            ("w:right", &tw(g.right)),
            ("w:bottom", &tw(g.bottom)),
            ("w:left", &tw(g.left)),
            ("w:header", &header),
            ("w:footer", &tw(g.bottom / 2.0)),
            ("w:gutter", "0"),
        ],
    );
    x.raw("<w:pgNumType w:start=\"1\"/><w:titlePg/>");
    x.close("w:sectPr");
}
