//! The toolbar above the preview: export, page navigation, zoom and the
//! reference list.

use super::{CitationPanel, PreviewPanel};
use crate::export::FileType;

/// Narrower than this, the toolbar folds part of itself into a menu.
const COMPACT_BELOW: f32 = 1200.0;

#[derive(Debug)]
pub struct Toolbar {
    /// The left panel (topics, period, header fields) is shown; hidden,
    /// a small screen gives its width to the page.
    pub show_selection: bool,
}

impl Default for Toolbar {
    fn default() -> Self {
        Self {
            show_selection: true,
        }
    }
}

/// What a toolbar button asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ToolbarClick {
    Export(FileType),
    /// "In…": print the current briefing, exported or not.
    Print,
}

impl Toolbar {
    /// Draws the toolbar; returns the export or print button clicked, if
    /// one was. `export_error` says why export (and print) is not
    /// possible, if it is not.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        pages: usize,
        export_error: Option<&str>,
        preview: &mut PreviewPanel,
        citations: &mut CitationPanel,
    ) -> Option<ToolbarClick> {
        let mut export_clicked = None;
        egui::Panel::top("toolbar").show(ui, |ui| {
            ui.add_space(2.0);
            // One row across the window: below this width (the whole
            // row is about 1170 points) the arrows lose their words and
            // "go to page" and the zoom move into a menu.
            let compact = ui.available_width() < COMPACT_BELOW;
            ui.horizontal(|ui| {
                if ui
                    .selectable_label(self.show_selection, "Khung chọn")
                    .on_hover_text(
                        "Ẩn hoặc hiện khung bên trái (chủ đề, giai đoạn, thông tin văn bản)",
                    )
                    .clicked()
                {
                    self.show_selection = !self.show_selection;
                }
                export_clicked = export_buttons(ui, export_error);
                ui.separator();
                if compact {
                    preview.page_buttons(ui, pages, true);
                    // Stays open while its number and −/+ are used; a
                    // click elsewhere (or Escape) closes it.
                    let stay = egui::containers::menu::MenuConfig::new()
                        .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside);
                    egui::containers::menu::MenuButton::new("Xem thêm")
                        .config(stay)
                        .ui(ui, |ui| {
                            ui.horizontal(|ui| preview.goto_field(ui, pages));
                            ui.horizontal(|ui| preview.zoom_controls(ui));
                        })
                        .0
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

/// "Xuất PDF…", "Xuất Word…" and "In…"; the one clicked.
fn export_buttons(ui: &mut egui::Ui, export_error: Option<&str>) -> Option<ToolbarClick> {
    let buttons = [
        (
            FileType::Pdf,
            "Xuất PDF…",
            "Lưu báo cáo thành tệp PDF để in (Ctrl+E: xuất lại theo định dạng lần trước)",
        ),
        (
            FileType::Docx,
            "Xuất Word…",
            "Lưu báo cáo thành tệp Word (.docx) để sửa tiếp (Ctrl+E: xuất lại theo định dạng lần trước)",
        ),
    ];
    let mut clicked = None;
    for (format, label, hover) in buttons {
        let button = ui
            .add_enabled(export_error.is_none(), egui::Button::new(label))
            .on_hover_text(hover);
        if let Some(e) = export_error {
            button.clone().on_disabled_hover_text(e);
        }
        if button.clicked() {
            clicked = Some(ToolbarClick::Export(format));
        }
    }
    let print = ui
        .add_enabled(export_error.is_none(), egui::Button::new("In…"))
        .on_hover_text(crate::brief::wording::window::PRINT_HINT);
    if let Some(e) = export_error {
        print.clone().on_disabled_hover_text(e);
    }
    if print.clicked() {
        clicked = Some(ToolbarClick::Print);
    }
    clicked
}
