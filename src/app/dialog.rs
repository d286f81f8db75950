//! The file dialogs as a replaceable seam: the native ones (rfd) in the
//! app, a fake in the tests.
//!
//! The window asks through [`FileDialogs::ask_save_export`] and
//! [`FileDialogs::ask_dataset`], which return a [`Pending`] answer: the
//! native dialog runs on its own thread while the window keeps repainting,
//! and its [`Answer`] tells a cancel from a dialog that could not be shown
//! (then the in-app dialog of [`super::save_dialog`] takes over).

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, mpsc};

use crate::export::FileType;

pub use super::native_probe::native_dialog_available;

/// The questions the app asks about files. `None` when the user cancelled.
pub trait FileDialogs {
    /// Where to save the export, offering PDF and Word (.docx) with
    /// `preferred` first; the chosen file's extension tells which.
    fn save_export(&mut self, default_name: &str, preferred: FileType) -> Option<PathBuf>;
    /// Which dataset (JSON) to open.
    fn open_dataset(&mut self) -> Option<PathBuf>;

    /// Where to save the export, without blocking the window. The default
    /// asks [`FileDialogs::save_export`] at once: `None` counts as a cancel.
    fn ask_save_export(&mut self, default_name: &str, preferred: FileType) -> Pending {
        Pending::ready(self.save_export(default_name, preferred).into())
    }

    /// Which dataset to open, without blocking the window.
    fn ask_dataset(&mut self) -> Pending {
        Pending::ready(self.open_dataset().into())
    }

    /// Which article (.txt, .html, .htm) to add facts from. The default
    /// has no dialog: the in-app one takes over.
    fn open_article(&mut self) -> Option<PathBuf> {
        None
    }

    /// Which data pack (.egb) to open. The default has no dialog: the
    /// in-app one takes over.
    fn open_pack_file(&mut self) -> Option<PathBuf> {
        None
    }

    /// Which data pack to open, without blocking the window. The default
    /// answers "no dialog" unless [`FileDialogs::open_pack_file`] chose one.
    fn ask_pack(&mut self) -> Pending {
        match self.open_pack_file() {
            Some(p) => Pending::ready(Answer::Chosen(p)),
            None => Pending::ready(Answer::Unavailable(
                "không có hộp thoại mở gói dữ liệu".into(),
            )),
        }
    }

    /// Which article to open, without blocking the window. The default
    /// answers "no dialog" unless [`FileDialogs::open_article`] chose one.
    fn ask_article(&mut self) -> Pending {
        match self.open_article() {
            Some(p) => Pending::ready(Answer::Chosen(p)),
            None => Pending::ready(Answer::Unavailable("không có hộp thoại mở bài viết".into())),
        }
    }

    /// Where the in-app dialog starts: the user's Documents folder.
    fn fallback_folder(&self) -> PathBuf {
        start_folder()
    }
}

/// Where the in-app dialog starts: Documents, else the home folder, else
/// the current folder.
pub fn start_folder() -> PathBuf {
    dirs::document_dir()
        .filter(|d| d.is_dir())
        .or_else(|| dirs::home_dir().filter(|d| d.is_dir()))
        .unwrap_or_else(|| PathBuf::from("."))
}

/// How a question about a file ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    Chosen(PathBuf),
    /// The user closed the dialog without choosing.
    Cancelled,
    /// No dialog could be shown (on Linux: neither the desktop portal nor
    /// zenity); the text says what is missing.
    Unavailable(String),
    /// The dialog failed; the text says how.
    Failed(String),
}

impl From<Option<PathBuf>> for Answer {
    fn from(path: Option<PathBuf>) -> Self {
        path.map_or(Answer::Cancelled, Answer::Chosen)
    }
}

/// An answer still to come from a dialog running on another thread.
#[derive(Debug)]
pub struct Pending(mpsc::Receiver<Answer>);

impl Pending {
    /// An answer known already.
    pub fn ready(answer: Answer) -> Self {
        let (tx, rx) = mpsc::channel();
        let _ = tx.send(answer);
        Self(rx)
    }

