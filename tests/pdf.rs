//! The exported PDF read back with lopdf: A4 pages, fonts embedded and
//! subset with ToUnicode, Vietnamese text intact, metadata, vector charts,
//! and the same bytes for the same selection.

use lopdf::{Document, Object};

use crate::support::{all_topics, catalog, pdf_bytes, selection};
use egov_brief::briefing::Briefing;

fn briefing(topics: &[&str]) -> Briefing {
    let c = catalog();
    let mut sel = selection(topics, 2014, 2030);
    if topics.is_empty() {
        sel.topics = all_topics(&c);
    }
    sel.header.issuer = "BỘ THÔNG TIN VÀ TRUYỀN THÔNG\nCỤC CHUYỂN ĐỔI SỐ QUỐC GIA".into();
    Briefing::prepare(&c, &sel).unwrap()
}

fn all_bytes() -> Vec<u8> {
    pdf_bytes(&briefing(&[]))
}

fn resolve<'a>(doc: &'a Document, o: &'a Object) -> &'a Object {
    match o {
        Object::Reference(id) => doc.get_object(*id).unwrap(),
        other => other,
    }
}

#[test]
fn pages_are_a4_and_as_many_as_laid_out() {
    let b = briefing(&[]);
    let doc = Document::load_mem(&pdf_bytes(&b)).unwrap();
    let pages = doc.get_pages();
    assert_eq!(pages.len(), b.pages.len());
    for (_, id) in pages {
        let page = doc.get_dictionary(id).unwrap();
        let mb = page.get(b"MediaBox").unwrap().as_array().unwrap();
        let nums: Vec<f32> = mb.iter().map(|o| o.as_float().unwrap()).collect();
        assert!(
            (nums[2] - 595.276).abs() < 0.5 && (nums[3] - 841.89).abs() < 0.5,
            "{nums:?}"
        );
    }
}

#[test]
fn every_font_is_embedded_subset_and_has_to_unicode() {
    let doc = Document::load_mem(&all_bytes()).unwrap();
    let mut fonts = 0;
    for (_, obj) in doc.objects.iter() {
        let Ok(dict) = obj.as_dict() else { continue };
        if dict.get(b"Type").ok().and_then(|t| t.as_name().ok()) != Some(b"Font") {
            continue;
        }
        if dict.get(b"Subtype").unwrap().as_name().unwrap() != b"Type0" {
            continue;
        }
        fonts += 1;
        let base =
            String::from_utf8_lossy(dict.get(b"BaseFont").unwrap().as_name().unwrap()).into_owned();
        let (tag, name) = base.split_once('+').expect("subset tag");
        assert!(
            tag.len() == 6 && tag.bytes().all(|b| b.is_ascii_uppercase()),
            "{base}"
        );
        assert!(name.starts_with("LiberationSerif"), "{base}");
        assert!(dict.has(b"ToUnicode"), "{base} lacks ToUnicode");
        let descendants = resolve(&doc, dict.get(b"DescendantFonts").unwrap())
            .as_array()
            .unwrap();
        let cid = resolve(&doc, &descendants[0]).as_dict().unwrap();
        let desc = resolve(&doc, cid.get(b"FontDescriptor").unwrap())
            .as_dict()
            .unwrap();
        let file = resolve(&doc, desc.get(b"FontFile2").expect("embedded TrueType"));
        let stream = file.as_stream().unwrap();
        // Subset: far smaller than the 390 KB face.
        assert!(
            stream.content.len() < 120_000,
            "{base}: {} bytes",
            stream.content.len()
        );
    }
    assert!(fonts >= 3, "found {fonts} fonts");
}

