//! Chart items (text runs, polylines, dots) as an Enhanced Metafile
//! (MS-EMF): the picture's own image in the .docx, a vector picture that
//! every Word and LibreOffice draw (Word 2016+ draws the SVG beside it).
//!
//! One logical unit is one twip (1/20 pt), MM_TEXT (x right, y down, as
//! the layout). The reference device is a 10-inch square at 1440 pixels
//! an inch: 14 400 pixels and 254 mm, whole numbers in the exact ratio,
//! because LibreOffice maps with the whole millimetres alone.
//!
//! - Lines: geometric pens with flat ends and mitred joins, as the SVG and
//!   the PDF draw them. A dashed line is cut into its dashes here (one
//!   POLYPOLYLINE): LibreOffice reads a pen's own dash list
//!   (PS_USERSTYLE) as a solid line, and GDI's stock dashes are sized by
//!   the device, not the chart.
//! - Dots: ellipses filled with a solid brush, ringed by the stroke's pen
//!   or none.
//! - Text: UTF-16 (Vietnamese letters as they are), "Times New Roman" as
//!   in the SVG (Word's face; LibreOffice on Linux gets Liberation Serif,
//!   its metric-compatible twin, through fontconfig), left end of the
//!   baseline at the layout's point, with every character's advance from
//!   the bundled face the layout measured, so the labels sit where the PDF
//!   puts them whichever face the reader finds.
//!
//! Pens, brushes and fonts are created on first use, selected when needed
//! and deleted at the end; the same items always give the same bytes.

use crate::layout::page::{Item, Rgb, Stroke, TextRun};
use crate::layout::{FontStyle, Fonts};

// Record types (MS-EMF 2.1.1).
const EMR_HEADER: u32 = 1;
const EMR_POLYLINE: u32 = 4;
const EMR_POLYPOLYLINE: u32 = 7;
const EMR_EOF: u32 = 14;
const EMR_SETMAPMODE: u32 = 17;
const EMR_SETBKMODE: u32 = 18;
const EMR_SETTEXTALIGN: u32 = 22;
const EMR_SETTEXTCOLOR: u32 = 24;
const EMR_SELECTOBJECT: u32 = 37;
const EMR_CREATEBRUSHINDIRECT: u32 = 39;
const EMR_DELETEOBJECT: u32 = 40;
const EMR_ELLIPSE: u32 = 42;
const EMR_EXTCREATEFONTINDIRECTW: u32 = 82;
const EMR_EXTTEXTOUTW: u32 = 84;
const EMR_POLYLINE16: u32 = 87;
const EMR_POLYPOLYLINE16: u32 = 90;
const EMR_EXTCREATEPEN: u32 = 95;

const MM_TEXT: u32 = 1;
const TRANSPARENT: u32 = 1;
/// TA_BASELINE | TA_LEFT (TA_LEFT is 0).
const TA_BASELINE_LEFT: u32 = 24;
const GM_COMPATIBLE: u32 = 1;
/// PS_GEOMETRIC | PS_ENDCAP_FLAT | PS_JOIN_MITER, solid.
const PEN_STYLE: u32 = 0x0001_0000 | 0x0000_0200 | 0x0000_2000;
const BS_SOLID: u32 = 0;
const DEFAULT_CHARSET: u8 = 1;
/// VARIABLE_PITCH | FF_ROMAN.
const SERIF_PITCH_FAMILY: u8 = 0x12;
// Stock objects, selected before the objects are deleted.
const NULL_BRUSH: u32 = 0x8000_0005;
const NULL_PEN: u32 = 0x8000_0008;
const SYSTEM_FONT: u32 = 0x8000_000D;

/// The face every text asks for.
const FACE: &str = "Times New Roman";
const TWIPS_PER_POINT: f32 = 20.0;
const DEVICE_PIXELS: i32 = 14_400;
const DEVICE_MM: i32 = 254;
/// Hundredths of a millimetre in a twip, for EXTTEXTOUTW's scale.
const HMM_PER_TWIP: f32 = 2540.0 / 1440.0;
/// EMR_HEADER with both extensions (the micrometres last), no description.
const HEADER_SIZE: u32 = 108;

/// Points to twips.
fn tw(v: f32) -> i32 {
    (v * TWIPS_PER_POINT).round() as i32
}

/// A COLORREF: red, green, blue, 0.
fn colorref(c: Rgb) -> u32 {
    u32::from(c.0) | u32::from(c.1) << 8 | u32::from(c.2) << 16
}

#[derive(Clone, Copy, PartialEq)]
enum Object {
    Pen { width: i32, color: Rgb },
    Brush(Rgb),
    Font { style: FontStyle, height: i32 },
}