    /// Runs `ask` on its own thread; the window is woken when it answers.
    /// A panic in `ask` becomes [`Answer::Failed`].
    pub fn spawn(
        repaint: Option<egui::Context>,
        ask: impl FnOnce() -> Answer + Send + 'static,
    ) -> Self {
        let (tx, rx) = mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("file-dialog".into())
            .spawn(move || {
                let answer = std::panic::catch_unwind(std::panic::AssertUnwindSafe(ask))
                    .unwrap_or_else(|_| Answer::Failed("hộp thoại dừng đột ngột".into()));
                let _ = tx.send(answer);
                if let Some(ctx) = repaint {
                    ctx.request_repaint();
                }
            });
        match spawned {
            Ok(_) => Self(rx),
            Err(e) => Self::ready(Answer::Failed(format!("không tạo được luồng: {e}"))),
        }
    }

    /// The answer, once there is one.
    pub fn poll(&mut self) -> Option<Answer> {
        match self.0.try_recv() {
            Ok(a) => Some(a),
            Err(mpsc::TryRecvError::Empty) => None,
            Err(mpsc::TryRecvError::Disconnected) => {
                Some(Answer::Failed("hộp thoại dừng đột ngột".into()))
            }
        }
    }
}

/// The system's dialogs (rfd), each run on its own thread.
#[derive(Debug, Default)]
pub struct NativeDialogs {
    /// The folder of the last export, offered again next time.
    last_folder: Option<PathBuf>,
    /// Shared with the dialog threads.
    shared_folder: Arc<Mutex<Option<PathBuf>>>,
    /// The folders of the last data pack and article opened, where the
    /// next dialog of each starts.
    pack_folder: Arc<Mutex<Option<PathBuf>>>,
    article_folder: Arc<Mutex<Option<PathBuf>>>,
    /// Woken when a dialog answers.
    repaint: Option<egui::Context>,
}

impl NativeDialogs {
    /// Dialogs that wake the window `ctx` when they answer.
    pub fn with_context(ctx: egui::Context) -> Self {
        Self {
            repaint: Some(ctx),
            ..Self::default()
        }
    }

    fn save_dialog(&self, default_name: &str, preferred: FileType) -> rfd::FileDialog {
        let mut dialog = rfd::FileDialog::new()
            .set_title("Xuất báo cáo tóm tắt")
            .set_file_name(default_name);
        // The preferred type first: file dialogs select the first filter.
        for f in formats_preferred_first(preferred) {
            let ext = f.extension();
            dialog = dialog.add_filter(f.label(), &[ext, &ext.to_uppercase()]);
        }
        let shared = self.shared_folder.lock().ok().and_then(|f| f.clone());
        if let Some(folder) = shared.or_else(|| self.last_folder.clone()) {
            dialog = dialog.set_directory(folder);
        }
        dialog
    }
}

impl FileDialogs for NativeDialogs {
    fn open_dataset(&mut self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title("Mở bộ dữ liệu (JSON)")
            .add_filter("Bộ dữ liệu JSON", &["json", "JSON"])
            .pick_file()
    }

    fn save_export(&mut self, default_name: &str, preferred: FileType) -> Option<PathBuf> {
        let path = self.save_dialog(default_name, preferred).save_file()?;
        self.last_folder = path.parent().map(Path::to_path_buf);
        Some(path)
    }

    fn ask_save_export(&mut self, default_name: &str, preferred: FileType) -> Pending {
        let dialog = self.save_dialog(default_name, preferred);
        let shared = self.shared_folder.clone();
        Pending::spawn(self.repaint.clone(), move || {
            if let Err(missing) = native_dialog_available() {
                return Answer::Unavailable(missing);
            }
            let answer = Answer::from(dialog.save_file());
            if let Answer::Chosen(p) = &answer
                && let Ok(mut f) = shared.lock()
            {
                *f = p.parent().map(Path::to_path_buf);
            }
            answer
        })
    }

    fn ask_article(&mut self) -> Pending {
        self.ask_article_native()
    }

    fn ask_pack(&mut self) -> Pending {
        let dialog = rfd::FileDialog::new()
            .set_title("Mở gói dữ liệu (.egb)")
            .add_filter("Gói dữ liệu eGov Brief", &["egb", "EGB"]);
        pick_remembering(self.repaint.clone(), dialog, self.pack_folder.clone())
    }

