//! Drawing the laid-out pages with egui, for the app's preview.
