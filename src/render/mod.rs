//! Drawing laid-out pages: to PDF bytes ([`pdf`]) and, in the window, to
//! egui shapes (`egui`). Renderers take pages; they neither compose nor
//! lay out. The Word export ([`docx`]) is a flow format: it is written
//! from the composed document with the layout's decisions (masthead,
//! table columns, the laid-out charts); [`raster`] draws laid-out items
//! onto a bitmap (the charts' PNG stand-ins).

pub mod docx;
#[cfg(feature = "gui")]
pub mod egui;
pub mod pdf;
pub mod raster;
