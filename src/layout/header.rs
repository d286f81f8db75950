//! The Decree 30 header (issuing body on the left; national name, motto,
//! place and date on the right) and the title block under it.

use super::fonts::{FontStyle, Fonts};
use super::measures::*;
use super::page::{BlockKind, Item, TextRun};
use super::text::{Align, TextStyle, layout_paragraph};
use super::unit::{Column, Unit, line_units, rule_item, style};
use crate::brief::document::{Emphasis, Header, Inline};

/// Room kept beside a header line in its column.
const COLUMN_PAD: f32 = 6.0;
/// Header lines sit this far above the bottom of their line.
const HEADER_LIFT: f32 = 3.5;
/// Space left under the lowest header line.
const HEADER_BOTTOM: f32 = 4.0;
/// Height of the title rule's unit.
const TITLE_RULE_UNIT: f32 = 10.0;

/// Width of the issuing body's column: at least [`ISSUER_COLUMN`], wide
/// enough for a parent body's name at 12 pt on one line when the national
/// name still fits beside it.
pub fn issuer_column(h: &Header, width: f32) -> f32 {
    let fonts = Fonts::get();
    let n = h.issuer_lines.len();
    let widest_parent = h
        .issuer_lines
        .iter()
        .take(n.saturating_sub(1))
        .map(|l| fonts.width(FontStyle::Regular, ISSUER_SIZE, l))
        .fold(0.0, f32::max);
    let nation = fonts.width(FontStyle::Bold, ISSUER_SIZE, &h.nation) + COLUMN_PAD;
    let widest_left = (width - nation).max(ISSUER_COLUMN);
    (widest_parent + COLUMN_PAD).clamp(ISSUER_COLUMN, widest_left)
}

/// A line of the masthead: its text, type size and emphasis.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MastheadLine<'h> {
    pub text: &'h str,
    pub size: f32,
    pub emphasis: Emphasis,
}

impl<'h> MastheadLine<'h> {
    fn new(text: &'h str, size: f32, emphasis: Emphasis) -> Self {
        Self {
            text,
            size,
            emphasis,
        }
    }
}

/// The Decree 30 header's typographic decisions, made once: the page
/// layout places them and the Word writer sets them as a table.
#[derive(Debug, Clone, PartialEq)]
pub struct Masthead<'h> {
    /// Width of the issuing body's column; the right column has the rest.
    pub issuer_width: f32,
    /// The issuing body: parents upright, the body itself bold.
    pub issuer: Vec<MastheadLine<'h>>,
    /// Length of the rule under the body's name (a third of the name).
    pub issuer_rule: Option<f32>,
    /// The national name and the motto, bold.
    pub nation: MastheadLine<'h>,
    pub motto: MastheadLine<'h>,
    /// Length of the rule under the motto (as long as the motto).
    pub motto_rule: f32,
    /// "Số: …" (left) and the place and date (right, italic), on one
    /// baseline.
    pub number: Option<MastheadLine<'h>>,
    pub place_date: MastheadLine<'h>,
}

impl<'h> Masthead<'h> {
    /// The header `h` over a text `width` points wide.
    pub fn new(h: &'h Header, width: f32) -> Self {
        let fonts = Fonts::get();
        let issuer_width = issuer_column(h, width);
        let n = h.issuer_lines.len();
        let issuer = h
            .issuer_lines
            .iter()
            .enumerate()
            .map(|(i, line)| {
                let emphasis = if i + 1 == n {
                    Emphasis::Bold
                } else {
                    Emphasis::Normal
                };
                MastheadLine::new(line, ISSUER_SIZE, emphasis)
            })
            .collect();
        let issuer_rule = h.issuer_lines.last().map(|last| {
            fonts
                .width(FontStyle::Bold, ISSUER_SIZE, last)
                .min(issuer_width)
                / 3.0
        });
        Self {
            issuer_width,
            issuer,
            issuer_rule,
            nation: MastheadLine::new(&h.nation, ISSUER_SIZE, Emphasis::Bold),
            motto: MastheadLine::new(&h.motto, MOTTO_SIZE, Emphasis::Bold),
            motto_rule: fonts.width(FontStyle::Bold, MOTTO_SIZE, &h.motto),
            number: h
                .number
                .as_deref()
                .map(|n| MastheadLine::new(n, NUMBER_SIZE, Emphasis::Normal)),
            place_date: MastheadLine::new(&h.place_date, PLACE_DATE_SIZE, Emphasis::Italic),
        }
    }
}

/// A masthead line's text style, centred in its column.
fn line_style(l: &MastheadLine) -> TextStyle {
    style(l.size, Align::Center, l.emphasis)
}

