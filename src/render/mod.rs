//! Drawing laid-out pages: to PDF bytes ([`pdf`]) and, in the window, to
//! egui shapes (`egui`). Renderers take pages; they neither compose nor
//! lay out. The Word export ([`docx`]) is a flow format: it is written
//! from the composed document with the layout's decisions (masthead,
//! table columns, the laid-out charts, drawn as SVG and EMF vectors).

pub mod docx;
#[cfg(feature = "gui")]
pub mod egui;
pub mod pdf;
