//! One page's content stream: the layout's items in paint order, with
//! every colour, pen and font written only when it changes. The words a
//! line sets in one face are shown by one `TJ`: a real space between them
//! (so a reader's search and copy see words) and the justification's
//! extra room as a number, instead of a move and a string per word.

use super::glyphs::Glyphs;
use super::ops::{Ops, hundredths};
use crate::layout::FontStyle;
use crate::layout::fonts::Fonts;
use crate::layout::page::{Item, Rgb, Stroke, TextRun};

/// The resource name of a face on every page.
pub(super) fn font_name(style: FontStyle) -> &'static [u8] {
    match style {
        FontStyle::Regular => b"EGBREG",
        FontStyle::Bold => b"EGBBLD",
        FontStyle::Italic => b"EGBITA",
        FontStyle::BoldItalic => b"EGBBIT",
    }
}

/// Colour components as fractions.
fn unit(c: Rgb) -> [f32; 3] {
    [c.0, c.1, c.2].map(|v| f32::from(v) / 255.0)
}

/// Positions closer than this (points) are the same.
const SAME: f32 = 0.005;

/// The `TJ` being written: its face, size and colour, its baseline, and
/// where its last glyph ends.
struct Line {
    style: FontStyle,
    size: f32,
    color: Rgb,
    y: f32,
    end: f32,
}

/// What the content stream has set so far on this page.
#[derive(Default)]
struct State {
    ops: Ops,
    fill: Option<Rgb>,
    stroke: Option<Stroke>,
    text_open: bool,
    font: Option<(FontStyle, f32)>,
    /// The start of the current text line (PDF coordinates), which `Td`
    /// moves from.
    origin: (f32, f32),
    line: Option<Line>,
}

/// The content stream of a page `height` points high; the text's glyphs
/// are added to `glyphs`.
pub(super) fn page_content(items: &[Item], height: f32, glyphs: &mut Glyphs) -> Vec<u8> {
    let mut s = State::default();
    s.ops.buf.reserve(16 * 1024);
    for item in items {
        match item {
            Item::Text(run) => s.text(run, height, glyphs),
            Item::Polyline { points, stroke } => {
                s.end_text();
                s.set_stroke(stroke);
                for (k, &(x, y)) in points.iter().enumerate() {
                    s.ops
                        .num(x)
                        .num(height - y)
                        .op(if k == 0 { "m" } else { "l" });
                }
                s.ops.op("S");
            }
            Item::Dot {
                x,
                y,
                radius,
                fill,
                stroke,
            } => {
                s.end_text();
                s.set_fill(*fill);
                if let Some(st) = stroke {
                    s.set_stroke(st);
                }
                circle(&mut s.ops, *x, height - y, *radius);
                s.ops.op(if stroke.is_some() { "B" } else { "f" });
            }
        }
    }
    s.end_text();
    s.ops.buf
}

/// A circle around (x, y) in PDF coordinates, as four Bézier arcs.
fn circle(o: &mut Ops, x: f32, y: f32, r: f32) {
    const K: f32 = 0.552_284_8;
    let k = K * r;
    let arcs = [
        [(r, k), (k, r), (0.0, r)],
        [(-k, r), (-r, k), (-r, 0.0)],
        [(-r, -k), (-k, -r), (0.0, -r)],
        [(k, -r), (r, -k), (r, 0.0)],
    ];
    o.num(x + r).num(y).op("m");
    for arc in arcs {
        for (dx, dy) in arc {
            o.num(x + dx).num(y + dy);
        }
        o.op("c");
    }
    o.op("h");
}

impl State {
    fn set_fill(&mut self, color: Rgb) {
        if self.fill != Some(color) {
            let [r, g, b] = unit(color);
            self.ops.num(r).num(g).num(b).op("rg");
            self.fill = Some(color);
        }
    }

    fn set_stroke(&mut self, s: &Stroke) {
        let old = self.stroke.replace(*s);
        if old.map(|o| o.color) != Some(s.color) {
            let [r, g, b] = unit(s.color);
            self.ops.num(r).num(g).num(b).op("RG");
        }
        if old.map(|o| o.width) != Some(s.width) {
            self.ops.num(s.width).op("w");
        }
        if old.map(|o| o.dash) != Some(s.dash) {
            match s.dash {
                Some((on, off)) => self.ops.raw(b"[").num(on).num(off).raw(b"] 0 d\n"),
                None => self.ops.raw(b"[] 0 d\n"),
            };
        }
    }

    /// Adds a run: to the open `TJ` when it goes on along the same line in
    /// the same face, size and colour; else in a `TJ` of its own.
    fn text(&mut self, run: &TextRun, height: f32, glyphs: &mut Glyphs) {
        if run.text.is_empty() {
            return;
        }
        let y = height - run.y;
        let goes_on = self.line.as_ref().is_some_and(|l| {
            (l.style, l.size, l.color) == (run.style, run.size, run.color)
                && (l.y - y).abs() < SAME
                && run.x > l.end - SAME
        });
        let face = glyphs.face(run.style);
        if goes_on {
            let end = self.line.as_ref().map_or(run.x, |l| l.end);
            let space = Fonts::get().width(run.style, run.size, " ");
            let mut gap = run.x - end;
            if gap > space / 2.0 {
                self.ops.glyph(face.id(' '));
                gap -= space;
            }
            if gap.abs() >= SAME {
                // A positive number moves back: the extra room is negative.
                self.ops.raw(b">").num(-gap * 1000.0 / run.size).raw(b"<");
            }
        } else {
            self.start_line(run, y);
        }
        for ch in run.text.chars() {
            self.ops.glyph(face.id(ch));
        }
        if let Some(l) = self.line.as_mut() {
            l.end = run.x + run.width;
        }
    }

    /// Closes the open `TJ`, moves to the run and opens one for it.
    fn start_line(&mut self, run: &TextRun, y: f32) {
        self.close_line();
        if !self.text_open {
            self.ops.op("BT");
            self.text_open = true;
            self.origin = (0.0, 0.0);
        }
        if self.font != Some((run.style, run.size)) {
            self.ops.name(font_name(run.style)).num(run.size).op("Tf");
            self.font = Some((run.style, run.size));
        }
        self.set_fill(run.color);
        // Each move is relative to the previous line's start: "24.54 0 Td"
        // instead of a whole matrix.
        // Rounded as written, so the moves add up to the written positions.
        let (x, y) = (hundredths(run.x), hundredths(y));
        self.ops
            .num(x - self.origin.0)
            .num(y - self.origin.1)
            .op("Td");
        self.origin = (x, y);
        self.ops.raw(b"[<");
        self.line = Some(Line {
            style: run.style,
            size: run.size,
            color: run.color,
            y,
            end: run.x,
        });
    }

    fn close_line(&mut self) {
        if self.line.take().is_some() {
            self.ops.raw(b">]").op("TJ");
        }
    }

    fn end_text(&mut self) {
        self.close_line();
        if self.text_open {
            self.ops.op("ET");
            self.text_open = false;
        }
    }
}
