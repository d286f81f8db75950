//! The Word export read back: the .docx unzipped with the `zip` crate and
//! its XML parsed with roxmltree, checked against the composed document
//! (page set-up, margins, fonts, styles, page headers, links, bookmarks,
//! pictures, every word), and its bytes fixed for a selection.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{Cursor, Read};

use egov_brief::brief::document::{Block, Document, HeadingLevel, ParagraphStyle};
use egov_brief::briefing::Briefing;
use egov_brief::layout::Geometry;
use egov_brief::render::docx::{DPI, bookmark_name, description, write_docx};
use roxmltree::Node;

use crate::support::{all_topics_selection, catalog, selection};

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// The parts of a .docx by name, in the order they are stored.
struct Package {
    names: Vec<String>,
    parts: BTreeMap<String, Vec<u8>>,
}

impl Package {
    fn read(bytes: &[u8]) -> Self {
        let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip");
        let mut names = Vec::new();
        let mut parts = BTreeMap::new();
        for i in 0..zip.len() {
            let mut f = zip.by_index(i).unwrap();
            let mut data = Vec::new();
            f.read_to_end(&mut data).unwrap();
            let name = f.name().expect("an entry name").to_string();
            names.push(name.clone());
            parts.insert(name, data);
        }
        Self { names, parts }
    }

    fn xml(&self, name: &str) -> String {
        String::from_utf8(self.parts[name].clone()).expect("UTF-8 XML")
    }
}

fn all_topics() -> (Briefing, Package) {
    let c = catalog();
    let mut sel = all_topics_selection(&c);
    sel.header.issuer = "BỘ THÔNG TIN VÀ TRUYỀN THÔNG\nCỤC CHUYỂN ĐỔI SỐ QUỐC GIA".into();
    let b = Briefing::prepare(&c, &sel).unwrap();
    let bytes = write_docx(&b.document).unwrap();
    (b, Package::read(&bytes))
}

fn w<'a>(n: Node<'a, 'a>, name: &str) -> Option<Node<'a, 'a>> {
    n.children().find(|c| c.has_tag_name((W, name)))
}

fn attr<'a>(n: Node<'a, 'a>, name: &str) -> Option<&'a str> {
    n.attribute((W, name))
}

fn style_of<'a>(p: Node<'a, 'a>) -> Option<&'a str> {
    w(p, "pPr")
        .and_then(|ppr| w(ppr, "pStyle"))
        .and_then(|s| attr(s, "val"))
}

/// The text of a paragraph: its `w:t`, tabs and breaks.
fn text_of(p: Node) -> String {
    p.descendants()
        .filter_map(|n| {
            if n.has_tag_name((W, "t")) {
                n.text().map(str::to_string)
            } else if n.has_tag_name((W, "tab"))
                && n.parent().is_some_and(|r| r.has_tag_name((W, "r")))
            {
                Some("\t".into())
            } else {
                None
            }
        })
        .collect()
}

/// Every paragraph of the body, tables included, in order.
fn paragraphs<'a>(doc: &'a roxmltree::Document<'a>) -> Vec<Node<'a, 'a>> {
    doc.descendants()
        .filter(|n| n.has_tag_name((W, "p")))
        .collect()
}

/// Every printed line of the composed document, in reading order, as the
/// .docx should carry it (reference numbers come from Word's numbering).
fn expected_text(d: &Document) -> Vec<String> {
    let mut v: Vec<String> = d.header.issuer_lines.clone();
    // "Số:      /BC-…" under the issuing body, as in the PDF.
    v.extend(d.header.number.clone());
    v.extend([d.header.nation.clone(), d.header.motto.clone()]);
    v.extend([
        d.header.place_date.clone(),
        d.title.clone(),
        d.summary.clone(),
    ]);
    for b in &d.blocks {
        match b {
            Block::Heading { text, .. } => v.push(text.clone()),
            Block::Paragraph(p) => v.push(p.inlines.iter().map(|i| i.text.as_str()).collect()),
            Block::Chart(c) => v.push(c.source_line.iter().map(|i| i.text.as_str()).collect()),
        }
    }
    v.push(d.references.heading.clone());
    v.extend(d.references.entries.iter().map(|r| r.text.clone()));
    if !d.closing.recipients.is_empty() {
        v.push(d.closing.recipients_label.clone());
        v.extend(d.closing.recipients.iter().cloned());
    }
    if let Some(s) = &d.closing.signer {
        v.extend(s.title_lines.iter().cloned());
        v.push(s.name.clone());
    }
    v.retain(|s| !s.is_empty());
    v
}

