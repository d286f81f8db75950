//! What an export says when done, in the window and on the command line
//! alike.

use std::path::Path;

/// "Đã lưu bao-cao.pdf (15 trang, 125 KB)."; `pages` is `None` for a Word
/// copy, which Word paginates itself: "Đã lưu bao-cao.docx (Word, 120 KB).".
pub fn export_done(path: &Path, pages: Option<usize>, bytes: usize) -> String {
    let size = bytes.div_ceil(1024);
    match pages {
        Some(pages) => format!("Đã lưu {} ({pages} trang, {size} KB).", path.display()),
        None => format!("Đã lưu {} (Word, {size} KB).", path.display()),
    }
}

/// Said after an export that replaced a file with other names (hard
/// links): those names keep the old brief.
pub fn other_links_note(count: u64) -> String {
    format!(
        "Lưu ý: tệp cũ còn {count} tên khác (liên kết cứng); các tên đó vẫn giữ bản cũ, chỉ đường dẫn này có bản mới."
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_export_says_where_how_long_and_how_large() {
        let path = Path::new("bao-cao.pdf");
        assert_eq!(
            export_done(path, Some(15), 127_189),
            "Đã lưu bao-cao.pdf (15 trang, 125 KB)."
        );
        assert_eq!(
            export_done(Path::new("b.docx"), None, 1),
            "Đã lưu b.docx (Word, 1 KB)."
        );
    }
}
