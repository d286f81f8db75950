//! Charts laid out into the same primitives as text: axes, grid, lines,
//! points and labels, so the PDF gets vector graphics and the preview
//! draws the very same shapes.
//!
//! A plotting crate would bring its own text measuring and backends; a
//! chart here holds at most a handful of points, and drawing it into our
//! own page items keeps one layout for both renderers.

mod axis;
mod bars;
mod draw;
mod series;

pub use axis::{MAX_TICKS, ValueScale};

use super::fonts::{FontStyle, Fonts};
use super::measures::{CHART_LEADING, CHART_SOURCE_SIZE as SOURCE_SIZE};
use super::page::{Item, PrintStyle, Rect, Rgb, Stroke, TextRun};
use super::text::{Align, TextStyle, layout_paragraph};
use crate::brief::document::{ChartPoint, ChartSpec, Emphasis, Inline, ValueAxis};
use crate::brief::notation;
use draw::{AXIS, AXIS_LABEL_BASELINE, LABEL_SIZE, PLOT_HEIGHT, PLOT_RIGHT_MARGIN, PLOT_TOP, text};

pub use super::measures::CHART_HEIGHT;

const TITLE_SIZE: f32 = 12.0;
/// Baseline of the title.
const TITLE_BASELINE: f32 = 13.0;

/// The plot box: room for tick labels on the left, a little on the right.
const PLOT_LEFT: f32 = 48.0;
/// Baseline of the source line below the plot.
const SOURCE_BELOW_PLOT: f32 = 30.0;
/// Least room between two dates' labels on the time axis.
const TICK_LABEL_GAP: f32 = 3.0;

/// Text whose centre (or right edge, when `right`) sits at `x`.
fn text_anchored(x: f32, y: f32, s: &str, size: f32, color: Rgb, right: bool) -> Item {
    let w = Fonts::get().width(FontStyle::Regular, size, s);
    let x = if right { x - w } else { x - w / 2.0 };
    text(x, y, s, FontStyle::Regular, size, color)
}

/// Moves a text item sideways so it stays between 0 and `width` (a huge
/// number's label would otherwise cross the chart's edge).
fn keep_inside(item: Item, width: f32) -> Item {
    match item {
        Item::Text(mut t) => {
            t.x = t.x.min(width - t.width).max(0.0);
            Item::Text(t)
        }
        other => other,
    }
}

/// A chart's text style: the one builder's, with the charts' tighter
/// [`CHART_LEADING`].
fn style(size: f32, align: Align, base: Emphasis) -> TextStyle {
    TextStyle {
        leading: size * CHART_LEADING,
        ..super::unit::style(size, align, base)
    }
}

pub use super::page::LaidChart;

/// Lays a chart out in a box `width` wide and [`CHART_HEIGHT`] high, with
/// its top-left corner at (0, 0), printed black.
pub fn layout_chart(spec: &ChartSpec, width: f32) -> Vec<Item> {
    lay_out_chart(spec, 0, width, &PrintStyle::BLACK).items
}

/// Lays out chart `number` in the colours of `print`.
pub fn lay_out_chart(spec: &ChartSpec, number: usize, width: f32, print: &PrintStyle) -> LaidChart {
    let mut items = Vec::new();
    title(&mut items, spec, width);
    let plot = if spec.bars.is_empty() {
        line_chart(&mut items, spec, width, print)
    } else {
        bars::layout(&mut items, spec, width)
    };
    derived_key(&mut items, spec, plot, width);
    let source_start = items.len();
    source_line(&mut items, spec, plot, width, print);
    LaidChart {
        number,
        width,
        items,
        source_start,
    }
}

