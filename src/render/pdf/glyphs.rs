//! The glyphs each face shows, numbered in order of first use: these
//! numbers are the subset's glyph ids and the text's character codes.

use subsetter::GlyphRemapper;
use ttf_parser::Face;

use crate::layout::FontStyle;
use crate::layout::fonts::Fonts;

/// Code points below this are looked up once and kept in a table.
const CACHED: usize = 0x2000;

/// The glyphs one face has shown so far, numbered in the order of first
/// use (the subset's glyph ids), and the character each one stands for.
pub(super) struct FaceGlyphs {
    face: &'static Face<'static>,
    pub(super) remapper: GlyphRemapper,
    /// The character of each subset glyph, by its new id ('\0' for glyph 0).
    pub(super) chars: Vec<char>,
    /// New id + 1 by code point below [`CACHED`]; 0 while not looked up.
    cache: Vec<u16>,
}

impl FaceGlyphs {
    fn new(style: FontStyle) -> Self {
        let mut remapper = GlyphRemapper::new();
        remapper.remap(0);
        Self {
            face: Fonts::get().face(style),
            remapper,
            chars: vec!['\0'],
            cache: vec![0; CACHED],
        }
    }

    /// The subset glyph id that shows `ch` (glyph 0, the face's
    /// missing-glyph box, for a character it lacks: layout measured that
    /// glyph's width for it too).
    pub(super) fn id(&mut self, ch: char) -> u16 {
        if let Some(&known) = self.cache.get(ch as usize)
            && known > 0
        {
            return known - 1;
        }
        let old = self.face.glyph_index(ch).map_or(0, |g| g.0);
        let new = self.remapper.remap(old);
        if usize::from(new) == self.chars.len() {
            self.chars.push(ch);
        }
        if let Some(slot) = self.cache.get_mut(ch as usize) {
            *slot = new + 1;
        }
        new
    }

    pub(super) fn face(&self) -> &'static Face<'static> {
        self.face
    }
}

/// The glyphs used by each face over the whole document.
pub(super) struct Glyphs {
    faces: Vec<Option<FaceGlyphs>>,
}

impl Glyphs {
    pub(super) fn new() -> Self {
        Self {
            faces: FontStyle::ALL.iter().map(|_| None).collect(),
        }
    }

    pub(super) fn face(&mut self, style: FontStyle) -> &mut FaceGlyphs {
        self.faces[style.index()].get_or_insert_with(|| FaceGlyphs::new(style))
    }

    /// The faces that showed text, in [`FontStyle::ALL`] order.
    pub(super) fn used(&self) -> impl Iterator<Item = (FontStyle, &FaceGlyphs)> {
        FontStyle::ALL
            .iter()
            .zip(&self.faces)
            .filter_map(|(s, f)| Some((*s, f.as_ref()?)))
    }
}