/// Little-endian fields of one record.
#[derive(Default)]
struct Fields(Vec<u8>);

impl Fields {
    fn u32(&mut self, v: u32) -> &mut Self {
        self.0.extend_from_slice(&v.to_le_bytes());
        self
    }
    fn i32(&mut self, v: i32) -> &mut Self {
        self.0.extend_from_slice(&v.to_le_bytes());
        self
    }
    fn rect(&mut self, r: [i32; 4]) -> &mut Self {
        r.iter().for_each(|&v| {
            self.i32(v);
        });
        self
    }
}

/// The records after the header.
#[derive(Default)]
struct Writer {
    body: Vec<u8>,
    records: u32,
    /// The object behind each handle (handle = index + 1).
    objects: Vec<Object>,
    pen: Option<u32>,
    brush: Option<u32>,
    font: Option<u32>,
    text_color: Option<Rgb>,
}

impl Writer {
    fn record(&mut self, kind: u32, fields: &[u8]) {
        let padded = fields.len().next_multiple_of(4);
        self.body.extend_from_slice(&kind.to_le_bytes());
        self.body
            .extend_from_slice(&(8 + padded as u32).to_le_bytes());
        self.body.extend_from_slice(fields);
        self.body.resize(self.body.len() + padded - fields.len(), 0);
        self.records += 1;
    }

    fn record_u32(&mut self, kind: u32, values: &[u32]) {
        let mut f = Fields::default();
        values.iter().for_each(|&v| {
            f.u32(v);
        });
        self.record(kind, &f.0);
    }

    /// The handle of `object`, created on first use.
    fn handle(&mut self, object: Object) -> u32 {
        if let Some(i) = self.objects.iter().position(|o| *o == object) {
            return i as u32 + 1;
        }
        self.objects.push(object);
        let h = self.objects.len() as u32;
        let mut f = Fields::default();
        f.u32(h);
        match object {
            Object::Pen { width, color } => {
                // No pattern bitmap (offBmi, cbBmi, offBits, cbBits), then
                // LogPenEx: style, width, BS_SOLID, colour, hatch, no
                // style entries.
                f.u32(0).u32(0).u32(0).u32(0).u32(PEN_STYLE);
                f.u32(width.max(1) as u32)
                    .u32(BS_SOLID)
                    .u32(colorref(color));
                f.u32(0).u32(0);
                self.record(EMR_EXTCREATEPEN, &f.0);
            }
            Object::Brush(color) => {
                f.u32(BS_SOLID).u32(colorref(color)).u32(0);
                self.record(EMR_CREATEBRUSHINDIRECT, &f.0);
            }
            Object::Font { style, height } => {
                font_fields(&mut f, style, height);
                self.record(EMR_EXTCREATEFONTINDIRECTW, &f.0);
            }
        }
        h
    }

    fn select(&mut self, slot: fn(&mut Self) -> &mut Option<u32>, handle: u32) {
        if *slot(self) != Some(handle) {
            *slot(self) = Some(handle);
            self.record_u32(EMR_SELECTOBJECT, &[handle]);
        }
    }

    fn select_pen(&mut self, stroke: Option<&Stroke>) {
        let h = match stroke {
            Some(s) => self.handle(Object::Pen {
                width: tw(s.width),
                color: s.color,
            }),
            None => NULL_PEN,
        };
        self.select(|w| &mut w.pen, h);
    }

    fn polyline(&mut self, points: &[(f32, f32)], stroke: &Stroke) {
        let lines: Vec<Vec<(i32, i32)>> = match stroke.dash {
            Some((on, off)) => dashes(points, on, off),
            None => vec![points.to_vec()],
        }
        .iter()
        .map(|l| l.iter().map(|&(x, y)| (tw(x), tw(y))).collect())
        .collect();
        let every = || lines.iter().flatten();
        if every().nth(1).is_none() {
            return;
        }
        self.select_pen(Some(stroke));
        let half = (tw(stroke.width) + 1) / 2;
        let bounds = [
            every().map(|p| p.0).min().unwrap_or(0) - half,
            every().map(|p| p.1).min().unwrap_or(0) - half,
            every().map(|p| p.0).max().unwrap_or(0) + half,
            every().map(|p| p.1).max().unwrap_or(0) + half,
        ];
        let short = every().all(|&(x, y)| i16::try_from(x).is_ok() && i16::try_from(y).is_ok());
        let kind = match (lines.len() == 1, short) {
            (true, true) => EMR_POLYLINE16,
            (true, false) => EMR_POLYLINE,
            (false, true) => EMR_POLYPOLYLINE16,
            (false, false) => EMR_POLYPOLYLINE,
        };
        let mut f = Fields::default();
        f.rect(bounds);
        if lines.len() > 1 {
            f.u32(lines.len() as u32);
        }
        f.u32(every().count() as u32);
        if lines.len() > 1 {
            lines.iter().for_each(|l| {
                f.u32(l.len() as u32);
            });
        }
        for &(x, y) in every() {
            if short {
                f.0.extend_from_slice(&(x as i16).to_le_bytes());
                f.0.extend_from_slice(&(y as i16).to_le_bytes());
            } else {
                f.i32(x).i32(y);
            }
        }
        self.record(kind, &f.0);
    }

