//! Asking for a file without blocking the window, and without ever taking
//! "no dialog could be shown" for a cancel.
//!
//! Export: (an empty issuing body is confirmed once) → the native dialog
//! on its own thread, offering PDF and Word → its answer; when it could
//! not be shown or failed, the in-app [`FileBrowser`] takes over, starting
//! in Documents with the default name and the same choice of type. Opening a dataset goes the same way.

use std::path::PathBuf;

use super::dialog::{Answer, FileDialogs, Pending, export_target, formats_preferred_first};
use super::save_dialog::FileBrowser;
use super::status::Status;
use crate::export::FileType;

/// What a question is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Purpose {
    Export,
    Dataset,
    Pack,
}

/// What the flow hands back to the workspace.
#[derive(Debug)]
pub enum Outcome {
    /// Write the export here, in this format (the file's extension, else
    /// the format asked for).
    Export(PathBuf, FileType),
    /// Open this dataset.
    Dataset(PathBuf),
    /// Show the changes of this data pack.
    Pack(PathBuf),
    /// Write the export here over a read-only file: the user said yes.
    ExportReplacing(PathBuf, FileType),
    /// Say this in the status line.
    Status(Status),
}

/// The answers to "Xuất lại".
#[derive(Debug, Clone, Copy)]
enum Again {
    Over,
    Elsewhere,
    Cancel,
}

/// The question about a file in progress, if any.
#[derive(Debug, Default)]
pub struct FileFlow {
    /// Waiting for "export without an issuing body?".
    confirm_issuer: bool,
    /// Said yes once this session: not asked again.
    issuer_confirmed: bool,
    default_name: String,
    /// The format the export was started for.
    format: FileType,
    asking: Option<(Purpose, Pending)>,
    browser: Option<(Purpose, FileBrowser)>,
    /// The folder of the last export in each format: the in-app dialog
    /// starts there.
    folders: Vec<(FileType, PathBuf)>,
    /// The folder of the last data pack opened: the in-app dialog for
    /// the next one starts there.
    pack_folder: Option<PathBuf>,
    /// The file the last export of this session wrote, and its format.
    last: Option<(PathBuf, FileType)>,
    /// Ctrl+E after an export: save over `last` or somewhere else?
    offer_again: bool,
    /// Waiting for "replace this read-only file?".
    confirm_read_only: Option<(PathBuf, FileType)>,
}

/// The question shown before replacing a read-only file.
pub const READ_ONLY_QUESTION: &str = "Tệp này chỉ cho đọc — vẫn ghi đè?";
/// The button that says yes to it.
pub const REPLACE_READ_ONLY: &str = "Ghi đè tệp chỉ đọc";

/// The question shown before exporting without an issuing body.
pub const EMPTY_ISSUER_QUESTION: &str = "Chưa nhập cơ quan ban hành — vẫn xuất?";

impl FileFlow {
    /// Whether a question is open (a new export waits for it).
    pub fn busy(&self) -> bool {
        self.confirm_issuer
            || self.offer_again
            || self.asking.is_some()
            || self.browser.is_some()
            || self.confirm_read_only.is_some()
    }

    /// An export was written to `path` in `format`: the next dialog for
    /// that format starts in its folder, and Ctrl+E offers to save over it.
    pub fn remember(&mut self, path: &std::path::Path, format: FileType) {
        if let Some(folder) = path.parent() {
            self.folders.retain(|(f, _)| *f != format);
            self.folders.push((format, folder.to_path_buf()));
        }
        self.last = Some((path.to_path_buf(), format));
    }

    /// The folder of the last export in each format, to keep for the next
    /// run.
    pub fn export_folders(&self) -> &[(FileType, PathBuf)] {
        &self.folders
    }

    /// The folders kept from the last run.
    pub fn restore_export_folders(&mut self, folders: Vec<(FileType, PathBuf)>) {
        self.folders = folders;
    }

    /// Where the in-app dialog starts for `format`.
    fn start_folder(&self, dialog: &dyn FileDialogs) -> PathBuf {
        self.folders
            .iter()
            .find(|(f, d)| *f == self.format && d.is_dir())
            .map(|(_, d)| d.clone())
            .unwrap_or_else(|| dialog.fallback_folder())
    }

    /// Ctrl+E in `format`: after an export in that format this session,
    /// offers to save over it or somewhere else; otherwise asks where.
    pub fn start_again(
        &mut self,
        dialog: &mut dyn FileDialogs,
        default_name: &str,
        format: FileType,
        issuer_empty: bool,
    ) {
        if self.last.as_ref().is_some_and(|(_, f)| *f == format) {
            self.default_name = default_name.to_string();
            self.format = format;
            self.offer_again = true;
        } else {
            self.start_export(dialog, default_name, format, issuer_empty);
        }
    }

