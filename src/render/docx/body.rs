//! `word/document.xml`: the composed document as a flow of Word
//! paragraphs, in the order a brief is read. Every word comes from the
//! [`Document`]; this module only chooses the Word construct for it.

use super::masthead::{closing_table, header_table, rule};
use super::picture::{ChartPicture, drawing};
use super::styles::{R_NS, W_NS};
use super::xml::Xml;
use crate::brief::document::*;
use crate::layout::Geometry;

/// The name of the bookmark on reference `n`, the target of its `[n]`.
pub fn bookmark_name(number: u32) -> String {
    format!("nguon_{number}")
}

/// Length of the short rule under the title, in points.
const TITLE_RULE: f32 = 80.0;

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

/// The relationship ids of the page headers.
pub const HEADER_DEFAULT_RID: &str = "rIdHeaderDefault";
pub const HEADER_FIRST_RID: &str = "rIdHeaderFirst";

/// The main document part. `charts` holds the pictures of the chart
/// blocks, in document order.
pub fn document_xml(doc: &Document, charts: &[ChartPicture]) -> String {
    let mut x = Xml::new();
    x.open("w:document", NAMESPACES).open("w:body", &[]);
    let width = Geometry::DECREE_30.content_width();
    header_table(&mut x, &doc.header, width);
    paragraph(&mut x, "Title", &[Inline::plain(&doc.title)], None);
    paragraph(&mut x, "Subtitle", &[Inline::plain(&doc.summary)], None);
    rule(&mut x, TITLE_RULE, width);
    let mut charts = charts.iter();
    for block in &doc.blocks {
        match block {
            Block::Heading { level, text } => heading(&mut x, *level, text),
            Block::Paragraph(p) => paragraph(&mut x, style_id(p.style), &p.inlines, Some(doc)),
            Block::Chart(spec) => {
                if let Some(picture) = charts.next() {
                    chart(&mut x, spec, picture, doc);
                }
            }
        }
    }
    references(&mut x, &doc.references);
    if !doc.closing.is_empty() {
        closing_table(&mut x, &doc.closing);
        // Word wants a paragraph, not a table, last in the body.
        x.raw("<w:p><w:pPr><w:pStyle w:val=\"Rule\"/></w:pPr></w:p>");
    }
    section(&mut x);
    x.close("w:body").close("w:document");
    x.finish()
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

fn heading(x: &mut Xml, level: HeadingLevel, text: &str) {
    let style = match level {
        HeadingLevel::Section => "Heading1",
        HeadingLevel::Subsection => "Heading2",
    };
    paragraph(x, style, &[Inline::plain(text)], None);
}

/// A paragraph in a style; with `doc`, each `[n]` links to its reference.
pub fn paragraph(x: &mut Xml, style: &str, inlines: &[Inline], doc: Option<&Document>) {
    x.open("w:p", &[]).raw("<w:pPr>").val("w:pStyle", style);
    x.raw("</w:pPr>");
    inline_runs(x, inlines, doc);
    x.close("w:p");
}

/// Runs for the inlines; a citation whose reference exists becomes an
/// internal hyperlink to the reference's bookmark.
pub fn inline_runs(x: &mut Xml, inlines: &[Inline], doc: Option<&Document>) {
    for inline in inlines {
        let target = inline
            .cite
            .and_then(|c| doc.and_then(|d| d.references.get(c.number)));
        match target {
            Some(r) => {
                x.open(
                    "w:hyperlink",
                    &[
                        ("w:anchor", &bookmark_name(r.number)),
                        ("w:tooltip", &r.text),
                        ("w:history", "1"),
                    ],
                );
                run(x, &inline.text, inline.emphasis, Some("CitationLink"));
                x.close("w:hyperlink");
            }
            None => run(x, &inline.text, inline.emphasis, None),
        }
    }
}

/// One run of text; line breaks and tabs become Word's own.
pub fn run(x: &mut Xml, text: &str, emphasis: Emphasis, char_style: Option<&str>) {
    if text.is_empty() {
        return;
    }
    x.open("w:r", &[]);
    let (bold, italic) = match emphasis {
        Emphasis::Normal => (false, false),
        Emphasis::Bold => (true, false),
        Emphasis::Italic => (false, true),
        Emphasis::BoldItalic => (true, true),
    };
    if bold || italic || char_style.is_some() {
        x.raw("<w:rPr>");
        if let Some(s) = char_style {
            x.val("w:rStyle", s);
        }
        if bold {
            x.raw("<w:b/><w:bCs/>");
        }
        if italic {
            x.raw("<w:i/><w:iCs/>");
        }
        x.raw("</w:rPr>");
    }
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            x.raw("<w:br/>");
        }
        for (j, piece) in line.split('\t').enumerate() {
            if j > 0 {
                x.raw("<w:tab/>");
            }
            if !piece.is_empty() {
                x.element("w:t", &[("xml:space", "preserve")], piece);
            }
        }
    }
    x.close("w:r");
}

/// A chart: its picture, then its source line as text with live `[n]`.
fn chart(x: &mut Xml, spec: &ChartSpec, picture: &ChartPicture, doc: &Document) {
    x.raw("<w:p><w:pPr><w:pStyle w:val=\"Figure\"/></w:pPr><w:r>");
    drawing(x, picture);
    x.raw("</w:r></w:p>");
    if !spec.source_line.is_empty() {
        paragraph(x, "Caption", &spec.source_line, Some(doc));
    }
}

/// "NGUỒN THAM KHẢO": a heading and a numbered list ("[1]", "[2]", …,
/// Word's numbering) of bibliography entries, each under a bookmark.
fn references(x: &mut Xml, refs: &References) {
    if refs.entries.is_empty() {
        return;
    }
    paragraph(x, "Heading1", &[Inline::plain(&refs.heading)], None);
    // Word numbers the list 1, 2, 3…; a list numbered otherwise keeps
    // its labels as text.
    let consecutive = refs
        .entries
        .iter()
        .enumerate()
        .all(|(i, r)| r.number as usize == i + 1);
    for r in &refs.entries {
        x.open("w:p", &[])
            .raw("<w:pPr>")
            .val("w:pStyle", "Bibliography");
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

/// Twentieths of a point.
pub fn twips(points: f32) -> i64 {
    (points * 20.0).round() as i64
}

/// A4 portrait, the Decree 30 margins, page numbers in the header from
/// page 2 (a different first page).
fn section(x: &mut Xml) {
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
    x.empty(
        "w:pgSz",
        &[
            ("w:w", &twips(g.width).to_string()),
            ("w:h", &twips(g.height).to_string()),
        ],
    );
    // The page number sits in the middle of the top margin.
    let header = twips(g.top / 2.0 - 7.0).to_string();
    x.empty(
        "w:pgMar",
        &[
            ("w:top", &twips(g.top).to_string()),
            ("w:right", &twips(g.right).to_string()),
            ("w:bottom", &twips(g.bottom).to_string()),
            ("w:left", &twips(g.left).to_string()),
            ("w:header", &header),
            ("w:footer", "567"),
            ("w:gutter", "0"),
        ],
    );
    x.raw("<w:pgNumType w:start=\"1\"/><w:titlePg/>");
    x.close("w:sectPr");
}
