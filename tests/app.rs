//! The app driven through its accessibility tree (egui_kittest).
