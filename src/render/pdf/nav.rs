//! Navigation added to the PDF after printpdf wrote it: every `[n]` is a
//! link to its entry in "Nguồn tham khảo", the sections form an outline
//! (bookmarks), and the document says its language is Vietnamese.

use lopdf::{Dictionary, Object, ObjectId, StringFormat};

use super::PdfError;
use crate::layout::fonts::Fonts;
use crate::layout::page::{Anchor, AnchorKind, Pages};

/// A number written with two decimals at most: rectangles stay short.
fn real(v: f32) -> Object {
    Object::Real((v * 100.0).round() / 100.0)
}

/// "Go to this page, this height, same zoom".
fn destination(page: ObjectId, top: f32) -> Object {
    Object::Array(vec![
        Object::Reference(page),
        "XYZ".into(),
        Object::Null,
        real(top),
        Object::Null,
    ])
}

/// Text as a PDF text string: UTF-16BE with its byte-order mark.
fn text_string(s: &str) -> Object {
    let mut bytes = vec![0xfe, 0xff];
    for unit in s.encode_utf16() {
        bytes.extend_from_slice(&unit.to_be_bytes());
    }
    Object::String(bytes, StringFormat::Literal)
}

/// Room above an anchored line, so the jump shows the line whole.
const ABOVE_ANCHOR: f32 = 6.0;

/// Adds links, the outline and the language.
pub fn add_navigation(doc: &mut lopdf::Document, pages: &Pages) -> Result<(), PdfError> {
    let ids: Vec<ObjectId> = doc.get_pages().into_values().collect();
    if ids.len() != pages.pages.len() {
        return Err(PdfError::Write(format!(
            "{} trang trong tệp, {} trang dàn được",
            ids.len(),
            pages.pages.len()
        )));
    }
    let height = pages.size.height;
    let dest = |a: &Anchor| destination(ids[a.page], height - a.y + ABOVE_ANCHOR);
    let fonts = Fonts::get();
    for (page, id) in pages.pages.iter().zip(&ids) {
        let mut annots = Vec::new();
        for run in page.texts() {
            let Some(anchor) = run.link.and_then(|c| pages.reference_anchor(c.number)) else {
                continue;
            };
            let (asc, desc) = (
                fonts.ascent(run.style, run.size),
                fonts.descent(run.style, run.size),
            );
            let mut link = Dictionary::new();
            link.set("Subtype", "Link");
            link.set(
                "Rect",
                vec![
                    real(run.x),
                    real(height - run.y - desc),
                    real(run.x + run.width),
                    real(height - run.y + asc),
                ],
            );
            link.set("Border", vec![0.into(), 0.into(), 0.into()]);
            link.set("Dest", dest(anchor));
            annots.push(Object::Dictionary(link));
        }
        if !annots.is_empty() {
            let dict = doc
                .get_dictionary_mut(*id)
                .map_err(|e| PdfError::Write(e.to_string()))?;
            dict.set("Annots", annots);
        }
    }
    let outline = outline(doc, pages, &dest);
    let root = doc
        .trailer
        .get(b"Root")
        .and_then(Object::as_reference)
        .map_err(|e| PdfError::Write(e.to_string()))?;
    let catalog = doc
        .get_dictionary_mut(root)
        .map_err(|e| PdfError::Write(e.to_string()))?;
    catalog.set("Lang", Object::string_literal("vi-VN"));
    if let Some(o) = outline {
        catalog.set("Outlines", Object::Reference(o));
        catalog.set("PageMode", "UseOutlines");
    }
    Ok(())
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
fn outline(
    doc: &mut lopdf::Document,
    pages: &Pages,
    dest: &dyn Fn(&Anchor) -> Object,
) -> Option<ObjectId> {
    let entries = tree(pages);
    if entries.is_empty() {
        return None;
    }
    let root = doc.new_object_id();
    let (first, last, count) = write_level(doc, root, &entries, dest);
    let mut dict = Dictionary::new();
    dict.set("Type", "Outlines");
    dict.set("First", Object::Reference(first));
    dict.set("Last", Object::Reference(last));
    dict.set("Count", count);
    doc.objects.insert(root, Object::Dictionary(dict));
    Some(root)
}

/// Writes sibling entries under `parent`; returns the first and last ids
/// and how many entries are visible (all: the outline opens expanded).
fn write_level(
    doc: &mut lopdf::Document,
    parent: ObjectId,
    entries: &[Entry],
    dest: &dyn Fn(&Anchor) -> Object,
) -> (ObjectId, ObjectId, i64) {
    let ids: Vec<ObjectId> = entries.iter().map(|_| doc.new_object_id()).collect();
    let mut count = 0;
    for (k, e) in entries.iter().enumerate() {
        let mut d = Dictionary::new();
        d.set("Title", text_string(e.title));
        d.set("Parent", Object::Reference(parent));
        if k > 0 {
            d.set("Prev", Object::Reference(ids[k - 1]));
        }
        if k + 1 < ids.len() {
            d.set("Next", Object::Reference(ids[k + 1]));
        }
        d.set("Dest", dest(e.anchor));
        count += 1;
        if !e.children.is_empty() {
            let (f, l, c) = write_level(doc, ids[k], &e.children, dest);
            d.set("First", Object::Reference(f));
            d.set("Last", Object::Reference(l));
            d.set("Count", c);
            count += c;
        }
        doc.objects.insert(ids[k], Object::Dictionary(d));
    }
    (ids[0], ids[ids.len() - 1], count)
}
