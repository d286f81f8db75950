//! The window's colours in one place.

use egui::Color32;

/// Grey around the pages in the preview.
pub const PREVIEW_BACKGROUND: Color32 = Color32::from_rgb(0x5f, 0x63, 0x68);
/// The highlighted quote in the source text.
pub const QUOTE_FILL: Color32 = Color32::from_rgb(255, 236, 140);
/// Underline of a hovered `[n]` in the preview.
pub const LINK_HOVER: Color32 = Color32::from_rgb(31, 78, 140);
/// Error text on the white card of the empty preview.
pub const CARD_ERROR: Color32 = Color32::from_rgb(170, 30, 30);

pub fn error_color(ui: &egui::Ui) -> Color32 {
    if ui.visuals().dark_mode {
        Color32::from_rgb(255, 120, 110)
    } else {
        Color32::from_rgb(180, 30, 30)
    }
}

pub fn success_color(ui: &egui::Ui) -> Color32 {
    if ui.visuals().dark_mode {
        Color32::from_rgb(120, 210, 120)
    } else {
        Color32::from_rgb(20, 110, 40)
    }
}
