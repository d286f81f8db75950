//! A table of the brief ("Bảng n") as a real Word table: its caption
//! above, a header row Word repeats on each page, rows that never split,
//! single rules, the notes under it.

use super::runs::paragraph;
use super::units::tw;
use super::xml::Xml;
use crate::brief::document::{CellAlign, Inline, References, TableSpec};
use crate::layout::measures::TABLE_RULE_WIDTH;
use crate::layout::{column_widths, header_row};

/// The table `width` points wide.
pub fn table(x: &mut Xml, t: &TableSpec, width: f32, refs: Option<&References>) {
    paragraph(x, "TableCaption", &[Inline::plain(&t.caption)], None);
    let widths: Vec<String> = column_widths(t, width).into_iter().map(tw).collect();
    x.open("w:tbl", &[]).open("w:tblPr", &[]);
    x.empty("w:tblW", &[("w:w", &tw(width)), ("w:type", "dxa")]);
    // Border widths are in eighths of a point.
    let sz = ((TABLE_RULE_WIDTH * 8.0).round() as u32).max(2).to_string();
    x.raw("<w:tblBorders>");
    for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
        x.empty(
            &format!("w:{side}"),
            &[
                ("w:val", "single"),
                ("w:sz", &sz),
                ("w:space", "0"),
                ("w:color", "000000"),
            ],
        );
    }
    x.raw("</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar>");
    let pad = tw(crate::layout::measures::TABLE_CELL_PAD_X);
    x.empty("w:left", &[("w:w", &pad), ("w:type", "dxa")]);
    x.empty("w:right", &[("w:w", &pad), ("w:type", "dxa")]);
    x.raw("</w:tblCellMar>");
    x.close("w:tblPr").open("w:tblGrid", &[]);
    for w in &widths {
        x.empty("w:gridCol", &[("w:w", w)]);
    }
    x.close("w:tblGrid");
    let (header, centred) = header_row(t);
    row(x, &header, &centred, &widths, true, None);
    let aligns: Vec<CellAlign> = t.columns.iter().map(|c| c.align).collect();
    for r in &t.rows {
        row(x, r, &aligns, &widths, false, refs);
    }
    x.close("w:tbl");
    for n in &t.notes {
        paragraph(x, "TableNote", n, refs);
    }
}

fn row(
    x: &mut Xml,
    cells: &[Vec<Inline>],
    aligns: &[CellAlign],
    widths: &[String],
    header: bool,
    refs: Option<&References>,
) {
    x.raw("<w:tr><w:trPr><w:cantSplit/>");
    if header {
        x.raw("<w:tblHeader/>");
    }
    x.raw("</w:trPr>");
    for (i, w) in widths.iter().enumerate() {
        x.raw("<w:tc><w:tcPr>");
        x.empty("w:tcW", &[("w:w", w), ("w:type", "dxa")]);
        x.raw("</w:tcPr>");
        let style = match aligns.get(i) {
            Some(CellAlign::Center) => "TableCellCentre",
            _ => "TableCell",
        };
        let empty = Vec::new();
        paragraph(x, style, cells.get(i).unwrap_or(&empty), refs);
        x.raw("</w:tc>");
    }
    x.raw("</w:tr>");
}