#[test]
fn every_word_of_the_document_is_there_in_order() {
    let (b, pkg) = all_topics();
    let xml = pkg.xml("word/document.xml");
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let got: Vec<String> = paragraphs(&doc)
        .into_iter()
        .map(text_of)
        .filter(|t| !t.is_empty())
        .collect();
    assert_eq!(got, expected_text(&b.document));
    // Vietnamese text as composed (NFC), e.g. the national motto.
    assert!(xml.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
    let number = b.document.header.number.as_deref().expect("a number line");
    assert!(number.starts_with("Số:"), "{number}");
}

#[test]
fn a_page_of_a4_with_the_decree_30_margins_and_numbers_from_page_2() {
    let (_, pkg) = all_topics();
    let xml = pkg.xml("word/document.xml");
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let sect = doc
        .descendants()
        .find(|n| n.has_tag_name((W, "sectPr")))
        .unwrap();
    let sz = w(sect, "pgSz").unwrap();
    assert_eq!(
        (attr(sz, "w"), attr(sz, "h")),
        (Some("11906"), Some("16838"))
    );
    assert_eq!(attr(sz, "orient"), None, "portrait");
    let mar = w(sect, "pgMar").unwrap();
    let twips = |mm: f64| ((mm * 72.0 / 25.4 * 20.0).round() as i64).to_string();
    for (side, mm) in [
        ("top", 20.0),
        ("bottom", 20.0),
        ("left", 30.0),
        ("right", 15.0),
    ] {
        assert_eq!(attr(mar, side), Some(twips(mm).as_str()), "{side}");
    }
    assert!(w(sect, "titlePg").is_some(), "different first page");

    // The default header has a centred PAGE field; the first page's none.
    let rels = pkg.xml("word/_rels/document.xml.rels");
    let rels = roxmltree::Document::parse(&rels).unwrap();
    let target = |id: &str| {
        let rel = rels
            .descendants()
            .find(|n| n.attribute("Id") == Some(id))
            .unwrap();
        format!("word/{}", rel.attribute("Target").unwrap())
    };
    let mut kinds = BTreeMap::new();
    for r in sect
        .children()
        .filter(|n| n.has_tag_name((W, "headerReference")))
    {
        let id = r
            .attribute((
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                "id",
            ))
            .unwrap();
        kinds.insert(attr(r, "type").unwrap().to_string(), pkg.xml(&target(id)));
    }
    let default = &kinds["default"];
    assert!(default.contains("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>"));
    assert!(default.contains("fldCharType=\"begin\"") && default.contains("fldCharType=\"end\""));
    assert!(default.contains("<w:pStyle w:val=\"Header\"/>"));
    assert!(!kinds["first"].contains("PAGE"));
    let styles = pkg.xml("word/styles.xml");
    let header_style = &styles[styles.find("w:styleId=\"Header\"").unwrap()..];
    let header_style = &header_style[..header_style.find("</w:style>").unwrap()];
    assert!(header_style.contains("<w:jc w:val=\"center\"/>"));
}

#[test]
fn times_new_roman_13_pt_justified_vietnamese_and_real_heading_styles() {
    let (_, pkg) = all_topics();
    let xml = pkg.xml("word/styles.xml");
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let defaults = doc
        .descendants()
        .find(|n| n.has_tag_name((W, "rPrDefault")))
        .unwrap();
    let fonts = defaults
        .descendants()
        .find(|n| n.has_tag_name((W, "rFonts")))
        .unwrap();
    for a in ["ascii", "hAnsi", "cs", "eastAsia"] {
        assert_eq!(attr(fonts, a), Some("Times New Roman"), "{a}");
    }
    let prop = |name: &str| {
        defaults
            .descendants()
            .find(|n| n.has_tag_name((W, name)))
            .and_then(|n| attr(n, "val"))
    };
    assert_eq!(prop("sz"), Some("26"), "13 pt");
    assert_eq!(prop("lang"), Some("vi-VN"));

    let style = |id: &str| {
        doc.descendants()
            .find(|n| n.has_tag_name((W, "style")) && attr(*n, "styleId") == Some(id))
            .unwrap_or_else(|| panic!("style {id}"))
    };
    let has = |s: Node, tag: &str, val: Option<&str>| {
        s.descendants()
            .any(|n| n.has_tag_name((W, tag)) && (val.is_none() || attr(n, "val") == val))
    };
    let normal = style("Normal");
    assert!(has(normal, "jc", Some("both")));
    let ind = normal
        .descendants()
        .find(|n| n.has_tag_name((W, "ind")))
        .unwrap();
    assert_eq!(
        attr(ind, "firstLine"),
        Some("567"),
        "first-line indent 10 mm"
    );
    let spacing = normal
        .descendants()
        .find(|n| n.has_tag_name((W, "spacing")))
        .unwrap();
    assert_eq!(attr(spacing, "after"), Some("120"), "6 pt after");

    for (id, name, alias, level) in [
        ("Heading1", "heading 1", "Đề mục 1", "0"),
        ("Heading2", "heading 2", "Đề mục 2", "1"),
    ] {
        let s = style(id);
        assert!(has(s, "name", Some(name)), "{id}");
        assert!(has(s, "aliases", Some(alias)), "{id}");
        assert!(has(s, "outlineLvl", Some(level)), "{id}");
        assert!(has(s, "keepNext", None), "{id}");
    }
    assert!(has(style("Note"), "i", None), "notes are italic");
    assert!(has(style("ListDash"), "ind", None));
    let dash = style("ListDash")
        .descendants()
        .find(|n| n.has_tag_name((W, "ind")))
        .unwrap();
    assert!(attr(dash, "hanging").is_some(), "list items hang");
    assert!(has(style("Bibliography"), "numId", Some("1")));
    let numbering = pkg.xml("word/numbering.xml");
    assert!(numbering.contains("<w:lvlText w:val=\"[%1]\"/>"));
    assert!(numbering.contains("<w:numFmt w:val=\"decimal\"/>"));
}

#[test]
fn blocks_map_to_their_word_styles() {
    let (b, pkg) = all_topics();
    let xml = pkg.xml("word/document.xml");
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let count = |style: &str| {
        paragraphs(&doc)
            .into_iter()
            .filter(|p| style_of(*p) == Some(style))
            .count()
    };
    let d = &b.document;
    let headings = |level: HeadingLevel| {
        d.blocks
            .iter()
            .filter(|bl| matches!(bl, Block::Heading { level: l, .. } if *l == level))
            .count()
    };
    let paragraphs_in = |style: ParagraphStyle| {
        d.blocks
            .iter()
            .filter(|bl| matches!(bl, Block::Paragraph(p) if p.style == style))
            .count()
    };
    // The reference list's heading is a section heading too.
    assert_eq!(count("Heading1"), headings(HeadingLevel::Section) + 1);
    assert_eq!(count("Heading2"), headings(HeadingLevel::Subsection));
    assert_eq!(count("ListDash"), paragraphs_in(ParagraphStyle::Item));
    assert_eq!(count("Note"), paragraphs_in(ParagraphStyle::Note));
    assert!(count("ListDash") > 5 && count("Heading2") > 5);
    assert_eq!(count("Bibliography"), d.references.entries.len());
    assert_eq!(count("Title"), 1);
    assert_eq!(count("Subtitle"), 1);
    // The header and closing blocks are borderless two-column tables.
    let tables: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name((W, "tbl")))
        .collect();
    assert_eq!(tables.len(), 2);
    for t in tables {
        let cols = t
            .descendants()
            .filter(|n| n.has_tag_name((W, "gridCol")))
            .count();
        assert_eq!(cols, 2);
        let borders = t
            .descendants()
            .find(|n| n.has_tag_name((W, "tblBorders")))
            .unwrap();
        assert!(
            borders
                .children()
                .filter(|n| n.is_element())
                .all(|n| attr(n, "val") == Some("nil"))
        );
    }
    // The rules under the issuing body, the motto and the title.
    let rules = paragraphs(&doc)
        .into_iter()
        .filter(|p| p.descendants().any(|n| n.has_tag_name((W, "pBdr"))))
        .count();
    assert_eq!(rules, 3);
    // Italic place and date.
    let date = paragraphs(&doc)
        .into_iter()
        .find(|p| text_of(*p) == d.header.place_date)
        .unwrap();
    assert!(date.descendants().any(|n| n.has_tag_name((W, "i"))));
}

