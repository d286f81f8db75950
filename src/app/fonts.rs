//! The bundled faces installed into egui at start-up.
//!
//! egui's own fonts lack about 90 Vietnamese letters, and eframe would
//! otherwise borrow each missing letter from some system font (mixed styles
//! inside one word) or draw boxes. Liberation Sans becomes the first
//! proportional font of the interface; the four Liberation Serif faces are
//! named families for the preview, so it draws with the faces the PDF
//! embeds.

use std::sync::Arc;

use egui::{FontData, FontDefinitions, FontFamily};

use crate::layout::FontStyle;
use crate::layout::fonts::{SANS_BOLD, SANS_REGULAR};
use crate::render::egui::family;

const SANS: &str = "LiberationSans-Regular";
const SANS_BOLD_NAME: &str = "LiberationSans-Bold";

/// The bold sans family, for headings of the interface.
pub fn sans_bold() -> FontFamily {
    FontFamily::Name(SANS_BOLD_NAME.into())
}

/// egui's default fonts with the bundled faces in front.
pub fn definitions() -> FontDefinitions {
    let mut defs = FontDefinitions::default();
    defs.font_data.insert(
        SANS.to_owned(),
        Arc::new(FontData::from_static(SANS_REGULAR)),
    );
    defs.font_data.insert(
        SANS_BOLD_NAME.to_owned(),
        Arc::new(FontData::from_static(SANS_BOLD)),
    );
    // egui's remaining fonts stay behind as fallbacks (its icons).
    let defaults = defs
        .families
        .get(&FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    let with_front = |first: &str| {
        let mut list = vec![first.to_owned()];
        list.extend(defaults.iter().cloned());
        list
    };
    defs.families
        .insert(FontFamily::Proportional, with_front(SANS));
    defs.families
        .insert(sans_bold(), with_front(SANS_BOLD_NAME));
    // Monospace keeps its face for Latin letters; Vietnamese ones come
    // from the bundled sans rather than from a system font.
    let mono = defs.families.entry(FontFamily::Monospace).or_default();
    mono.insert(mono.len().min(1), SANS.to_owned());
    for style in FontStyle::ALL {
        defs.font_data.insert(
            style.name().to_owned(),
            Arc::new(FontData::from_static(style.bytes())),
        );
        defs.families
            .insert(family(style), with_front(style.name()));
    }
    defs
}

/// Installs the bundled fonts and the interface's text sizes.
pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(definitions());
    ctx.all_styles_mut(|style| {
        use egui::{FontId, TextStyle};
        style.text_styles = [
            (TextStyle::Small, FontId::proportional(11.5)),
            (TextStyle::Body, FontId::proportional(14.0)),
            (TextStyle::Button, FontId::proportional(14.0)),
            (TextStyle::Heading, FontId::new(17.0, sans_bold())),
            (TextStyle::Monospace, FontId::monospace(13.0)),
        ]
        .into();
    });
}
