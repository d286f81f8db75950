//! The workbench: a new article (a file or pasted text) turned into cited
//! facts of the user's own dataset. The window shows the article with its
//! detected body and candidate sentences, the source details and the
//! "new fact" form, validated live by the loader's own checks; "Lưu"
//! writes the user's dataset and the workspace switches to it.
//!
//! The logic (forms, records, checks, files, undo) is in
//! [`crate::curate`], the save/reload/check cycle in
//! [`crate::curate::session::Session`]; this module only draws it.

mod article_view;
mod form;
mod manage;
mod share;

use std::path::{Path, PathBuf};

use egui::RichText;

use super::dialog::{Answer, FileDialogs, Pending};
use super::save_dialog::FileBrowser;
use super::style::error_color;
use crate::curate::draft::SourceForm;
use crate::curate::read_article;
use crate::curate::session::{Saved, Session};
use crate::curate::user_data::{UserData, default_path};

/// Title of the workbench window.
pub const WINDOW_TITLE: &str = "Thêm thông tin từ bài viết";

/// What the workspace should do after the workbench's frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WorkbenchAction {
    None,
    /// The user's dataset at this path changed: use it now.
    Saved {
        path: PathBuf,
        message: String,
        /// The topic of the fact just saved, to show it in the brief.
        topic: Option<String>,
    },
}

impl WorkbenchAction {
    fn from_saved(saved: Option<Saved>) -> Self {
        match saved {
            Some(Saved {
                path,
                message,
                topic,
            }) => Self::Saved {
                path,
                message,
                topic,
            },
            None => Self::None,
        }
    }
}

/// The workbench window: what it draws (the file questions, the pasted
/// text, the panels) and the [`Session`] it draws.
#[derive(Default)]
pub struct Workbench {
    pub open: bool,
    asking: Option<Pending>,
    browser: Option<FileBrowser>,
    /// The folder of the last article opened: the in-app dialog for the
    /// next one starts there.
    article_folder: Option<PathBuf>,
    paste: String,
    session: Session,
    pub(super) manage: manage::Manage,
    share: share::SharePanel,
}

/// Where new facts go: the open dataset when it is the user's own
/// additions, else `du-lieu-bo-sung.json` in the app's data folder.
pub fn target_path(current: Option<&Path>, data_folder: &Path) -> PathBuf {
    match current {
        Some(p) if UserData::open(p).is_ok() => p.to_path_buf(),
        _ => default_path(data_folder),
    }
}

impl Workbench {
    /// Opens the window on the user's dataset at `path`.
    pub fn show(&mut self, path: PathBuf) {
        self.open = true;
        self.session.open(path);
    }

    /// The user's dataset file the workbench writes.
    pub fn user_path(&self) -> Option<&Path> {
        self.session.user_path()
    }

    /// Starts the work on an article's text.
    pub fn start_article(&mut self, text: &str) {
        self.session.start_article(text);
    }

    fn open_file(&mut self, path: &Path) {
        self.article_folder = path.parent().map(Path::to_path_buf);
        match read_article(path) {
            Ok(a) => {
                self.session.start_article(&a.text);
                self.session.clear_error();
            }
            Err(e) => self.session.set_error(e.to_string()),
        }
    }

    /// Polls the file question; the in-app browser takes over when the
    /// system has no dialog.
    fn poll_file(&mut self, ctx: &egui::Context, dialog: &dyn FileDialogs) {
        if let Some(p) = &mut self.asking {
            let Some(answer) = p.poll() else { return };
            self.asking = None;
            match answer {
                Answer::Chosen(path) => self.open_file(&path),
                Answer::Cancelled => {}
                Answer::Unavailable(_) | Answer::Failed(_) => {
                    let folder = self.article_folder.clone().filter(|d| d.is_dir());
                    self.browser = Some(FileBrowser::open(
                        "Mở bài viết (.txt, .html)",
                        folder.unwrap_or_else(|| dialog.fallback_folder()),
                        "txt,html,htm",
                    ))
                }
            }
        }
        if let Some(b) = &mut self.browser
            && let Some(answer) = b.ui(ctx)
        {
            self.browser = None;
            if let Answer::Chosen(path) = answer {
                self.open_file(&path);
            }
        }
    }

    /// The window, when open.
    pub fn ui(&mut self, ctx: &egui::Context, dialog: &mut dyn FileDialogs) -> WorkbenchAction {
        self.poll_file(ctx, dialog);
        if !self.open {
            return WorkbenchAction::None;
        }
        let mut action = WorkbenchAction::None;
        let mut open = true;
        egui::Window::new(WINDOW_TITLE)
            .open(&mut open)
            .default_size([1180.0, 700.0])
            .resizable(true)
            .collapsible(false)
            .show(ctx, |ui| action = self.contents(ui, dialog));
        self.open &= open;
        action
    }

