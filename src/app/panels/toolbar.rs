//! The toolbar above the preview: export, page navigation, zoom and the
//! reference list.

use super::{CitationPanel, PreviewPanel};

/// Narrower than this, the toolbar folds part of itself into a menu.
const COMPACT_BELOW: f32 = 900.0;

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
            // One row: below this width (a 1280-pixel laptop with the
            // citation panel open) the arrows lose their words and "go to
            // page" and the zoom move into a menu.
            let compact = ui.available_width() < COMPACT_BELOW;
            ui.horizontal(|ui| {
                let export = ui
                    .add_enabled(export_error.is_none(), egui::Button::new("Xuất PDF…"))
                    .on_hover_text("Lưu báo cáo thành tệp PDF để in (Ctrl+E)");
                if let Some(e) = export_error {
                    export.clone().on_disabled_hover_text(e);
                }
                export_clicked = export.clicked();
                ui.separator();
                if compact {
                    preview.page_buttons(ui, pages, true);
                    ui.menu_button("Xem thêm", |ui| {
                        ui.horizontal(|ui| preview.goto_field(ui, pages));
                        ui.horizontal(|ui| preview.zoom_controls(ui));
                    })
                    .response
                    .on_hover_text("Đến trang, thu phóng");
                } else {
                    preview.navigation(ui, pages);
                    ui.separator();
                    preview.zoom_controls(ui);
                }
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
