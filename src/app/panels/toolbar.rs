//! The toolbar above the preview: export, page navigation, zoom and the
//! reference list.

use super::{CitationPanel, PreviewPanel};

#[derive(Debug, Default)]
pub struct Toolbar {}

impl Toolbar {
    /// Draws the toolbar; returns true when export was asked for.
    /// `export_error` says why export is not possible, if it is not.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        pages: usize,
        export_error: Option<&str>,
        preview: &mut PreviewPanel,
        citations: &mut CitationPanel,
    ) -> bool {
        let mut export_clicked = false;
        egui::Panel::top("toolbar").show(ui, |ui| {
            ui.add_space(2.0);
            ui.horizontal_wrapped(|ui| {
                let export = ui
                    .add_enabled(export_error.is_none(), egui::Button::new("Xuất PDF…"))
                    .on_hover_text("Lưu báo cáo thành tệp PDF để in (Ctrl+E)");
                if let Some(e) = export_error {
                    export.clone().on_disabled_hover_text(e);
                }
                export_clicked = export.clicked();
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
