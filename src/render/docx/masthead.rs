//! The two blocks Decree 30 sets side by side: the header (issuing body
//! left; national name, motto, place and date right) and the closing
//! ("Nơi nhận" left, the signer right), each as a borderless two-column
//! table, with the short rules drawn as paragraph borders.

use super::runs::{emphasis_props, run};
use super::units::{half_points, tw};
use super::xml::Xml;
use crate::brief::document::{Closing, Emphasis, Header};
use crate::layout::measures::*;
use crate::layout::{Masthead, MastheadLine};

/// Height of a rule's paragraph: the drop under the line above, and a
/// one-point line holding the border (the "Rule" style).
pub const RULE_PARAGRAPH: f32 = RULE_DROP + 1.0;

/// A centred line of the header or the signer block in `style`, at
/// `size` points, with `before` points of space above it.
fn line(x: &mut Xml, style: &str, text: &str, emphasis: Emphasis, size: f32, before: f32) {
    x.open("w:p", &[]).raw("<w:pPr>").val("w:pStyle", style);
    if before > 0.0 {
        x.empty("w:spacing", &[("w:before", &tw(before))]);
    }
    let hp = half_points(size);
    x.raw("<w:rPr>")
        .val("w:sz", hp)
        .val("w:szCs", hp)
        .raw("</w:rPr></w:pPr>");
    x.open("w:r", &[])
        .raw("<w:rPr>")
        .raw(emphasis_props(emphasis));
    x.val("w:sz", hp).val("w:szCs", hp);
    x.raw("</w:rPr>");
    x.element("w:t", &[("xml:space", "preserve")], text);
    x.close("w:r").close("w:p");
}

/// A short horizontal rule `length` points long, centred in `available`
/// points: an empty paragraph whose top border runs between its indents.
pub fn rule(x: &mut Xml, length: f32, available: f32) {
    let side = tw(((available - length) / 2.0).max(0.0));
    x.open("w:p", &[]).raw("<w:pPr>").val("w:pStyle", "Rule");
    // Border widths are in eighths of a point.
    let sz = ((RULE_WIDTH * 8.0).round() as u32).max(2).to_string();
    x.raw("<w:pBdr>").empty(
        "w:top",
        &[
            ("w:val", "single"),
            ("w:sz", &sz),
            ("w:space", "0"),
            ("w:color", "000000"),
        ],
    );
    x.raw("</w:pBdr>");
    x.empty(
        "w:ind",
        &[("w:left", &side), ("w:right", &side), ("w:firstLine", "0")],
    );
    x.raw("</w:pPr>").close("w:p");
}

/// The short rule under a title (the report's, the appendix's): an
/// empty paragraph of an exact height whose bottom border is the rule, so
/// the rule sits that height below the title's last line whatever the
/// application does with space above a border; it clears the descenders
/// of "Chính phủ số" as the PDF's rule does ([`TITLE_RULE_DROP`] below
/// the line).
pub fn title_rule(x: &mut Xml, length: f32, available: f32) {
    let side = tw(((available - length) / 2.0).max(0.0));
    x.open("w:p", &[])
        .raw("<w:pPr>")
        .val("w:pStyle", "TitleRule");
    let sz = ((RULE_WIDTH * 8.0).round() as u32).max(2).to_string();
    x.raw("<w:pBdr>").empty(
        "w:bottom",
        &[
            ("w:val", "single"),
            ("w:sz", &sz),
            ("w:space", "0"),
            ("w:color", "000000"),
        ],
    );
    x.raw("</w:pBdr>");
    x.empty(
        "w:ind",
        &[("w:left", &side), ("w:right", &side), ("w:firstLine", "0")],
    );
    x.raw("</w:pPr>").close("w:p");
}

/// A row of two cells; `bottom` aligns their last lines (for two lines
/// that must share a baseline).
type Row<'r> = ([&'r dyn Fn(&mut Xml); 2], bool);

