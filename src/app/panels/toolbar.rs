//! The toolbar above the preview: export, page navigation, zoom and the
//! reference list.

use super::{CitationPanel, PreviewPanel};
use crate::export::Format;

#[derive(Debug, Default)]
pub struct Toolbar {}

impl Toolbar {
    /// Draws the toolbar; returns the format asked for when an export
    /// button was clicked.
    /// `export_error` says why export is not possible, if it is not.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        pages: usize,
        export_error: Option<&str>,
        preview: &mut PreviewPanel,
        citations: &mut CitationPanel,
    ) -> Option<Format> {
        let mut export_clicked = None;
        egui::Panel::top("toolbar").show(ui, |ui| {
            ui.add_space(2.0);
            ui.horizontal_wrapped(|ui| {
                let buttons = [
                    (
                        Format::Pdf,
                        "Xuất PDF…",
                        "Lưu báo cáo thành tệp PDF để in (Ctrl+E: định dạng lần xuất trước)",
                    ),
                    (
                        Format::Docx,
                        "Xuất Word…",
                        "Lưu báo cáo thành tệp Word (.docx) để sửa tiếp",
                    ),
                ];
                for (format, label, hover) in buttons {
                    let export = ui
                        .add_enabled(export_error.is_none(), egui::Button::new(label))
                        .on_hover_text(hover);
                    if let Some(e) = export_error {
                        export.clone().on_disabled_hover_text(e);
                    }
                    if export.clicked() {
                        export_clicked = Some(format);
                    }
                }
                ui.separator();
                preview.navigation(ui, pages);
                ui.separator();
                preview.zoom_controls(ui);
                ui.separator();
                if ui
                    .selectable_label(citations.shows_references(), "Nguồn tham khảo")
                    .on_hover_text("Danh sách nguồn và các thông tin được trích dẫn")
                    .clicked()
                {
                    citations.toggle_references();
                }
            });
            ui.add_space(2.0);
        });
        export_clicked
    }
}