pub fn header_unit(h: &Header, width: f32) -> Unit {
    let m = Masthead::new(h, width);
    let mut items = Vec::new();
    let issuer_width = m.issuer_width;
    let left = Column {
        x: 0.0,
        width: issuer_width,
        lift: HEADER_LIFT,
    };
    let right = Column {
        x: issuer_width,
        width: width - issuer_width,
        lift: HEADER_LIFT,
    };

    // Left: the issuing body, a short rule under it, then the number.
    let mut y = 0.0;
    for line in &m.issuer {
        left.push_lines(&mut items, line.text, &line_style(line), &mut y);
    }
    if let Some(rule) = m.issuer_rule {
        items.push(rule_item(
            issuer_width / 2.0 - rule / 2.0,
            y + RULE_DROP,
            rule,
        ));
    }

    // Right: the national name, the motto with its rule, then place and
    // date.
    // (Set aside first, so the page's text reads the issuing body, the
    // national name and motto, then the number and the date: the Word
    // copy's table has them in two rows.)
    let mut right_items = Vec::new();
    let mut ry = 0.0;
    for line in [&m.nation, &m.motto] {
        right.push_lines(&mut right_items, line.text, &line_style(line), &mut ry);
    }
    right_items.push(rule_item(
        right.x + (right.width - m.motto_rule) / 2.0,
        ry + RULE_DROP,
        m.motto_rule,
    ));
    // "Số: …" and the place and date share a baseline (Decree 30).
    let line_top = (ry + MOTTO_TO_DATE).max(y + NUMBER_GAP);
    items.extend(right_items);
    if let Some(number) = &m.number {
        y = line_top;
        left.push_lines(&mut items, number.text, &line_style(number), &mut y);
    }
    ry = line_top;
    let date = &m.place_date;
    right.push_lines(&mut items, date.text, &line_style(date), &mut ry);
    Unit {
        keep_next: true,
        ..Unit::new(
            (y + HEADER_BOTTOM).max(ry + HEADER_BOTTOM),
            0.0,
            items,
            BlockKind::Header,
        )
    }
}

/// The title, the summary line under it and a short rule.
pub fn title_units(title: &str, summary: &str, width: f32) -> Vec<Unit> {
    let mut units = Vec::new();
    let st = style(TITLE_SIZE, Align::Center, Emphasis::Bold);
    let lines = layout_paragraph(&[Inline::plain(title)], &st, width);
    units.extend(line_units(
        lines,
        &st,
        TITLE_GAP,
        BlockKind::Title,
        None,
        true,
    ));
    let st = style(SUMMARY_SIZE, Align::Center, Emphasis::Bold);
    let summary_width = width * (1.0 - 2.0 * SUMMARY_MARGIN);
    let lines = layout_paragraph(&[Inline::plain(summary)], &st, summary_width);
    let mut summary = line_units(lines, &st, SUMMARY_GAP, BlockKind::Title, None, true);
    let indent = width * SUMMARY_MARGIN;
    for u in &mut summary {
        for item in &mut u.items {
            if let Item::Text(TextRun { x, .. }) = item {
                *x += indent;
            }
        }
    }
    units.extend(summary);
    units.push(short_rule_unit(width, BlockKind::Title));
    units
}

/// The short rule centred under a title (the report's, the appendix's),
/// kept with what follows.
pub fn short_rule_unit(width: f32, kind: BlockKind) -> Unit {
    Unit {
        keep_next: true,
        ..Unit::new(
            TITLE_RULE_UNIT,
            0.0,
            vec![rule_item(
                width / 2.0 - TITLE_RULE / 2.0,
                TITLE_RULE_DROP,
                TITLE_RULE,
            )],
            kind,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(issuer: &[&str], number: Option<&str>) -> Header {
        Header {
            issuer_lines: issuer.iter().map(|s| s.to_string()).collect(),
            nation: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".into(),
            motto: "Độc lập - Tự do - Hạnh phúc".into(),
            place_date: "Hà Nội, ngày 23 tháng 11 năm 2026".into(),
            number: number.map(str::to_string),
        }
    }

    /// The decisions both the page and the Word copy read: the parent
    /// body upright, the body itself bold with a rule a third of its
    /// name, the motto bold with a rule as long as it, the date italic.
    #[test]
    fn the_masthead_decides_emphasis_and_rules_once() {
        let h = header(
            &["BỘ KHOA HỌC VÀ CÔNG NGHỆ", "CỤC CHUYỂN ĐỔI SỐ"],
            Some("Số: 1"),
        );
        let m = Masthead::new(&h, 467.7);
        let emphasis: Vec<Emphasis> = m.issuer.iter().map(|l| l.emphasis).collect();
        assert_eq!(emphasis, [Emphasis::Normal, Emphasis::Bold]);
        assert_eq!(m.issuer[1].size, 12.0);
        assert_eq!(m.motto.emphasis, Emphasis::Bold);
        assert_eq!(m.place_date.emphasis, Emphasis::Italic);
        assert_eq!(m.number.map(|n| n.emphasis), Some(Emphasis::Normal));
        // "CỤC CHUYỂN ĐỔI SỐ" in 12 pt bold is about 120 pt wide.
        let rule = m.issuer_rule.unwrap_or(0.0);
        assert!((35.0..45.0).contains(&rule), "{rule}");
        // The motto in 13 pt bold is about 160 pt wide.
        assert!((140.0..180.0).contains(&m.motto_rule), "{}", m.motto_rule);
        // No body, no rule under it.
        assert_eq!(Masthead::new(&header(&[], None), 467.7).issuer_rule, None);
    }
}
