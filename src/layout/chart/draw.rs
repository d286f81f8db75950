//! The drawing pieces every part of a chart uses: a text item at a
//! point, the value-label size and where the axis label sits.

use crate::layout::fonts::{FontStyle, Fonts};
use crate::layout::page::{Item, Rgb, TextRun};

/// Size of value, tick and axis labels.
pub const LABEL_SIZE: f32 = 9.5;
/// Baseline of the axis label, under the title.
pub const AXIS_LABEL_BASELINE: f32 = 30.0;

/// A text item with its left edge at `x` and its baseline at `y`.
pub fn text(x: f32, y: f32, s: &str, style: FontStyle, size: f32, color: Rgb) -> Item {
    let width = Fonts::get().width(style, size, s);
    Item::Text(TextRun {
        x,
        y,
        text: s.to_string(),
        style,
        size,
        color,
        width,
        link: None,
    })
}
