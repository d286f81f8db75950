//! Flowing a composed [`Document`] onto A4 pages in the Decree 30 format:
//! header, title, sections, references and the closing block; headings
//! kept with what follows, no single orphan or widow line, charts never
//! split, page numbers centred in the top margin from page 2 on.

use super::chart::{CHART_HEIGHT, LaidChart, lay_out_chart};
use super::closing::{closing_unit, reference_style, reference_units};
use super::header::{header_unit, short_rule_unit, title_units};
use super::measures::*;
use super::page::*;
use super::paginate::paginate;
use super::table::table_units;
use super::text::{Align, TextStyle, layout_paragraph};
use super::unit::{Unit, line_units, style};
use crate::brief::document::*;
use crate::brief::parts::{BlockAt, Part};

fn paragraph_style(p: ParagraphStyle, print: &PrintStyle) -> TextStyle {
    let st = match p {
        ParagraphStyle::Body => TextStyle {
            first_indent: FIRST_INDENT,
            ..style(BODY_SIZE, Align::Justify, Emphasis::Normal)
        },
        ParagraphStyle::Item => TextStyle {
            indent: FIRST_INDENT + ITEM_HANG,
            first_indent: -ITEM_HANG,
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

/// Lays the whole briefing out into pages, printed black.
pub fn layout_document(doc: &Document) -> Pages {
    layout_document_styled(doc, &PrintStyle::BLACK)
}

/// Lays the whole briefing out into pages with the colours of `print`,
/// part by part in the document's one walk.
pub fn layout_document_styled(doc: &Document, print: &PrintStyle) -> Pages {
    let g = Geometry::DECREE_30;
    let width = g.content_width();
    let mut units = Vec::new();
    let mut charts = Vec::new();
    for part in doc.parts() {
        match part {
            Part::Header(h) => units.push(header_unit(h, width)),
            Part::Title { title, summary } => units.extend(title_units(title, summary, width)),
            Part::Block(b) => {
                // A note never starts a page alone: it keeps the line
                // before it company.
                if matches!(b.block, Block::Paragraph(p) if p.style == ParagraphStyle::Note)
                    && let Some(last) = units.last_mut()
                {
                    last.keep_next = true;
                }
                units.extend(block_units(&b, width, print, &mut charts))
            }
            Part::References(r) => units.extend(reference_units(&r, width)),
            Part::Closing(c) => {
                // The signature keeps the last line before it company: no
                // page holds only "Nơi nhận" and the signer.
                if let Some(last) = units.last_mut() {
                    last.keep_next = true;
                }
                units.push(closing_unit(c, width));
            }
            Part::AppendixStart(a) => units.extend(appendix_units(a, width)),
        }
    }
    Pages {
        charts,
        ..paginate(units, &g, doc.metadata.clone())
    }
}

/// The appendix's heading block on a new page numbered 1 (Decree
/// 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục III, khoản 1): "PHỤ LỤC", its
/// name in bold capitals, the italic "(Kèm theo …)" line, a short rule.
fn appendix_units(a: &Appendix, width: f32) -> Vec<Unit> {
    let st = style(APPENDIX_HEADING_SIZE, Align::Center, Emphasis::Bold);
    let lines = layout_paragraph(&[Inline::plain(&a.heading)], &st, width);
    let mut units = line_units(lines, &st, 0.0, BlockKind::Heading, None, true);
    if let Some(first) = units.first_mut() {
        first.page_break = true;
        first.restart_numbering = true;
        first.anchor = Some(AnchorKind::Outline {
            title: a.heading.clone(),
            level: 0,
        });
    }
    let lines = layout_paragraph(&[Inline::plain(&a.title)], &st, width);
    units.extend(line_units(
        lines,
        &st,
        APPENDIX_SUBTITLE_GAP,
        BlockKind::Heading,
        None,
        true,
    ));
    let st = style(APPENDIX_SUBTITLE_SIZE, Align::Center, Emphasis::Italic);
    let lines = layout_paragraph(&[Inline::plain(&a.attachment)], &st, width);
    units.extend(line_units(
        lines,
        &st,
        APPENDIX_SUBTITLE_GAP,
        BlockKind::Heading,
        None,
        true,
    ));
    units.push(short_rule_unit(width, BlockKind::Heading));
    units
}

/// The units of a block; a chart's layout is also kept in `charts` for
/// the Word copy.
fn block_units(
    b: &BlockAt,
    width: f32,
    print: &PrintStyle,
    charts: &mut Vec<LaidChart>,
) -> Vec<Unit> {
    let i = b.index;
    let level = u8::from(b.in_appendix);
    match b.block {
        Block::Heading { level: hl, text } => {
            let (base, gap, first_indent) = match hl {
                HeadingLevel::Section => (Emphasis::Bold, SECTION_GAP, 0.0),
                HeadingLevel::Subsection => (Emphasis::Bold, SUBSECTION_GAP, FIRST_INDENT),
                HeadingLevel::Part => (Emphasis::Italic, PART_GAP, FIRST_INDENT),
            };
            let st = TextStyle {
                first_indent,
                ..style(BODY_SIZE, Align::Left, base)
            };
            let lines = layout_paragraph(&[Inline::plain(text)], &st, width);
            let mut units = line_units(lines, &st, gap, BlockKind::Heading, Some(i), true);
            let outline = match hl {
                HeadingLevel::Section => Some(level),
                HeadingLevel::Subsection => Some(level + 1),
                HeadingLevel::Part => None,
            };
            if let (Some(level), Some(first)) = (outline, units.first_mut()) {
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
        Block::Table(t) => table_units(t, i, width, print),
        Block::Chart(spec) => {
            let chart = lay_out_chart(spec, b.chart.unwrap_or(0), width, print);
            let items = chart.items.clone();
            charts.push(chart);
            vec![Unit {
                block: Some(i),
                ..Unit::new(CHART_HEIGHT, CHART_GAP, items, BlockKind::Chart)
            }]
        }
    }
}
