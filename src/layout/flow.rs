//! Flowing a composed [`Document`] onto A4 pages in the Decree 30 format:
//! header, title, sections, references and the closing block; headings
//! kept with what follows, no single orphan or widow line, charts never
//! split, page numbers centred in the top margin from page 2 on.

use super::chart::{CHART_HEIGHT, layout_chart};
use super::fonts::{FontStyle, Fonts};
use super::page::*;
use super::text::{Align, Line, TextStyle, layout_paragraph};
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

fn style(size: f32, align: Align, base: Emphasis) -> TextStyle {
    TextStyle {
        size,
        leading: size * 1.25,
        align,
        first_indent: 0.0,
        indent: 0.0,
        base,
        color: Rgb::BLACK,
    }
}

/// A vertical slice of content placed as a whole.
struct Unit {
    height: f32,
    /// Space above the unit, dropped at the top of a page.
    gap: f32,
    /// Items relative to the unit's top-left corner.
    items: Vec<Item>,
    kind: BlockKind,
    block: Option<usize>,
    /// Must share a page with the next unit.
    keep_next: bool,
}

/// Line units of a paragraph: the first two and the last two lines stay
/// together, so no page starts or ends with a lone line of it.
fn line_units(
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
        })
        .collect()
}

fn paragraph_style(p: ParagraphStyle) -> TextStyle {
    match p {
        ParagraphStyle::Body => TextStyle {
            first_indent: FIRST_INDENT,
            ..style(BODY_SIZE, Align::Justify, Emphasis::Normal)
        },
        ParagraphStyle::Item => TextStyle {
            indent: FIRST_INDENT + 9.0,
            first_indent: -9.0,
            ..style(BODY_SIZE, Align::Justify, Emphasis::Normal)
        },
        // Left-aligned: file names are long unbreakable words.
        ParagraphStyle::Reference => TextStyle {
            indent: 24.0,
            ..style(BODY_SIZE, Align::Left, Emphasis::Normal)
        },
        ParagraphStyle::Note => TextStyle {
            first_indent: FIRST_INDENT,
            ..style(BODY_SIZE, Align::Justify, Emphasis::Italic)
        },
    }
}

/// Lays the whole briefing out into pages.
pub fn layout_document(doc: &Document) -> Pages {
    let g = Geometry::DECREE_30;
    let width = g.content_width();
    let mut units = Vec::new();

    units.push(header_unit(&doc.header, width));
    units.extend(title_units(doc, width));

    for (i, block) in doc.blocks.iter().enumerate() {
        match block {
            Block::Heading { level, text } => {
                let (size, base, gap) = match level {
                    HeadingLevel::Section => (BODY_SIZE, Emphasis::Bold, 12.0),
                    HeadingLevel::Subsection => (BODY_SIZE, Emphasis::BoldItalic, 6.0),
                };
                let st = TextStyle {
                    first_indent: if *level == HeadingLevel::Subsection {
                        FIRST_INDENT
                    } else {
                        0.0
                    },
                    ..style(size, Align::Left, base)
                };
                let lines = layout_paragraph(&[Inline::plain(text)], &st, width);
                units.extend(line_units(
                    lines,
                    &st,
                    gap,
                    BlockKind::Heading,
                    Some(i),
                    true,
                ));
            }
            Block::Paragraph(p) => {
                let st = paragraph_style(p.style);
                let lines = layout_paragraph(&p.inlines, &st, width);
                units.extend(line_units(
                    lines,
                    &st,
                    PARAGRAPH_GAP,
                    BlockKind::Paragraph,
                    Some(i),
                    false,
                ));
            }
            Block::Chart(spec) => units.push(Unit {
                height: CHART_HEIGHT,
                gap: 8.0,
                items: layout_chart(spec, width),
                kind: BlockKind::Chart,
                block: Some(i),
                keep_next: false,
            }),
        }
    }

    if !doc.references.is_empty() {
        let st = style(BODY_SIZE, Align::Left, Emphasis::Bold);
        let lines = layout_paragraph(&[Inline::plain("NGUỒN THAM KHẢO")], &st, width);
        units.extend(line_units(
            lines,
            &st,
            14.0,
            BlockKind::References,
            None,
            true,
        ));
        let st = paragraph_style(ParagraphStyle::Reference);
        for r in &doc.references {
            // The number hangs in the indent; every line of text starts
            // at the indent, as at a tab stop.
            let mut lines = layout_paragraph(&[Inline::plain(&r.text)], &st, width);
            if let Some(first) = lines.first_mut() {
                let label = format!("[{}]", r.number);
                let w = Fonts::get().width(FontStyle::Regular, st.size, &label);
                first.runs.insert(
                    0,
                    TextRun {
                        x: 0.0,
                        y: 0.0,
                        text: label,
                        style: FontStyle::Regular,
                        size: st.size,
                        color: Rgb::BLACK,
                        width: w,
                        link: None,
                    },
                );
            }
            units.extend(line_units(
                lines,
                &st,
                3.0,
                BlockKind::References,
                None,
                false,
            ));
        }
    }

    if !doc.recipients.is_empty() || doc.signer.is_some() {
        units.push(closing_unit(doc, width));
    }

    paginate(units, &g)
}

