//! Navigation: every `[n]` is a link to its entry in "Nguồn tham khảo"
//! (through a named destination, "r12", in the catalog's `/Dests`: a
//! reference is cited from many places), and the sections form an
//! outline (bookmarks) that opens with the file.

use pdf_writer::writers::Page;
use pdf_writer::{Array, Name, Null, Pdf, Rect, Ref, TextStr};

use super::ops::hundredths;
use crate::layout::fonts::Fonts;
use crate::layout::page::{Anchor, AnchorKind, Pages};

/// Room above an anchored line, so the jump shows the line whole.
const ABOVE_ANCHOR: f32 = 6.0;

/// Where an anchor is: its page and height.
pub(super) struct Targets<'a> {
    pub(super) pages: &'a Pages,
    pub(super) refs: &'a [Ref],
}

impl Targets<'_> {
    /// "Go to this page, this height, same zoom and left edge".
    fn write(&self, arr: &mut Array, a: &Anchor) {
        let top = self.pages.size.height - a.y + ABOVE_ANCHOR;
        arr.item(self.refs[a.page])
            .item(Name(b"XYZ"))
            .item(Null)
            .item(hundredths(top))
            .item(Null);
    }
}

/// The name of reference `number`'s destination.
fn reference_name(number: u32) -> String {
    format!("r{number}")
}

/// The named destinations of the reference entries; returns the
/// dictionary's id for the catalog.
pub(super) fn write_destinations(pdf: &mut Pdf, alloc: &mut Ref, targets: &Targets) -> Ref {
    let id = alloc.bump();
    let mut dict = pdf.indirect(id).dict();
    for a in &targets.pages.anchors {
        if let AnchorKind::Reference(number) = a.kind {
            let name = reference_name(number);
            targets.write(&mut dict.insert(Name(name.as_bytes())).array(), a);
        }
    }
    id
}

/// The link rectangles of page `index`, over each citation number.
pub(super) fn write_links(page: &mut Page, targets: &Targets, index: usize) {
    let pages = targets.pages;
    let height = pages.size.height;
    let fonts = Fonts::get();
    let links: Vec<(Rect, u32)> = pages.pages[index]
        .texts()
        .filter_map(|run| {
            let number = run.link?.number;
            pages.reference_anchor(number)?;
            let asc = fonts.ascent(run.style, run.size);
            let desc = fonts.descent(run.style, run.size);
            let rect = Rect::new(
                hundredths(run.x),
                hundredths(height - run.y - desc),
                hundredths(run.x + run.width),
                hundredths(height - run.y + asc),
            );
            Some((rect, number))
        })
        .collect();
    if links.is_empty() {
        return;
    }
    let mut annots = page.insert(Name(b"Annots")).array();
    for (rect, number) in links {
        // No /Type: it is optional, and 242 of them were 2,6 KB.
        let mut link = annots.push().dict();
        link.pair(Name(b"Subtype"), Name(b"Link"))
            .pair(Name(b"Rect"), rect)
            .insert(Name(b"Border"))
            .array()
            .items([0, 0, 0]);
        link.pair(Name(b"Dest"), Name(reference_name(number).as_bytes()));
    }
}

/// One outline entry and the entries under it.
struct Entry<'p> {
    anchor: &'p Anchor,
    title: &'p str,
    children: Vec<Entry<'p>>,
}

/// The outline tree from the anchors: level-1 headings under the level-0
/// heading before them.
fn tree(pages: &Pages) -> Vec<Entry<'_>> {
    let mut top: Vec<Entry> = Vec::new();
    for a in &pages.anchors {
        let AnchorKind::Outline { title, level } = &a.kind else {
            continue;
        };
        let entry = Entry {
            anchor: a,
            title,
            children: Vec::new(),
        };
        match top.last_mut() {
            Some(parent) if *level > 0 => parent.children.push(entry),
            _ => top.push(entry),
        }
    }
    top
}

/// Writes the outline objects; returns the outline dictionary's id.
pub(super) fn write_outline(pdf: &mut Pdf, alloc: &mut Ref, targets: &Targets) -> Option<Ref> {
    let entries = tree(targets.pages);
    if entries.is_empty() {
        return None;
    }
    let root = alloc.bump();
    let (first, last, count) = write_level(pdf, alloc, root, &entries, targets);
    pdf.outline(root).first(first).last(last).count(count);
    Some(root)
}

/// Writes sibling entries under `parent`; returns the first and last ids
/// and how many entries are visible (all: the outline opens expanded).
fn write_level(
    pdf: &mut Pdf,
    alloc: &mut Ref,
    parent: Ref,
    entries: &[Entry],
    targets: &Targets,
) -> (Ref, Ref, i32) {
    let ids: Vec<Ref> = entries.iter().map(|_| alloc.bump()).collect();
    let mut count = 0;
    for (k, e) in entries.iter().enumerate() {
        count += 1;
        let children = if e.children.is_empty() {
            None
        } else {
            let (f, l, c) = write_level(pdf, alloc, ids[k], &e.children, targets);
            count += c;
            Some((f, l, c))
        };
        let mut item = pdf.outline_item(ids[k]);
        item.title(TextStr(e.title)).parent(parent);
        if k > 0 {
            item.prev(ids[k - 1]);
        }
        if k + 1 < ids.len() {
            item.next(ids[k + 1]);
        }
        if let Some((f, l, c)) = children {
            item.first(f).last(l).count(c);
        }
        targets.write(&mut item.insert(Name(b"Dest")).array(), e.anchor);
    }
    (ids[0], ids[ids.len() - 1], count)
}
