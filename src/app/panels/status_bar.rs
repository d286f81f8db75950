//! The status line at the bottom: the last result (with "open" and
//! "folder" after an export; "In…" is in the toolbar); how long the last compose + layout took
//! is a tooltip, a technical detail.

use std::path::PathBuf;
use std::time::Duration;

use crate::export::FileType;

use egui::RichText;

use crate::app::status::{Status, StatusKind};
use crate::app::style::{error_color, success_color};

/// What the user asked of the status line.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum StatusAction {
    #[default]
    None,
    /// Open the exported file with the system's PDF viewer.
    OpenFile(PathBuf),
    /// Open the folder the file is in.
    OpenFolder(PathBuf),
    /// Print the current briefing (from the toolbar or Ctrl+P).
    Print,
    /// Step back from the last "Bỏ chọn" or "Bỏ khỏi báo cáo".
    Undo,
}

#[derive(Debug, Default)]
pub struct StatusBar {}

impl StatusBar {
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        status: Option<&Status>,
        took: Duration,
        export_format: FileType,
        undo: Option<&str>,
    ) -> StatusAction {
        let mut action = StatusAction::None;
        let timing = format!(
            "Chi tiết kỹ thuật: soạn và dàn trang lần gần nhất mất {} ms.",
            format_ms(took)
        );
        egui::Panel::bottom("status").show(ui, |ui| {
            ui.horizontal(|ui| {
                let undone = undo.is_some_and(|what| undo_button(ui, what));
                action = line(ui, status, &timing, export_format);
                if undone {
                    action = StatusAction::Undo;
                }
            });
            if let Some(path) = status.and_then(|s| s.path.as_deref()) {
                path_row(ui, path);
            }
        });
        action
    }
}

/// "Hoàn tác: …"; whether it was clicked.
fn undo_button(ui: &mut egui::Ui, what: &str) -> bool {
    ui.small_button(crate::brief::wording::window::undo_button(what))
        .on_hover_text("Trở lại như trước thao tác này (Ctrl+Z)")
        .clicked()
}

/// The status text, with "open" and "folder" after an export.
fn line(
    ui: &mut egui::Ui,
    status: Option<&Status>,
    timing: &str,
    export_format: FileType,
) -> StatusAction {
    let mut action = StatusAction::None;
    match status {
        Some(s) => {
            let color = match s.kind {
                StatusKind::Info => ui.visuals().text_color(),
                StatusKind::Success => success_color(ui),
                StatusKind::Error => error_color(ui),
            };
            if let Some(file) = &s.saved {
                action = after_export_buttons(ui, file);
            }
            // A failure is read in full (it says what to do
            // instead); other news fits one line.
            let label = egui::Label::new(RichText::new(&s.text).color(color));
            let label = match s.kind {
                StatusKind::Error => label.wrap(),
                _ => label.truncate(),
            };
            ui.add(label)
                .on_hover_text(format!("{}\n\n{timing}", s.text));
        }
        None => {
            ui.weak(format!(
                "Sẵn sàng. Chọn chủ đề và giai đoạn ở bên trái; Ctrl+E để xuất {}.",
                export_format.short_label()
            ))
            .on_hover_text(timing);
        }
    }
    action
}

fn after_export_buttons(ui: &mut egui::Ui, file: &std::path::Path) -> StatusAction {
    let mut action = StatusAction::None;
    if ui
        .small_button("Mở tệp")
        .on_hover_text("Mở tệp vừa lưu bằng chương trình mặc định của máy")
        .clicked()
    {
        action = StatusAction::OpenFile(file.to_path_buf());
    }
    if ui
        .small_button("Mở thư mục")
        .on_hover_text("Mở thư mục chứa tệp vừa lưu")
        .clicked()
    {
        action = StatusAction::OpenFolder(file.to_path_buf());
    }
    action
}

/// The path of a file the app could not open or print for the user:
/// selectable text (a read-only field, so it can be selected and copied
/// with the keyboard) and a button that copies it.
fn path_row(ui: &mut egui::Ui, path: &std::path::Path) {
    ui.horizontal(|ui| {
        let label = ui.label("Đường dẫn:");
        let shown = path.display().to_string();
        let copy = ui.button("Chép đường dẫn");
        // A `&str` buffer: selectable, never editable.
        let mut text: &str = &shown;
        ui.add(
            egui::TextEdit::singleline(&mut text)
                .desired_width(ui.available_width())
                .clip_text(true),
        )
        .labelled_by(label.id);
        if copy
            .on_hover_text("Chép đường dẫn vào bộ nhớ tạm")
            .clicked()
        {
            ui.ctx().copy_text(shown);
        }
    });
}

/// "4,2" for 4.2 ms: Vietnamese decimal comma.
fn format_ms(d: Duration) -> String {
    format!("{:.1}", d.as_secs_f64() * 1000.0).replace('.', ",")
}
