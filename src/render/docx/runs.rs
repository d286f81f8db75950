//! Word paragraphs and runs of the composed inlines: text in its
//! emphasis, `[n]` as internal links to the reference's bookmark, line
//! breaks and tabs as Word's own.

use super::xml::Xml;
use crate::brief::document::{Emphasis, Inline, References};

/// The name of the bookmark on reference `n`, the target of its `[n]`.
pub fn bookmark_name(number: u32) -> String {
    format!("nguon_{number}")
}

/// A paragraph in a style; with `refs`, each `[n]` links to its reference.
pub fn paragraph(x: &mut Xml, style: &str, inlines: &[Inline], refs: Option<&References>) {
    x.open("w:p", &[]).raw("<w:pPr>").val("w:pStyle", style);
    x.raw("</w:pPr>");
    inline_runs(x, inlines, refs);
    x.close("w:p");
}

/// Runs for the inlines; a citation whose reference exists becomes an
/// internal hyperlink to the reference's bookmark.
pub fn inline_runs(x: &mut Xml, inlines: &[Inline], refs: Option<&References>) {
    for inline in inlines {
        let target = inline.cite.and_then(|c| refs.and_then(|r| r.get(c.number)));
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

/// The run properties of an emphasis.
pub fn emphasis_props(emphasis: Emphasis) -> &'static str {
    match emphasis {
        Emphasis::Normal => "",
        Emphasis::Bold => "<w:b/><w:bCs/>",
        Emphasis::Italic => "<w:i/><w:iCs/>",
        Emphasis::BoldItalic => "<w:b/><w:bCs/><w:i/><w:iCs/>",
    }
}

/// One run of text; line breaks and tabs become Word's own.
pub fn run(x: &mut Xml, text: &str, emphasis: Emphasis, char_style: Option<&str>) {
    if text.is_empty() {
        return;
    }
    x.open("w:r", &[]);
    let props = emphasis_props(emphasis);
    if !props.is_empty() || char_style.is_some() {
        x.raw("<w:rPr>");
        if let Some(s) = char_style {
            x.val("w:rStyle", s);
        }
        x.raw(props).raw("</w:rPr>");
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