#[test]
fn every_citation_links_to_the_bookmark_on_its_reference() {
    let (b, pkg) = all_topics();
    let xml = pkg.xml("word/document.xml");
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let bookmarks: Vec<(String, Node)> = doc
        .descendants()
        .filter(|n| n.has_tag_name((W, "bookmarkStart")))
        .map(|n| (attr(n, "name").unwrap().to_string(), n.parent().unwrap()))
        .collect();
    let d = &b.document;
    let names: BTreeSet<&str> = bookmarks.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names.len(),
        d.references.entries.len(),
        "one bookmark per reference"
    );
    for r in &d.references.entries {
        let (_, p) = bookmarks
            .iter()
            .find(|(n, _)| *n == bookmark_name(r.number))
            .unwrap();
        assert_eq!(style_of(*p), Some("Bibliography"));
        assert_eq!(text_of(*p), r.text);
    }
    let links: Vec<(String, String)> = doc
        .descendants()
        .filter(|n| n.has_tag_name((W, "hyperlink")))
        .map(|n| (attr(n, "anchor").unwrap().to_string(), text_of(n)))
        .collect();
    let cites: Vec<(String, String)> = d
        .blocks
        .iter()
        .flat_map(|bl| match bl {
            Block::Paragraph(p) => p.inlines.clone(),
            Block::Chart(c) => c.source_line.clone(),
            Block::Heading { .. } => Vec::new(),
        })
        .filter_map(|i| i.cite.map(|c| (bookmark_name(c.number), i.text.clone())))
        .collect();
    assert!(cites.len() > 20);
    assert_eq!(
        links, cites,
        "every [n] is a link to its reference, in order"
    );
    for (anchor, _) in &links {
        assert!(names.contains(anchor.as_str()), "{anchor} has no bookmark");
    }
}

