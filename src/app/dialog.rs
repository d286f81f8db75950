//! The file dialogs as a replaceable seam: the native ones (rfd) in the
//! app, a fake in the tests.

use std::path::{Path, PathBuf};

use crate::export::Format;

/// The questions the app asks about files. `None` when the user cancelled.
pub trait FileDialogs {
    /// Where to save the PDF.
    fn save_pdf(&mut self, default_name: &str) -> Option<PathBuf>;
    /// Where to save an export, offering PDF and Word (.docx) with
    /// `preferred` first; the chosen file's extension tells which. A dialog
    /// that knows only PDF asks for that.
    fn save_export(&mut self, default_name: &str, preferred: Format) -> Option<PathBuf> {
        let _ = preferred;
        self.save_pdf(default_name)
    }
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
        self.save_export(default_name, Format::Pdf)
    }

    fn save_export(&mut self, default_name: &str, preferred: Format) -> Option<PathBuf> {
        let mut dialog = rfd::FileDialog::new()
            .set_title("Xuất báo cáo tóm tắt")
            .set_file_name(default_name);
        // The preferred type first: file dialogs select the first filter.
        let mut formats = Format::ALL;
        formats.sort_by_key(|f| *f != preferred);
        for f in formats {
            let ext = f.extension();
            dialog = dialog.add_filter(f.label(), &[ext, &ext.to_uppercase()]);
        }
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
    with_extension(path, Format::Pdf)
}

/// Adds the format's extension when the user left it out (any case
/// counts).
pub fn with_extension(path: PathBuf, format: Format) -> PathBuf {
    if Format::from_path(&path) == Some(format) {
        return path;
    }
    let mut name = path
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    name.push(".");
    name.push(format.extension());
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
        assert_eq!(
            with_extension(PathBuf::from("/tmp/bao-cao"), Format::Docx),
            PathBuf::from("/tmp/bao-cao.docx")
        );
        assert_eq!(
            with_extension(PathBuf::from("/tmp/bao-cao.DOCX"), Format::Docx),
            PathBuf::from("/tmp/bao-cao.DOCX")
        );
    }
}
