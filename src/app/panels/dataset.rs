//! The line saying which dataset is in use, with its buttons, and the
//! window listing the problems of a dataset that was refused.

use std::path::Path;

use egui::RichText;

use crate::app::style::error_color;
use crate::data::Catalog;

/// What the dataset line asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatasetAction {
    None,
    Open,
    Bundled,
    /// The "Giới thiệu" window: version, data sources, licences.
    About,
    /// The workbench: facts from a new article.
    AddArticle,
    /// "Mở gói dữ liệu…": a signed data pack's changes, then import.
    OpenPack,
    /// Open the remembered dataset that did not load at start again.
    Retry,
}

#[derive(Debug, Default)]
pub struct DatasetPanel {
    /// Why the last dataset the user chose could not be opened.
    pub error: Option<String>,
    /// The data packs imported into the dataset in use, each with who
    /// signed it ("Gói “…” phiên bản 2: Đã ký bởi …").
    pub packs: Vec<String>,
    /// The dataset used last time that did not load at start (a USB drive
    /// not plugged in): still remembered, with a button to try again.
    pub unavailable: Option<std::path::PathBuf>,
}

impl DatasetPanel {
    /// The dataset line; `file` is `None` for the bundled dataset.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        catalog: &Catalog,
        file: Option<&Path>,
    ) -> DatasetAction {
        let mut action = DatasetAction::None;
        ui.add_space(4.0);
        ui.horizontal_wrapped(|ui| {
            let name = match file {
                None => "đi kèm chương trình".to_string(),
                Some(p) => p
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_else(|| p.display().to_string()),
            };
            ui.label(format!(
                "Dữ liệu: {name} ({} thông tin)",
                catalog.facts().len()
            ))
            .on_hover_text(match file {
                None => "Bộ dữ liệu trích từ năm bài báo đi kèm chương trình".to_string(),
                Some(p) => p.display().to_string(),
            });
            if ui
                .button("Mở bộ dữ liệu…")
                .on_hover_text(
                    "Dùng một tệp JSON cùng định dạng với dữ liệu đi kèm \
                     (thay thế, hoặc bổ sung nếu tệp ghi \"extends_bundled\": true)",
                )
                .clicked()
            {
                action = DatasetAction::Open;
            }
            if ui
                .button("Thêm bài viết…")
                .on_hover_text(
                    "Thêm thông tin có trích dẫn từ một bài viết mới vào bộ dữ liệu của bạn",
                )
                .clicked()
            {
                action = DatasetAction::AddArticle;
            }
            if ui
                .button("Mở gói dữ liệu…")
                .on_hover_text(
                    "Xem và nhập một gói dữ liệu (.egb) do đơn vị phát hành: \
                     kiểm tra chữ ký, xem thay đổi trước khi nhập",
                )
                .clicked()
            {
                action = DatasetAction::OpenPack;
            }
            if file.is_some() && ui.button("Dùng dữ liệu đi kèm").clicked() {
                action = DatasetAction::Bundled;
            }
            if let Some(p) = &self.unavailable
                && ui
                    .button("Thử lại")
                    .on_hover_text(format!("Mở lại bộ dữ liệu dùng lần trước: {}", p.display()))
                    .clicked()
            {
                action = DatasetAction::Retry;
            }
            if ui
                .button("Giới thiệu")
                .on_hover_text("Phiên bản, nguồn dữ liệu và giấy phép")
                .clicked()
            {
                action = DatasetAction::About;
            }
        });
        for line in &self.packs {
            ui.label(RichText::new(line).small());
        }
        ui.separator();
        action
    }

    /// The full list of problems of a refused dataset, until closed.
    pub fn error_window(&mut self, ctx: &egui::Context) {
        let Some(message) = &self.error else {
            return;
        };
        let mut close = false;
        egui::Window::new("Không mở được bộ dữ liệu")
            .collapsible(false)
            .resizable(true)
            .default_width(560.0)
            .show(ctx, |ui| {
                ui.label("Chương trình vẫn dùng dữ liệu hiện tại. Các lỗi tìm thấy trong tệp:");
                egui::ScrollArea::vertical()
                    .max_height(320.0)
                    .show(ui, |ui| {
                        ui.label(RichText::new(message).color(error_color(ui)));
                    });
                if ui.button("Đóng").clicked() {
                    close = true;
                }
            });
        if close {
            self.error = None;
        }
    }
}
