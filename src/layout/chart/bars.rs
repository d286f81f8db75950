//! A comparison chart: one horizontal bar per state, names on the left,
//! values at the bars' ends, the value axis along the bottom. The marked
//! state's bar is solid (black in black print) and its name bold; the
//! others are light grey, so the chart reads on a black-and-white printer.
//! Bars are thick line segments, so the PDF, the preview and the Word
//! picture draw them with the primitives they already have.

use super::axis::ValueScale;
use super::draw::{LABEL_SIZE, PLOT_HEIGHT, PLOT_RIGHT_MARGIN, PLOT_TOP, axes, text};
use crate::brief::document::{ChartBar, ChartSpec};
use crate::brief::notation;
use crate::layout::fonts::{FontStyle, Fonts};
use crate::layout::page::{Item, Rect, Rgb, Stroke};

/// The bars of the other states.
const OTHER: Rgb = Rgb(175, 175, 175);
/// Share of a bar's band the bar fills.
const THICKNESS: f32 = 0.64;
/// Room for the value label after the longest bar.
const VALUE_ROOM: f32 = 40.0;

fn style_of(bar: &ChartBar) -> FontStyle {
    if bar.marked {
        FontStyle::Bold
    } else {
        FontStyle::Regular
    }
}

/// The plot box: as far right as the names need, room for values.
fn plot_box(bars: &[ChartBar], width: f32) -> Rect {
    let fonts = Fonts::get();
    let names = bars
        .iter()
        .map(|b| fonts.width(style_of(b), LABEL_SIZE, &b.label))
        .fold(0.0f32, f32::max);
    let x = (names + 6.0).min(width * 0.4);
    Rect {
        x,
        y: PLOT_TOP,
        w: (width - x - PLOT_RIGHT_MARGIN - VALUE_ROOM).max(10.0),
        h: PLOT_HEIGHT,
    }
}

/// Lays out the bars, their labels and the value axis.
pub fn layout(items: &mut Vec<Item>, spec: &ChartSpec, width: f32) -> Rect {
    let plot = plot_box(&spec.bars, width);
    // The value scale is vertical in a series chart; here it runs from
    // left (0) to right, so map it over the plot's width.
    let scale = ValueScale::new(spec, plot.x, plot.right());
    let x_of = |v: f64| plot.right() + plot.x - scale.y(v);
    let decimals = if scale.step >= 1.0 { 0 } else { 2 };
    for v in scale.ticks() {
        let x = x_of(v);
        items.push(Item::Polyline {
            points: vec![(x, plot.y), (x, plot.bottom())],
            stroke: Stroke {
                width: 0.4,
                color: Rgb::LIGHT_GREY,
                dash: None,
            },
        });
        let label = notation::number(v, decimals);
        let w = Fonts::get().width(FontStyle::Regular, LABEL_SIZE, &label);
        items.push(text(
            x - w / 2.0,
            plot.bottom() + 13.0,
            &label,
            FontStyle::Regular,
            LABEL_SIZE,
            Rgb::GREY,
        ));
    }
    let band = plot.h / spec.bars.len().max(1) as f32;
    for (k, bar) in spec.bars.iter().enumerate() {
        let yc = plot.y + band * (k as f32 + 0.5);
        let st = style_of(bar);
        let colour = if bar.marked { Rgb::BLACK } else { OTHER };
        let end = x_of(bar.value);
        if end > plot.x {
            items.push(Item::Polyline {
                points: vec![(plot.x, yc), (end, yc)],
                stroke: Stroke {
                    width: band * THICKNESS,
                    color: colour,
                    dash: None,
                },
            });
        }
        let fonts = Fonts::get();
        let w = fonts.width(st, LABEL_SIZE, &bar.label);
        let baseline = yc + LABEL_SIZE * 0.35;
        items.push(text(
            (plot.x - 4.0 - w).max(0.0),
            baseline,
            &bar.label,
            st,
            LABEL_SIZE,
            Rgb::BLACK,
        ));
        let vw = fonts.width(st, LABEL_SIZE, &bar.value_label);
        let vx = (end + 3.0).min(width - vw).max(0.0);
        items.push(text(
            vx,
            baseline,
            &bar.value_label,
            st,
            LABEL_SIZE,
            Rgb::BLACK,
        ));
    }
    items.push(axes(plot));
    plot
}