#[test]
fn vietnamese_text_extracts_intact() {
    let bytes = pdf_bytes(&briefing(&["xep-hang-lhq"]));
    let doc = Document::load_mem(&bytes).unwrap();
    let n = doc.get_pages().len() as u32;
    let text = doc.extract_text(&(1..=n).collect::<Vec<_>>()).unwrap();
    for expected in [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "BÁO CÁO TÓM TẮT",
        "Liên hợp quốc",
        "Nguồn",
        "86/193",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
}

#[test]
fn metadata_names_the_brief_and_its_issuer() {
    let doc = Document::load_mem(&all_bytes()).unwrap();
    let info_ref = doc.trailer.get(b"Info").unwrap().as_reference().unwrap();
    let info = doc.get_dictionary(info_ref).unwrap();
    let decode = |key: &[u8]| {
        let bytes = info.get(key).unwrap().as_str().unwrap();
        if bytes.starts_with(&[0xFE, 0xFF]) {
            let units: Vec<u16> = bytes[2..]
                .chunks(2)
                .map(|c| u16::from_be_bytes([c[0], c[1]]))
                .collect();
            String::from_utf16(&units).unwrap()
        } else {
            String::from_utf8_lossy(bytes).into_owned()
        }
    };
    assert!(decode(b"Title").starts_with("Báo cáo tóm tắt"));
    assert_eq!(decode(b"Author"), "CỤC CHUYỂN ĐỔI SỐ QUỐC GIA");
    // Signed in 2026: results to 2026, targets to 2030.
    assert!(decode(b"Subject").contains("2014–2026 và mục tiêu đến năm 2030"));
    assert!(decode(b"CreationDate").starts_with("D:20261123"));
    assert!(!info.has(b"GTS_PDFXVersion"), "no PDF/X claim");
}

#[test]
fn charts_are_vector_paths_not_images() {
    let bytes = pdf_bytes(&briefing(&["xep-hang-lhq"]));
    let doc = Document::load_mem(&bytes).unwrap();
    let mut curves = 0;
    for (_, id) in doc.get_pages() {
        let content = doc.get_page_content(id);
        let ops = lopdf::content::Content::decode(&content)
            .unwrap()
            .operations;
        curves += ops.iter().filter(|o| o.operator == "c").count();
        assert!(
            !ops.iter().any(|o| o.operator == "Do" || o.operator == "BI"),
            "image found"
        );
    }
    assert!(curves > 0, "no Bézier dots drawn");
    assert!(!doc.objects.values().any(|o| o.as_stream().is_ok_and(|s| {
        s.dict.get(b"Subtype").ok().and_then(|t| t.as_name().ok()) == Some(b"Image")
    })));
}

#[test]
fn same_selection_same_bytes() {
    assert_eq!(all_bytes(), all_bytes());
}

#[test]
fn size_stays_small() {
    let bytes = all_bytes();
    assert!(bytes.len() <= 150 * 1024, "{} bytes", bytes.len());
}

/// The file identifier (trailer /ID): 16 bytes of SHA-256 in hex, both
/// halves alike, the same for the same brief and another for another title.
#[test]
fn the_file_identifier_is_a_content_hash() {
    let id_of = |bytes: &[u8]| -> String {
        let doc = Document::load_mem(bytes).unwrap();
        let ids = doc.trailer.get(b"ID").unwrap().as_array().unwrap();
        let first = ids[0].as_str().unwrap().to_vec();
        assert_eq!(ids[1].as_str().unwrap(), first.as_slice());
        String::from_utf8(first).unwrap()
    };
    let one = id_of(&pdf_bytes(&briefing(&["xep-hang-lhq"])));
    assert_eq!(one.len(), 32, "{one}");
    assert!(
        one.bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()),
        "{one}"
    );
    assert_eq!(id_of(&pdf_bytes(&briefing(&["xep-hang-lhq"]))), one);
    let c = catalog();
    let mut sel = selection(&["xep-hang-lhq"], 2014, 2030);
    sel.header.issuer = "BỘ THÔNG TIN VÀ TRUYỀN THÔNG\nCỤC CHUYỂN ĐỔI SỐ QUỐC GIA".into();
    sel.header.title = "Báo cáo khác".into();
    let other = id_of(&pdf_bytes(&Briefing::prepare(&c, &sel).unwrap()));
    assert_ne!(other, one);
}

/// A justified line is one `TJ` with real spaces between its words, so a
/// reader's search and copy see words without guessing them from gaps
/// (with a move and a string per word, page 1 had 312 text operations
/// for 496 words).
#[test]
fn justified_lines_keep_their_spaces_and_are_shown_whole() {
    let bytes = all_bytes();
    let doc = Document::load_mem(&bytes).unwrap();
    let first = doc.extract_text(&[1]).unwrap();
    assert!(
        first.contains("Báo cáo tổng hợp kết quả xây dựng Chính phủ điện tử, Chính phủ số"),
        "{first}"
    );
    let (_, page) = doc.get_pages().into_iter().next().unwrap();
    let ops = lopdf::content::Content::decode(&doc.get_page_content(page))
        .unwrap()
        .operations;
    let shows = ops
        .iter()
        .filter(|o| o.operator == "TJ" || o.operator == "Tj")
        .count();
    let words = first.split_whitespace().count();
    assert!(
        shows * 3 < words,
        "{shows} text operations for {words} words"
    );
}