/// A borderless table of two columns `left` and `right` points wide,
/// kept on one page; each row's `cells` write the content of each cell.
fn two_columns(x: &mut Xml, left: f32, right: f32, rows: &[Row]) {
    let total = tw(left + right);
    let widths = [tw(left), tw(right)];
    x.open("w:tbl", &[]).open("w:tblPr", &[]);
    x.empty("w:tblW", &[("w:w", &total), ("w:type", "dxa")]);
    x.raw("<w:tblBorders>");
    for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
        x.empty(&format!("w:{side}"), &[("w:val", "nil")]);
    }
    // Cell margins on the table itself: LibreOffice does not take them
    // from the table style, and the issuing body needs the full column.
    x.raw(
        "</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar>\
         <w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"0\" w:type=\"dxa\"/>\
         <w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/>\
         </w:tblCellMar><w:tblLook w:val=\"0000\"/>",
    );
    x.close("w:tblPr").open("w:tblGrid", &[]);
    for w in &widths {
        x.empty("w:gridCol", &[("w:w", w)]);
    }
    x.close("w:tblGrid");
    for (cells, bottom) in rows {
        x.raw("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
        for (w, cell) in widths.iter().zip(cells) {
            x.raw("<w:tc><w:tcPr>");
            x.empty("w:tcW", &[("w:w", w), ("w:type", "dxa")]);
            if *bottom {
                x.empty("w:vAlign", &[("w:val", "bottom")]);
            }
            x.raw("</w:tcPr>");
            cell(x);
            x.raw("</w:tc>");
        }
        x.raw("</w:tr>");
    }
    x.close("w:tbl");
}

/// A masthead line, centred, with `before` points of space above it.
fn mast_line(x: &mut Xml, l: &MastheadLine, before: f32) {
    line(x, "Masthead", l.text, l.emphasis, l.size, before);
}

/// The Decree 30 header over the text width `width` (points), as the
/// layout's [`Masthead`] decides it.
pub fn header_table(x: &mut Xml, h: &Header, width: f32) {
    let m = Masthead::new(h, width);
    // The issuing body's column as wide as in the PDF (wider than 70 mm
    // when a parent body's name needs it on one line).
    let issuer = m.issuer_width;
    let left = |x: &mut Xml| {
        for l in &m.issuer {
            mast_line(x, l, 0.0);
        }
        match m.issuer_rule {
            Some(length) => rule(x, length, issuer),
            None => {
                x.raw("<w:p><w:pPr><w:pStyle w:val=\"Masthead\"/></w:pPr></w:p>");
            }
        }
    };
    let right = |x: &mut Xml| {
        mast_line(x, &m.nation, 0.0);
        mast_line(x, &m.motto, 0.0);
        rule(x, m.motto_rule, width - issuer);
    };
    // "Số:      /BC-…" and the place and date in a row of their own,
    // aligned at the bottom: on one baseline, as in the PDF.
    let gap = MOTTO_TO_DATE - RULE_PARAGRAPH;
    let number = |x: &mut Xml| match &m.number {
        Some(number) => mast_line(x, number, gap),
        None => {
            x.raw("<w:p><w:pPr><w:pStyle w:val=\"Masthead\"/></w:pPr></w:p>");
        }
    };
    let date = |x: &mut Xml| mast_line(x, &m.place_date, gap);
    two_columns(
        x,
        issuer,
        width - issuer,
        &[([&left, &right], false), ([&number, &date], true)],
    );
}

/// "Nơi nhận" and its list on the left, the signer on the right.
pub fn closing_table(x: &mut Xml, c: &Closing, width: f32) {
    let half = width / 2.0;
    let left = |x: &mut Xml| {
        if c.recipients.is_empty() {
            x.raw("<w:p><w:pPr><w:pStyle w:val=\"Recipients\"/></w:pPr></w:p>");
            return;
        }
        line(
            x,
            "Recipients",
            &c.recipients_label,
            Emphasis::BoldItalic,
            RECIPIENTS_LABEL_SIZE,
            CLOSING_GAP,
        );
        for r in &c.recipients {
            x.raw("<w:p><w:pPr><w:pStyle w:val=\"Recipients\"/></w:pPr>");
            run(x, r, Emphasis::Normal, None);
            x.close("w:p");
        }
    };
    let right = |x: &mut Xml| {
        let Some(s) = &c.signer else {
            x.raw("<w:p><w:pPr><w:pStyle w:val=\"Signature\"/></w:pPr></w:p>");
            return;
        };
        let mut before = CLOSING_GAP;
        for l in &s.title_lines {
            line(x, "Signature", l, Emphasis::Bold, SIGNER_SIZE, before);
            before = 0.0;
        }
        line(
            x,
            "Signature",
            &s.name,
            Emphasis::Bold,
            SIGNER_SIZE,
            before + SIGNATURE_SPACE,
        );
    };
    two_columns(x, half, width - half, &[([&left, &right], false)]);
}