    /// Asks whether to replace the read-only file at `path` (the export
    /// was refused because of it).
    pub fn ask_read_only(&mut self, path: PathBuf, format: FileType) {
        self.confirm_read_only = Some((path, format));
    }

    /// Starts an export in `format` named `default_name`; with
    /// `issuer_empty`, asks first whether to export without an issuing
    /// body (once a session).
    pub fn start_export(
        &mut self,
        dialog: &mut dyn FileDialogs,
        default_name: &str,
        format: FileType,
        issuer_empty: bool,
    ) {
        self.default_name = default_name.to_string();
        self.format = format;
        if issuer_empty && !self.issuer_confirmed {
            self.confirm_issuer = true;
        } else {
            self.ask_export(dialog);
        }
    }

    fn ask_export(&mut self, dialog: &mut dyn FileDialogs) {
        let pending = dialog.ask_save_export(&self.default_name, self.format);
        self.asking = Some((Purpose::Export, pending));
    }

    /// Starts choosing a dataset file.
    pub fn start_dataset(&mut self, dialog: &mut dyn FileDialogs) {
        if !self.busy() {
            self.asking = Some((Purpose::Dataset, dialog.ask_dataset()));
        }
    }

    /// Starts choosing a data pack.
    pub fn start_pack(&mut self, dialog: &mut dyn FileDialogs) {
        if !self.busy() {
            self.asking = Some((Purpose::Pack, dialog.ask_pack()));
        }
    }

    /// Shows what is open and polls the native dialog; returns what to do.
    pub fn ui(&mut self, ctx: &egui::Context, dialog: &mut dyn FileDialogs) -> Option<Outcome> {
        if self.offer_again {
            return self.again_ui(ctx, dialog);
        }
        if self.confirm_issuer {
            return self.issuer_ui(ctx, dialog);
        }
        if self.confirm_read_only.is_some() {
            return self.read_only_ui(ctx);
        }
        if let Some((purpose, pending)) = &mut self.asking {
            let purpose = *purpose;
            let answer = pending.poll()?;
            self.asking = None;
            return self.answered(purpose, answer, dialog);
        }
        let (purpose, browser) = self.browser.as_mut()?;
        let purpose = *purpose;
        let answer = browser.ui(ctx)?;
        self.browser = None;
        match answer {
            Answer::Unavailable(_) | Answer::Failed(_) => None,
            a => self.answered(purpose, a, dialog),
        }
    }