#[test]
fn every_chart_is_a_picture_with_alt_text_and_its_source_as_linked_text() {
    let (b, pkg) = all_topics();
    let xml = pkg.xml("word/document.xml");
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let specs: Vec<_> = b
        .document
        .blocks
        .iter()
        .filter_map(|bl| match bl {
            Block::Chart(c) => Some(c),
            _ => None,
        })
        .collect();
    assert!(specs.len() >= 3);
    let doc_prs: Vec<Node> = doc
        .descendants()
        .filter(|n| n.tag_name().name() == "docPr")
        .collect();
    assert_eq!(doc_prs.len(), specs.len());
    let rels = pkg.xml("word/_rels/document.xml.rels");
    let width = Geometry::DECREE_30.content_width();
    for (spec, pr) in specs.iter().zip(&doc_prs) {
        let alt = pr.attribute("descr").unwrap();
        assert_eq!(alt, description(spec));
        assert!(alt.starts_with(&spec.title));
        for p in &spec.points {
            assert!(
                alt.contains(&format!("{}: {}", p.x_label, p.label)),
                "{alt}"
            );
        }
        for t in &spec.targets {
            assert!(alt.contains(t.label.trim_end_matches('.')), "{alt}");
        }
        // The picture's file: a PNG at print resolution, as wide as the text.
        let drawing = pr.parent().unwrap();
        let blip = drawing
            .descendants()
            .find(|n| n.tag_name().name() == "blip")
            .unwrap();
        let rid = blip
            .attribute((
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                "embed",
            ))
            .unwrap();
        let at = rels.find(&format!("Id=\"{rid}\"")).unwrap();
        let target = rels[at..]
            .split("Target=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        let png = &pkg.parts[&format!("word/{target}")];
        let info = png::Decoder::new(Cursor::new(png.as_slice()))
            .read_info()
            .unwrap();
        let px = info.info().width as f32;
        assert!((px - width * DPI / 72.0).abs() <= 1.0, "{px} px");
        let extent = drawing
            .descendants()
            .find(|n| n.tag_name().name() == "extent")
            .unwrap();
        let cx: f32 = extent.attribute("cx").unwrap().parse().unwrap();
        assert!((cx / 12_700.0 - width).abs() < 0.1);
    }
    // The source line under each picture, as text.
    let figures: Vec<Node> = paragraphs(&doc)
        .into_iter()
        .filter(|p| style_of(*p) == Some("Figure"))
        .collect();
    assert_eq!(figures.len(), specs.len());
    for (f, spec) in figures.iter().zip(&specs) {
        let caption = f.next_sibling_element().unwrap();
        assert_eq!(style_of(caption), Some("Caption"));
        let expected: String = spec.source_line.iter().map(|i| i.text.as_str()).collect();
        assert_eq!(text_of(caption), expected);
        assert!(
            caption
                .descendants()
                .any(|n| n.has_tag_name((W, "hyperlink")))
        );
    }
}

#[test]
fn properties_parts_and_determinism() {
    let c = catalog();
    let mut sel = all_topics_selection(&c);
    sel.header.issuer = "BỘ THÔNG TIN VÀ TRUYỀN THÔNG\nCỤC CHUYỂN ĐỔI SỐ QUỐC GIA".into();
    let b = Briefing::prepare(&c, &sel).unwrap();
    let bytes = write_docx(&b.document).unwrap();
    assert_eq!(
        bytes,
        write_docx(&b.document).unwrap(),
        "same selection, same bytes"
    );
    assert!(bytes.len() <= 400 * 1024, "{} bytes", bytes.len());
    let pkg = Package::read(&bytes);
    assert_eq!(pkg.names[0], "[Content_Types].xml");
    // Every XML part parses.
    for (name, data) in &pkg.parts {
        if name.ends_with(".xml") || name.ends_with(".rels") {
            let s = std::str::from_utf8(data).unwrap();
            roxmltree::Document::parse(s).unwrap_or_else(|e| panic!("{name}: {e}"));
        }
    }
    let types = pkg.xml("[Content_Types].xml");
    for name in pkg
        .names
        .iter()
        .filter(|n| n.ends_with(".xml") && n.starts_with("word/") || n.starts_with("docProps/"))
    {
        assert!(types.contains(&format!("PartName=\"/{name}\"")), "{name}");
    }
    assert!(types.contains("Extension=\"png\""));

    let core = pkg.xml("docProps/core.xml");
    let m = &b.document.metadata;
    let core = roxmltree::Document::parse(&core).unwrap();
    let field = |name: &str| {
        core.descendants()
            .find(|n| n.tag_name().name() == name)
            .and_then(|n| n.text())
            .unwrap_or_default()
            .to_string()
    };
    assert_eq!(field("title"), m.title);
    assert_eq!(field("subject"), m.subject);
    assert_eq!(field("creator"), m.author);
    assert_eq!(field("keywords"), m.keywords.join("; "));
    assert_eq!(field("language"), "vi-VN");
    assert_eq!(field("created"), "2026-11-23T00:00:00Z");

    // Zip entries are stamped with the header date, not the clock.
    let mut zip = zip::ZipArchive::new(Cursor::new(&bytes)).unwrap();
    for i in 0..zip.len() {
        let t = zip.by_index(i).unwrap().last_modified().unwrap();
        assert_eq!((t.year(), t.month(), t.day(), t.hour()), (2026, 11, 23, 0));
    }
}

#[test]
fn a_small_selection_and_an_empty_closing_still_make_a_valid_document() {
    let c = catalog();
    let mut sel = selection(&["xep-hang-lhq"], 2020, 2022);
    sel.header.issuer = String::new();
    sel.header.recipients = String::new();
    sel.header.signer_title = String::new();
    sel.header.signer_name = String::new();
    sel.header.title = "Ghi chú <nhanh> & \"gọn\"".into();
    let b = Briefing::prepare(&c, &sel).unwrap();
    let pkg = Package::read(&write_docx(&b.document).unwrap());
    let xml = pkg.xml("word/document.xml");
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let got: Vec<String> = paragraphs(&doc)
        .into_iter()
        .map(text_of)
        .filter(|t| !t.is_empty())
        .collect();
    assert_eq!(got, expected_text(&b.document));
    assert!(got.iter().any(|t| t == "GHI CHÚ <NHANH> & \"GỌN\""));
}

#[test]
fn the_issuing_body_column_is_as_wide_as_in_the_pdf() {
    // "BỘ THÔNG TIN VÀ TRUYỀN THÔNG" needs more than 70 mm at 12 pt: the
    // PDF widens the column, and so must the Word table (LibreOffice
    // wrapped the name onto two lines when it did not).
    let (b, pkg) = all_topics();
    let xml = pkg.xml("word/document.xml");
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let grid = doc
        .descendants()
        .find(|n| n.has_tag_name((W, "tblGrid")))
        .expect("the header table");
    let first: i64 = w(grid, "gridCol")
        .and_then(|c| attr(c, "w"))
        .and_then(|v| v.parse().ok())
        .expect("a column width");
    let width = Geometry::DECREE_30.content_width();
    let column = egov_brief::layout::issuer_column(&b.document.header, width);
    assert!(column > egov_brief::layout::page::mm(70.0));
    assert_eq!(first, (column * 20.0).round() as i64);
}
