//! The metafile read back with a reader of its own (record walk, fields
//! at their MS-EMF offsets); the expected values are worked out by hand.

use super::chart_emf;
use crate::layout::FontStyle;
use crate::layout::page::{Item, Rgb, Stroke, TextRun};

fn u32_at(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(b[at..at + 4].try_into().unwrap())
}

fn i32_at(b: &[u8], at: usize) -> i32 {
    i32::from_le_bytes(b[at..at + 4].try_into().unwrap())
}

fn i16_at(b: &[u8], at: usize) -> i16 {
    i16::from_le_bytes(b[at..at + 2].try_into().unwrap())
}

fn utf16_at(b: &[u8], at: usize, units: usize) -> String {
    let u: Vec<u16> = (0..units)
        .map(|i| u16::from_le_bytes([b[at + 2 * i], b[at + 2 * i + 1]]))
        .collect();
    String::from_utf16(&u).unwrap()
}

/// Every record (type, whole record), checking each size.
fn walk(bytes: &[u8]) -> Vec<(u32, &[u8])> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        let size = u32_at(bytes, at + 4) as usize;
        assert!(
            size >= 8 && size.is_multiple_of(4),
            "record at {at}: size {size}"
        );
        out.push((u32_at(bytes, at), &bytes[at..at + size]));
        at += size;
    }
    assert_eq!(at, bytes.len(), "the last record ends at the end");
    out
}

fn stroke(width: f32, dash: Option<(f32, f32)>) -> Stroke {
    Stroke {
        width,
        color: Rgb::BLACK,
        dash,
    }
}

fn run(x: f32, y: f32, text: &str, style: FontStyle, color: Rgb) -> TextRun {
    TextRun {
        x,
        y,
        text: text.into(),
        style,
        size: 10.0,
        color,
        width: 40.0,
        link: None,
    }
}

fn chart() -> Vec<Item> {
    vec![
        Item::Text(run(50.0, 160.0, "Năm 2024", FontStyle::Regular, Rgb::BLACK)),
        Item::Polyline {
            points: vec![(48.0, 44.0), (48.0, 162.0)],
            stroke: stroke(0.8, None),
        },
        Item::Polyline {
            points: vec![(0.0, 100.0), (20.0, 100.0)],
            stroke: stroke(0.8, Some((3.0, 2.0))),
        },
        Item::Dot {
            x: 10.0,
            y: 20.0,
            radius: 2.5,
            fill: Rgb(255, 255, 255),
            stroke: Some(stroke(1.0, None)),
        },
        Item::Text(run(5.0, 13.0, "Hà Nội", FontStyle::BoldItalic, Rgb::GREY)),
        Item::Text(run(5.0, 30.0, "   ", FontStyle::Regular, Rgb::BLACK)),
    ]
}

#[test]
fn the_header_counts_what_follows_and_every_record_is_whole() {
    let emf = chart_emf(&chart(), 200.0, 170.0);
    let records = walk(&emf);
    assert_eq!(records[0].0, 1, "EMR_HEADER first");
    assert_eq!(&emf[40..44], b" EMF");
    assert_eq!(u32_at(&emf, 44), 0x0001_0000, "version");
    assert_eq!(u32_at(&emf, 48) as usize, emf.len(), "nBytes");
    assert_eq!(u32_at(&emf, 52) as usize, records.len(), "nRecords");
    // Two fonts, two pens (0,8 and 1 pt), one brush, and slot 0.
    assert_eq!(u16::from_le_bytes([emf[56], emf[57]]), 6, "nHandles");
    // Bounds in twips (200 × 170 pt, inclusive), frame in 0,01 mm
    // (200 pt = 7055,6 → 7056; 170 pt = 5997,2 → 5997; inclusive).
    let rect = |at: usize| [0, 4, 8, 12].map(|o| i32_at(&emf, at + o));
    assert_eq!(rect(8), [0, 0, 3999, 3399]);
    assert_eq!(rect(24), [0, 0, 7055, 5996]);
    // Reference device 14 400 px = 254 mm = 254 000 µm: 1 px = 1 twip.
    assert_eq!([i32_at(&emf, 72), i32_at(&emf, 76)], [14_400, 14_400]);
    assert_eq!([i32_at(&emf, 80), i32_at(&emf, 84)], [254, 254]);
    assert_eq!([i32_at(&emf, 100), i32_at(&emf, 104)], [254_000, 254_000]);
    assert_eq!(u32_at(&emf, 4), 108, "header size");
    let (last, eof) = records.last().unwrap();
    assert_eq!((*last, eof.len()), (14, 20), "EMR_EOF last");
    assert_eq!(u32_at(eof, 16), 20, "SizeLast");
    // Nothing but vectors and text: no bitmap records.
    assert!(records.iter().all(|(t, _)| !(76..=81).contains(t)));
}

