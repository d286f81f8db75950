//! The drawing pieces every part of a chart uses: a text item at a
//! point, the value-label size and where the axis label sits.

use crate::layout::fonts::{FontStyle, Fonts};
use crate::layout::page::{Item, Rect, Rgb, Stroke, TextRun};

/// Size of value, tick and axis labels.
pub const LABEL_SIZE: f32 = 9.5;
/// Baseline of the axis label, under the title.
pub const AXIS_LABEL_BASELINE: f32 = 30.0;
/// The plot box: its top, height and the room kept on its right.
pub const PLOT_TOP: f32 = 44.0;
pub const PLOT_HEIGHT: f32 = 118.0;
pub const PLOT_RIGHT_MARGIN: f32 = 16.0;
/// The axes' stroke.
pub const AXIS: Stroke = Stroke {
    width: 0.8,
    color: Rgb::BLACK,
    dash: None,
};

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

/// The left and bottom axes of a plot area.
pub fn axes(plot: Rect) -> Item {
    Item::Polyline {
        points: vec![
            (plot.x, plot.y),
            (plot.x, plot.bottom()),
            (plot.right(), plot.bottom()),
        ],
        stroke: AXIS,
    }
}
