//! Units: vertical slices of laid-out content that pagination places as
//! a whole, and the helpers that build them from lines of text.

use super::fonts::{FontStyle, Fonts};
use super::measures::{LEADING, RULE_WIDTH};
use super::page::{AnchorKind, BlockKind, Item, Rgb, Stroke, TextRun};
use super::text::{Align, Line, TextStyle, layout_paragraph};
use crate::brief::document::{Emphasis, Inline};

/// A vertical slice of content placed as a whole.
pub struct Unit {
    pub height: f32,
    /// Space above the unit, dropped at the top of a page.
    pub gap: f32,
    /// Items relative to the unit's top-left corner.
    pub items: Vec<Item>,
    pub kind: BlockKind,
    pub block: Option<usize>,
    /// Must share a page with the next unit.
    pub keep_next: bool,
    /// Starts a new page (the appendix).
    pub page_break: bool,
    /// Its page is page 1 again: the appendix is numbered on its own
    /// (Decree 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục III, khoản 1).
    pub restart_numbering: bool,
    /// A link target or outline entry at the top of the unit.
    pub anchor: Option<AnchorKind>,
    /// A table row: the header row drawn again above it when it starts a
    /// page.
    pub repeat: Option<Repeat>,
}

/// A table's header row, repeated at the top of each page the table
/// continues on.
#[derive(Debug, Clone)]
pub struct Repeat {
    pub height: f32,
    pub items: Vec<Item>,
}

impl Unit {
    /// A unit of `height` holding `items`.
    pub fn new(height: f32, gap: f32, items: Vec<Item>, kind: BlockKind) -> Self {
        Self {
            height,
            gap,
            items,
            kind,
            block: None,
            keep_next: false,
            page_break: false,
            restart_numbering: false,
            anchor: None,
            repeat: None,
        }
    }
}

/// A text style with the usual [`LEADING`] and no indents: the one
/// builder every text style of the layout starts from.
pub fn style(size: f32, align: Align, base: Emphasis) -> TextStyle {
    TextStyle {
        size,
        leading: size * LEADING,
        align,
        first_indent: 0.0,
        indent: 0.0,
        base,
        color: Rgb::BLACK,
        link_color: Rgb::BLACK,
    }
}

/// Line units of a paragraph: the first two and the last two lines stay
/// together, so no page starts or ends with a lone line of it.
pub fn line_units(
    lines: Vec<Line>,
    st: &TextStyle,
    gap: f32,
    kind: BlockKind,
    block: Option<usize>,
    keep_last: bool,
) -> Vec<Unit> {
    let fonts = Fonts::get();
    let ascent = fonts.ascent(FontStyle::Regular, st.size);
    let descent = fonts.descent(FontStyle::Regular, st.size);
    let baseline = (st.leading - (ascent + descent)) / 2.0 + ascent;
    let n = lines.len();
    lines
        .into_iter()
        .enumerate()
        .map(|(i, line)| Unit {
            height: st.leading,
            gap: if i == 0 { gap } else { 0.0 },
            items: line
                .runs
                .into_iter()
                .map(|r| Item::Text(TextRun { y: baseline, ..r }))
                .collect(),
            kind,
            block,
            keep_next: (i + 1 < n && (i == 0 || i + 2 == n)) || (i + 1 == n && keep_last),
            page_break: false,
            restart_numbering: false,
            anchor: None,
            repeat: None,
        })
        .collect()
}

/// A column of a block laid out line by line (the header's two columns,
/// the closing block's two halves).
#[derive(Debug, Clone, Copy)]
pub struct Column {
    /// Left edge, relative to the unit.
    pub x: f32,
    pub width: f32,
    /// How far each baseline sits above the bottom of its line.
    pub lift: f32,
}

impl Column {
    /// Lays `text` out in the column below `*y`, one leading per line,
    /// and moves `*y` to the last baseline (plus the lift).
    pub fn push_lines(&self, items: &mut Vec<Item>, text: &str, st: &TextStyle, y: &mut f32) {
        for line in layout_paragraph(&[Inline::plain(text)], st, self.width) {
            *y += st.leading;
            for r in line.runs {
                items.push(Item::Text(TextRun {
                    x: r.x + self.x,
                    y: *y - self.lift,
                    ..r
                }));
            }
        }
    }
}

/// A thin horizontal rule.
pub fn rule_item(x: f32, y: f32, w: f32) -> Item {
    Item::Polyline {
        points: vec![(x, y), (x + w, y)],
        stroke: Stroke {
            width: RULE_WIDTH,
            color: Rgb::BLACK,
            dash: None,
        },
    }
}
