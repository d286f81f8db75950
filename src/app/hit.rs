//! Hit-testing the preview: where on screen the clickable `[n]` markers
//! of a page are.

use crate::brief::document::Citation;
use crate::layout::{Item, Page};
use crate::render::egui::PageTransform;

/// The `[n]` markers of a page with their item index and area on screen.
pub fn links(page: &Page, t: PageTransform) -> impl Iterator<Item = (usize, egui::Rect, Citation)> {
    page.items
        .iter()
        .enumerate()
        .filter_map(move |(i, item)| match item {
            Item::Text(run) => run.link.map(|c| (i, t.rect(&run.bounds()), c)),
            _ => None,
        })
}
