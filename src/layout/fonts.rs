//! The bundled faces and their metrics. The layout measures text with the
//! same bytes the PDF embeds and the preview draws, so the three agree.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU32, Ordering};

use ttf_parser::Face;

/// The four Liberation Serif faces (metric-compatible with Times New Roman,
/// which Decree 30/2020/NĐ-CP asks for).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FontStyle {
    Regular,
    Bold,
    Italic,
    BoldItalic,
}

impl FontStyle {
    pub const ALL: [FontStyle; 4] = [
        FontStyle::Regular,
        FontStyle::Bold,
        FontStyle::Italic,
        FontStyle::BoldItalic,
    ];

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn bytes(self) -> &'static [u8] {
        match self {
            FontStyle::Regular => SERIF_REGULAR,
            FontStyle::Bold => SERIF_BOLD,
            FontStyle::Italic => SERIF_ITALIC,
            FontStyle::BoldItalic => SERIF_BOLD_ITALIC,
        }
    }

    /// A stable name, used as the egui font family and in the PDF.
    pub fn name(self) -> &'static str {
        match self {
            FontStyle::Regular => "LiberationSerif-Regular",
            FontStyle::Bold => "LiberationSerif-Bold",
            FontStyle::Italic => "LiberationSerif-Italic",
            FontStyle::BoldItalic => "LiberationSerif-BoldItalic",
        }
    }
}

pub const SERIF_REGULAR: &[u8] = include_bytes!("../../fonts/LiberationSerif-Regular.ttf");
pub const SERIF_BOLD: &[u8] = include_bytes!("../../fonts/LiberationSerif-Bold.ttf");
pub const SERIF_ITALIC: &[u8] = include_bytes!("../../fonts/LiberationSerif-Italic.ttf");
pub const SERIF_BOLD_ITALIC: &[u8] = include_bytes!("../../fonts/LiberationSerif-BoldItalic.ttf");
/// Sans faces for the application's own interface.
pub const SANS_REGULAR: &[u8] = include_bytes!("../../fonts/LiberationSans-Regular.ttf");
pub const SANS_BOLD: &[u8] = include_bytes!("../../fonts/LiberationSans-Bold.ttf");

/// Parsed faces with cached advance widths for the characters in use.
pub struct Fonts {
    faces: Vec<FaceMetrics>,
}

struct FaceMetrics {
    face: Face<'static>,
    units_per_em: f32,
    /// Advance in font units for code points below 0x2000 (Latin and
    /// Vietnamese), looked up in the cmap on first use (a brief uses a
    /// few hundred of them; looking all up at start took a tenth of an
    /// export): [`UNKNOWN`] until then, [`NO_GLYPH`] for a missing one.
    table: Vec<AtomicU32>,
}

const UNKNOWN: u32 = u32::MAX;
const NO_GLYPH: u32 = u32::MAX - 1;

impl FaceMetrics {
    fn new(bytes: &'static [u8]) -> Self {
        let face = Face::parse(bytes, 0).expect("bundled font parses");
        let units_per_em = face.units_per_em() as f32;
        let table = (0..0x2000).map(|_| AtomicU32::new(UNKNOWN)).collect();
        Self {
            face,
            units_per_em,
            table,
        }
    }

    fn lookup(&self, ch: char) -> Option<u16> {
        let gid = self.face.glyph_index(ch)?;
        self.face.glyph_hor_advance(gid)
    }

    fn advance_units(&self, ch: char) -> Option<u16> {
        let Some(slot) = self.table.get(ch as usize) else {
            return self.lookup(ch);
        };
        match slot.load(Ordering::Relaxed) {
            UNKNOWN => {
                let a = self
                    .face
                    .glyph_index(ch)
                    .map(|gid| self.face.glyph_hor_advance(gid).unwrap_or(0));
                slot.store(a.map_or(NO_GLYPH, u32::from), Ordering::Relaxed);
                a
            }
            NO_GLYPH => None,
            a => Some(a as u16),
        }
    }
}