    fn dot(&mut self, (x, y, r): (f32, f32, f32), fill: Rgb, stroke: Option<&Stroke>) {
        let brush = self.handle(Object::Brush(fill));
        self.select(|w| &mut w.brush, brush);
        self.select_pen(stroke);
        let mut f = Fields::default();
        f.rect([tw(x - r), tw(y - r), tw(x + r), tw(y + r)]);
        self.record(EMR_ELLIPSE, &f.0);
    }

    /// One run, the left end of its baseline at the layout's point.
    /// Runs of spaces only draw nothing and are left out.
    fn text(&mut self, run: &TextRun) {
        if run.text.trim().is_empty() {
            return;
        }
        let font = self.handle(Object::Font {
            style: run.style,
            height: tw(run.size),
        });
        self.select(|w| &mut w.font, font);
        if self.text_color != Some(run.color) {
            self.text_color = Some(run.color);
            self.record_u32(EMR_SETTEXTCOLOR, &[colorref(run.color)]);
        }
        let units: Vec<u16> = run.text.encode_utf16().collect();
        let dx = advances(run);
        let n = units.len() as u32;
        // Header, bounds, mode and scales (36 bytes), then the EmrText
        // object (40): the string follows at 76, the advances after it.
        let string_at = 76;
        let dx_at = string_at + (2 * n).next_multiple_of(4);
        let fonts = Fonts::get();
        let (x, y) = (tw(run.x), tw(run.y));
        let mut f = Fields::default();
        f.rect([
            x,
            y - tw(fonts.ascent(run.style, run.size)),
            x + tw(run.width),
            y + tw(fonts.descent(run.style, run.size)),
        ]);
        f.u32(GM_COMPATIBLE);
        f.0.extend_from_slice(&HMM_PER_TWIP.to_le_bytes());
        f.0.extend_from_slice(&HMM_PER_TWIP.to_le_bytes());
        // Reference point, characters, string offset, no options, no
        // clipping rectangle, advances' offset.
        f.i32(x).i32(y).u32(n).u32(string_at).u32(0);
        f.rect([0, 0, 0, 0]).u32(dx_at);
        for u in &units {
            f.0.extend_from_slice(&u.to_le_bytes());
        }
        f.0.resize(dx_at as usize - 8, 0);
        dx.iter().for_each(|&d| {
            f.i32(d);
        });
        self.record(EMR_EXTTEXTOUTW, &f.0);
    }
}

/// LogFont (MS-WMF 2.2.1.2): height as the em in twips (negative: the
/// character height, not the cell), weight, italic, Unicode-capable
/// charset, a variable-pitch serif, the face name in 32 UTF-16 units.
fn font_fields(f: &mut Fields, style: FontStyle, height: i32) {
    let bold = matches!(style, FontStyle::Bold | FontStyle::BoldItalic);
    let italic = matches!(style, FontStyle::Italic | FontStyle::BoldItalic);
    f.i32(-height.max(1)).i32(0).i32(0).i32(0);
    f.i32(if bold { 700 } else { 400 });
    // Italic, underline, strike-out, charset, out precision, clip
    // precision, quality, pitch and family.
    f.0.extend_from_slice(&[u8::from(italic), 0, 0, DEFAULT_CHARSET, 0, 0, 0]);
    f.0.push(SERIF_PITCH_FAMILY);
    let mut name: Vec<u16> = FACE.encode_utf16().collect();
    name.resize(32, 0);
    for u in name {
        f.0.extend_from_slice(&u.to_le_bytes());
    }
}

/// The advance of every UTF-16 unit of the run in twips, from the bundled
/// face the layout measured, rounded on the running total so the run ends
/// where it ended in the layout (a character outside the BMP: its advance
/// on the first unit, 0 on the second).
fn advances(run: &TextRun) -> Vec<i32> {
    let fonts = Fonts::get();
    let mut out = Vec::with_capacity(run.text.len());
    let (mut total, mut at) = (0.0_f32, 0_i32);
    let mut buf = [0_u8; 4];
    for c in run.text.chars() {
        total += fonts.width(run.style, run.size, c.encode_utf8(&mut buf));
        let next = tw(total);
        out.push(next - at);
        at = next;
        if c.len_utf16() == 2 {
            out.push(0);
        }
    }
    out
}

