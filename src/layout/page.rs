//! The page list: what the layout produces and both renderers draw.
//!
//! Coordinates are PDF points (1/72 inch) from the top-left corner of the
//! page, y growing downwards; renderers convert to their own space.

use super::fonts::FontStyle;
use super::measures::CHART_HEIGHT;
pub use super::measures::{Geometry, PAGE_HEIGHT, PAGE_WIDTH, mm};
use crate::brief::document::{Citation, Metadata};

impl Geometry {
    /// The area text and charts may occupy.
    pub fn content(&self) -> Rect {
        Rect {
            x: self.left,
            y: self.top,
            w: self.content_width(),
            h: self.content_height(),
        }
    }
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

/// The colours a print uses, decided by the caller and passed to layout:
/// black by default (Decree 30), colour as an option.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PrintStyle {
    /// `[n]` markers.
    pub link: Rgb,
    /// A chart's series line and points.
    pub series: Rgb,
    /// Target levels and their labels.
    pub target: Rgb,
}

impl PrintStyle {
    pub const BLACK: PrintStyle = PrintStyle {
        link: Rgb::BLACK,
        series: Rgb::BLACK,
        target: Rgb::GREY,
    };
    pub const COLOUR: PrintStyle = PrintStyle {
        link: Rgb::BLUE,
        series: Rgb::BLUE,
        target: Rgb::RED,
    };

    pub fn new(color: bool) -> Self {
        if color { Self::COLOUR } else { Self::BLACK }
    }
}

impl Default for PrintStyle {
    fn default() -> Self {
        Self::BLACK
    }
}

/// What sits at a place worth jumping to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnchorKind {
    /// The entry of "Nguồn tham khảo" with this number.
    Reference(u32),
    /// A heading of the outline; level 0 is the top.
    Outline { title: String, level: u8 },
}

/// A place in the laid-out document: links and the PDF outline go there.
#[derive(Debug, Clone, PartialEq)]
pub struct Anchor {
    /// Index of the page in [`Pages::pages`].
    pub page: usize,
    /// Top of the line, in page coordinates.
    pub y: f32,
    pub kind: AnchorKind,
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
    Table,
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
    /// Reference entries and outline headings, in document order.
    pub anchors: Vec<Anchor>,
    /// The charts as laid out (before placing), in document order: the
    /// Word copy draws its pictures from them.
    pub charts: Vec<LaidChart>,
}

impl Pages {
    /// Where the reference entry `number` is placed.
    pub fn reference_anchor(&self, number: u32) -> Option<&Anchor> {
        self.anchors
            .iter()
            .find(|a| a.kind == AnchorKind::Reference(number))
    }

    pub fn len(&self) -> usize {
        self.pages.len()
    }
    pub fn is_empty(&self) -> bool {
        self.pages.is_empty()
    }
}

/// A chart laid out once, in a box `width` wide and [`CHART_HEIGHT`]
/// high with its top-left corner at (0, 0): the PDF and the preview draw
/// all its items, the Word copy draws its picture (everything but the
/// source line, which Word sets as text with live citations).
#[derive(Debug, Clone, PartialEq)]
pub struct LaidChart {
    /// The chart's number in the document, as [`crate::brief::Document::charts`]
    /// numbers it.
    pub number: usize,
    pub width: f32,
    pub items: Vec<Item>,
    /// Where the source line's runs start in `items` (they come last).
    pub(super) source_start: usize,
}

impl LaidChart {
    /// The items of the chart without its source line.
    pub fn picture(&self) -> &[Item] {
        self.items.get(..self.source_start).unwrap_or(&self.items)
    }

    /// The picture's height: a little under its lowest item (the source
    /// line's room stays out when the source is set as text).
    pub fn picture_height(&self) -> f32 {
        let bottom = self
            .picture()
            .iter()
            .map(|i| i.bounds().bottom())
            .fold(0.0_f32, f32::max);
        (bottom + 3.0).clamp(1.0, CHART_HEIGHT)
    }
}