/// The axes, targets, line, points and labels of a chart over time;
/// returns the plot box.
fn line_chart(items: &mut Vec<Item>, spec: &ChartSpec, width: f32, print: &PrintStyle) -> Rect {
    let plot = Rect {
        x: PLOT_LEFT,
        y: PLOT_TOP,
        w: width - PLOT_LEFT - PLOT_RIGHT_MARGIN,
        h: PLOT_HEIGHT,
    };
    let scale = ValueScale::new(spec, plot.y, plot.bottom());
    value_axis(items, spec.axis, &scale, plot);
    let sx = time_axis(items, &spec.points, plot);
    let mut placer = series::Placer::new(series::label_bounds(plot, width));
    series::target_lines(items, &mut placer, &spec.targets, plot, &scale, print);
    let groups = series::by_date(&spec.points);
    series::line(items, &groups, &sx, &scale, print);
    series::points(items, &mut placer, &groups, &sx, &scale, print);
    series::value_labels(items, &mut placer, &groups, &sx, &scale);
    series::target_labels(items, &mut placer, &spec.targets, plot, &scale, print);
    plot
}

/// The title (one line) and the axis label.
fn title(items: &mut Vec<Item>, spec: &ChartSpec, width: f32) {
    let st = style(TITLE_SIZE, Align::Center, Emphasis::Bold);
    let lines = layout_paragraph(&[Inline::plain(&spec.title)], &st, width);
    for run in lines.into_iter().take(1).flat_map(|l| l.runs) {
        items.push(Item::Text(TextRun {
            y: TITLE_BASELINE,
            ..run
        }));
    }
    items.push(text(
        0.0,
        AXIS_LABEL_BASELINE,
        &spec.axis_label,
        FontStyle::Italic,
        LABEL_SIZE,
        Rgb::GREY,
    ));
}

/// Gridlines with their labels, and the two axes.
fn value_axis(items: &mut Vec<Item>, axis: ValueAxis, scale: &ValueScale, plot: Rect) {
    let decimals = if scale.step >= 1.0 { 0 } else { 2 };
    let percent = if axis == ValueAxis::Percent { "%" } else { "" };
    for v in scale.ticks() {
        let y = scale.y(v);
        items.push(Item::Polyline {
            points: vec![(plot.x, y), (plot.right(), y)],
            stroke: Stroke {
                width: 0.4,
                color: Rgb::LIGHT_GREY,
                dash: None,
            },
        });
        if !(scale.inverted && v <= 0.0) {
            let label = format!("{}{percent}", notation::number(v, decimals));
            let item = text_anchored(plot.x - 5.0, y + 3.2, &label, LABEL_SIZE, Rgb::GREY, true);
            items.push(keep_inside(item, plot.right()));
        }
    }
    items.push(draw::axes(plot));
}

/// One tick per distinct date, padded half a step each side; returns the
/// map from a date to a horizontal position. A tick's label that would
/// touch the one before it is left out (two dates a few weeks apart on a
/// ten-year axis): two labels never print over each other.
fn time_axis(
    items: &mut Vec<Item>,
    points: &[ChartPoint],
    plot: Rect,
) -> impl Fn(f64) -> f32 + use<> {
    let mut xs: Vec<(f64, &str)> = points
        .iter()
        .filter(|p| p.x.is_finite())
        .map(|p| (p.x, p.x_label.as_str()))
        .collect();
    xs.sort_by(|a, b| a.0.total_cmp(&b.0));
    xs.dedup_by(|a, b| (a.0 - b.0).abs() < 1e-9);
    let (x0, x1) = match (xs.first(), xs.last()) {
        (Some(a), Some(b)) if b.0 > a.0 => (a.0, b.0),
        (Some(a), _) => (a.0 - 1.0, a.0 + 1.0),
        _ => (0.0, 1.0),
    };
    let pad = (x1 - x0) * 0.08 + 0.2;
    let sx = move |x: f64| plot.x + ((x - (x0 - pad)) / (x1 - x0 + 2.0 * pad)) as f32 * plot.w;
    let mut last_right = f32::MIN;
    for &(x, label) in &xs {
        let px = sx(x);
        items.push(Item::Polyline {
            points: vec![(px, plot.bottom()), (px, plot.bottom() + 3.0)],
            stroke: AXIS,
        });
        let w = Fonts::get().width(FontStyle::Regular, LABEL_SIZE, label);
        if px - w / 2.0 < last_right + TICK_LABEL_GAP {
            continue;
        }
        last_right = px + w / 2.0;
        items.push(text_anchored(
            px,
            plot.bottom() + 13.0,
            label,
            LABEL_SIZE,
            Rgb::BLACK,
            false,
        ));
    }
    sx
}