    fn issuer_ui(&mut self, ctx: &egui::Context, dialog: &mut dyn FileDialogs) -> Option<Outcome> {
        let mut go = None;
        let modal = egui::Modal::new(egui::Id::unique("empty-issuer")).show(ctx, |ui| {
            ui.set_max_width(440.0);
            ui.heading(EMPTY_ISSUER_QUESTION);
            ui.label(
                "Góc trên bên trái của văn bản (tên cơ quan chủ quản và đơn vị ban hành) \
                 sẽ để trống.",
            );
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                if ui.button("Vẫn xuất").clicked() {
                    go = Some(true);
                }
                if ui.button("Quay lại nhập").clicked() {
                    go = Some(false);
                }
            });
        });
        if modal.should_close() && go.is_none() {
            go = Some(false);
        }
        match go? {
            true => {
                self.confirm_issuer = false;
                self.issuer_confirmed = true;
                self.ask_export(dialog);
                ctx.request_repaint();
                None
            }
            false => {
                self.confirm_issuer = false;
                Some(Outcome::Status(Status::info(
                    "Chưa xuất: hãy nhập cơ quan ban hành ở khung bên trái.",
                )))
            }
        }
    }

    /// "Lưu đè lên <tệp trước>" or "Lưu ở chỗ khác" (or Huỷ).
    fn again_ui(&mut self, ctx: &egui::Context, dialog: &mut dyn FileDialogs) -> Option<Outcome> {
        let (last, format) = self.last.clone()?;
        let name = last.file_name().map_or_else(
            || last.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let mut choice = None;
        egui::Modal::new(egui::Id::unique("export-again")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            ui.heading(format!("Xuất lại {}", format.short_label()));
            ui.label(format!("Lần trước đã lưu {}.", last.display()));
            ui.add_space(6.0);
            ui.horizontal_wrapped(|ui| {
                if ui.button(format!("Lưu đè lên {name}")).clicked() {
                    choice = Some(Again::Over);
                }
                if ui.button("Lưu ở chỗ khác").clicked() {
                    choice = Some(Again::Elsewhere);
                }
                if ui.button("Huỷ").clicked() {
                    choice = Some(Again::Cancel);
                }
            });
        });
        if ctx.input(|i| i.key_pressed(egui::Key::Escape)) && choice.is_none() {
            choice = Some(Again::Cancel);
        }
        let choice = choice?;
        self.offer_again = false;
        match choice {
            Again::Over => Some(Outcome::Export(last, format)),
            Again::Elsewhere => {
                self.ask_export(dialog);
                ctx.request_repaint();
                None
            }
            Again::Cancel => Some(Outcome::Status(Status::info(format!(
                "Đã huỷ xuất {}.",
                format.short_label()
            )))),
        }
    }

    /// "Ghi đè tệp chỉ đọc?": the user decides.
    fn read_only_ui(&mut self, ctx: &egui::Context) -> Option<Outcome> {
        let (path, _) = self.confirm_read_only.as_ref()?;
        let name = path.display().to_string();
        let mut go = None;
        let modal = egui::Modal::new(egui::Id::unique("read-only-target")).show(ctx, |ui| {
            ui.set_max_width(440.0);
            ui.heading(READ_ONLY_QUESTION);
            ui.label(format!(
                "\"{name}\" được đặt chỉ cho đọc, thường để giữ một bản không bị sửa. \
                 Ghi đè sẽ thay nội dung của nó bằng báo cáo mới (tệp vẫn chỉ cho đọc)."
            ));
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                if ui.button(REPLACE_READ_ONLY).clicked() {
                    go = Some(true);
                }
                if ui.button("Không ghi").clicked() {
                    go = Some(false);
                }
            });
        });
        if modal.should_close() && go.is_none() {
            go = Some(false);
        }
        let yes = go?;
        let (path, format) = self.confirm_read_only.take()?;
        Some(if yes {
            Outcome::ExportReplacing(path, format)
        } else {
            Outcome::Status(Status::info(format!(
                "Chưa xuất: \"{name}\" chỉ cho đọc và được giữ nguyên."
            )))
        })
    }

    fn answered(
        &mut self,
        purpose: Purpose,
        answer: Answer,
        dialog: &mut dyn FileDialogs,
    ) -> Option<Outcome> {
        let what = match purpose {
            Purpose::Export => "lưu tệp",
            Purpose::Dataset | Purpose::Pack => "mở tệp",
        };
        let status = match answer {
            Answer::Chosen(p) => {
                return Some(match purpose {
                    Purpose::Export => {
                        let (path, format) = export_target(p, self.format);
                        Outcome::Export(path, format)
                    }
                    Purpose::Dataset => Outcome::Dataset(p),
                    Purpose::Pack => {
                        self.pack_folder = p.parent().map(std::path::Path::to_path_buf);
                        Outcome::Pack(p)
                    }
                });
            }
            Answer::Cancelled => {
                return match purpose {
                    Purpose::Export => Some(Outcome::Status(Status::info(format!(
                        "Đã huỷ xuất {}.",
                        self.format.short_label()
                    )))),
                    Purpose::Dataset | Purpose::Pack => None,
                };
            }
            Answer::Unavailable(why) => Status::info(format!(
                "Không có hộp thoại {what} của hệ thống ({why}): dùng hộp thoại của chương trình."
            )),
            Answer::Failed(e) => Status::error(format!(
                "Lỗi hộp thoại {what} của hệ thống: {e}. Dùng hộp thoại của chương trình."
            )),
        };
        let folder = self.start_folder(dialog);
        let browser = match purpose {
            Purpose::Export => FileBrowser::save_as_one_of(
                "Xuất báo cáo tóm tắt",
                folder,
                &self.default_name,
                formats_preferred_first(self.format)
                    .iter()
                    .map(|f| (f.label().to_string(), f.extension().to_string()))
                    .collect(),
            ),
            Purpose::Dataset => FileBrowser::open("Mở bộ dữ liệu (JSON)", folder, "json"),
            Purpose::Pack => {
                let folder = self
                    .pack_folder
                    .clone()
                    .filter(|d| d.is_dir())
                    .unwrap_or(folder);
                FileBrowser::open("Mở gói dữ liệu (.egb)", folder, "egb")
            }
        };
        self.browser = Some((purpose, browser));
        Some(Outcome::Status(status))
    }
}
