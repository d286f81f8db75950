//! "Chia sẻ dữ liệu…": the user's dataset written as a data pack (.egb)
//! for other officials, signed when a key file is given (by default
//! `khoa-don-vi.khoa-bi-mat` beside the dataset, if there is one).

use std::path::{Path, PathBuf};

use egui::RichText;

use crate::app::style::{error_color, success_color};
use crate::brief::selection::Day;
use crate::curate::user_data::UserData;
use crate::pack::cli::{NewPack, write_pack};
use crate::pack::{KeyPair, PackError, PackInfo};

/// The key file looked for beside the user's dataset.
pub const DEFAULT_KEY_FILE: &str = "khoa-don-vi.khoa-bi-mat";
pub const SHARE_BUTTON: &str = "Chia sẻ dữ liệu…";
pub const WRITE_BUTTON: &str = "Ghi gói dữ liệu";

#[derive(Debug, Default)]
pub struct SharePanel {
    open: bool,
    id: String,
    version: String,
    title: String,
    publisher: String,
    key: String,
    output: String,
    /// The last result: what was written, or why not.
    result: Option<Result<String, String>>,
}

impl SharePanel {
    /// Fills the fields the first time the panel opens; the issuing unit
    /// from the key file's name when the field is empty.
    fn start(&mut self, user: &UserData) {
        let today = Day::today_in_vietnam();
        let folder = user.path.parent().unwrap_or(Path::new("."));
        let key = folder.join(DEFAULT_KEY_FILE);
        if self.id.is_empty() {
            self.id = "goi-du-lieu".into();
            self.version = "1".into();
            self.title = format!("Dữ liệu bổ sung tháng {}/{}", today.month, today.year);
        }
        if self.key.is_empty() && key.is_file() {
            self.key = key.display().to_string();
        }
        // The unit the key was made for issues the pack, unless typed.
        if self.publisher.trim().is_empty()
            && let Ok(k) = KeyPair::read(Path::new(self.key.trim()))
        {
            self.publisher = k.name;
        }
        if self.output.is_empty() {
            let docs = dirs::document_dir().unwrap_or_else(|| folder.to_path_buf());
            let name = format!("goi-du-lieu-{:04}-{:02}.egb", today.year, today.month);
            self.output = docs.join(name).display().to_string();
        }
        self.open = true;
    }

    /// The button, and the form when open.
    pub fn ui(&mut self, ui: &mut egui::Ui, user: &UserData) {
        if !self.open {
            if ui
                .button(SHARE_BUTTON)
                .on_hover_text("Ghi dữ liệu của bạn thành một gói .egb (có chữ ký nếu có tệp khóa) để gửi cho cán bộ khác")
                .clicked()
            {
                self.start(user);
            }
            return;
        }
        ui.group(|ui| {
            ui.strong("Chia sẻ dữ liệu: ghi gói dữ liệu (.egb)");
            egui::Grid::new("wb-share").num_columns(2).show(ui, |ui| {
                for (name, value) in [
                    ("Mã gói", &mut self.id),
                    ("Phiên bản", &mut self.version),
                    ("Tên gói", &mut self.title),
                    ("Đơn vị phát hành", &mut self.publisher),
                    ("Tệp khóa bí mật (để trống: không ký)", &mut self.key),
                    ("Tệp gói sẽ ghi", &mut self.output),
                ] {
                    let label = ui.label(name);
                    ui.add(egui::TextEdit::singleline(value).desired_width(420.0))
                        .labelled_by(label.id);
                    ui.end_row();
                }
            });
            ui.horizontal(|ui| {
                if ui.button(WRITE_BUTTON).clicked() {
                    self.result = Some(self.write(user).map_err(|e| e.to_string()));
                }
                if ui.button("Đóng").clicked() {
                    self.open = false;
                }
            });
            match &self.result {
                Some(Ok(m)) => {
                    ui.label(RichText::new(m).color(success_color(ui)));
                }
                Some(Err(e)) => {
                    ui.label(RichText::new(e).color(error_color(ui)));
                }
                None => {}
            }
        });
    }

    fn write(&self, user: &UserData) -> Result<String, PackError> {
        let version = self.version.trim().parse::<u32>().map_err(|_| {
            PackError::Invalid(format!(
                "phiên bản phải là số nguyên từ 1, không phải \"{}\"",
                self.version
            ))
        })?;
        let key = match self.key.trim() {
            "" => None,
            k => Some(PathBuf::from(k)),
        };
        let pack = NewPack {
            info: PackInfo {
                id: self.id.trim().to_string(),
                version,
                title: self.title.clone(),
                publisher: self.publisher.clone(),
                created: Day::today_in_vietnam(),
            },
            key,
            output: PathBuf::from(self.output.trim()),
        };
        write_pack(user, &pack)
    }
}
