//! A face embedded as a Type 0 font: the TrueType subset of the glyphs the
//! brief shows, their widths, and a ToUnicode map so the Vietnamese text
//! can be searched and copied.

use pdf_writer::types::{CidFontType, FontFlags, SystemInfo, UnicodeCmap};
use pdf_writer::{Filter, Finish, Name, Pdf, Rect, Ref, Str};
use sha2::{Digest, Sha256};

use super::glyphs::FaceGlyphs;
use super::{PdfError, Streams};
use crate::layout::FontStyle;

/// The five objects of one embedded face.
#[derive(Clone, Copy)]
pub(super) struct FontRefs {
    pub(super) type0: Ref,
    cid: Ref,
    descriptor: Ref,
    file: Ref,
    to_unicode: Ref,
}

impl FontRefs {
    pub(super) fn new(alloc: &mut Ref) -> Self {
        Self {
            type0: alloc.bump(),
            cid: alloc.bump(),
            descriptor: alloc.bump(),
            file: alloc.bump(),
            to_unicode: alloc.bump(),
        }
    }
}

/// The subset tag: six capital letters from a hash of the glyphs kept,
/// so another subset of the same face gets another name.
fn subset_tag(glyphs: &FaceGlyphs) -> String {
    let mut hash = Sha256::new();
    for g in glyphs.remapper.remapped_gids() {
        hash.update(g.to_be_bytes());
    }
    hash.finalize()[..6]
        .iter()
        .map(|b| char::from(b'A' + b % 26))
        .collect()
}

/// Writes the face `style` with the glyphs in `glyphs`.
pub(super) fn write_font(
    pdf: &mut Pdf,
    refs: FontRefs,
    style: FontStyle,
    glyphs: &FaceGlyphs,
    streams: &mut Streams,
) -> Result<(), PdfError> {
    let subset = subsetter::subset(style.bytes(), 0, &glyphs.remapper)
        .map_err(|e| PdfError::Subset(style.name(), e.to_string()))?;
    let base = format!("{}+{}", subset_tag(glyphs), style.name());
    let base = Name(base.as_bytes());
    let system = SystemInfo {
        registry: Str(b"Adobe"),
        ordering: Str(b"Identity"),
        supplement: 0,
    };

    pdf.type0_font(refs.type0)
        .base_font(base)
        .encoding_predefined(Name(b"Identity-H"))
        .descendant_font(refs.cid)
        .to_unicode(refs.to_unicode);

    let face = glyphs.face();
    let per_unit = 1000.0 / f32::from(face.units_per_em());
    let scale = |v: i16| (f32::from(v) * per_unit).round();
    let widths: Vec<f32> = glyphs
        .remapper
        .remapped_gids()
        .map(|g| {
            let advance = face.glyph_hor_advance(ttf_parser::GlyphId(g)).unwrap_or(0);
            (f32::from(advance) * per_unit * 100.0).round() / 100.0
        })
        .collect();
    let mut cid = pdf.cid_font(refs.cid);
    cid.subtype(CidFontType::Type2)
        .base_font(base)
        .system_info(system)
        .font_descriptor(refs.descriptor)
        .cid_to_gid_map_predefined(Name(b"Identity"));
    cid.widths().consecutive(0, widths);
    cid.finish();

    let b = face.global_bounding_box();
    let italic = face.is_italic();
    let mut flags = FontFlags::SERIF | FontFlags::NON_SYMBOLIC;
    if italic {
        flags |= FontFlags::ITALIC;
    }
    // The usual estimate from the weight class (what Typst writes too).
    let stem_v = 10.0 + 0.244 * (f32::from(face.weight().to_number()) - 50.0);
    pdf.font_descriptor(refs.descriptor)
        .name(base)
        .flags(flags)
        .bbox(Rect::new(
            scale(b.x_min),
            scale(b.y_min),
            scale(b.x_max),
            scale(b.y_max),
        ))
        .italic_angle(face.italic_angle())
        .ascent(scale(face.ascender()))
        .descent(scale(face.descender()))
        .cap_height(scale(face.capital_height().unwrap_or(face.ascender())))
        .stem_v(stem_v.round())
        .font_file2(refs.file);

    let file = streams.deflate(&subset)?;
    pdf.stream(refs.file, &file)
        .filter(Filter::FlateDecode)
        .pair(Name(b"Length1"), subset.len() as i32);

    let mut cmap = UnicodeCmap::new(Name(b"Custom"), system);
    for (id, &ch) in glyphs.chars.iter().enumerate().skip(1) {
        cmap.pair(id as u16, ch);
    }
    let cmap = streams.deflate(&cmap.finish())?;
    pdf.cmap(refs.to_unicode, &cmap).filter(Filter::FlateDecode);
    Ok(())
}
