//! The header and the closing block are laid out whole, each on one page
//! (they are never split: a signature must not sit alone on a page). One
//! taller than a page would be cut at the page edge, so it is found here
//! before layout and refused by the field that makes it so.

use super::closing::closing_unit;
use super::header::header_unit;
use super::measures::Geometry;
use crate::brief::document::{Closing, Document};

/// The field that makes a whole block taller than a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TallField {
    Issuer,
    Recipients,
    Signer,
}

/// The field whose block cannot fit a page, if one cannot.
pub fn too_tall(doc: &Document) -> Option<TallField> {
    let g = Geometry::DECREE_30;
    let (width, room) = (g.content_width(), g.content().h);
    if header_unit(&doc.header, width).height > room {
        return Some(TallField::Issuer);
    }
    if doc.closing.is_empty() || closing_unit(&doc.closing, width).height <= room {
        return None;
    }
    let recipients_only = Closing {
        signer: None,
        ..doc.closing.clone()
    };
    if closing_unit(&recipients_only, width).height > room {
        Some(TallField::Recipients)
    } else {
        Some(TallField::Signer)
    }
}
