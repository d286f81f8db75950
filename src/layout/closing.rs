//! The end of the document: the reference list, then "Nơi nhận" on the
//! left and the signer block on the right.

use super::fonts::Fonts;
use super::measures::*;
use super::page::{AnchorKind, BlockKind, Item, Rgb, TextRun};
use super::text::{Align, TextStyle, font_style, layout_paragraph};
use super::unit::{Column, Unit, line_units, style};
use crate::brief::document::{Closing, Emphasis, Inline, ReferenceList};

/// Space under the closing block.
const CLOSING_BOTTOM: f32 = 6.0;
/// Room kept right of the recipients' list.
const RECIPIENT_RIGHT: f32 = 10.0;

pub fn reference_style() -> TextStyle {
    // Left-aligned: long titles and names break badly when justified.
    TextStyle {
        indent: REFERENCE_INDENT,
        ..style(BODY_SIZE, Align::Left, Emphasis::Normal)
    }
}

pub fn reference_units(refs: &ReferenceList, width: f32) -> Vec<Unit> {
    let mut units = Vec::new();
    let st = style(BODY_SIZE, Align::Left, Emphasis::Bold);
    let lines = layout_paragraph(&[Inline::plain(refs.heading)], &st, width);
    units.extend(line_units(
        lines,
        &st,
        REFERENCES_GAP,
        BlockKind::References,
        None,
        true,
    ));
    if let Some(first) = units.first_mut() {
        first.anchor = Some(AnchorKind::Outline {
            title: refs.heading.to_string(),
            level: u8::from(refs.in_appendix),
        });
    }
    let st = reference_style();
    for r in refs.entries {
        // The label hangs in the indent; every line of text starts at the
        // indent.
        let mut lines = layout_paragraph(&[Inline::plain(&r.text)], &st, width);
        if let Some(first) = lines.first_mut() {
            let face = font_style(Emphasis::Normal);
            let w = Fonts::get().width(face, st.size, &r.label);
            first.runs.insert(
                0,
                TextRun {
                    x: 0.0,
                    y: 0.0,
                    text: r.label.clone(),
                    style: face,
                    size: st.size,
                    color: Rgb::BLACK,
                    width: w,
                    link: None,
                },
            );
        }
        let mut entry = line_units(
            lines,
            &st,
            REFERENCE_GAP,
            BlockKind::References,
            None,
            false,
        );
        if let Some(first) = entry.first_mut() {
            first.anchor = Some(AnchorKind::Reference(r.number));
        }
        units.extend(entry);
    }
    units
}

pub fn closing_unit(c: &Closing, width: f32) -> Unit {
    let half = width / 2.0;
    let mut items: Vec<Item> = Vec::new();
    let mut ly = 0.0;
    if !c.recipients.is_empty() {
        let label = Column {
            x: 0.0,
            width: half,
            lift: 0.0,
        };
        let st = style(RECIPIENTS_LABEL_SIZE, Align::Left, Emphasis::BoldItalic);
        label.push_lines(&mut items, &c.recipients_label, &st, &mut ly);
        let list = Column {
            width: half - RECIPIENT_RIGHT,
            ..label
        };
        let st = TextStyle {
            indent: RECIPIENT_HANG,
            first_indent: -RECIPIENT_HANG,
            ..style(RECIPIENT_SIZE, Align::Left, Emphasis::Normal)
        };
        for r in &c.recipients {
            list.push_lines(&mut items, r, &st, &mut ly);
        }
    }
    let mut ry = 0.0;
    if let Some(s) = &c.signer {
        let col = Column {
            x: half,
            width: half,
            lift: 0.0,
        };
        let st = style(SIGNER_SIZE, Align::Center, Emphasis::Bold);
        for line in &s.title_lines {
            col.push_lines(&mut items, line, &st, &mut ry);
        }
        ry += SIGNATURE_SPACE;
        col.push_lines(&mut items, &s.name, &st, &mut ry);
    }
    Unit::new(
        f32::max(ly, ry) + CLOSING_BOTTOM,
        CLOSING_GAP,
        items,
        BlockKind::Closing,
    )
}
