//! The file dialogs as a replaceable seam: the native ones (rfd) in the
//! app, a fake in the tests.

use std::path::{Path, PathBuf};

/// The questions the app asks about files. `None` when the user cancelled.
pub trait FileDialogs {
    /// Where to save the PDF.
    fn save_pdf(&mut self, default_name: &str) -> Option<PathBuf>;
    /// Which dataset (JSON) to open.
    fn open_dataset(&mut self) -> Option<PathBuf>;
}

/// The system's dialogs (rfd).
#[derive(Debug, Default)]
pub struct NativeDialogs {
    /// The folder of the last export, offered again next time.
    last_folder: Option<PathBuf>,
}

impl FileDialogs for NativeDialogs {
    fn open_dataset(&mut self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title("Mở bộ dữ liệu (JSON)")
            .add_filter("Bộ dữ liệu JSON", &["json", "JSON"])
            .pick_file()
    }

    fn save_pdf(&mut self, default_name: &str) -> Option<PathBuf> {
        let mut dialog = rfd::FileDialog::new()
            .set_title("Xuất báo cáo tóm tắt ra PDF")
            .set_file_name(default_name)
            .add_filter("PDF", &["pdf", "PDF"]);
        if let Some(folder) = &self.last_folder {
            dialog = dialog.set_directory(folder);
        }
        let path = dialog.save_file()?;
        self.last_folder = path.parent().map(Path::to_path_buf);
        Some(path)
    }
}

/// Adds ".pdf" when the user left the extension out (any case counts).
pub fn with_pdf_extension(path: PathBuf) -> PathBuf {
    let has_pdf = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("pdf"));
    if has_pdf {
        return path;
    }
    let mut name = path
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    name.push(".pdf");
    path.with_file_name(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pdf_extension_is_added_only_when_missing() {
        assert_eq!(
            with_pdf_extension(PathBuf::from("/tmp/bao-cao")),
            PathBuf::from("/tmp/bao-cao.pdf")
        );
        assert_eq!(
            with_pdf_extension(PathBuf::from("/tmp/bao-cao.PDF")),
            PathBuf::from("/tmp/bao-cao.PDF")
        );
        assert_eq!(
            with_pdf_extension(PathBuf::from("/tmp/bao.cao.2026")),
            PathBuf::from("/tmp/bao.cao.2026.pdf")
        );
    }
}
