//! The Decree 30 header (issuing body on the left; national name, motto,
//! place and date on the right) and the title block under it.

use super::fonts::{FontStyle, Fonts};
use super::format::*;
use super::page::{BlockKind, Item, TextRun};
use super::text::{Align, layout_paragraph};
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

pub fn header_unit(h: &Header, width: f32) -> Unit {
    let mut items = Vec::new();
    let issuer_width = issuer_column(h, width);
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

    // Left: the issuing body; parents upright, the body itself bold, a
    // short rule a third as long as its name under it, then the number.
    let mut y = 0.0;
    let n = h.issuer_lines.len();
    for (i, line) in h.issuer_lines.iter().enumerate() {
        let base = if i + 1 == n {
            Emphasis::Bold
        } else {
            Emphasis::Normal
        };
        let st = style(ISSUER_SIZE, Align::Center, base);
        left.push_lines(&mut items, line, &st, &mut y);
    }
    if let Some(last) = h.issuer_lines.last() {
        let w = Fonts::get()
            .width(FontStyle::Bold, ISSUER_SIZE, last)
            .min(issuer_width);
        let rule = w / 3.0;
        items.push(rule_item(
            issuer_width / 2.0 - rule / 2.0,
            y + RULE_DROP,
            rule,
        ));
    }

    // Right: the national name, the motto with a rule as long as it, then
    // place and date.
    // (Set aside first, so the page's text reads the issuing body, the
    // national name and motto, then the number and the date: the Word
    // copy's table has them in two rows.)
    let mut right_items = Vec::new();
    let mut ry = 0.0;
    let bold12 = style(ISSUER_SIZE, Align::Center, Emphasis::Bold);
    right.push_lines(&mut right_items, &h.nation, &bold12, &mut ry);
    let motto = style(MOTTO_SIZE, Align::Center, Emphasis::Bold);
    right.push_lines(&mut right_items, &h.motto, &motto, &mut ry);
    let motto_w = Fonts::get().width(FontStyle::Bold, MOTTO_SIZE, &h.motto);
    right_items.push(rule_item(
        right.x + (right.width - motto_w) / 2.0,
        ry + RULE_DROP,
        motto_w,
    ));
    // "Số: …" and the place and date share a baseline (Decree 30).
    let line_top = (ry + MOTTO_TO_DATE).max(y + NUMBER_GAP);
    items.extend(right_items);
    if let Some(number) = &h.number {
        y = line_top;
        let st = style(NUMBER_SIZE, Align::Center, Emphasis::Normal);
        left.push_lines(&mut items, number, &st, &mut y);
    }
    ry = line_top;
    let italic = style(PLACE_DATE_SIZE, Align::Center, Emphasis::Italic);
    right.push_lines(&mut items, &h.place_date, &italic, &mut ry);
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