    fn contents(&mut self, ui: &mut egui::Ui, dialog: &mut dyn FileDialogs) -> WorkbenchAction {
        if let Some(p) = self.session.problem() {
            ui.label(RichText::new(&p.text).color(error_color(ui)));
            if p.reload && ui.button(RELOAD).clicked() {
                self.session.reload();
            }
        }
        if let Some(m) = &self.session.message {
            ui.label(RichText::new(m).strong());
        }
        let mut action = self.manage_ui(ui);
        let Some(user) = self.session.user() else {
            return action;
        };
        self.share.ui(ui, user);
        if self.session.article.is_none() {
            self.choose_ui(ui, dialog);
            return action;
        }
        ui.horizontal(|ui| {
            if ui.button("Bài viết khác…").clicked() {
                self.session.close_article();
            }
            ui.label(
                RichText::new(
                    "Thân bài: chữ đậm; câu có số liệu: nền vàng — bấm vào để tạo thông tin.",
                )
                .weak(),
            );
        });
        if self.session.article.is_none() {
            return action;
        }
        ui.columns(2, |cols| {
            self.source_ui(&mut cols[0]);
            if let Some(a) = &self.session.article {
                let chosen = self.session.form.as_ref().map(|f| f.near);
                match article_view::show(&mut cols[0], a, chosen) {
                    Some(article_view::Clicked::Candidate(c)) => self.session.pick(c),
                    Some(article_view::Clicked::ToggleLine(line)) => self.session.toggle_line(line),
                    None => {}
                }
            }
            if let Some(saved) = self.form_ui(&mut cols[1]) {
                action = saved;
            }
        });
        action
    }

    fn choose_ui(&mut self, ui: &mut egui::Ui, dialog: &mut dyn FileDialogs) {
        ui.add_space(6.0);
        if ui
            .button("Chọn tệp bài viết…")
            .on_hover_text("Văn bản UTF-8 (.txt) hoặc trang web đã lưu (.html, .htm), tối đa 8 MB")
            .clicked()
            && self.asking.is_none()
        {
            self.asking = Some(dialog.ask_article());
        }
        ui.add_space(6.0);
        let label = ui.label("Hoặc dán nội dung bài viết vào đây:");
        ui.add(
            egui::TextEdit::multiline(&mut self.paste)
                .desired_rows(10)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
        let enabled = !self.paste.trim().is_empty();
        if ui
            .add_enabled(enabled, egui::Button::new("Dùng văn bản đã dán"))
            .clicked()
        {
            let text = std::mem::take(&mut self.paste);
            self.session.start_article(&text);
        }
    }

    fn source_ui(&mut self, ui: &mut egui::Ui) {
        ui.strong("Nguồn");
        egui::Grid::new("wb-source").num_columns(2).show(ui, |ui| {
            for (name, value, hint) in [
                (
                    "Nơi đăng",
                    &mut self.session.source.publisher,
                    "tên báo hoặc cơ quan",
                ),
                ("Tiêu đề", &mut self.session.source.title, ""),
                (
                    "Ngày đăng",
                    &mut self.session.source.published,
                    "18/9/2024 hoặc không rõ",
                ),
                ("Ghi chú", &mut self.session.source.note, ""),
            ] {
                let label = ui.label(name);
                ui.add(
                    egui::TextEdit::singleline(value)
                        .hint_text(hint)
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(label.id);
                ui.end_row();
            }
            standing_row(ui, &mut self.session.source);
        });
    }
}

/// The button offered after a save refused over an outside change.
pub const RELOAD: &str = "Nạp lại tệp";

/// "Mức tin cậy": asked when a source is added (nothing is assumed), with
/// its reason on the next row; a standing without a reason does not pass
/// the check.
fn standing_row(ui: &mut egui::Ui, source: &mut SourceForm) {
    use crate::brief::wording::standing_label;
    let label = ui.label("Mức tin cậy");
    let shown = source.standing.map_or("(chưa chọn)", standing_label);
    egui::ComboBox::from_id_salt("wb-standing")
        .selected_text(shown)
        .show_ui(ui, |ui| {
            for kind in crate::data::StandingKind::ALL {
                ui.selectable_value(&mut source.standing, Some(kind), standing_label(kind));
            }
        })
        .response
        .labelled_by(label.id);
    ui.end_row();
    let label = ui.label("Lý do mức tin cậy");
    ui.add(
        egui::TextEdit::singleline(&mut source.standing_reason)
            .hint_text("ví dụ: báo điện tử có giấy phép, trang của chính báo")
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label.id);
    ui.end_row();
}
