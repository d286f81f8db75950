//! The in-app file dialog, for when no native one can be shown (Linux
//! without the desktop portal and without zenity): a folder with its
//! sub-folders and matching files, a file name, and a confirmation before
//! an existing file is replaced. It also opens a dataset (no name field).

use std::path::{Path, PathBuf};

use egui::RichText;

use super::dialog::Answer;
use super::style::error_color;

/// One line of the folder listing (a folder is shown with a trailing
/// "/": the bundled fonts have no folder pictogram).
#[derive(Debug, Clone)]
struct Entry {
    name: String,
    is_dir: bool,
}

/// An in-app dialog to save (with a file name) or to open a file.
#[derive(Debug)]
pub struct FileBrowser {
    title: String,
    /// The extension shown and (when saving) added: "pdf", "json".
    extension: String,
    /// When saving in one of several types: (label, extension) of each,
    /// the user picks one; the name's extension follows.
    types: Vec<(String, String)>,
    /// `Some` when saving: the file name being typed.
    name: Option<String>,
    folder: PathBuf,
    folder_text: String,
    listing: Result<Vec<Entry>, String>,
    /// When opening: the file clicked.
    picked: Option<String>,
    /// Saving over this existing file waits for a yes.
    confirm_overwrite: Option<PathBuf>,
    problem: Option<String>,
    /// The name field was given the keyboard.
    focused: bool,
    /// "Thư mục mới" open: the name being typed.
    new_folder: Option<String>,
}

impl FileBrowser {
    /// A dialog to save a file named `name` (".extension" added if left
    /// out), starting in `folder`.
    pub fn save(title: &str, folder: PathBuf, name: &str, extension: &str) -> Self {
        Self::new(title, folder, Some(name.to_string()), extension)
    }

    /// A dialog to save a file named `name` as one of `types` (label,
    /// extension), the first one selected.
    pub fn save_as_one_of(
        title: &str,
        folder: PathBuf,
        name: &str,
        types: Vec<(String, String)>,
    ) -> Self {
        let first = types.first().map(|t| t.1.clone()).unwrap_or_default();
        let mut b = Self::new(title, folder.clone(), Some(name.to_string()), &first);
        b.types = types;
        b.go_to(folder);
        b
    }

    /// A dialog to open a file with `extension`, starting in `folder`.
    pub fn open(title: &str, folder: PathBuf, extension: &str) -> Self {
        Self::new(title, folder, None, extension)
    }

    fn new(title: &str, folder: PathBuf, name: Option<String>, extension: &str) -> Self {
        let mut b = Self {
            title: title.to_string(),
            extension: extension.to_string(),
            types: Vec::new(),
            name,
            folder: PathBuf::new(),
            folder_text: String::new(),
            listing: Ok(Vec::new()),
            picked: None,
            confirm_overwrite: None,
            problem: None,
            focused: false,
            new_folder: None,
        };
        b.go_to(folder);
        b
    }

    /// The folder shown.
    pub fn folder(&self) -> &Path {
        &self.folder
    }

    /// The extensions listed: the chosen type's first, then the other
    /// offered types' (a Word export still shows the PDF beside it).
    fn listed(&self) -> Vec<String> {
        let mut exts = vec![self.extension.clone()];
        exts.extend(
            self.types
                .iter()
                .map(|(_, x)| x.clone())
                .filter(|x| *x != self.extension),
        );
        exts
    }

    fn go_to(&mut self, folder: PathBuf) {
        match list(&folder, &self.listed()) {
            Ok(entries) => {
                self.folder = std::fs::canonicalize(&folder).unwrap_or(folder);
                self.listing = Ok(entries);
                self.problem = None;
                self.picked = None;
            }
            Err(e) if self.folder.as_os_str().is_empty() => {
                self.folder = folder;
                self.listing = Err(e);
            }
            Err(e) => self.problem = Some(e),
        }
        self.folder_text = self.folder.display().to_string();
    }

    fn target(&self) -> Option<PathBuf> {
        let name = match &self.name {
            Some(n) => n.trim().to_string(),
            None => self.picked.clone()?,
        };
        if name.is_empty() {
            return None;
        }
        // A name that ends in the chosen type's or another offered type's
        // extension is kept as typed.
        let has_ext = Path::new(&name).extension().is_some_and(|e| {
            e.eq_ignore_ascii_case(&self.extension)
                || self.types.iter().any(|(_, x)| e.eq_ignore_ascii_case(x))
        });
        let name = if has_ext || self.name.is_none() {
            name
        } else {
            format!("{name}.{}", self.extension)
        };
        Some(self.folder.join(name))
    }

