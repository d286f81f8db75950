//! The page list: what the layout produces and both renderers draw.
//!
//! Coordinates are PDF points (1/72 inch) from the top-left corner of the
//! page, y growing downwards; renderers convert to their own space.

use super::fonts::FontStyle;
use crate::brief::document::{Citation, Metadata};

/// A4 portrait, 210 × 297 mm.
pub const PAGE_WIDTH: f32 = 595.2756;
pub const PAGE_HEIGHT: f32 = 841.8898;

pub const fn mm(v: f32) -> f32 {
    v * 72.0 / 25.4
}

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    pub const BLACK: Rgb = Rgb(0, 0, 0);
    pub const GREY: Rgb = Rgb(110, 110, 110);
    pub const LIGHT_GREY: Rgb = Rgb(215, 215, 215);
    pub const BLUE: Rgb = Rgb(31, 78, 140);
    pub const RED: Rgb = Rgb(180, 40, 40);
}

#[derive(Debug, Clone, PartialEq)]
pub struct TextRun {
    /// Left edge of the first glyph.
    pub x: f32,
    /// Baseline.
    pub y: f32,
    pub text: String,
    pub style: FontStyle,
    pub size: f32,
    pub color: Rgb,
    /// Advance width of the text, measured when laid out.
    pub width: f32,
    pub link: Option<Citation>,
}

impl TextRun {
    /// Bounding box from the ascender to the descender.
    pub fn bounds(&self) -> Rect {
        let fonts = super::fonts::Fonts::get();
        let ascent = fonts.ascent(self.style, self.size);
        let descent = fonts.descent(self.style, self.size);
        Rect {
            x: self.x,
            y: self.y - ascent,
            w: self.width,
            h: ascent + descent,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

impl Rect {
    pub fn right(&self) -> f32 {
        self.x + self.w
    }
    pub fn bottom(&self) -> f32 {
        self.y + self.h
    }
    pub fn contains(&self, x: f32, y: f32) -> bool {
        self.x <= x && x <= self.right() && self.y <= y && y <= self.bottom()
    }
    pub fn intersects(&self, o: &Rect) -> bool {
        self.x < o.right() && o.x < self.right() && self.y < o.bottom() && o.y < self.bottom()
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stroke {
    pub width: f32,
    pub color: Rgb,
    /// Dash length and gap, for marked levels such as targets.
    pub dash: Option<(f32, f32)>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Text(TextRun),
    /// A straight or broken line through the points.
    Polyline {
        points: Vec<(f32, f32)>,
        stroke: Stroke,
    },
    /// A circle, for chart points: filled for stated values, hollow
    /// (white fill, coloured ring) for derived ones.
    Dot {
        x: f32,
        y: f32,
        radius: f32,
        fill: Rgb,
        stroke: Option<Stroke>,
    },
}

impl Item {
    /// The area the item covers, for overlap and margin checks.
    pub fn bounds(&self) -> Rect {
        match self {
            Item::Text(t) => t.bounds(),
            Item::Polyline { points, stroke } => {
                let (mut x0, mut y0, mut x1, mut y1) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
                for &(x, y) in points {
                    x0 = x0.min(x);
                    y0 = y0.min(y);
                    x1 = x1.max(x);
                    y1 = y1.max(y);
                }
                let h = stroke.width / 2.0;
                Rect {
                    x: x0 - h,
                    y: y0 - h,
                    w: x1 - x0 + 2.0 * h,
                    h: y1 - y0 + 2.0 * h,
                }
            }
            Item::Dot { x, y, radius, .. } => Rect {
                x: x - radius,
                y: y - radius,
                w: 2.0 * radius,
                h: 2.0 * radius,
            },
        }
    }
}

/// Where a block came from, so tests and the preview can tell charts,
/// headings and body text apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Header,
    Title,
    Heading,
    Paragraph,
    Chart,
    References,
    Closing,
    PageNumber,
}

/// A block placed on a page: its kind and the area it occupies.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlacedBlock {
    pub kind: BlockKind,
    pub area: Rect,
    /// Index of the block in the document, for blocks that came from one.
    pub block: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Page {
    /// 1-based page number.
    pub number: usize,
    pub items: Vec<Item>,
    pub blocks: Vec<PlacedBlock>,
}

impl Page {
    pub fn texts(&self) -> impl Iterator<Item = &TextRun> {
        self.items.iter().filter_map(|i| match i {
            Item::Text(t) => Some(t),
            _ => None,
        })
    }

    /// All text of the page in drawing order, runs joined by spaces.
    pub fn plain_text(&self) -> String {
        self.texts()
            .map(|t| t.text.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// Width and height of a sheet, in points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PageSize {
    pub width: f32,
    pub height: f32,
}

/// The laid-out briefing: its sheets, their size, and the document
/// information the PDF carries.
#[derive(Debug, Clone, PartialEq)]
pub struct Pages {
    pub size: PageSize,
    pub metadata: Metadata,
    pub pages: Vec<Page>,
}

impl Pages {
    pub fn len(&self) -> usize {
        self.pages.len()
    }
    pub fn is_empty(&self) -> bool {
        self.pages.is_empty()
    }
}
