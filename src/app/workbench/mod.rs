//! The workbench: a new article (a file or pasted text) turned into cited
//! facts of the user's own dataset. The window shows the article with its
//! detected body and candidate sentences, the source details and the
//! "new fact" form, validated live by the loader's own checks; "Lưu"
//! writes the user's dataset and the workspace switches to it.
//!
//! The logic (forms, records, checks, files, undo) is in
//! [`crate::curate`]; this module only draws it.

mod article_view;
mod form;
mod manage;
mod share;

use std::path::{Path, PathBuf};

use egui::RichText;

use super::dialog::{Answer, FileDialogs, Pending};
use super::save_dialog::FileBrowser;
use super::style::error_color;
use crate::curate::build::{Assessment, assess};
use crate::curate::draft::{ArticleDraft, FactForm, SourceForm};
use crate::curate::read_article;
use crate::curate::user_data::{UserData, default_path};
use crate::data::Catalog;

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

/// The workbench window and its state.
#[derive(Default)]
pub struct Workbench {
    pub open: bool,
    asking: Option<Pending>,
    browser: Option<FileBrowser>,
    /// The folder of the last article opened: the in-app dialog for the
    /// next one starts there.
    article_folder: Option<PathBuf>,
    paste: String,
    article: Option<ArticleDraft>,
    source: SourceForm,
    form: Option<FactForm>,
    /// The last check and the forms it was made for.
    checked: Option<(SourceForm, FactForm, Assessment)>,
    user: Option<UserData>,
    user_catalog: Option<Catalog>,
    error: Option<String>,
    /// The last save was refused because the file changed outside:
    /// "Nạp lại tệp" is offered.
    changed_outside: bool,
    message: Option<String>,
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
        self.error = None;
        // The same file, unchanged since: keep it with its undo history.
        if self
            .user
            .as_ref()
            .is_some_and(|u| u.path == path && u.is_current())
        {
            return;
        }
        match UserData::open(&path)
            .map_err(|e| e.to_string())
            .and_then(|u| {
                let c = u.catalog().map_err(|e| e.to_string())?;
                Ok((u, c))
            }) {
            Ok((u, c)) => {
                self.user = Some(u);
                self.user_catalog = Some(c);
            }
            Err(e) => {
                self.user = None;
                self.user_catalog = None;
                self.error = Some(format!(
                    "{e}. Tệp được giữ nguyên; hãy sửa tệp hoặc chuyển nó đi chỗ khác rồi thử lại."
                ));
            }
        }
    }

    /// The user's dataset file the workbench writes.
    pub fn user_path(&self) -> Option<&Path> {
        self.user.as_ref().map(|u| u.path.as_path())
    }

    /// Starts the work on an article's text.
    pub fn start_article(&mut self, text: &str) {
        let mut article = ArticleDraft::new(text);
        let saved = self
            .user
            .as_ref()
            .and_then(|u| article.reuse_source(&u.now));
        self.source = saved.unwrap_or_else(|| SourceForm::from_meta(&article.meta));
        self.article = Some(article);
        self.form = None;
        self.checked = None;
        self.message = None;
    }

    fn open_file(&mut self, path: &Path) {
        self.article_folder = path.parent().map(Path::to_path_buf);
        match read_article(path) {
            Ok(a) => {
                self.start_article(&a.text);
                self.error = None;
            }
            Err(e) => self.error = Some(e.to_string()),
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
        if let Some(e) = &self.error {
            ui.label(RichText::new(e).color(error_color(ui)));
            if self.changed_outside && ui.button(RELOAD).clicked() {
                self.reload();
            }
        }
        if let Some(m) = &self.message {
            ui.label(RichText::new(m).strong());
        }
        let mut action = self.manage_ui(ui);
        let Some(user) = &self.user else {
            return action;
        };
        self.share.ui(ui, user);
        if self.article.is_none() {
            self.choose_ui(ui, dialog);
            return action;
        }
        ui.horizontal(|ui| {
            if ui.button("Bài viết khác…").clicked() {
                self.article = None;
                self.form = None;
            }
            ui.label(
                RichText::new(
                    "Thân bài: chữ đậm; câu có số liệu: nền vàng — bấm vào để tạo thông tin.",
                )
                .weak(),
            );
        });
        if self.article.is_none() {
            return action;
        }
        ui.columns(2, |cols| {
            self.source_ui(&mut cols[0]);
            if let Some(a) = &self.article {
                let chosen = self.form.as_ref().map(|f| f.near);
                match article_view::show(&mut cols[0], a, chosen) {
                    Some(article_view::Clicked::Candidate(c)) => self.pick(c),
                    Some(article_view::Clicked::ToggleLine(line)) => self.toggle_line(line),
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
            self.start_article(&text);
        }
    }

    fn source_ui(&mut self, ui: &mut egui::Ui) {
        ui.strong("Nguồn");
        egui::Grid::new("wb-source").num_columns(2).show(ui, |ui| {
            for (name, value, hint) in [
                (
                    "Nơi đăng",
                    &mut self.source.publisher,
                    "tên báo hoặc cơ quan",
                ),
                ("Tiêu đề", &mut self.source.title, ""),
                (
                    "Ngày đăng",
                    &mut self.source.published,
                    "18/9/2024 hoặc không rõ",
                ),
                ("Ghi chú", &mut self.source.note, ""),
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
            standing_row(ui, &mut self.source);
        });
    }

    /// The user's adjustment of the body. A form open on a sentence that
    /// is no longer in the body stays: the check then says so.
    fn toggle_line(&mut self, line: std::ops::Range<usize>) {
        if let Some(a) = &mut self.article {
            a.toggle_line(line);
            self.checked = None;
        }
    }

    /// A candidate sentence was clicked: a new form from it.
    fn pick(&mut self, index: usize) {
        let (Some(a), Some(c)) = (&self.article, &self.user_catalog) else {
            return;
        };
        let Some(cand) = a.candidates.get(index) else {
            return;
        };
        let published = crate::curate::draft::parse_date_input(&self.source.published)
            .ok()
            .flatten();
        self.form = Some(FactForm::from_candidate(cand, published, c));
        self.message = None;
    }

    /// The last check, made again when a form changed.
    fn assessment(&mut self) -> Option<&Assessment> {
        let (a, f, u, c) = (
            self.article.as_ref()?,
            self.form.as_ref()?,
            self.user.as_ref()?,
            self.user_catalog.as_ref()?,
        );
        let stale = self
            .checked
            .as_ref()
            .is_none_or(|(s, ff, _)| *s != self.source || ff != f);
        if stale {
            let result = assess(a, &self.source, f, u, c);
            self.checked = Some((self.source.clone(), f.clone(), result));
        }
        self.checked.as_ref().map(|(_, _, r)| r)
    }

    /// Writes the checked state; the workspace then switches to it.
    fn save(&mut self) -> WorkbenchAction {
        let Some(result) = self.assessment().cloned() else {
            return WorkbenchAction::None;
        };
        let (Some(next), Some(user)) = (result.next, self.user.as_mut()) else {
            return WorkbenchAction::None;
        };
        let topic = self.form.as_ref().map(|f| f.topic.clone());
        let summary = self
            .form
            .as_ref()
            .map(|f| f.summary.clone())
            .unwrap_or_default();
        let seed = next
            .data
            .sources
            .iter()
            .find(|s| s.id == result.source_id)
            .map(|s| s.seed_file.clone());
        match user.change(next) {
            Ok(catalog) => {
                self.user_catalog = Some(catalog);
                if let Some(a) = &mut self.article {
                    a.source_id = Some(result.source_id.clone());
                    a.seed_file = seed;
                }
                self.form = None;
                self.checked = None;
                let message = crate::brief::wording::window::fact_saved(&summary, &user.path);
                self.message = Some(message.clone());
                WorkbenchAction::Saved {
                    path: user.path.clone(),
                    message,
                    topic,
                }
            }
            Err(e) => {
                self.changed_outside = matches!(
                    e,
                    crate::curate::user_data::UserDataError::ChangedOutside(_)
                );
                self.error = Some(e.to_string());
                WorkbenchAction::None
            }
        }
    }

    /// Reads the file again after a change made outside; the article and
    /// the form being typed stay, to be saved onto the new state. An
    /// article saved earlier in this session keeps its source only if the
    /// file still has it (else it is saved afresh, under a free name).
    fn reload(&mut self) {
        let Some(path) = self.user.as_ref().map(|u| u.path.clone()) else {
            return;
        };
        self.user = None;
        self.changed_outside = false;
        self.show(path);
        if let (Some(a), Some(u)) = (self.article.as_mut(), self.user.as_ref()) {
            a.source_id = None;
            a.seed_file = None;
            if let Some(source) = a.reuse_source(&u.now) {
                self.source = source;
            }
        }
        self.checked = None;
        if self.error.is_none() {
            self.message = Some(RELOADED.to_string());
        }
    }
}

/// Said after "Nạp lại tệp".
const RELOADED: &str =
    "Đã nạp lại tệp dữ liệu. Thông tin đang nhập vẫn còn: bấm “Lưu” để lưu lên bản mới.";
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

#[cfg(test)]
mod reopen_tests {
    use super::*;

    #[test]
    fn undo_survives_reopening_unless_the_file_changed_outside() {
        let dir = tempfile::tempdir().unwrap();
        let path = default_path(dir.path());
        let mut wb = Workbench::default();
        wb.show(path.clone());
        let user = wb.user.as_mut().unwrap();
        let same = user.now.clone();
        user.change(same).unwrap();
        assert!(user.can_undo());

        wb.open = false;
        wb.show(path.clone());
        assert!(wb.user.as_ref().unwrap().can_undo(), "undo kept");

        // Another window wrote the file meanwhile: read afresh.
        let mut text = std::fs::read_to_string(&path).unwrap();
        text.push('\n');
        std::fs::write(&path, text).unwrap();
        wb.show(path);
        assert!(!wb.user.as_ref().unwrap().can_undo());
    }
}
