//! One layout pass from the composed document to pages of positioned
//! text runs, lines and shapes, measured with the real font metrics. The
//! PDF writer and the preview both draw these pages. Layout only measures
//! and places: every word comes from the composed document.

pub mod chart;
mod closing;
pub mod fits;
pub mod flow;
pub mod fonts;
mod header;
pub mod measures;
pub mod page;
mod paginate;
mod table;
pub mod text;
mod unit;

pub use flow::{layout_document, layout_document_styled};
pub use fonts::{FontStyle, Fonts};
pub use header::{Masthead, MastheadLine, issuer_column};
pub use measures::Geometry;
pub use page::{
    Anchor, AnchorKind, BlockKind, Item, Page, PageSize, Pages, PrintStyle, Rect, Rgb, Stroke,
    TextRun,
};
pub use table::{column_widths, header_row};