/// A dashed line as its dashes, `on` drawn and `off` left out in turn
/// from the first point, across the corners (as the SVG's
/// stroke-dasharray). A pattern too fine to draw stays a solid line.
fn dashes(points: &[(f32, f32)], on: f32, off: f32) -> Vec<Vec<(f32, f32)>> {
    if !(on >= 0.05 && off >= 0.05 && on.is_finite() && off.is_finite()) {
        return vec![points.to_vec()];
    }
    let mut out = Vec::new();
    let mut current: Vec<(f32, f32)> = points.first().copied().into_iter().collect();
    let (mut drawing, mut left) = (true, on);
    for pair in points.windows(2) {
        let ((x0, y0), (x1, y1)) = (pair[0], pair[1]);
        let len = (x1 - x0).hypot(y1 - y0);
        let mut t = 0.0;
        while len - t > left {
            t += left;
            let p = (x0 + (x1 - x0) * t / len, y0 + (y1 - y0) * t / len);
            if drawing {
                current.push(p);
                out.push(std::mem::take(&mut current));
            } else {
                current = vec![p];
            }
            drawing = !drawing;
            left = if drawing { on } else { off };
        }
        left -= len - t;
        if drawing {
            current.push((x1, y1));
        }
    }
    if drawing && current.len() > 1 {
        out.push(current);
    }
    out
}

/// The EMF of `items`, a picture `width` × `height` points.
pub fn chart_emf(items: &[Item], width: f32, height: f32) -> Vec<u8> {
    let mut w = Writer::default();
    w.record_u32(EMR_SETMAPMODE, &[MM_TEXT]);
    w.record_u32(EMR_SETBKMODE, &[TRANSPARENT]);
    w.record_u32(EMR_SETTEXTALIGN, &[TA_BASELINE_LEFT]);
    for item in items {
        match item {
            Item::Text(run) => w.text(run),
            Item::Polyline { points, stroke } => w.polyline(points, stroke),
            Item::Dot {
                x,
                y,
                radius,
                fill,
                stroke,
            } => w.dot((*x, *y, *radius), *fill, stroke.as_ref()),
        }
    }
    // Objects in use cannot be deleted: the stock ones take their place.
    w.record_u32(EMR_SELECTOBJECT, &[NULL_PEN]);
    w.record_u32(EMR_SELECTOBJECT, &[NULL_BRUSH]);
    w.record_u32(EMR_SELECTOBJECT, &[SYSTEM_FONT]);
    for h in 1..=w.objects.len() as u32 {
        w.record_u32(EMR_DELETEOBJECT, &[h]);
    }
    // No palette: nPalEntries 0, offPalEntries 16, the record's size.
    w.record_u32(EMR_EOF, &[0, 16, 20]);
    let mut out = header(&w, width, height);
    out.extend_from_slice(&w.body);
    out
}

/// EMR_HEADER: bounds in device units and frame in hundredths of a
/// millimetre (both inclusive), signature, version, size, record and
/// handle counts, the reference device (pixels and millimetres), no
/// pixel format, and the device in micrometres.
fn header(w: &Writer, width: f32, height: f32) -> Vec<u8> {
    let hmm = |pt: f32| (f64::from(pt) * 2540.0 / 72.0).round() as i32;
    let mut f = Fields::default();
    f.u32(EMR_HEADER).u32(HEADER_SIZE);
    f.rect([0, 0, tw(width).max(1) - 1, tw(height).max(1) - 1]);
    f.rect([0, 0, hmm(width).max(1) - 1, hmm(height).max(1) - 1]);
    f.0.extend_from_slice(b" EMF");
    f.u32(0x0001_0000);
    f.u32(HEADER_SIZE + w.body.len() as u32).u32(w.records + 1);
    // Handles (u16; the table's slot 0 is reserved), then 0 (reserved u16).
    f.u32((w.objects.len() as u32 + 1).min(0xFFFF));
    // No description (length, offset), no palette entries.
    f.u32(0).u32(0).u32(0);
    f.i32(DEVICE_PIXELS).i32(DEVICE_PIXELS);
    f.i32(DEVICE_MM).i32(DEVICE_MM);
    // No pixel format (size, offset), no OpenGL.
    f.u32(0).u32(0).u32(0);
    f.i32(DEVICE_MM * 1000).i32(DEVICE_MM * 1000);
    debug_assert_eq!(f.0.len(), HEADER_SIZE as usize);
    f.0
}

#[cfg(test)]
mod tests;