    /// Draws the dialog; `Some` once the user chose or cancelled.
    pub fn ui(&mut self, ctx: &egui::Context) -> Option<Answer> {
        if let Some(path) = self.confirm_overwrite.clone() {
            return self.overwrite_ui(ctx, path);
        }
        let mut answer = None;
        let modal = egui::Modal::new(egui::Id::unique("in-app-file-dialog")).show(ctx, |ui| {
            ui.set_width(560.0_f32.min(ctx.content_rect().width() - 60.0));
            ui.heading(&self.title);
            ui.add_space(4.0);
            self.folder_row(ui);
            if self.listing_ui(ui)
                && let Some(path) = self.target()
            {
                answer = self.choose(path);
            }
            if let Some(p) = &self.problem {
                ui.label(RichText::new(p).color(error_color(ui)));
            }
            if answer.is_none() {
                answer = self.buttons(ui);
            }
        });
        // Only Lưu or Huỷ (or Escape, the keyboard's Huỷ) closes it: a
        // click beside the dialog must not throw the export away.
        let escape = ctx.input(|i| i.key_pressed(egui::Key::Escape));
        if modal.should_close() && escape && answer.is_none() && self.new_folder.is_none() {
            answer = Some(Answer::Cancelled);
        }
        answer
    }

    /// "Thư mục mới": a name field and "Tạo"; the new folder is entered.
    fn new_folder_row(&mut self, ui: &mut egui::Ui) {
        let Some(name) = &mut self.new_folder else {
            return;
        };
        let mut create = false;
        let mut close = false;
        ui.horizontal(|ui| {
            let label = ui.label("Tên thư mục mới");
            let edit = ui
                .add(egui::TextEdit::singleline(name).desired_width(240.0))
                .labelled_by(label.id);
            if !edit.has_focus() && name.is_empty() {
                edit.request_focus();
            }
            create = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            create |= ui.button("Tạo").clicked();
            close = ui.button("Thôi").clicked();
        });
        let wanted = name.trim().to_string();
        if close {
            self.new_folder = None;
        } else if create && !wanted.is_empty() {
            let path = self.folder.join(&wanted);
            match std::fs::create_dir(&path) {
                Ok(()) => {
                    self.new_folder = None;
                    self.go_to(path);
                }
                Err(e) => {
                    self.problem = Some(format!(
                        "Không tạo được thư mục \"{wanted}\": {}",
                        crate::fsio::describe_io(&e)
                    ))
                }
            }
        }
    }

