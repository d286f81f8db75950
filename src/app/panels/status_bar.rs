//! The status line at the bottom: the last result, and how long the last
//! compose + layout took.

use std::time::Duration;

use egui::RichText;

use crate::app::status::{Status, StatusKind};
use crate::app::style::{error_color, success_color};

#[derive(Debug, Default)]
pub struct StatusBar {}

impl StatusBar {
    pub fn ui(&mut self, ui: &mut egui::Ui, status: Option<&Status>, took: Duration) {
        egui::Panel::bottom("status").show(ui, |ui| {
            ui.horizontal(|ui| {
                match status {
                    Some(s) => {
                        let color = match s.kind {
                            StatusKind::Info => ui.visuals().text_color(),
                            StatusKind::Success => success_color(ui),
                            StatusKind::Error => error_color(ui),
                        };
                        ui.label(RichText::new(&s.text).color(color));
                    }
                    None => {
                        ui.weak("Sẵn sàng. Chọn chủ đề và giai đoạn ở bên trái; Ctrl+E để xuất PDF.");
                    }
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    ui.weak(format!("Soạn và dàn trang: {} ms", format_ms(took)))
                        .on_hover_text(
                            "Thời gian soạn nội dung và dàn trang lần gần nhất (khi lựa chọn thay đổi).",
                        );
                });
            });
        });
    }
}

/// "4,2" for 4.2 ms: Vietnamese decimal comma.
fn format_ms(d: Duration) -> String {
    format!("{:.1}", d.as_secs_f64() * 1000.0).replace('.', ",")
}