impl Fonts {
    /// The bundled faces, parsed once per process.
    pub fn get() -> &'static Fonts {
        static FONTS: OnceLock<Fonts> = OnceLock::new();
        FONTS.get_or_init(|| Fonts {
            faces: FontStyle::ALL
                .iter()
                .map(|s| FaceMetrics::new(s.bytes()))
                .collect(),
        })
    }

    fn metrics(&self, style: FontStyle) -> &FaceMetrics {
        &self.faces[style.index()]
    }

    /// Width of `text` in points at `size` points. A character the face
    /// lacks counts as the face's missing glyph (glyph 0) width.
    pub fn width(&self, style: FontStyle, size: f32, text: &str) -> f32 {
        let m = self.metrics(style);
        let missing = m
            .face
            .glyph_hor_advance(ttf_parser::GlyphId(0))
            .unwrap_or(0);
        let units: u32 = text
            .chars()
            .map(|c| m.advance_units(c).unwrap_or(missing) as u32)
            .sum();
        units as f32 * size / m.units_per_em
    }

    /// Does the face have a glyph for `ch`?
    pub fn has_glyph(&self, style: FontStyle, ch: char) -> bool {
        self.metrics(style).face.glyph_index(ch).is_some()
    }

    /// The parsed face, for the PDF writer's glyph lookups and metrics.
    pub fn face(&self, style: FontStyle) -> &Face<'static> {
        &self.metrics(style).face
    }

    /// Ascender above the baseline, in points.
    pub fn ascent(&self, style: FontStyle, size: f32) -> f32 {
        let m = self.metrics(style);
        m.face.ascender() as f32 * size / m.units_per_em
    }

    /// Descender below the baseline, as a positive number of points.
    pub fn descent(&self, style: FontStyle, size: f32) -> f32 {
        let m = self.metrics(style);
        -(m.face.descender() as f32) * size / m.units_per_em
    }
}

/// Every Vietnamese letter: the Latin Extended Additional block
/// U+1EA0–U+1EF9 plus ă â đ ê ô ơ ư in both cases and the vowels with
/// Latin-1 accents (à á â ã è é ê ì í ò ó ô õ ù ú ý).
pub fn vietnamese_letters() -> Vec<char> {
    let mut v: Vec<char> = (0x1EA0..=0x1EF9).filter_map(char::from_u32).collect();
    v.extend("ăâđêôơưĂÂĐÊÔƠƯ".chars()); // glyph list, not document text
    v.extend("àáãèéìíòóõùúýÀÁÃÈÉÌÍÒÓÕÙÚÝĩĨũŨ".chars()); // glyph list, not document text
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_serif_face_has_every_vietnamese_letter() {
        let fonts = Fonts::get();
        for style in FontStyle::ALL {
            let missing: String = vietnamese_letters()
                .into_iter()
                .filter(|&c| !fonts.has_glyph(style, c))
                .collect();
            assert!(missing.is_empty(), "{style:?} lacks {missing}");
        }
    }

    #[test]
    fn every_sans_face_has_every_vietnamese_letter() {
        for bytes in [SANS_REGULAR, SANS_BOLD] {
            let face = Face::parse(bytes, 0).unwrap();
            let missing: String = vietnamese_letters()
                .into_iter()
                .filter(|&c| face.glyph_index(c).is_none())
                .collect();
            assert!(missing.is_empty(), "sans lacks {missing}");
        }
    }

    #[test]
    fn widths_scale_with_size_and_bold_is_wider() {
        let f = Fonts::get();
        let w13 = f.width(FontStyle::Regular, 13.0, "Chính phủ số");
        let w26 = f.width(FontStyle::Regular, 26.0, "Chính phủ số");
        assert!((w26 - 2.0 * w13).abs() < 1e-3);
        assert!(f.width(FontStyle::Bold, 13.0, "Chính phủ số") > w13);
        assert_eq!(f.width(FontStyle::Regular, 13.0, ""), 0.0);
    }
}
