//! Drawing laid-out pages: to PDF bytes ([`pdf`]) and, in the window, to
//! egui shapes (`egui`). Renderers take pages; they neither compose nor
//! lay out.

#[cfg(feature = "gui")]
pub mod egui;
pub mod pdf;
