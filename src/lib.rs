//! eGov Brief: meeting briefs on Vietnam's e-government progress, from a
//! curated dataset of cited facts to a page-exact preview and a print-ready
//! Vietnamese PDF.
//!
//! The rooms, each using only the ones before it (README's layer table;
//! `tests/layers.rs` holds the code to it): [`fsio`] (atomic writes, the
//! data folder), [`data`] (load, validate), [`brief`] (select, compose:
//! every word), [`layout`] (fonts, paragraphs, pages, charts),
//! [`briefing`] (the compose + layout pipeline), [`render`] (pdf, egui,
//! docx), [`export`] (files), [`curate`] (new articles to candidate
//! facts), [`state`] (what the window keeps between runs), [`pack`] (data
//! packs), `app` (windows and panels, with the `gui` feature) and [`cli`]
//! (the only room that knows clap).

#[cfg(feature = "gui")]
pub mod app;
pub mod brief;
pub mod briefing;
pub mod cli;
pub mod curate;
pub mod data;
pub mod export;
pub mod fsio;
pub mod layout;
pub mod pack;
pub mod render;
pub mod state;
