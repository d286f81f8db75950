//! The charts' EMF pictures in the Word export, read back with a record
//! walk of this test's own (MS-EMF field offsets, not the writer's code):
//! the header's counts against the records walked, whole 4-byte records,
//! EMR_EOF last, the text records' positions and UTF-16 text, and no
//! bitmap anywhere in the package.

use egov_brief::brief::document::Block;

use crate::docx::{all_topics, embed, part_of};

/// What a test needs of one metafile.
pub(crate) struct Emf {
    pub(crate) len: usize,
    /// Device units (twips here), inclusive.
    pub(crate) bounds: [i32; 4],
    /// Hundredths of a millimetre, inclusive.
    pub(crate) frame: [i32; 4],
    pub(crate) kinds: Vec<u32>,
    /// EMR_EXTTEXTOUTW: reference point and text.
    pub(crate) texts: Vec<(i32, i32, String)>,
}

fn u32_at(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(b[at..at + 4].try_into().unwrap())
}

fn i32_at(b: &[u8], at: usize) -> i32 {
    i32::from_le_bytes(b[at..at + 4].try_into().unwrap())
}

impl Emf {
    pub(crate) fn read(bytes: &[u8]) -> Emf {
        assert_eq!(u32_at(bytes, 0), 1, "EMR_HEADER first");
        assert_eq!(&bytes[40..44], b" EMF", "signature");
        assert_eq!(u32_at(bytes, 48) as usize, bytes.len(), "nBytes");
        let (mut at, mut kinds, mut texts) = (0, Vec::new(), Vec::new());
        while at < bytes.len() {
            let (kind, size) = (u32_at(bytes, at), u32_at(bytes, at + 4) as usize);
            assert!(
                size >= 8 && size.is_multiple_of(4),
                "record at {at}: size {size}"
            );
            let r = &bytes[at..at + size];
            if kind == 84 {
                let (n, from) = (u32_at(r, 44) as usize, u32_at(r, 48) as usize);
                let units: Vec<u16> = r[from..from + 2 * n]
                    .chunks(2)
                    .map(|c| u16::from_le_bytes([c[0], c[1]]))
                    .collect();
                let text = String::from_utf16(&units).unwrap();
                texts.push((i32_at(r, 36), i32_at(r, 40), text));
            }
            kinds.push(kind);
            at += size;
        }
        assert_eq!(at, bytes.len());
        assert_eq!(u32_at(bytes, 52) as usize, kinds.len(), "nRecords");
        assert_eq!(kinds.last(), Some(&14), "EMR_EOF last");
        let rect = |at: usize| [0, 4, 8, 12].map(|o| i32_at(bytes, at + o));
        Emf {
            len: bytes.len(),
            bounds: rect(8),
            frame: rect(24),
            kinds,
            texts,
        }
    }
}

#[test]
fn every_chart_is_one_emf_of_type_image_x_emf_and_no_picture_is_a_bitmap() {
    let (b, pkg) = all_topics();
    let charts = b
        .document
        .blocks
        .iter()
        .filter(|bl| matches!(bl, Block::Chart(_)))
        .count();
    assert!(charts >= 3);
    let media: Vec<&String> = pkg
        .names
        .iter()
        .filter(|n| n.starts_with("word/media/"))
        .collect();
    let named = |ext: &str| media.iter().filter(|n| n.ends_with(ext)).count();
    assert_eq!(named(".emf"), charts);
    assert_eq!(named(".svg"), charts);
    assert_eq!(media.len(), 2 * charts, "{media:?}");
    assert!(media.iter().any(|n| *n == "word/media/bieu-do-1.emf"));
    let types = pkg.xml("[Content_Types].xml");
    assert!(types.contains("<Default Extension=\"emf\" ContentType=\"image/x-emf\"/>"));
    assert!(!types.contains("png"), "{types}");
    // Each blip's own image is an EMF of vectors and text: no bitmap
    // records (BITBLT … STRETCHDIBITS, ALPHABLEND … TRANSPARENTDIB), and
    // the words keep their Vietnamese letters.
    let xml = pkg.xml("word/document.xml");
    let rels = pkg.xml("word/_rels/document.xml.rels");
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let blips: Vec<_> = doc
        .descendants()
        .filter(|n| n.tag_name().name() == "blip")
        .collect();
    assert_eq!(blips.len(), charts);
    for blip in blips {
        let name = part_of(&rels, embed(blip));
        let emf = Emf::read(&pkg.parts[&name]);
        let bitmap = |k: &u32| (76..=81).contains(k) || (114..=117).contains(k);
        assert!(!emf.kinds.iter().any(bitmap), "{name}");
        assert!(emf.kinds.contains(&87) || emf.kinds.contains(&90), "lines");
        // Every text inside the picture (twips, y down).
        assert!(
            emf.texts.iter().all(|t| {
                (0..=emf.bounds[2]).contains(&t.0) && (0..=emf.bounds[3]).contains(&t.1)
            })
        );
        // The same words at the same places as the SVG beside it (its
        // points have two decimals: a twip either way).
        let svg = String::from_utf8(pkg.parts[&name.replace(".emf", ".svg")].clone()).unwrap();
        let svg = roxmltree::Document::parse(&svg).unwrap();
        let svg_texts: Vec<(f32, f32, &str)> = svg
            .descendants()
            .filter(|n| n.has_tag_name("text"))
            .map(|n| {
                let at = |a: &str| n.attribute(a).unwrap().parse::<f32>().unwrap() * 20.0;
                (at("x"), at("y"), n.text().unwrap())
            })
            .collect();
        assert_eq!(emf.texts.len(), svg_texts.len(), "{name}");
        for (e, s) in emf.texts.iter().zip(&svg_texts) {
            assert_eq!(e.2, s.2);
            assert!((e.0 as f32 - s.0).abs() <= 1.0 && (e.1 as f32 - s.1).abs() <= 1.0);
        }
        // Vietnamese letters (the block U+1EA0–U+1EF9: ạ, ả, ấ … ỹ) as
        // they are, in the titles and axis notes.
        let viet = |t: &String| t.chars().any(|c| ('\u{1EA0}'..='\u{1EF9}').contains(&c));
        assert!(emf.texts.iter().any(|t| viet(&t.2)), "{name}");
    }
}
