//! The official's own sections ("Nhận định", "Đề xuất, kiến nghị"),
//! numbered after the data sections, printed as typed and not cited.

use super::nfc;
use crate::brief::document::{Block, HeadingLevel, Inline, Paragraph, ParagraphStyle};
use crate::brief::format;
use crate::brief::notes::{Piece, pieces};
use crate::brief::selection::OwnSection;
use crate::brief::wording::DASH;

/// The blocks of the own sections that have text; `topics` sections come
/// before them.
pub(super) fn own_sections(topics: usize, sections: &[OwnSection]) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut number = topics;
    for s in sections {
        let body = pieces(&nfc(&s.text));
        if body.is_empty() {
            continue;
        }
        number += 1;
        let title = match nfc(s.title.trim()) {
            t if t.is_empty() => "Ý kiến của đơn vị".to_string(),
            t => t,
        };
        blocks.push(Block::Heading {
            level: HeadingLevel::Section,
            text: format!("{}. {}", format::roman(number), format::upper(&title)),
        });
        for p in body {
            let (style, text) = match p {
                Piece::Paragraph(t) => (ParagraphStyle::Body, t),
                Piece::Item(t) => (ParagraphStyle::Item, format!("{DASH}{t}")),
            };
            blocks.push(Block::Paragraph(Paragraph {
                style,
                inlines: vec![Inline::plain(text)],
            }));
        }
    }
    blocks
}
