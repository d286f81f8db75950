//! Placing units on pages: headings kept with what follows, no lone
//! first or last line of a paragraph, charts never split; page numbers
//! centred in the top margin, from 1 but not shown on a first page, the
//! appendix numbered on its own; items in paint order.

use super::fonts::{FontStyle, Fonts};
use super::measures::{Geometry, PAGE_NUMBER_SIZE};
use super::page::*;
use super::unit::Unit;
use crate::brief::document::Metadata;

/// Tolerance for a unit that ends exactly at the bottom margin.
const FIT_SLACK: f32 = 0.01;

/// Height of the chain of units that must share a page with unit `i`.
fn chain_height(units: &[Unit], i: usize) -> f32 {
    let mut chain = units[i].height;
    let mut j = i;
    while units[j].keep_next && j + 1 < units.len() {
        j += 1;
        chain += units[j].gap + units[j].height;
    }
    chain
}

pub fn paginate(units: Vec<Unit>, g: &Geometry, metadata: Metadata) -> Pages {
    let content = g.content();
    let mut pages = vec![Page {
        number: 1,
        ..Page::default()
    }];
    let mut y = content.y;
    let mut page_has_content = false;
    let mut anchors = Vec::new();

    for (i, u) in units.iter().enumerate() {
        let chain = chain_height(&units, i);
        let gap = if page_has_content { u.gap } else { 0.0 };
        let fits = y + gap + chain <= content.bottom() + FIT_SLACK;
        let chain_fits_a_page = chain <= content.h;
        let unit_fits = y + gap + u.height <= content.bottom() + FIT_SLACK;
        if page_has_content && (u.page_break || !unit_fits || (!fits && chain_fits_a_page)) {
            let number = match pages.last() {
                _ if u.restart_numbering => 1,
                Some(p) => p.number + 1,
                None => 1,
            };
            pages.push(Page {
                number,
                ..Page::default()
            });
            y = content.y;
            page_has_content = false;
            // A table row that starts a page: its header row above it.
            if let Some(r) = &u.repeat {
                let page = pages.last_mut().expect("a page was just added");
                page.items
                    .extend(r.items.iter().map(|item| translate(item, content.x, y)));
                page.blocks.push(PlacedBlock {
                    kind: u.kind,
                    area: Rect {
                        x: content.x,
                        y,
                        w: content.w,
                        h: r.height,
                    },
                    block: u.block,
                });
                y += r.height;
                page_has_content = true;
            }
        }
        let gap = if page_has_content { u.gap } else { 0.0 };
        let top = y + gap;
        if let Some(kind) = &u.anchor {
            anchors.push(Anchor {
                page: pages.len() - 1,
                y: top,
                kind: kind.clone(),
            });
        }
        let page = pages.last_mut().expect("at least one page");
        for item in &u.items {
            page.items.push(translate(item, content.x, top));
        }
        page.blocks.push(PlacedBlock {
            kind: u.kind,
            area: Rect {
                x: content.x,
                y: top,
                w: content.w,
                h: u.height,
            },
            block: u.block,
        });
        y = top + u.height;
        page_has_content = true;
    }
    number_pages(&mut pages, g);
    for page in &mut pages {
        // Shapes first, text on top: renderers draw in list order.
        page.items.sort_by_key(|item| matches!(item, Item::Text(_)));
    }
    Pages {
        size: PageSize {
            width: g.width,
            height: g.height,
        },
        metadata,
        pages,
        anchors,
        charts: Vec::new(),
    }
}

/// Page numbers centred in the top margin, except on a first page (of
/// the report or of its appendix): Decree 30/2020/NĐ-CP, Phụ lục I, Phần
/// I, Mục I, khoản 7 ("không hiển thị số trang thứ nhất").
fn number_pages(pages: &mut [Page], g: &Geometry) {
    let fonts = Fonts::get();
    for page in pages.iter_mut().filter(|p| p.number > 1) {
        let label = page.number.to_string();
        let w = fonts.width(FontStyle::Regular, PAGE_NUMBER_SIZE, &label);
        // The cap height of the face, about 0.72 of its ascent.
        let cap = fonts.ascent(FontStyle::Regular, PAGE_NUMBER_SIZE) * 0.72;
        let y = g.top / 2.0 + cap / 2.0;
        let run = TextRun {
            x: (g.width - w) / 2.0,
            y,
            text: label,
            style: FontStyle::Regular,
            size: PAGE_NUMBER_SIZE,
            color: Rgb::BLACK,
            width: w,
            link: None,
        };
        page.blocks.push(PlacedBlock {
            kind: BlockKind::PageNumber,
            area: run.bounds(),
            block: None,
        });
        page.items.push(Item::Text(run));
    }
}

fn translate(item: &Item, dx: f32, dy: f32) -> Item {
    match item {
        Item::Text(t) => Item::Text(TextRun {
            x: t.x + dx,
            y: t.y + dy,
            ..t.clone()
        }),
        Item::Polyline { points, stroke } => Item::Polyline {
            points: points.iter().map(|&(x, y)| (x + dx, y + dy)).collect(),
            stroke: *stroke,
        },
        Item::Dot {
            x,
            y,
            radius,
            fill,
            stroke,
        } => Item::Dot {
            x: x + dx,
            y: y + dy,
            radius: *radius,
            fill: *fill,
            stroke: *stroke,
        },
    }
}