    fn folder_row(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            let label = ui.label("Thư mục");
            let edit = ui
                .add(egui::TextEdit::singleline(&mut self.folder_text).desired_width(330.0))
                .labelled_by(label.id);
            if edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                self.go_to(PathBuf::from(self.folder_text.trim()));
            }
            if ui
                .button("Lên trên")
                .on_hover_text("Thư mục chứa thư mục này")
                .clicked()
                && let Some(parent) = self.folder.parent()
            {
                self.go_to(parent.to_path_buf());
            }
        });
        ui.horizontal(|ui| {
            let places = [
                ("Tài liệu", dirs::document_dir()),
                ("Màn hình nền", dirs::desktop_dir()),
                ("Thư mục nhà", dirs::home_dir()),
            ];
            for (name, dir) in places {
                if let Some(dir) = dir.filter(|d| d.is_dir())
                    && ui.small_button(name).clicked()
                {
                    self.go_to(dir);
                }
            }
            if self.name.is_some()
                && ui
                    .small_button("Thư mục mới")
                    .on_hover_text("Tạo một thư mục trong thư mục này rồi mở nó")
                    .clicked()
            {
                self.new_folder = Some(String::new());
            }
        });
        self.new_folder_row(ui);
    }

    /// The folder listing; true when a file was double-clicked to open it.
    fn listing_ui(&mut self, ui: &mut egui::Ui) -> bool {
        let mut go = None;
        let mut confirm = false;
        egui::Frame::group(ui.style()).show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("in-app-file-list")
                .max_height(260.0)
                .auto_shrink([false, false])
                .show(ui, |ui| match &self.listing {
                    Err(e) => {
                        ui.label(RichText::new(e).color(error_color(ui)));
                    }
                    Ok(entries) if entries.is_empty() => {
                        ui.weak("(thư mục trống)");
                    }
                    Ok(entries) => {
                        for e in entries {
                            if e.is_dir {
                                if ui.selectable_label(false, format!("{}/", e.name)).clicked() {
                                    go = Some(self.folder.join(&e.name));
                                }
                                continue;
                            }
                            let on = self.picked.as_deref() == Some(e.name.as_str());
                            let r = ui.selectable_label(on, e.name.as_str());
                            if r.clicked() {
                                match &mut self.name {
                                    Some(n) => *n = e.name.clone(),
                                    None => self.picked = Some(e.name.clone()),
                                }
                            }
                            confirm |= r.double_clicked();
                        }
                    }
                });
        });
        if let Some(dir) = go {
            self.go_to(dir);
        }
        confirm && self.name.is_none()
    }

    /// "Loại tệp": one choice per type; the name's extension and the
    /// listing follow the choice.
    fn types_row(&mut self, ui: &mut egui::Ui) {
        let mut picked = None;
        ui.horizontal(|ui| {
            ui.label("Loại tệp");
            for (label, ext) in &self.types {
                if ui.radio(*ext == self.extension, label.as_str()).clicked() {
                    picked = Some(ext.clone());
                }
            }
        });
        let Some(ext) = picked.filter(|e| *e != self.extension) else {
            return;
        };
        if let Some(name) = &mut self.name {
            let old = format!(".{}", self.extension);
            let cut = name.len().saturating_sub(old.len());
            let ends_with_old =
                name.is_char_boundary(cut) && name[cut..].eq_ignore_ascii_case(&old);
            if ends_with_old {
                name.truncate(cut);
                name.push('.');
                name.push_str(&ext);
            }
        }
        self.extension = ext;
        let folder = self.folder.clone();
        self.go_to(folder);
    }

    fn buttons(&mut self, ui: &mut egui::Ui) -> Option<Answer> {
        if self.types.len() > 1 {
            self.types_row(ui);
        }
        let mut enter = false;
        if let Some(name) = &mut self.name {
            ui.horizontal(|ui| {
                let label = ui.label("Tên tệp");
                let edit = ui
                    .add(egui::TextEdit::singleline(name).desired_width(380.0))
                    .labelled_by(label.id);
                // The name has the keyboard from the start; Enter saves.
                if !std::mem::replace(&mut self.focused, true) {
                    edit.request_focus();
                }
                enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            });
        }
        let mut answer = None;
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            let verb = if self.name.is_some() { "Lưu" } else { "Mở" };
            let target = self.target();
            if (ui
                .add_enabled(target.is_some(), egui::Button::new(verb))
                .clicked()
                || enter)
                && let Some(path) = target
            {
                answer = self.choose(path);
            }
            if ui.button("Huỷ").clicked() {
                answer = Some(Answer::Cancelled);
            }
        });
        answer
    }

    /// Checks the chosen path; an existing file to be replaced asks first.
    fn choose(&mut self, path: PathBuf) -> Option<Answer> {
        if !self.folder.is_dir() {
            self.problem = Some(format!(
                "Thư mục \"{}\" không tồn tại.",
                self.folder.display()
            ));
            return None;
        }
        if path.is_dir() {
            self.go_to(path);
            return None;
        }
        if self.name.is_some() && path.exists() {
            self.confirm_overwrite = Some(path);
            return None;
        }
        Some(Answer::Chosen(path))
    }

    fn overwrite_ui(&mut self, ctx: &egui::Context, path: PathBuf) -> Option<Answer> {
        let mut answer = None;
        egui::Modal::new(egui::Id::unique("in-app-overwrite")).show(ctx, |ui| {
            ui.heading("Ghi đè tệp?");
            ui.label(format!(
                "Tệp \"{}\" đã có. Thay nó bằng báo cáo mới?",
                path.display()
            ));
            ui.horizontal(|ui| {
                if ui.button("Ghi đè").clicked() {
                    answer = Some(Answer::Chosen(path.clone()));
                }
                if ui.button("Chọn tên khác").clicked() {
                    self.confirm_overwrite = None;
                }
            });
        });
        answer
    }
}

/// Sub-folders, then files with one of `extensions`, those with the first
/// extension first, each group sorted by name; hidden entries left out.
/// (The dataset dialog passes one entry that may list several, "txt,html".)
fn list(folder: &Path, extensions: &[String]) -> Result<Vec<Entry>, String> {
    let read = std::fs::read_dir(folder).map_err(|e| {
        format!(
            "Không mở được thư mục \"{}\": {}",
            folder.display(),
            crate::fsio::describe_io(&e)
        )
    })?;
    // Which group of `extensions` a name is in, if any.
    let group = |name: &str| {
        let ext = Path::new(name).extension()?;
        extensions
            .iter()
            .position(|list| list.split(',').any(|e| ext.eq_ignore_ascii_case(e)))
    };
    let mut entries: Vec<(usize, Entry)> = read
        .filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let is_dir = e.path().is_dir();
            let rank = if is_dir {
                Some(0)
            } else {
                group(&name).map(|g| g + 1)
            }?;
            (!name.starts_with('.')).then_some((rank, Entry { name, is_dir }))
        })
        .collect();
    entries.sort_by(|(ra, a), (rb, b)| {
        ra.cmp(rb)
            .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
    });
    Ok(entries.into_iter().map(|(_, e)| e).collect())
}
