//! One layout pass from the composed document to pages of positioned
//! text runs, lines and shapes, measured with the real font metrics. The
//! PDF writer and the preview both draw these pages.

pub mod chart;
pub mod flow;
pub mod fonts;
pub mod page;
pub mod text;

pub use flow::{Geometry, layout_document};
pub use fonts::{FontStyle, Fonts};
pub use page::{BlockKind, Item, Page, Pages, Rect, Rgb, Stroke, TextRun};
