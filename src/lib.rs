//! eGov Brief: meeting briefs on Vietnam's e-government progress, from a
//! curated dataset of cited facts to a page-exact preview and a print-ready
//! Vietnamese PDF.
//!
//! The rooms: [`data`] (load, validate), `brief` (select, compose),
//! `layout` (fonts, paragraphs, pages, charts), `render` (pdf, egui),
//! `app` (windows and panels), `cli`.

pub mod app;
pub mod brief;
pub mod cli;
pub mod data;
pub mod layout;
pub mod render;
