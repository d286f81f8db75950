//! The Word export read back: the .docx unzipped with the `zip` crate and
//! its XML parsed with roxmltree. Its words are checked against the text
//! lopdf extracts from the PDF of the same selection (not against the
//! writer's own walk), in both editions; then page set-up, margins,
//! fonts, styles, page headers, links, bookmarks and pictures.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{Cursor, Read};

use egov_brief::brief::document::{Block, HeadingLevel, ParagraphStyle};
use egov_brief::brief::{Length, OwnSection, Selection};
use egov_brief::briefing::Briefing;
use egov_brief::layout::BlockKind;
use egov_brief::render::docx::{bookmark_name, write_docx};
use roxmltree::Node;

use crate::docx_emf::Emf;
use crate::support::{all_topics_selection, catalog, pdf_bytes, selection};

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// The parts of a .docx by name, in the order they are stored.
pub(crate) struct Package {
    pub(crate) names: Vec<String>,
    pub(crate) parts: BTreeMap<String, Vec<u8>>,
}

impl Package {
    pub(crate) fn read(bytes: &[u8]) -> Self {
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

    pub(crate) fn xml(&self, name: &str) -> String {
        String::from_utf8(self.parts[name].clone()).expect("UTF-8 XML")
    }
}

/// The text width of an A4 page with the Decree 30 margins used here
/// (210 − 30 − 15 mm), in points.
const TEXT_WIDTH: f32 = 165.0 * 72.0 / 25.4;

fn docx(b: &Briefing) -> Package {
    Package::read(&write_docx(&b.document, &b.pages.charts, &b.print).unwrap())
}

pub(crate) fn all_topics() -> (Briefing, Package) {
    let c = catalog();
    let mut sel = all_topics_selection(&c);
    sel.header.issuer = "BỘ THÔNG TIN VÀ TRUYỀN THÔNG\nCỤC CHUYỂN ĐỔI SỐ QUỐC GIA".into();
    let b = Briefing::prepare(&c, &sel).unwrap();
    let pkg = docx(&b);
    (b, pkg)
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

/// The text of the Word copy, or a picture (a chart, whose words are
/// drawn in the picture).
#[derive(Debug, Clone, PartialEq)]
enum Segment {
    Text(String),
    Picture { alt: String },
}

/// Text without its spaces: lopdf runs the words of a justified line
/// together, so the two copies are compared letter by letter, in order.
fn letters(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
        .collect()
}

/// What `document.xml` prints, in order: paragraphs (table cells
/// included), Word's "[n]" numbering of the bibliography written out,
/// pictures as segments of their own.
fn docx_segments(pkg: &Package) -> Vec<Segment> {
    let xml = pkg.xml("word/document.xml");
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let mut out = Vec::new();
    let mut text = String::new();
    let mut numbered = 0;
    for p in paragraphs(&doc) {
        let is_numbered = style_of(p) == Some("Bibliography")
            && !p.descendants().any(|n| n.has_tag_name((W, "numId")));
        if is_numbered {
            numbered += 1;
            text.push_str(&format!("[{numbered}]"));
        }
        for pr in p.descendants().filter(|n| n.tag_name().name() == "docPr") {
            out.push(Segment::Text(std::mem::take(&mut text)));
            let alt = pr.attribute("descr").unwrap_or_default().to_string();
            out.push(Segment::Picture { alt });
        }
        text.push_str(&letters(&text_of(p)));
    }
    out.push(Segment::Text(text));
    out
}

/// A key-figures table's header row, as its letters.
const TABLE_HEADER: &str = "ChỉtiêuKếtquảThờiđiểmNguồn";

/// The letters lopdf extracts from each page of the PDF, the page number
/// (printed last, on every page but a first one: of the report, of its
/// appendix) left out.
fn pdf_letters(b: &Briefing) -> String {
    let bytes = pdf_bytes(b);
    let doc = lopdf::Document::load_mem(&bytes).unwrap();
    let mut out = String::new();
    for n in 1..=doc.get_pages().len() as u32 {
        let page = letters(&doc.extract_text(&[n]).unwrap());
        let number = b.pages.pages[n as usize - 1].number;
        let page = if number > 1 {
            page.strip_suffix(&number.to_string())
                .unwrap_or_else(|| panic!("page {n} does not end with {number}: {page}"))
        } else {
            &page
        };
        // A table that goes on from the page before repeats its header
        // row at the top (Word repeats it too, but not in its text).
        let page = page.strip_prefix(TABLE_HEADER).unwrap_or(page);
        out.push_str(page);
    }
    out
}

/// Checks that Word prints what the PDF prints, letter for letter and in
/// order. A picture stands for the chart's words in the PDF: the run of
/// PDF text up to where the Word text goes on, which must hold the
/// chart's title (the alt text's first sentence). Returns how many
/// pictures matched.
fn assert_same_text(word: &[Segment], pdf: &str) -> usize {
    let (mut at, mut pictures) = (0, 0);
    for (i, seg) in word.iter().enumerate() {
        match seg {
            Segment::Text(t) => {
                let got = &pdf[at..];
                if !got.starts_with(t.as_str()) {
                    let same = t
                        .chars()
                        .zip(got.chars())
                        .take_while(|(a, b)| a == b)
                        .count();
                    let w: String = t.chars().skip(same.saturating_sub(20)).take(80).collect();
                    let p: String = got.chars().skip(same.saturating_sub(20)).take(80).collect();
                    panic!("Word and PDF differ:\n Word: …{w}\n PDF:  …{p}");
                }
                at += t.len();
            }
            Segment::Picture { alt } => {
                let next = match word.get(i + 1) {
                    Some(Segment::Text(t)) => t.chars().take(30).collect::<String>(),
                    _ => String::new(),
                };
                let end = if next.is_empty() {
                    pdf.len()
                } else {
                    at + pdf[at..]
                        .find(&next)
                        .unwrap_or_else(|| panic!("no PDF text after the chart {alt:?}"))
                };
                let title = letters(alt.split(". ").next().unwrap());
                assert!(
                    pdf[at..end].contains(&title),
                    "the picture {title:?} stands for PDF text {:?}",
                    &pdf[at..end]
                );
                pictures += 1;
                at = end;
            }
        }
    }
    assert_eq!(at, pdf.len(), "the PDF has more: {:?}", &pdf[at..]);
    pictures
}

/// All topics, own sections, a full closing and a fact left out.
fn full_selection(length: Length) -> Selection {
    let c = catalog();
    let mut sel = all_topics_selection(&c);
    sel.length = length;
    sel.header.issuer = "BỘ KHOA HỌC VÀ CÔNG NGHỆ\nCỤC CHUYỂN ĐỔI SỐ QUỐC GIA".into();
    sel.header.recipients = "Lãnh đạo Bộ (để báo cáo)\nLưu: VT".into();
    sel.header.signer_title = "KT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG".into();
    sel.header.signer_name = "Nguyễn Văn A".into();
    sel.own_sections = vec![
        OwnSection {
            title: "Nhận định".into(),
            text: "Tiến độ đạt yêu cầu.\n\n- Cần đẩy nhanh tích hợp dữ liệu.".into(),
        },
        OwnSection {
            title: "Đề xuất, kiến nghị".into(),
            text: "Bổ sung kinh phí năm 2027.".into(),
        },
    ];
    sel.excluded = vec![c.facts()[0].id.clone()];
    sel
}

#[test]
fn word_says_every_word_the_pdf_prints_in_both_editions() {
    let c = catalog();
    for length in [Length::Full, Length::Short] {
        let b = Briefing::prepare(&c, &full_selection(length)).unwrap();
        let segments = docx_segments(&docx(&b));
        let pictures = assert_same_text(&segments, &pdf_letters(&b));
        // Every chart the PDF draws is a picture in Word.
        let charts = b
            .pages
            .pages
            .iter()
            .flat_map(|p| &p.blocks)
            .filter(|bl| bl.kind == BlockKind::Chart)
            .count();
        assert!(charts >= 3, "{length:?}: {charts} charts");
        assert_eq!(pictures, charts, "{length:?}");
        let text: String = segments
            .iter()
            .filter_map(|s| match s {
                Segment::Text(t) => Some(t.as_str()),
                Segment::Picture { .. } => None,
            })
            .collect();
        assert!(
            text.contains(&letters("Bổ sung kinh phí năm 2027.")),
            "{length:?}"
        );
        assert!(
            !text.contains(&letters(&c.facts()[0].summary)),
            "{length:?}"
        );
        assert_eq!(text.contains("PHỤLỤC"), length == Length::Short);
    }
}

#[test]
fn the_short_edition_keeps_its_appendix_after_the_signature_on_a_new_page() {
    let c = catalog();
    let b = Briefing::prepare(&c, &full_selection(Length::Short)).unwrap();
    let pkg = docx(&b);
    let xml = pkg.xml("word/document.xml");
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let all = paragraphs(&doc);
    let at = all
        .iter()
        .position(|p| text_of(*p) == "PHỤ LỤC")
        .expect("the appendix heading");
    assert_eq!(style_of(all[at]), Some("AppendixTitle"));
    // The main part's section ends just before it; the appendix is a
    // section of its own that starts a new page and numbers its pages
    // from 1 (Decree 30), as the PDF does.
    let ends_main = all[at - 1]
        .descendants()
        .find(|n| n.has_tag_name((W, "sectPr")))
        .expect("the main part's section ends before the appendix");
    assert!(
        ends_main
            .descendants()
            .any(|n| n.has_tag_name((W, "titlePg")))
    );
    let last = doc
        .descendants()
        .rfind(|n| n.has_tag_name((W, "sectPr")))
        .unwrap();
    let kind = last
        .children()
        .find(|n| n.has_tag_name((W, "type")))
        .unwrap();
    assert_eq!(kind.attribute((W, "val")), Some("nextPage"));
    let start = last
        .children()
        .find(|n| n.has_tag_name((W, "pgNumType")))
        .unwrap();
    assert_eq!(start.attribute((W, "start")), Some("1"));
    assert!(last.children().any(|n| n.has_tag_name((W, "titlePg"))));
    // The appendix's own title, then the attachment line with the issuer
    // in sentence case, then a short rule.
    assert_eq!(
        text_of(all[at + 1]),
        "SỐ LIỆU CHI TIẾT, BIỂU ĐỒ, DIỄN BIẾN VÀ MỤC TIÊU"
    );
    assert!(text_of(all[at + 2]).starts_with("(Kèm theo Báo cáo"));
    assert_eq!(style_of(all[at + 3]), Some("TitleRule"));
    // The PDF numbers the appendix on its own too.
    let pdf_first = b
        .pages
        .pages
        .iter()
        .position(|p| p.plain_text().starts_with("PHỤ LỤC"))
        .unwrap();
    assert_eq!(b.pages.pages[pdf_first].number, 1);
    assert_eq!(b.pages.pages[pdf_first + 1].number, 2);
    let numbered = |k: usize| {
        b.pages.pages[k]
            .blocks
            .iter()
            .any(|bl| bl.kind == BlockKind::PageNumber)
    };
    assert!(!numbered(pdf_first), "a first page shows no number");
    assert!(numbered(pdf_first + 1));
    assert!(b.pages.pages[pdf_first + 1].texts().any(|t| t.text == "2"));
    let signer = all
        .iter()
        .position(|p| text_of(*p) == "Nguyễn Văn A")
        .expect("the signer's name");
    assert!(signer < at, "the appendix follows the signature");
    let pictures_after = all[at..]
        .iter()
        .filter(|p| p.descendants().any(|n| n.tag_name().name() == "docPr"))
        .count();
    // The charts the PDF draws after its own "PHỤ LỤC" page break.
    let first_appendix_page = b
        .pages
        .pages
        .iter()
        .position(|p| p.plain_text().starts_with("PHỤ LỤC"))
        .expect("the PDF's appendix page");
    let pdf_charts = b.pages.pages[first_appendix_page..]
        .iter()
        .flat_map(|p| &p.blocks)
        .filter(|bl| bl.kind == BlockKind::Chart)
        .count();
    assert!(pictures_after >= 3, "{pictures_after}");
    assert_eq!(pictures_after, pdf_charts);
}

#[test]
fn the_signature_keeps_with_the_text_before_it() {
    let (_, pkg) = all_topics();
    let xml = pkg.xml("word/document.xml");
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let last_reference = paragraphs(&doc)
        .into_iter()
        .rfind(|p| style_of(*p) == Some("Bibliography"))
        .unwrap();
    let ppr = w(last_reference, "pPr").unwrap();
    assert!(w(ppr, "keepNext").is_some(), "kept with the closing table");
    let next = last_reference.next_sibling_element().unwrap();
    assert!(next.has_tag_name((W, "tbl")), "the closing table follows");
    let row = next
        .descendants()
        .find(|n| n.has_tag_name((W, "trPr")))
        .unwrap();
    assert!(w(row, "cantSplit").is_some());
}

/// "Số: …" and the place and date sit in one row of the header table,
/// both cells aligned at the bottom: one baseline, as in the PDF.
#[test]
fn the_number_and_the_date_share_a_row_aligned_at_the_bottom() {
    let (b, pkg) = all_topics();
    let xml = pkg.xml("word/document.xml");
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let date = &b.document.header.place_date;
    let row = doc
        .descendants()
        .filter(|n| n.has_tag_name((W, "tr")))
        .find(|r| {
            r.descendants()
                .any(|p| p.has_tag_name((W, "p")) && text_of(p) == *date)
        })
        .expect("the date's row");
    let cells: Vec<_> = row
        .children()
        .filter(|c| c.has_tag_name((W, "tc")))
        .collect();
    assert_eq!(cells.len(), 2);
    assert!(
        text_of(cells[0]).starts_with("Số:"),
        "{}",
        text_of(cells[0])
    );
    for c in &cells {
        let align = w(w(*c, "tcPr").unwrap(), "vAlign").and_then(|v| attr(v, "val"));
        assert_eq!(align, Some("bottom"));
    }
}

#[test]
fn citations_are_black_in_black_print_and_coloured_in_colour() {
    let c = catalog();
    for colour in [false, true] {
        let mut sel = selection(&["xep-hang-lhq"], 2014, 2030);
        sel.color = colour;
        let b = Briefing::prepare(&c, &sel).unwrap();
        let styles = docx(&b).xml("word/styles.xml");
        let st = &styles[styles.find("w:styleId=\"CitationLink\"").unwrap()..];
        let st = &st[..st.find("</w:style>").unwrap()];
        assert_eq!(
            st.contains("<w:color w:val=\"000000\"/>"),
            !colour,
            "colour {colour}: {st}"
        );
    }
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
    // Space above, as the layout's gaps are: 4 pt, leading at least
    // 13 × 1.25 pt, so Word breaks pages near where the PDF does.
    assert_eq!(attr(spacing, "before"), Some("80"), "4 pt above");
    assert_eq!(attr(spacing, "line"), Some("325"), "16,25 pt leading");

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
    // The header and closing blocks are borderless two-column tables;
    // the key-figure tables are ruled, with a header row Word repeats.
    let tables: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name((W, "tbl")))
        .collect();
    let figures = d
        .blocks
        .iter()
        .filter(|bl| matches!(bl, Block::Table(_)))
        .count();
    assert!(figures >= 3);
    assert_eq!(tables.len(), 2 + figures);
    for t in &tables[1..tables.len() - 1] {
        assert!(t.descendants().any(|n| n.has_tag_name((W, "tblHeader"))));
        assert_eq!(
            t.descendants()
                .filter(|n| n.has_tag_name((W, "gridCol")))
                .count(),
            4
        );
    }
    let tables = [tables[0], *tables.last().unwrap()];
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
    // The rules under the issuing body, the motto and the title; the
    // title's is the bottom border of a paragraph of its own exact height
    // (4 pt, 80 twentieths), so it clears the descenders of the line above
    // in Word and LibreOffice alike.
    let ruled: Vec<_> = paragraphs(&doc)
        .into_iter()
        .filter(|p| p.descendants().any(|n| n.has_tag_name((W, "pBdr"))))
        .collect();
    assert_eq!(ruled.len(), 3);
    let title_rule = ruled.last().unwrap();
    assert_eq!(style_of(*title_rule), Some("TitleRule"));
    assert!(
        title_rule
            .descendants()
            .any(|n| n.has_tag_name((W, "bottom")))
    );
    let styles = pkg.xml("word/styles.xml");
    let st = &styles[styles.find("w:styleId=\"TitleRule\"").unwrap()..];
    let st = &st[..st.find("</w:style>").unwrap()];
    assert!(st.contains("w:line=\"80\" w:lineRule=\"exact\""), "{st}");
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
            Block::Table(t) => t
                .rows
                .iter()
                .flatten()
                .chain(&t.notes)
                .flatten()
                .cloned()
                .collect(),
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

/// The `r:embed` of a blip or svgBlip.
pub(crate) fn embed<'a>(n: Node<'a, 'a>) -> &'a str {
    n.attribute((
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        "embed",
    ))
    .unwrap()
}

/// The part a relationship of the document part points to.
pub(crate) fn part_of(rels: &str, rid: &str) -> String {
    let at = rels.find(&format!("Id=\"{rid}\"")).unwrap();
    let target = rels[at..]
        .split("Target=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    format!("word/{target}")
}

#[test]
fn every_chart_is_an_svg_and_an_emf_with_alt_text_and_its_source_as_linked_text() {
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
    let names: Vec<&str> = doc
        .descendants()
        .filter(|n| n.tag_name().name() == "docPr")
        .map(|n| n.attribute("name").unwrap())
        .collect();
    assert_eq!(names.first(), Some(&"Biểu đồ 1"));
    assert!(specs.len() >= 3);
    let doc_prs: Vec<Node> = doc
        .descendants()
        .filter(|n| n.tag_name().name() == "docPr")
        .collect();
    assert_eq!(doc_prs.len(), specs.len());
    let rels = pkg.xml("word/_rels/document.xml.rels");
    let width = TEXT_WIDTH;
    for (spec, pr) in specs.iter().zip(&doc_prs) {
        let alt = pr.attribute("descr").unwrap();
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
        // The picture: an SVG in the blip's svgBlip extension, an EMF
        // (vectors and text) as the blip's own image, both as wide as the
        // text.
        let drawing = pr.parent().unwrap();
        let blip = drawing
            .descendants()
            .find(|n| n.tag_name().name() == "blip")
            .unwrap();
        let emf_name = part_of(&rels, embed(blip));
        assert!(emf_name.ends_with(".emf"), "{emf_name}");
        let emf = Emf::read(&pkg.parts[&emf_name]);
        // 165 mm in hundredths of a millimetre (inclusive: 0 to 16 499),
        // 467,7 pt in twips (9 354).
        assert_eq!(emf.frame[2], 16_499);
        assert_eq!(emf.bounds[2], 9_353);
        assert!(emf.len < 20_000, "{} bytes", emf.len);
        let emf_words: String = emf.texts.iter().map(|t| t.2.as_str()).collect();
        for p in &spec.points {
            assert!(emf_words.contains(&p.label), "{} in {emf_words}", p.label);
        }
        let ext = blip
            .descendants()
            .find(|n| n.tag_name().name() == "ext")
            .unwrap();
        assert_eq!(
            ext.attribute("uri"),
            Some("{96DAC541-7B7A-43D3-8B79-37D633B846F1}")
        );
        let svg_blip = ext.first_element_child().unwrap();
        assert!(svg_blip.has_tag_name((
            "http://schemas.microsoft.com/office/drawing/2016/SVG/main",
            "svgBlip"
        )));
        let svg_name = part_of(&rels, embed(svg_blip));
        assert!(svg_name.ends_with(".svg"), "{svg_name}");
        let svg = String::from_utf8(pkg.parts[&svg_name].clone()).unwrap();
        let svg = roxmltree::Document::parse(&svg).unwrap();
        let root = svg.root_element();
        assert_eq!(root.tag_name().name(), "svg");
        let view: Vec<f32> = root
            .attribute("viewBox")
            .unwrap()
            .split(' ')
            .map(|v| v.parse().unwrap())
            .collect();
        assert!((view[2] - width).abs() < 0.01, "{view:?}");
        // Vectors: lines and dots as shapes, every word as text in the
        // document's serif.
        let texts: Vec<Node> = svg
            .descendants()
            .filter(|n| n.has_tag_name("text"))
            .collect();
        let words: String = texts.iter().filter_map(|t| t.text()).collect();
        // The title first (its first line).
        let title = texts[0].text().unwrap();
        assert!(title.len() > 10 && spec.title.starts_with(title), "{title}");
        assert_eq!(emf.texts[0].2, title, "the EMF's first text too");
        for p in &spec.points {
            assert!(words.contains(&p.label), "{} in {words}", p.label);
        }
        assert!(texts.iter().all(|t| {
            t.attribute("font-family")
                .is_some_and(|f| f.starts_with("'Times New Roman', 'Liberation Serif'"))
        }));
        assert!(svg.descendants().any(|n| n.has_tag_name("polyline")));
        assert!(!svg.descendants().any(|n| n.has_tag_name("image")));
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
    let bytes = write_docx(&b.document, &b.pages.charts, &b.print).unwrap();
    assert_eq!(
        bytes,
        write_docx(&b.document, &b.pages.charts, &b.print).unwrap(),
        "same selection, same bytes"
    );
    // Charts as SVG and EMF.
    assert!(bytes.len() <= 250 * 1024, "{} bytes", bytes.len());
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
    assert!(types.contains("Extension=\"emf\" ContentType=\"image/x-emf\""));
    assert!(!types.contains("png"));
    assert!(types.contains("Extension=\"svg\" ContentType=\"image/svg+xml\""));

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
    let segments = docx_segments(&docx(&b));
    assert_same_text(&segments, &pdf_letters(&b));
    let text = format!("{segments:?}");
    assert!(
        text.contains(&letters("GHI CHÚ <NHANH> & \\\"GỌN\\\"")),
        "{text}"
    );
    assert!(!text.contains("Nơinhận"), "no closing block");
}

/// Advance width of `text` at `size` points in a bundled Liberation
/// Serif face, read with ttf-parser here rather than through the layout.
fn width_in(face: &str, text: &str, size: f32) -> f32 {
    let path = format!(
        "{}/fonts/LiberationSerif-{face}.ttf",
        env!("CARGO_MANIFEST_DIR")
    );
    let data = std::fs::read(path).unwrap();
    let face = ttf_parser::Face::parse(&data, 0).unwrap();
    let units: u32 = text
        .chars()
        .map(|ch| {
            let g = face.glyph_index(ch).unwrap();
            face.glyph_hor_advance(g).unwrap() as u32
        })
        .sum();
    units as f32 * size / face.units_per_em() as f32
}

#[test]
fn the_issuing_body_column_holds_its_parent_body_on_one_line() {
    // "BỘ THÔNG TIN VÀ TRUYỀN THÔNG" needs more than 70 mm at 12 pt:
    // LibreOffice wrapped the name onto two lines in a fixed 70 mm cell.
    let (_, pkg) = all_topics();
    let xml = pkg.xml("word/document.xml");
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let grid = doc
        .descendants()
        .find(|n| n.has_tag_name((W, "tblGrid")))
        .expect("the header table");
    let cols: Vec<f32> = grid
        .children()
        .filter(|n| n.has_tag_name((W, "gridCol")))
        .map(|c| attr(c, "w").unwrap().parse::<f32>().unwrap() / 20.0)
        .collect();
    // The parent body is set upright, the national name bold.
    let name = width_in("Regular", "BỘ THÔNG TIN VÀ TRUYỀN THÔNG", 12.0);
    assert!(name > 70.0 * 72.0 / 25.4, "{name}");
    assert!(cols[0] >= name, "column {} < name {name}", cols[0]);
    assert!((cols[0] + cols[1] - TEXT_WIDTH).abs() < 0.1, "{cols:?}");
    // The national name still fits beside it on one line.
    let nation = width_in("Bold", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12.0);
    assert!(cols[1] >= nation, "{cols:?} vs {nation}");
}
