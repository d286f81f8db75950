//! Tables ("Bảng n"): a caption, a ruled header row and ruled rows. A row
//! is one unit, so it is never split; a table that continues on a new
//! page repeats its header row there.

use super::fonts::{FontStyle, Fonts};
use super::measures::*;
use super::page::{BlockKind, Item, PrintStyle, Rgb, Stroke, TextRun};
use super::text::{Align, TextStyle, layout_paragraph};
use super::unit::{Repeat, Unit, line_units, style};
use crate::brief::document::{CellAlign, Emphasis, Inline, TableSpec};

const GRID: Stroke = Stroke {
    width: TABLE_RULE_WIDTH,
    color: Rgb::BLACK,
    dash: None,
};

/// The units of a table: caption lines, header row, rows, notes.
pub fn table_units(t: &TableSpec, block: usize, width: f32, print: &PrintStyle) -> Vec<Unit> {
    let caption = style(TABLE_CAPTION_SIZE, Align::Center, Emphasis::Bold);
    let lines = layout_paragraph(&[Inline::plain(&t.caption)], &caption, width);
    let mut units = line_units(
        lines,
        &caption,
        TABLE_GAP,
        BlockKind::Table,
        Some(block),
        true,
    );
    let edges = column_edges(t, width);
    let (header_cells, aligns) = header_row(t);
    let header = row_unit(&header_cells, &aligns, &edges, true, print);
    let repeat = Repeat {
        height: header.height,
        items: header.items.clone(),
    };
    units.push(Unit {
        keep_next: true,
        block: Some(block),
        ..header
    });
    let aligns: Vec<CellAlign> = t.columns.iter().map(|c| c.align).collect();
    for (i, row) in t.rows.iter().enumerate() {
        let mut u = row_unit(row, &aligns, &edges, false, print);
        u.block = Some(block);
        u.repeat = Some(repeat.clone());
        // The last row keeps the notes company.
        u.keep_next = i + 1 == t.rows.len() && !t.notes.is_empty();
        units.push(u);
    }
    let note = TextStyle {
        link_color: print.link,
        ..style(TABLE_NOTE_SIZE, Align::Left, Emphasis::Italic)
    };
    for (i, n) in t.notes.iter().enumerate() {
        let lines = layout_paragraph(n, &note, width);
        let gap = if i == 0 { TABLE_NOTE_GAP } else { 0.0 };
        // No note line starts a page alone: each keeps the line above.
        if i > 0
            && let Some(last) = units.last_mut()
        {
            last.keep_next = true;
        }
        units.extend(line_units(
            lines,
            &note,
            gap,
            BlockKind::Table,
            Some(block),
            false,
        ));
    }
    units
}

/// The header row: each column's title, bold and centred. The page and
/// the Word copy both set it from here.
pub fn header_row(t: &TableSpec) -> (Vec<Vec<Inline>>, Vec<CellAlign>) {
    let cells = t
        .columns
        .iter()
        .map(|c| vec![Inline::styled(&c.title, Emphasis::Bold)])
        .collect();
    (cells, vec![CellAlign::Center; t.columns.len()])
}

/// Each column's width in a table `width` wide, as the page draws it.
pub fn column_widths(t: &TableSpec, width: f32) -> Vec<f32> {
    column_edges(t, width)
        .windows(2)
        .map(|e| e[1] - e[0])
        .collect()
}

/// The x of each column's left edge, and the table's right edge last.
fn column_edges(t: &TableSpec, width: f32) -> Vec<f32> {
    let mut x = 0.0;
    let mut edges = vec![0.0];
    for c in &t.columns {
        x += c.share * width;
        edges.push(x.min(width));
    }
    if let Some(last) = edges.last_mut() {
        *last = width;
    }
    edges
}

/// One row: each cell's lines inside its column, then the grid around
/// it (the top rule only on the header row: each row draws its bottom).
fn row_unit(
    cells: &[Vec<Inline>],
    aligns: &[CellAlign],
    edges: &[f32],
    top_rule: bool,
    print: &PrintStyle,
) -> Unit {
    let fonts = Fonts::get();
    let st = TextStyle {
        link_color: print.link,
        ..style(TABLE_SIZE, Align::Left, Emphasis::Normal)
    };
    let ascent = fonts.ascent(FontStyle::Regular, st.size);
    let descent = fonts.descent(FontStyle::Regular, st.size);
    let baseline = (st.leading - (ascent + descent)) / 2.0 + ascent;
    let mut items = Vec::new();
    let mut lines_max = 1;
    for (c, cell) in cells.iter().enumerate() {
        let (Some(&x0), Some(&x1)) = (edges.get(c), edges.get(c + 1)) else {
            continue;
        };
        let align = match aligns.get(c) {
            Some(CellAlign::Center) => Align::Center,
            _ => Align::Left,
        };
        let cst = TextStyle { align, ..st };
        let inner = (x1 - x0 - 2.0 * TABLE_CELL_PAD_X).max(1.0);
        let lines = layout_paragraph(cell, &cst, inner);
        lines_max = lines_max.max(lines.len());
        for (k, line) in lines.into_iter().enumerate() {
            let y = TABLE_CELL_PAD_Y + baseline + k as f32 * st.leading;
            for r in line.runs {
                items.push(Item::Text(TextRun {
                    x: r.x + x0 + TABLE_CELL_PAD_X,
                    y,
                    ..r
                }));
            }
        }
    }
    let height = lines_max as f32 * st.leading + 2.0 * TABLE_CELL_PAD_Y;
    let right = *edges.last().unwrap_or(&0.0);
    if top_rule {
        items.push(line((0.0, 0.0), (right, 0.0)));
    }
    items.push(line((0.0, height), (right, height)));
    for &x in edges {
        items.push(line((x, 0.0), (x, height)));
    }
    Unit::new(height, 0.0, items, BlockKind::Table)
}

fn line(a: (f32, f32), b: (f32, f32)) -> Item {
    Item::Polyline {
        points: vec![a, b],
        stroke: GRID,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::brief::document::{CellAlign, TableColumn};

    /// A table's notes keep its last row and each other company: a note
    /// line never starts a page alone ("(**)" at a page top).
    #[test]
    fn the_notes_keep_the_last_row_company() {
        let col = |t: &str| TableColumn {
            title: t.into(),
            share: 0.5,
            align: CellAlign::Left,
        };
        let t = TableSpec {
            caption: "Bảng 1. Thử".into(),
            columns: vec![col("Chỉ tiêu"), col("Kết quả")],
            rows: vec![vec![vec![Inline::plain("A")], vec![Inline::plain("1")]]],
            notes: vec![
                vec![Inline::plain("(*) Một.")],
                vec![Inline::plain("(**) Hai.")],
            ],
        };
        let units = table_units(&t, 0, 400.0, &PrintStyle::BLACK);
        // Caption, header row, the row, two note lines.
        assert_eq!(units.len(), 5);
        let keeps: Vec<bool> = units.iter().map(|u| u.keep_next).collect();
        assert_eq!(keeps, [true, true, true, true, false]);
    }
}
