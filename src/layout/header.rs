//! The Decree 30 header (issuing body on the left; national name, motto,
//! place and date on the right) and the title block under it.

use super::fonts::{FontStyle, Fonts};
use super::page::{BlockKind, Item, TextRun, mm};
use super::text::{Align, layout_paragraph};
use super::unit::{Column, Unit, line_units, rule_item, style};
use crate::brief::document::{Document, Emphasis, Header, Inline};

/// Width of the issuing body's column; the national name takes the rest.
const ISSUER_COLUMN: f32 = mm(70.0);
/// Header lines sit this far above the bottom of their line.
const HEADER_LIFT: f32 = 3.5;
/// Distance from a line's bottom to the rule under it.
const RULE_DROP: f32 = 2.0;
/// Space between the motto's rule and the place and date line.
const MOTTO_TO_DATE: f32 = 14.0;
/// Space left under the lowest header line.
const HEADER_BOTTOM: f32 = 4.0;
/// The title's rule: length, and the height of its unit.
const TITLE_RULE: f32 = 80.0;
const TITLE_RULE_UNIT: f32 = 10.0;
/// The summary line is set in the middle 85% of the text width.
const SUMMARY_WIDTH: f32 = 0.85;
const SUMMARY_MARGIN: f32 = 0.075;

pub fn header_unit(h: &Header, width: f32) -> Unit {
    let mut items = Vec::new();
    let left = Column {
        x: 0.0,
        width: ISSUER_COLUMN,
        lift: HEADER_LIFT,
    };
    let right = Column {
        x: ISSUER_COLUMN,
        width: width - ISSUER_COLUMN,
        lift: HEADER_LIFT,
    };

    // Left: the issuing body; parents upright, the body itself bold, a
    // short rule a third as long as its name under it.
    let mut y = 0.0;
    let n = h.issuer_lines.len();
    for (i, line) in h.issuer_lines.iter().enumerate() {
        let base = if i + 1 == n {
            Emphasis::Bold
        } else {
            Emphasis::Normal
        };
        left.push_lines(&mut items, line, &style(12.0, Align::Center, base), &mut y);
    }
    if let Some(last) = h.issuer_lines.last() {
        let w = Fonts::get()
            .width(FontStyle::Bold, 12.0, last)
            .min(ISSUER_COLUMN);
        let rule = w / 3.0;
        items.push(rule_item(
            ISSUER_COLUMN / 2.0 - rule / 2.0,
            y + RULE_DROP,
            rule,
        ));
    }

    // Right: the national name, the motto with a rule as long as it, then
    // place and date.
    let mut ry = 0.0;
    let bold12 = style(12.0, Align::Center, Emphasis::Bold);
    right.push_lines(&mut items, &h.nation, &bold12, &mut ry);
    let bold13 = style(13.0, Align::Center, Emphasis::Bold);
    right.push_lines(&mut items, &h.motto, &bold13, &mut ry);
    let motto_w = Fonts::get().width(FontStyle::Bold, 13.0, &h.motto);
    items.push(rule_item(
        right.x + (right.width - motto_w) / 2.0,
        ry + RULE_DROP,
        motto_w,
    ));
    ry += MOTTO_TO_DATE;
    let italic = style(13.0, Align::Center, Emphasis::Italic);
    right.push_lines(&mut items, &h.place_date, &italic, &mut ry);
    Unit {
        height: (y + HEADER_BOTTOM).max(ry + HEADER_BOTTOM),
        gap: 0.0,
        items,
        kind: BlockKind::Header,
        block: None,
        keep_next: true,
    }
}

/// The title, the summary line under it and a short rule.
pub fn title_units(doc: &Document, width: f32) -> Vec<Unit> {
    let mut units = Vec::new();
    let st = style(14.0, Align::Center, Emphasis::Bold);
    let lines = layout_paragraph(&[Inline::plain(&doc.title)], &st, width);
    units.extend(line_units(lines, &st, 24.0, BlockKind::Title, None, true));
    let st = style(13.0, Align::Center, Emphasis::Bold);
    let lines = layout_paragraph(&[Inline::plain(&doc.summary)], &st, width * SUMMARY_WIDTH);
    let mut summary = line_units(lines, &st, 2.0, BlockKind::Title, None, true);
    let indent = width * SUMMARY_MARGIN;
    for u in &mut summary {
        for item in &mut u.items {
            if let Item::Text(TextRun { x, .. }) = item {
                *x += indent;
            }
        }
    }
    units.extend(summary);
    units.push(Unit {
        height: TITLE_RULE_UNIT,
        gap: 0.0,
        items: vec![rule_item(width / 2.0 - TITLE_RULE / 2.0, 4.0, TITLE_RULE)],
        kind: BlockKind::Title,
        block: None,
        keep_next: true,
    });
    units
}