    fn ask_dataset(&mut self) -> Pending {
        Pending::spawn(self.repaint.clone(), || {
            if let Err(missing) = native_dialog_available() {
                return Answer::Unavailable(missing);
            }
            rfd::FileDialog::new()
                .set_title("Mở bộ dữ liệu (JSON)")
                .add_filter("Bộ dữ liệu JSON", &["json", "JSON"])
                .pick_file()
                .into()
        })
    }
}

impl NativeDialogs {
    /// The system's dialog for an article, with its filters.
    fn article_dialog() -> rfd::FileDialog {
        rfd::FileDialog::new()
            .set_title("Thêm bài viết (văn bản .txt hoặc trang web .html)")
            .add_filter("Bài viết", &["txt", "TXT", "html", "HTML", "htm", "HTM"])
            .add_filter("Văn bản", &["txt", "TXT"])
            .add_filter("Trang web", &["html", "HTML", "htm", "HTM"])
    }

    /// [`FileDialogs::ask_article`] for the system's dialog.
    pub fn ask_article_native(&mut self) -> Pending {
        let folder = self.article_folder.clone();
        pick_remembering(self.repaint.clone(), Self::article_dialog(), folder)
    }
}

/// Runs `dialog` on its own thread, starting in the folder of the last
/// file it picked (kept in `folder`) and keeping the new one's.
fn pick_remembering(
    repaint: Option<egui::Context>,
    dialog: rfd::FileDialog,
    folder: Arc<Mutex<Option<PathBuf>>>,
) -> Pending {
    let start = folder.lock().ok().and_then(|f| f.clone());
    let dialog = match start {
        Some(d) => dialog.set_directory(d),
        None => dialog,
    };
    Pending::spawn(repaint, move || {
        if let Err(missing) = native_dialog_available() {
            return Answer::Unavailable(missing);
        }
        let answer = Answer::from(dialog.pick_file());
        if let Answer::Chosen(p) = &answer
            && let Ok(mut f) = folder.lock()
        {
            *f = p.parent().map(Path::to_path_buf);
        }
        answer
    })
}

/// The export formats with `preferred` first.
pub fn formats_preferred_first(preferred: FileType) -> [FileType; 2] {
    let mut formats = FileType::ALL;
    formats.sort_by_key(|f| *f != preferred);
    formats
}

/// The file and format an export goes to: a name ending in ".pdf" or
/// ".docx" (any case) picks that format; any other name gets the
/// extension of `preferred` added.
pub fn export_target(path: PathBuf, preferred: FileType) -> (PathBuf, FileType) {
    if let Some(format) = FileType::from_path(&path) {
        return (path, format);
    }
    let mut name = path
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    name.push(".");
    name.push(preferred.extension());
    (path.with_file_name(name), preferred)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_extension_picks_the_format_else_the_preferred_one_is_added() {
        let docx = |p: &str| export_target(PathBuf::from(p), FileType::Docx);
        assert_eq!(
            docx("/tmp/bao-cao"),
            (PathBuf::from("/tmp/bao-cao.docx"), FileType::Docx)
        );
        assert_eq!(
            docx("/tmp/bao-cao.PDF"),
            (PathBuf::from("/tmp/bao-cao.PDF"), FileType::Pdf)
        );
        assert_eq!(
            export_target(PathBuf::from("/tmp/b.DocX"), FileType::Pdf),
            (PathBuf::from("/tmp/b.DocX"), FileType::Docx)
        );
        assert_eq!(formats_preferred_first(FileType::Docx)[0], FileType::Docx);
        assert_eq!(formats_preferred_first(FileType::Pdf)[0], FileType::Pdf);
    }

    #[test]
    fn pdf_extension_is_added_only_when_missing() {
        assert_eq!(
            export_target(PathBuf::from("/tmp/bao-cao"), FileType::Pdf).0,
            PathBuf::from("/tmp/bao-cao.pdf")
        );
        assert_eq!(
            export_target(PathBuf::from("/tmp/bao-cao.PDF"), FileType::Pdf).0,
            PathBuf::from("/tmp/bao-cao.PDF")
        );
        assert_eq!(
            export_target(PathBuf::from("/tmp/bao.cao.2026"), FileType::Pdf).0,
            PathBuf::from("/tmp/bao.cao.2026.pdf")
        );
    }
}
