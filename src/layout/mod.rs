//! One layout pass from the composed document to pages of positioned
//! text runs, lines and shapes, measured with the real font metrics. The
//! PDF writer and the preview both draw these pages. Layout only measures
//! and places: every word comes from the composed document.

pub mod chart;
mod closing;
pub mod fits;
pub mod flow;
pub mod fonts;
pub mod format;
mod header;
pub mod page;
mod paginate;
mod table;
pub mod text;
mod unit;

pub use flow::{layout_document, layout_document_styled};
pub use fonts::{FontStyle, Fonts};
pub use format::Geometry;
pub use header::issuer_column;
pub use page::{
    Anchor, AnchorKind, BlockKind, Item, Page, PageSize, Pages, PrintStyle, Rect, Rgb, Stroke,
    TextRun,
};
