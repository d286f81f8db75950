//! Flowing a composed [`Document`] onto A4 pages in the Decree 30 format:
//! header, title, sections, references and the closing block; headings
//! kept with what follows, no single orphan or widow line, charts never
//! split, page numbers centred in the top margin from page 2 on.

use super::chart::{CHART_HEIGHT, layout_chart_styled};
use super::closing::{closing_unit, reference_style, reference_units};
use super::header::{header_unit, title_units};
use super::page::*;
use super::paginate::paginate;
use super::text::{Align, TextStyle, layout_paragraph};
use super::unit::{Unit, line_units, style};
use crate::brief::document::*;

/// Page size and margins (Decree 30/2020/NĐ-CP: top and bottom 20–25 mm,
/// left 30–35 mm, right 15–20 mm).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Geometry {
    pub width: f32,
    pub height: f32,
    pub top: f32,
    pub bottom: f32,
    pub left: f32,
    pub right: f32,
}

impl Geometry {
    pub const DECREE_30: Geometry = Geometry {
        width: PAGE_WIDTH,
        height: PAGE_HEIGHT,
        top: mm(20.0),
        bottom: mm(20.0),
        left: mm(30.0),
        right: mm(15.0),
    };

    pub fn content_width(&self) -> f32 {
        self.width - self.left - self.right
    }

    /// The area text and charts may occupy.
    pub fn content(&self) -> Rect {
        Rect {
            x: self.left,
            y: self.top,
            w: self.content_width(),
            h: self.height - self.top - self.bottom,
        }
    }
}

/// Body text size (Decree 30: 13–14 pt).
pub const BODY_SIZE: f32 = 13.0;
pub const BODY_LEADING: f32 = BODY_SIZE * 1.25;
/// Page numbers (Decree 30: 13–14 pt, upright, centred in the top margin).
pub const PAGE_NUMBER_SIZE: f32 = 13.0;
const PARAGRAPH_GAP: f32 = 4.0;
const FIRST_INDENT: f32 = mm(10.0);

fn paragraph_style(p: ParagraphStyle, print: &PrintStyle) -> TextStyle {
    let st = match p {
        ParagraphStyle::Body => TextStyle {
            first_indent: FIRST_INDENT,
            ..style(BODY_SIZE, Align::Justify, Emphasis::Normal)
        },
        ParagraphStyle::Item => TextStyle {
            indent: FIRST_INDENT + 9.0,
            first_indent: -9.0,
            ..style(BODY_SIZE, Align::Justify, Emphasis::Normal)
        },
        ParagraphStyle::Reference => reference_style(),
        ParagraphStyle::Note => TextStyle {
            first_indent: FIRST_INDENT,
            ..style(BODY_SIZE, Align::Justify, Emphasis::Italic)
        },
    };
    TextStyle {
        link_color: print.link,
        ..st
    }
}

/// Space above a chart.
const CHART_GAP: f32 = 8.0;

/// Lays the whole briefing out into pages, printed black.
pub fn layout_document(doc: &Document) -> Pages {
    layout_document_styled(doc, &PrintStyle::BLACK)
}

/// Lays the whole briefing out into pages with the colours of `print`.
pub fn layout_document_styled(doc: &Document, print: &PrintStyle) -> Pages {
    let g = Geometry::DECREE_30;
    let width = g.content_width();
    let mut units = vec![header_unit(&doc.header, width)];
    units.extend(title_units(doc, width));
    for (i, block) in doc.blocks.iter().enumerate() {
        units.extend(block_units(i, block, width, print, 0));
    }
    if !doc.references.entries.is_empty() {
        units.extend(reference_units(&doc.references, width));
    }
    if !doc.closing.is_empty() {
        units.push(closing_unit(&doc.closing, width));
    }
    if let Some(a) = &doc.appendix {
        units.extend(appendix_units(a, doc.blocks.len(), width, print));
    }
    paginate(units, &g, doc.metadata.clone())
}

/// The appendix on a new page: its heading and subtitle, then its blocks
/// (numbered after the body's blocks), its sections one outline level
/// down.
fn appendix_units(a: &Appendix, first_block: usize, width: f32, print: &PrintStyle) -> Vec<Unit> {
    let st = style(14.0, Align::Center, Emphasis::Bold);
    let lines = layout_paragraph(&[Inline::plain(&a.heading)], &st, width);
    let mut units = line_units(lines, &st, 0.0, BlockKind::Heading, None, true);
    if let Some(first) = units.first_mut() {
        first.page_break = true;
        first.anchor = Some(AnchorKind::Outline {
            title: a.heading.clone(),
            level: 0,
        });
    }
    let st = style(13.0, Align::Center, Emphasis::Italic);
    let lines = layout_paragraph(&[Inline::plain(&a.subtitle)], &st, width);
    units.extend(line_units(lines, &st, 2.0, BlockKind::Heading, None, true));
    for (i, block) in a.blocks.iter().enumerate() {
        units.extend(block_units(first_block + i, block, width, print, 1));
    }
    units
}

fn block_units(i: usize, block: &Block, width: f32, print: &PrintStyle, level: u8) -> Vec<Unit> {
    match block {
        Block::Heading { level: hl, text } => {
            let (base, gap, first_indent) = match hl {
                HeadingLevel::Section => (Emphasis::Bold, 12.0, 0.0),
                HeadingLevel::Subsection => (Emphasis::BoldItalic, 6.0, FIRST_INDENT),
            };
            let st = TextStyle {
                first_indent,
                ..style(BODY_SIZE, Align::Left, base)
            };
            let lines = layout_paragraph(&[Inline::plain(text)], &st, width);
            let mut units = line_units(lines, &st, gap, BlockKind::Heading, Some(i), true);
            if *hl == HeadingLevel::Section
                && let Some(first) = units.first_mut()
            {
                first.anchor = Some(AnchorKind::Outline {
                    title: text.clone(),
                    level,
                });
            }
            units
        }
        Block::Paragraph(p) => {
            let st = paragraph_style(p.style, print);
            let lines = layout_paragraph(&p.inlines, &st, width);
            line_units(
                lines,
                &st,
                PARAGRAPH_GAP,
                BlockKind::Paragraph,
                Some(i),
                false,
            )
        }
        Block::Chart(spec) => vec![Unit {
            block: Some(i),
            ..Unit::new(
                CHART_HEIGHT,
                CHART_GAP,
                layout_chart_styled(spec, width, print),
                BlockKind::Chart,
            )
        }],
    }
}