#[test]
fn vietnamese_text_sits_at_its_twip_with_the_layout_advances() {
    let emf = chart_emf(&chart(), 200.0, 170.0);
    let texts: Vec<(i32, i32, String, &[u8])> = walk(&emf)
        .into_iter()
        .filter(|(t, _)| *t == 84)
        .map(|(_, r)| {
            let n = u32_at(r, 44) as usize;
            let at = u32_at(r, 48) as usize;
            (i32_at(r, 36), i32_at(r, 40), utf16_at(r, at, n), r)
        })
        .collect();
    assert_eq!(texts.len(), 2, "the run of spaces is left out");
    let (x, y, text, r) = &texts[0];
    // 50 pt, 160 pt.
    assert_eq!((*x, *y, text.as_str()), (1000, 3200, "Năm 2024"));
    assert_eq!(u32_at(r, 52), 0, "no options");
    // Liberation Serif (2048 units/em) at 10 pt = 200 twips: N 1479,
    // ă 909, m 1593, space 512, digits 1024; running totals 144,4 233,2
    // 388,8 438,8 538,8 … 838,8 rounded.
    let dx_at = u32_at(r, 72) as usize;
    let dx: Vec<i32> = (0..8).map(|i| i32_at(r, dx_at + 4 * i)).collect();
    assert_eq!(dx, [144, 89, 156, 50, 100, 100, 100, 100]);
    assert_eq!(dx_at + 32, r.len());
    let (x, y, text, _) = &texts[1];
    assert_eq!((*x, *y, text.as_str()), (100, 260, "Hà Nội"));
    // Baseline-left, transparent, in the serif face at 10 pt.
    let records = walk(&emf);
    let value = |t: u32| {
        records
            .iter()
            .find(|(k, _)| *k == t)
            .map(|(_, r)| u32_at(r, 8))
    };
    assert_eq!(value(22), Some(24), "TA_BASELINE | TA_LEFT");
    assert_eq!(value(18), Some(1), "TRANSPARENT");
    let fonts: Vec<&[u8]> = records
        .iter()
        .filter(|(t, _)| *t == 82)
        .map(|(_, r)| *r)
        .collect();
    assert_eq!(fonts.len(), 2);
    for (f, weight, italic) in [(fonts[0], 400, 0), (fonts[1], 700, 1)] {
        assert_eq!(i32_at(f, 12), -200, "em height in twips");
        assert_eq!(i32_at(f, 28), weight);
        assert_eq!(f[32], italic);
        assert_eq!(utf16_at(f, 40, 15), "Times New Roman");
        assert_eq!(u16::from_le_bytes([f[70], f[71]]), 0, "name ends");
    }
    // The grey run's colour (110, 110, 110) before it.
    let colours: Vec<u32> = records
        .iter()
        .filter(|(t, _)| *t == 24)
        .map(|(_, r)| u32_at(r, 8))
        .collect();
    assert_eq!(colours, [0, 0x006E_6E6E]);
}

#[test]
fn lines_dashes_and_dots_in_twips() {
    let emf = chart_emf(&chart(), 200.0, 170.0);
    let records = walk(&emf);
    let points16 = |r: &[u8], at: usize, n: usize| -> Vec<(i16, i16)> {
        (0..n)
            .map(|i| (i16_at(r, at + 4 * i), i16_at(r, at + 4 * i + 2)))
            .collect()
    };
    // The axis: one POLYLINE16 from (48, 44) to (48, 162) pt.
    let (_, line) = records.iter().find(|(t, _)| *t == 87).unwrap();
    assert_eq!(u32_at(line, 24), 2);
    assert_eq!(points16(line, 28, 2), [(960, 880), (960, 3240)]);
    // 20 pt dashed 3 on, 2 off: four dashes in one POLYPOLYLINE16.
    let (_, dashed) = records.iter().find(|(t, _)| *t == 90).unwrap();
    assert_eq!((u32_at(dashed, 24), u32_at(dashed, 28)), (4, 8));
    assert!((0..4).all(|i| u32_at(dashed, 32 + 4 * i) == 2));
    let xs: Vec<i16> = points16(dashed, 48, 8).iter().map(|p| p.0).collect();
    assert_eq!(xs, [0, 60, 100, 160, 200, 260, 300, 360]);
    assert!(points16(dashed, 48, 8).iter().all(|p| p.1 == 2000));
    // Pens: 0,8 pt = 16 twips, then the dot's 1 pt = 20; geometric,
    // flat ends, mitred joins, solid black.
    let pens: Vec<[u32; 3]> = records
        .iter()
        .filter(|(t, _)| *t == 95)
        .map(|(_, r)| [u32_at(r, 28), u32_at(r, 32), u32_at(r, 40)])
        .collect();
    assert_eq!(pens, [[0x12200, 16, 0], [0x12200, 20, 0]]);
    // The dot: (10, 20) pt, radius 2,5 pt, a white brush.
    let (_, ellipse) = records.iter().find(|(t, _)| *t == 42).unwrap();
    let bounds = [8, 12, 16, 20].map(|o| i32_at(ellipse, o));
    assert_eq!(bounds, [150, 350, 250, 450]);
    let (_, brush) = records.iter().find(|(t, _)| *t == 39).unwrap();
    assert_eq!((u32_at(brush, 12), u32_at(brush, 16)), (0, 0x00FF_FFFF));
    // Every object deleted at the end, after the stock ones are selected.
    let deleted: Vec<u32> = records
        .iter()
        .filter(|(t, _)| *t == 40)
        .map(|(_, r)| u32_at(r, 8))
        .collect();
    assert_eq!(deleted, [1, 2, 3, 4, 5]);
}

#[test]
fn the_same_items_give_the_same_bytes() {
    let a = chart_emf(&chart(), 200.0, 170.0);
    assert_eq!(a, chart_emf(&chart(), 200.0, 170.0));
}
