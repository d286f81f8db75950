//! eGov Brief: meeting briefs on Vietnam's e-government progress, from a
//! curated dataset of cited facts to a page-exact preview and a print-ready
//! Vietnamese PDF.
//!
//! The rooms, each using only the ones before it: [`data`] (load,
//! validate), [`brief`] (select, compose: every word), [`layout`] (fonts,
//! paragraphs, pages, charts), [`briefing`] (the compose + layout
//! pipeline), [`render`] (pdf, egui), [`export`] (files), [`curate`] (new
//! articles to candidate facts), [`state`] (what the window keeps between
//! runs), `app` (windows and panels, with the `gui` feature) and [`cli`].

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