fn header_unit(h: &Header, width: f32) -> Unit {
    let left_w = mm(70.0);
    let right_x = left_w;
    let right_w = width - left_w;
    let mut items = Vec::new();
    let fonts = Fonts::get();

    // Left: the issuing body; parents upright, the body itself bold, a
    // short rule under it.
    let mut y = 0.0;
    let n = h.issuer_lines.len();
    for (i, line) in h.issuer_lines.iter().enumerate() {
        let base = if i + 1 == n {
            Emphasis::Bold
        } else {
            Emphasis::Normal
        };
        let st = style(12.0, Align::Center, base);
        for l in layout_paragraph(&[Inline::plain(line.to_uppercase())], &st, left_w) {
            y += st.leading;
            for r in l.runs {
                items.push(Item::Text(TextRun { y: y - 3.5, ..r }));
            }
        }
    }
    if let Some(last) = h.issuer_lines.last() {
        let w = fonts
            .width(FontStyle::Bold, 12.0, &last.to_uppercase())
            .min(left_w);
        let rule = w / 3.0;
        items.push(rule_item(left_w / 2.0 - rule / 2.0, y + 2.0, rule));
    }
    let left_bottom = y + 4.0;

    // Right: the national motto, its rule as long as the second line,
    // then place and date.
    let mut ry = 0.0;
    let st = style(12.0, Align::Center, Emphasis::Bold);
    for l in layout_paragraph(
        &[Inline::plain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")],
        &st,
        right_w,
    ) {
        ry += st.leading;
        for r in l.runs {
            items.push(Item::Text(TextRun {
                x: r.x + right_x,
                y: ry - 3.5,
                ..r
            }));
        }
    }
    let st = style(13.0, Align::Center, Emphasis::Bold);
    let motto = "Độc lập - Tự do - Hạnh phúc";
    ry += st.leading;
    let motto_w = fonts.width(FontStyle::Bold, 13.0, motto);
    for l in layout_paragraph(&[Inline::plain(motto)], &st, right_w) {
        for r in l.runs {
            items.push(Item::Text(TextRun {
                x: r.x + right_x,
                y: ry - 3.5,
                ..r
            }));
        }
    }
    items.push(rule_item(
        right_x + (right_w - motto_w) / 2.0,
        ry + 2.0,
        motto_w,
    ));
    ry += 14.0;
    let st = style(13.0, Align::Center, Emphasis::Italic);
    for l in layout_paragraph(&[Inline::plain(&h.place_date)], &st, right_w) {
        ry += st.leading;
        for r in l.runs {
            items.push(Item::Text(TextRun {
                x: r.x + right_x,
                y: ry - 3.5,
                ..r
            }));
        }
    }
    Unit {
        height: left_bottom.max(ry + 4.0),
        gap: 0.0,
        items,
        kind: BlockKind::Header,
        block: None,
        keep_next: true,
    }
}

fn rule_item(x: f32, y: f32, w: f32) -> Item {
    Item::Polyline {
        points: vec![(x, y), (x + w, y)],
        stroke: Stroke {
            width: 0.6,
            color: Rgb::BLACK,
            dash: None,
        },
    }
}

fn title_units(doc: &Document, width: f32) -> Vec<Unit> {
    let mut units = Vec::new();
    let st = style(14.0, Align::Center, Emphasis::Bold);
    let lines = layout_paragraph(&[Inline::plain(doc.title.to_uppercase())], &st, width);
    units.extend(line_units(lines, &st, 24.0, BlockKind::Title, None, true));
    let st = style(13.0, Align::Center, Emphasis::Bold);
    let lines = layout_paragraph(&[Inline::plain(&doc.summary)], &st, width * 0.85);
    let mut summary = line_units(lines, &st, 2.0, BlockKind::Title, None, true);
    for u in &mut summary {
        for item in &mut u.items {
            if let Item::Text(t) = item {
                t.x += width * 0.075;
            }
        }
    }
    units.extend(summary);
    units.push(Unit {
        height: 10.0,
        gap: 0.0,
        items: vec![rule_item(width / 2.0 - 40.0, 4.0, 80.0)],
        kind: BlockKind::Title,
        block: None,
        keep_next: true,
    });
    units
}

fn closing_unit(doc: &Document, width: f32) -> Unit {
    let half = width / 2.0;
    let mut items = Vec::new();
    let mut ly = 0.0;
    if !doc.recipients.is_empty() {
        let st = style(12.0, Align::Left, Emphasis::BoldItalic);
        ly += st.leading;
        for l in layout_paragraph(&[Inline::plain("Nơi nhận:")], &st, half) {
            for r in l.runs {
                items.push(Item::Text(TextRun { y: ly, ..r }));
            }
        }
        let st = TextStyle {
            indent: 7.0,
            first_indent: -7.0,
            ..style(11.0, Align::Left, Emphasis::Normal)
        };
        let n = doc.recipients.len();
        for (i, rcp) in doc.recipients.iter().enumerate() {
            let end = if i + 1 == n { "." } else { ";" };
            let text = format!("- {}{end}", rcp.trim().trim_end_matches([';', '.']));
            for l in layout_paragraph(&[Inline::plain(text)], &st, half - 10.0) {
                ly += st.leading;
                for r in l.runs {
                    items.push(Item::Text(TextRun { y: ly, ..r }));
                }
            }
        }
    }
    let mut ry = 0.0;
    if let Some(s) = &doc.signer {
        let st = style(13.0, Align::Center, Emphasis::Bold);
        for line in s.title.lines() {
            for l in layout_paragraph(&[Inline::plain(line.to_uppercase())], &st, half) {
                ry += st.leading;
                for r in l.runs {
                    items.push(Item::Text(TextRun {
                        x: r.x + half,
                        y: ry,
                        ..r
                    }));
                }
            }
        }
        ry += 62.0; // room for the signature and seal
        for l in layout_paragraph(&[Inline::plain(&s.name)], &st, half) {
            ry += st.leading;
            for r in l.runs {
                items.push(Item::Text(TextRun {
                    x: r.x + half,
                    y: ry,
                    ..r
                }));
            }
        }
    }
    Unit {
        height: ly.max(ry) + 6.0,
        gap: 18.0,
        items,
        kind: BlockKind::Closing,
        block: None,
        keep_next: false,
    }
}

fn paginate(units: Vec<Unit>, g: &Geometry) -> Pages {
    let content = g.content();
    let mut pages = vec![Page {
        number: 1,
        ..Page::default()
    }];
    let mut y = content.y;
    let mut page_has_content = false;

    for i in 0..units.len() {
        let u = &units[i];
        // Height of the chain this unit must share a page with.
        let mut chain = u.height;
        let mut j = i;
        while units[j].keep_next && j + 1 < units.len() {
            j += 1;
            chain += units[j].gap + units[j].height;
        }
        let gap = if page_has_content { u.gap } else { 0.0 };
        let fits = y + gap + chain <= content.bottom() + 0.01;
        let chain_fits_a_page = chain <= content.h;
        let unit_fits = y + gap + u.height <= content.bottom() + 0.01;
        if page_has_content && (!unit_fits || (!fits && chain_fits_a_page)) {
            pages.push(Page {
                number: pages.len() + 1,
                ..Page::default()
            });
            y = content.y;
            page_has_content = false;
        }
        let gap = if page_has_content { u.gap } else { 0.0 };
        let top = y + gap;
        let page = pages.last_mut().expect("at least one page");
        for item in &u.items {
            page.items.push(translate(item, content.x, top));
        }
        page.blocks.push(PlacedBlock {
            kind: u.kind,
            area: Rect {
                x: content.x,
                y: top,
                w: content.w,
                h: u.height,
            },
            block: u.block,
        });
        y = top + u.height;
        page_has_content = true;
    }

    // Page numbers from page 2, centred in the top margin.
    let fonts = Fonts::get();
    for page in pages.iter_mut().skip(1) {
        let label = page.number.to_string();
        let w = fonts.width(FontStyle::Regular, PAGE_NUMBER_SIZE, &label);
        let cap = fonts.ascent(FontStyle::Regular, PAGE_NUMBER_SIZE) * 0.72;
        let y = g.top / 2.0 + cap / 2.0;
        let run = TextRun {
            x: (g.width - w) / 2.0,
            y,
            text: label,
            style: FontStyle::Regular,
            size: PAGE_NUMBER_SIZE,
            color: Rgb::BLACK,
            width: w,
            link: None,
        };
        page.blocks.push(PlacedBlock {
            kind: BlockKind::PageNumber,
            area: run.bounds(),
            block: None,
        });
        page.items.push(Item::Text(run));
    }
    Pages { pages }
}

fn translate(item: &Item, dx: f32, dy: f32) -> Item {
    match item {
        Item::Text(t) => Item::Text(TextRun {
            x: t.x + dx,
            y: t.y + dy,
            ..t.clone()
        }),
        Item::Polyline { points, stroke } => Item::Polyline {
            points: points.iter().map(|&(x, y)| (x + dx, y + dy)).collect(),
            stroke: *stroke,
        },
        Item::Rect { rect, fill, stroke } => Item::Rect {
            rect: Rect {
                x: rect.x + dx,
                y: rect.y + dy,
                ..*rect
            },
            fill: *fill,
            stroke: *stroke,
        },
        Item::Dot {
            x,
            y,
            radius,
            fill,
            stroke,
        } => Item::Dot {
            x: x + dx,
            y: y + dy,
            radius: *radius,
            fill: *fill,
            stroke: *stroke,
        },
    }
}
