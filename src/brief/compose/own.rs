//! The official's own sections, printed as typed and not cited: the text
//! of "Nhận định" closes section II, "Đề xuất, kiến nghị" is section III,
//! and a section with another title follows them under its own title.

use super::nfc;
use crate::brief::document::{Block, Inline, Paragraph, ParagraphStyle};
use crate::brief::notes::{Piece, pieces};
use crate::brief::selection::{ASSESSMENT, OwnSection, PROPOSALS};
use crate::brief::wording::DASH;

/// The paragraphs and items of a text as typed.
fn blocks_of(text: &str) -> Vec<Block> {
    pieces(&nfc(text))
        .into_iter()
        .map(|p| {
            let (style, text) = match p {
                Piece::Paragraph(t) => (ParagraphStyle::Body, t),
                Piece::Item(t) => (ParagraphStyle::Item, format!("{DASH}{t}")),
            };
            Block::Paragraph(Paragraph {
                style,
                inlines: vec![Inline::plain(text)],
            })
        })
        .collect()
}

/// The blocks of the section titled `title` (empty when there is none or
/// it has no text).
pub(super) fn own_text(sections: &[OwnSection], title: &str) -> Vec<Block> {
    sections
        .iter()
        .filter(|s| s.title.trim() == title)
        .flat_map(|s| blocks_of(&s.text))
        .collect()
}

/// The sections with other titles that have text, with their titles.
pub(super) fn other_sections(sections: &[OwnSection]) -> Vec<(String, Vec<Block>)> {
    sections
        .iter()
        .filter(|s| ![ASSESSMENT, PROPOSALS].contains(&s.title.trim()))
        .map(|s| {
            let title = match nfc(s.title.trim()) {
                t if t.is_empty() => "Ý kiến của đơn vị".to_string(),
                t => t,
            };
            (title, blocks_of(&s.text))
        })
        .filter(|(_, blocks)| !blocks.is_empty())
        .collect()
}
