//! The official's own text: the `--notes` file of the command line and
//! the multi-line fields of the app, read into sections of paragraphs and
//! dash items. Nothing here is cited; it is printed as typed.

use super::selection::{ASSESSMENT, OwnSection};

/// A notes file larger than this is refused before it is read.
pub const MAX_NOTES_BYTES: u64 = 256 * 1024;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NotesError {
    #[error("tệp ghi chú quá lớn ({bytes} byte; tối đa {MAX_NOTES_BYTES} byte)")]
    TooLarge { bytes: u64 },
    #[error("tệp ghi chú quá lớn (hơn {MAX_NOTES_BYTES} byte)")]
    LongerThan,
    #[error("tệp ghi chú không phải văn bản UTF-8 (byte lỗi ở vị trí {offset})")]
    NotUtf8 { offset: usize },
    #[error("không đọc được tệp ghi chú: {0}")]
    Read(String),
}

/// One piece of an own section's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Paragraph(String),
    /// A "- " item, without its dash.
    Item(String),
}

/// Reads a notes file: "## Title" opens a section (text before the first
/// title goes under "Nhận định"), "- " starts an item, a blank line
/// separates paragraphs.
pub fn read_notes(path: &std::path::Path) -> Result<Vec<OwnSection>, NotesError> {
    use crate::data::text_file::{TextFileError, read_bounded};
    let bytes = read_bounded(path, MAX_NOTES_BYTES).map_err(|e| match e {
        TextFileError::TooLarge { size, .. } => NotesError::TooLarge { bytes: size },
        TextFileError::LongerThan { .. } => NotesError::LongerThan,
        e => NotesError::Read(e.to_string()),
    })?;
    parse_notes(&bytes)
}

/// Parses the bytes of a notes file (see [`read_notes`]).
pub fn parse_notes(bytes: &[u8]) -> Result<Vec<OwnSection>, NotesError> {
    if bytes.len() as u64 > MAX_NOTES_BYTES {
        return Err(NotesError::TooLarge {
            bytes: bytes.len() as u64,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| NotesError::NotUtf8 {
        offset: e.valid_up_to(),
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let text = crate::data::plain_text::nfc(text);
    let mut sections: Vec<OwnSection> = Vec::new();
    for line in text.lines() {
        if let Some(title) = line.trim_start().strip_prefix("## ") {
            sections.push(OwnSection {
                title: title.trim().to_string(),
                text: String::new(),
            });
            continue;
        }
        if sections.is_empty() {
            if line.trim().is_empty() {
                continue;
            }
            sections.push(OwnSection {
                title: ASSESSMENT.to_string(),
                text: String::new(),
            });
        }
        if let Some(s) = sections.last_mut() {
            s.text.push_str(line);
            s.text.push('\n');
        }
    }
    sections.retain(|s| !s.title.is_empty() || !s.text.trim().is_empty());
    Ok(sections)
}

/// The paragraphs and items of a section's text: "- " starts an item,
/// a blank line ends a paragraph or item, other lines continue it.
pub fn pieces(text: &str) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    let mut open = false;
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() {
            open = false;
        } else if let Some(item) = line.strip_prefix("- ").or(line.strip_prefix("-\u{a0}")) {
            out.push(Piece::Item(item.trim().to_string()));
            open = true;
        } else if open && let Some(Piece::Paragraph(p) | Piece::Item(p)) = out.last_mut() {
            p.push(' ');
            p.push_str(line);
        } else {
            out.push(Piece::Paragraph(line.to_string()));
            open = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_paragraphs_and_items() {
        let s = parse_notes(
            "Mở đầu.\n\n## Đề xuất, kiến nghị\n- Một;\n  tiếp theo\n- Hai.\n\nĐoạn\nhai dòng.\n"
                .as_bytes(),
        )
        .unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].title, "Nhận định");
        assert_eq!(s[1].title, "Đề xuất, kiến nghị");
        assert_eq!(
            pieces(&s[1].text),
            vec![
                Piece::Item("Một; tiếp theo".into()),
                Piece::Item("Hai.".into()),
                Piece::Paragraph("Đoạn hai dòng.".into()),
            ]
        );
    }

    #[test]
    fn bad_bytes_and_size_are_refused() {
        assert_eq!(
            parse_notes(b"ab\xff"),
            Err(NotesError::NotUtf8 { offset: 2 })
        );
        let big = vec![b'a'; MAX_NOTES_BYTES as usize + 1];
        assert!(matches!(
            parse_notes(&big),
            Err(NotesError::TooLarge { .. })
        ));
    }

    #[test]
    fn decomposed_text_is_composed() {
        let s = parse_notes("## Nhận định\nTie\u{302}\u{301}n độ.\n".as_bytes()).unwrap();
        assert!(s[0].text.contains("Tiến"));
    }
}