/// The key for derived points, right-aligned on the source line's
/// baseline. It comes before the source line: the source line is the
/// chart's last text, so a reader of the page's text (and the Word copy,
/// whose caption is the source line) meets it where the chart ends.
fn derived_key(items: &mut Vec<Item>, spec: &ChartSpec, plot: Rect, width: f32) {
    if let Some(key) = &spec.derived_key {
        let w = Fonts::get().width(FontStyle::Italic, LABEL_SIZE, key);
        items.push(text(
            (width - w).max(0.0),
            plot.bottom() + SOURCE_BELOW_PLOT,
            key,
            FontStyle::Italic,
            LABEL_SIZE,
            Rgb::GREY,
        ));
    }
}

/// The source line, with clickable citations, two lines at most.
fn source_line(
    items: &mut Vec<Item>,
    spec: &ChartSpec,
    plot: Rect,
    width: f32,
    print: &PrintStyle,
) {
    let st = TextStyle {
        link_color: print.link,
        ..style(SOURCE_SIZE, Align::Left, Emphasis::Italic)
    };
    let mut y = plot.bottom() + SOURCE_BELOW_PLOT;
    for l in layout_paragraph(&spec.source_line, &st, width)
        .into_iter()
        .take(2)
    {
        for run in l.runs {
            items.push(Item::Text(TextRun { y, ..run }));
        }
        y += st.leading;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::brief::document::{ChartPoint, ChartTarget, Inline};

    fn spec(axis: ValueAxis) -> ChartSpec {
        let p = |x: f64, y: f64| ChartPoint {
            x,
            x_label: format!("{x}"),
            y,
            label: format!("{y}"),
            derived: x < 2015.0,
        };
        ChartSpec {
            title: "Xếp hạng EGDI".into(),
            axis_label: "Thứ hạng".into(),
            axis,
            points: vec![
                p(2014.0, 99.0),
                p(2016.0, 89.0),
                p(2018.0, 88.0),
                p(2020.0, 86.0),
            ],
            targets: vec![ChartTarget {
                y: 50.0,
                label: "Mục tiêu 2025: nhóm 50".into(),
            }],
            source_line: vec![Inline::plain("Nguồn: [1], [2]")],
            derived_key: None,
            bars: Vec::new(),
        }
    }

    fn dots(items: &[Item]) -> Vec<(f32, f32)> {
        items
            .iter()
            .filter_map(|i| match i {
                Item::Dot { x, y, .. } => Some((*x, *y)),
                _ => None,
            })
            .collect()
    }

    /// The Word copy's picture is the chart without its source line,
    /// cut a little under the plot's labels.
    #[test]
    fn the_picture_is_the_chart_without_its_source_line() {
        let chart = lay_out_chart(&spec(ValueAxis::Rank), 3, 460.0, &PrintStyle::BLACK);
        assert_eq!(chart.number, 3);
        // The source line's baseline, 30 pt under the plot.
        let source_y = PLOT_TOP + PLOT_HEIGHT + 30.0;
        let on_source_line = |i: &Item| matches!(i, Item::Text(t) if t.y == source_y);
        let rest = &chart.items[chart.picture().len()..];
        assert!(matches!(rest.first(), Some(Item::Text(t)) if t.text.starts_with("Nguồn")));
        assert!(rest.iter().all(on_source_line), "{rest:?}");
        assert!(!chart.picture().iter().any(on_source_line));
        // The time axis' labels sit at 13 pt under the plot.
        let h = chart.picture_height();
        assert!(h > PLOT_TOP + PLOT_HEIGHT + 13.0 && h < CHART_HEIGHT, "{h}");
    }

    #[test]
    fn ranks_put_the_better_rank_higher() {
        let d = dots(&layout_chart(&spec(ValueAxis::Rank), 460.0));
        assert_eq!(d.len(), 4);
        // 99 (2014) is drawn lower on the page (larger y) than 86 (2020).
        assert!(d[0].1 > d[3].1);
        let d = dots(&layout_chart(&spec(ValueAxis::Count), 460.0));
        assert!(d[0].1 < d[3].1);
    }

    #[test]
    fn everything_stays_inside_the_box() {
        for axis in [ValueAxis::Rank, ValueAxis::Percent, ValueAxis::Count] {
            for item in layout_chart(&spec(axis), 460.0) {
                let b = item.bounds();
                assert!(b.x >= -0.01 && b.right() <= 460.01, "{item:?}");
                assert!(b.y >= -0.01 && b.bottom() <= CHART_HEIGHT, "{item:?}");
            }
        }
    }

    #[test]
    fn target_is_a_dashed_level_and_derived_points_are_hollow() {
        let items = layout_chart(&spec(ValueAxis::Rank), 460.0);
        assert!(
            items
                .iter()
                .any(|i| matches!(i, Item::Polyline { stroke, .. } if stroke.dash.is_some()))
        );
        let hollow = items
            .iter()
            .filter(|i| matches!(i, Item::Dot { fill, .. } if *fill == Rgb(255, 255, 255)))
            .count();
        assert_eq!(hollow, 1);
    }

    #[test]
    fn a_label_wider_than_the_chart_starts_at_its_left_edge() {
        // Found by the chart fuzzer: a tiny value written out in full
        // ("0.000…030988") was placed far left of the box when every
        // place for it was outside.
        let long = [
            format!("0.{}30988", "0".repeat(300)),
            "rất dài ".repeat(12),
            "0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001".into(),
        ];
        for label in &long {
            for k in 0..4 {
                for axis in [ValueAxis::Rank, ValueAxis::Count] {
                    let mut s = spec(axis);
                    s.points[k].label = label.clone();
                    for item in layout_chart(&s, 460.0) {
                        let b = item.bounds();
                        assert!(b.x >= -0.01 && b.x <= 460.0, "{k} {item:?}");
                        if b.w <= 460.0 {
                            assert!(b.right() <= 460.01, "{k} {item:?}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn two_dates_weeks_apart_never_print_their_labels_over_each_other() {
        // "2024" and "19/9/2024" on a 2014–2024 axis, as the issue saw.
        let mut s = spec(ValueAxis::Rank);
        s.points.push(ChartPoint {
            x: 2024.5,
            x_label: "2024".into(),
            y: 71.0,
            label: "71".into(),
            derived: false,
        });
        s.points.push(ChartPoint {
            x: 2024.71,
            x_label: "19/9/2024".into(),
            y: 72.0,
            label: "72".into(),
            derived: false,
        });
        let items = layout_chart(&s, 460.0);
        let dates = ["2014", "2016", "2018", "2020", "2024", "19/9/2024"];
        let labels: Vec<&TextRun> = items
            .iter()
            .filter_map(|i| match i {
                Item::Text(t) if dates.contains(&t.text.as_str()) => Some(t),
                _ => None,
            })
            .collect();
        let texts: Vec<&str> = labels.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(texts, ["2014", "2016", "2018", "2020", "2024"]);
        for pair in labels.windows(2) {
            assert!(pair[0].x + pair[0].width < pair[1].x, "{pair:?}");
        }
    }

    #[test]
    fn absurd_values_finish_with_few_ticks_inside_the_box() {
        // 10000000000000000/193 used to loop forever: the step was below
        // one float ulp of the values.
        for (lo, hi) in [(1e16, 1e16 + 1.0), (1e16, 1e16), (-5.0, 1e15), (0.0, 0.0)] {
            for axis in [ValueAxis::Rank, ValueAxis::Percent, ValueAxis::Count] {
                let mut s = spec(axis);
                s.points[0].y = lo;
                s.points[1].y = hi;
                let scale = ValueScale::new(&s, 0.0, 100.0);
                assert!(scale.ticks().len() <= MAX_TICKS + 1, "{lo} {hi}");
                for item in layout_chart(&s, 460.0) {
                    let b = item.bounds();
                    assert!(b.x.is_finite() && b.y.is_finite(), "{item:?}");
                    assert!(b.x >= -0.01 && b.right() <= 460.01, "{item:?}");
                    assert!(b.y >= -0.01 && b.bottom() <= CHART_HEIGHT, "{item:?}");
                }
            }
        }
    }
}
