//! Charts laid out into the same primitives as text: axes, grid, lines,
//! points and labels, so the PDF gets vector graphics and the preview
//! draws the very same shapes.
//!
//! A plotting crate would bring its own text measuring and backends; a
//! chart here holds at most a handful of points, and drawing it into our
//! own page items keeps one layout for both renderers.

use super::fonts::{FontStyle, Fonts};
use super::page::{Item, Rect, Rgb, Stroke, TextRun};
use super::text::{Align, TextStyle, layout_paragraph};
use crate::brief::document::{ChartSpec, Emphasis, ValueAxis};
use crate::brief::format;

/// Height of every chart block, in points.
pub const CHART_HEIGHT: f32 = 210.0;

const TITLE_SIZE: f32 = 12.0;
const LABEL_SIZE: f32 = 9.5;
const SOURCE_SIZE: f32 = 10.5;
const LINE_COLOR: Rgb = Rgb::BLUE;

fn text(x: f32, y: f32, s: &str, style: FontStyle, size: f32, color: Rgb) -> Item {
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

/// Text whose centre (`Center`) or right edge (`Right`) sits at `x`.
fn text_anchored(x: f32, y: f32, s: &str, size: f32, color: Rgb, right: bool) -> Item {
    let w = Fonts::get().width(FontStyle::Regular, size, s);
    let x = if right { x - w } else { x - w / 2.0 };
    text(x, y, s, FontStyle::Regular, size, color)
}

/// A tick step of 1, 2, 2.5 or 5 times a power of ten, giving 3–6 ticks.
fn nice_step(span: f64) -> f64 {
    let raw = (span / 4.0).max(1e-9);
    let mag = 10f64.powf(raw.log10().floor());
    for m in [1.0, 2.0, 2.5, 5.0, 10.0] {
        if m * mag >= raw {
            return m * mag;
        }
    }
    10.0 * mag
}

struct Scale {
    lo: f64,
    hi: f64,
    top: f32,
    bottom: f32,
    inverted: bool,
}

impl Scale {
    fn y(&self, v: f64) -> f32 {
        let t = ((v - self.lo) / (self.hi - self.lo)) as f32;
        if self.inverted {
            self.top + t * (self.bottom - self.top)
        } else {
            self.bottom - t * (self.bottom - self.top)
        }
    }
}

/// Lays a chart out in a box `width` wide and [`CHART_HEIGHT`] high, with
/// its top-left corner at (0, 0).
pub fn layout_chart(spec: &ChartSpec, width: f32) -> Vec<Item> {
    let mut items = Vec::new();
    let fonts = Fonts::get();

    // Title and axis label.
    let title_lines = layout_paragraph(
        &[crate::brief::document::Inline::plain(&spec.title)],
        &TextStyle {
            size: TITLE_SIZE,
            leading: TITLE_SIZE * 1.2,
            align: Align::Center,
            first_indent: 0.0,
            indent: 0.0,
            base: Emphasis::Bold,
            color: Rgb::BLACK,
        },
        width,
    );
    let title_line = title_lines.into_iter().next();
    for run in title_line.into_iter().flat_map(|l| l.runs) {
        items.push(Item::Text(TextRun { y: 13.0, ..run }));
    }
    items.push(text(
        0.0,
        30.0,
        &spec.axis_label,
        FontStyle::Italic,
        LABEL_SIZE,
        Rgb::GREY,
    ));

    // Value range, including the target level.
    let mut values: Vec<f64> = spec.points.iter().map(|p| p.y).collect();
    values.extend(spec.targets.iter().map(|t| t.y));
    let (mut lo, mut hi) = values
        .iter()
        .fold((f64::MAX, f64::MIN), |(a, b), &v| (a.min(v), b.max(v)));
    if !lo.is_finite() || !hi.is_finite() {
        (lo, hi) = (0.0, 1.0);
    }
    let inverted = spec.axis == ValueAxis::Rank;
    let (lo_t, hi_t, step) = match spec.axis {
        ValueAxis::Percent => {
            let top = if hi <= 100.0 { 100.0 } else { hi };
            let step = nice_step(top);
            (0.0, (top / step).ceil() * step, step)
        }
        ValueAxis::Count => {
            let step = nice_step(hi.max(1.0));
            (0.0, (hi / step).ceil() * step + step, step)
        }
        ValueAxis::Rank => {
            let step = nice_step((hi - lo).max(1.0));
            let mut lo_t = (lo / step).floor() * step;
            let mut hi_t = (hi / step).ceil() * step;
            if lo_t >= lo - step * 0.1 {
                lo_t -= step;
            }
            if hi_t <= hi + step * 0.1 {
                hi_t += step;
            }
            (lo_t.max(0.0), hi_t, step)
        }
    };

    let plot = Rect {
        x: 48.0,
        y: 44.0,
        w: width - 48.0 - 16.0,
        h: 118.0,
    };
    let scale = Scale {
        lo: lo_t,
        hi: hi_t,
        top: plot.y,
        bottom: plot.bottom(),
        inverted,
    };

    // Grid and y tick labels.
    let decimals = if step >= 1.0 { 0 } else { 2 };
    let percent = if spec.axis == ValueAxis::Percent {
        "%"
    } else {
        ""
    };
    let mut v = lo_t;
    while v <= hi_t + step * 0.01 {
        let y = scale.y(v);
        items.push(Item::Polyline {
            points: vec![(plot.x, y), (plot.right(), y)],
            stroke: Stroke {
                width: 0.4,
                color: Rgb::LIGHT_GREY,
                dash: None,
            },
        });
        if !(inverted && v <= 0.0) {
            items.push(text_anchored(
                plot.x - 5.0,
                y + 3.2,
                &format!("{}{percent}", format::number(v, decimals)),
                LABEL_SIZE,
                Rgb::GREY,
                true,
            ));
        }
        v += step;
    }
    // Axes.
    let axis = Stroke {
        width: 0.8,
        color: Rgb::BLACK,
        dash: None,
    };
    items.push(Item::Polyline {
        points: vec![
            (plot.x, plot.y),
            (plot.x, plot.bottom()),
            (plot.right(), plot.bottom()),
        ],
        stroke: axis,
    });

    // Time axis: one tick per distinct date, padded half a step each side.
    let mut xs: Vec<(f64, &str)> = spec
        .points
        .iter()
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
    let sx = |x: f64| plot.x + ((x - (x0 - pad)) / (x1 - x0 + 2.0 * pad)) as f32 * plot.w;
    for &(x, label) in &xs {
        let px = sx(x);
        items.push(Item::Polyline {
            points: vec![(px, plot.bottom()), (px, plot.bottom() + 3.0)],
            stroke: axis,
        });
        items.push(text_anchored(
            px,
            plot.bottom() + 13.0,
            label,
            LABEL_SIZE,
            Rgb::BLACK,
            false,
        ));
    }

    // Target levels, labels kept apart: right-aligned, or left-aligned
    // when another label already sits at that height.
    let mut placed: Vec<(f32, bool)> = Vec::new();
    let mut sorted_targets: Vec<_> = spec.targets.iter().collect();
    sorted_targets.sort_by(|a, b| a.y.total_cmp(&b.y));
    for t in sorted_targets {
        let y = scale.y(t.y);
        let color = Rgb::RED;
        items.push(Item::Polyline {
            points: vec![(plot.x, y), (plot.right(), y)],
            stroke: Stroke {
                width: 1.0,
                color,
                dash: Some((4.0, 3.0)),
            },
        });
        let clash = |right: bool| {
            placed
                .iter()
                .any(|&(py, pr)| pr == right && (py - y).abs() < LABEL_SIZE * 1.6)
        };
        let right = !clash(true) || clash(false);
        placed.push((y, right));
        let w = fonts.width(FontStyle::Italic, LABEL_SIZE, &t.label);
        let x = if right {
            (plot.right() - w - 2.0).max(plot.x)
        } else {
            plot.x + 4.0
        };
        items.push(text(
            x,
            y - 3.0,
            &t.label,
            FontStyle::Italic,
            LABEL_SIZE,
            color,
        ));
    }

    // Series: a line through dates that have one value; a date where
    // sources disagree gets its dots but breaks the line.
    let mut groups: Vec<(f64, Vec<&crate::brief::document::ChartPoint>)> = Vec::new();
    let mut sorted: Vec<_> = spec.points.iter().collect();
    sorted.sort_by(|a, b| a.x.total_cmp(&b.x));
    for p in sorted {
        match groups.last_mut() {
            Some((x, g)) if (*x - p.x).abs() < 1e-9 => g.push(p),
            _ => groups.push((p.x, vec![p])),
        }
    }
    let mut segment: Vec<(f32, f32)> = Vec::new();
    let line = Stroke {
        width: 1.6,
        color: LINE_COLOR,
        dash: None,
    };
    let flush = |seg: &mut Vec<(f32, f32)>, items: &mut Vec<Item>| {
        if seg.len() >= 2 {
            items.push(Item::Polyline {
                points: std::mem::take(seg),
                stroke: line,
            });
        }
        seg.clear();
    };
    for (x, g) in &groups {
        if g.len() == 1 {
            segment.push((sx(*x), scale.y(g[0].y)));
        } else {
            flush(&mut segment, &mut items);
        }
    }
    flush(&mut segment, &mut items);
    let mut any_derived = false;
    for (x, g) in &groups {
        let n = g.len() as f32;
        for (k, p) in g.iter().enumerate() {
            let px = sx(*x);
            let py = scale.y(p.y);
            any_derived |= p.derived;
            items.push(Item::Dot {
                x: px,
                y: py,
                radius: 3.0,
                fill: if p.derived {
                    Rgb(255, 255, 255)
                } else {
                    LINE_COLOR
                },
                stroke: Some(Stroke {
                    width: 1.2,
                    color: LINE_COLOR,
                    dash: None,
                }),
            });
            // Labels above the point; several values at one date fan out.
            let offset = (k as f32 - (n - 1.0) / 2.0) * 26.0;
            items.push(text_anchored(
                px + offset,
                py - 6.0,
                &p.label,
                LABEL_SIZE,
                Rgb::BLACK,
                false,
            ));
        }
    }

    // Source line (with clickable citations) and the derived-value key.
    let source_lines = layout_paragraph(
        &spec.source_line,
        &TextStyle {
            size: SOURCE_SIZE,
            leading: SOURCE_SIZE * 1.2,
            align: Align::Left,
            first_indent: 0.0,
            indent: 0.0,
            base: Emphasis::Italic,
            color: Rgb::BLACK,
        },
        width,
    );
    let mut y = plot.bottom() + 30.0;
    for l in source_lines.into_iter().take(2) {
        for run in l.runs {
            items.push(Item::Text(TextRun { y, ..run }));
        }
        y += SOURCE_SIZE * 1.2;
    }
    if any_derived {
        let key = "Chấm rỗng: giá trị suy ra (cách tính nêu trong phần diễn biến).";
        let w = fonts.width(FontStyle::Italic, LABEL_SIZE, key);
        items.push(text(
            (width - w).max(0.0),
            plot.bottom() + 30.0,
            key,
            FontStyle::Italic,
            LABEL_SIZE,
            Rgb::GREY,
        ));
    }
    items
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
}
