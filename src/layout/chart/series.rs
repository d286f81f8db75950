//! What a chart plots: target levels with their labels kept apart, the
//! series line (broken where sources disagree), points and value labels.

use super::axis::ValueScale;
use super::{LABEL_SIZE, LINE_COLOR, keep_inside, text, text_anchored};
use crate::brief::document::{ChartPoint, ChartTarget};
use crate::layout::fonts::{FontStyle, Fonts};
use crate::layout::page::{Item, Rect, Rgb, Stroke};

/// Several values at one date fan out by this much.
const LABEL_FAN_OUT: f32 = 26.0;
/// Value labels sit this far above their point.
const LABEL_RISE: f32 = 6.0;
const POINT_RADIUS: f32 = 3.0;
/// Two target labels closer than this (in label heights) would collide.
const TARGET_LABEL_CLEARANCE: f32 = 1.6;
const TARGET_COLOR: Rgb = Rgb::RED;

/// Dashed target levels; a label goes right-aligned, or left-aligned when
/// another label already sits at that height.
pub fn targets(items: &mut Vec<Item>, targets: &[ChartTarget], plot: Rect, scale: &ValueScale) {
    let mut placed: Vec<(f32, bool)> = Vec::new();
    let mut sorted: Vec<_> = targets.iter().collect();
    sorted.sort_by(|a, b| a.y.total_cmp(&b.y));
    for t in sorted {
        let y = scale.y(t.y);
        items.push(Item::Polyline {
            points: vec![(plot.x, y), (plot.right(), y)],
            stroke: Stroke {
                width: 1.0,
                color: TARGET_COLOR,
                dash: Some((4.0, 3.0)),
            },
        });
        let clash = |right: bool| {
            placed.iter().any(|&(py, pr)| {
                pr == right && (py - y).abs() < LABEL_SIZE * TARGET_LABEL_CLEARANCE
            })
        };
        let right = !clash(true) || clash(false);
        placed.push((y, right));
        let w = Fonts::get().width(FontStyle::Italic, LABEL_SIZE, &t.label);
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
            TARGET_COLOR,
        ));
    }
}

/// Points grouped by date, in date order.
pub fn by_date(points: &[ChartPoint]) -> Vec<(f64, Vec<&ChartPoint>)> {
    let mut groups: Vec<(f64, Vec<&ChartPoint>)> = Vec::new();
    let mut sorted: Vec<_> = points.iter().filter(|p| p.x.is_finite()).collect();
    sorted.sort_by(|a, b| a.x.total_cmp(&b.x));
    for p in sorted {
        match groups.last_mut() {
            Some((x, g)) if (*x - p.x).abs() < 1e-9 => g.push(p),
            _ => groups.push((p.x, vec![p])),
        }
    }
    groups
}

/// A line through dates that have one value; a date where sources
/// disagree gets its dots but breaks the line.
pub fn line(
    items: &mut Vec<Item>,
    groups: &[(f64, Vec<&ChartPoint>)],
    sx: &dyn Fn(f64) -> f32,
    scale: &ValueScale,
) {
    let stroke = Stroke {
        width: 1.6,
        color: LINE_COLOR,
        dash: None,
    };
    let mut segment: Vec<(f32, f32)> = Vec::new();
    let mut flush = |seg: &mut Vec<(f32, f32)>| {
        if seg.len() >= 2 {
            items.push(Item::Polyline {
                points: std::mem::take(seg),
                stroke,
            });
        }
        seg.clear();
    };
    for (x, g) in groups {
        if g.len() == 1 {
            segment.push((sx(*x), scale.y(g[0].y)));
        } else {
            flush(&mut segment);
        }
    }
    flush(&mut segment);
}

/// Dots (hollow for derived values) with their value labels above, kept
/// inside the chart's `width`.
pub fn points(
    items: &mut Vec<Item>,
    groups: &[(f64, Vec<&ChartPoint>)],
    sx: &dyn Fn(f64) -> f32,
    scale: &ValueScale,
    width: f32,
) {
    let ring = Stroke {
        width: 1.2,
        color: LINE_COLOR,
        dash: None,
    };
    for (x, g) in groups {
        let n = g.len() as f32;
        for (k, p) in g.iter().enumerate() {
            let px = sx(*x);
            let py = scale.y(p.y);
            items.push(Item::Dot {
                x: px,
                y: py,
                radius: POINT_RADIUS,
                fill: if p.derived {
                    Rgb(255, 255, 255)
                } else {
                    LINE_COLOR
                },
                stroke: Some(ring),
            });
            let offset = (k as f32 - (n - 1.0) / 2.0) * LABEL_FAN_OUT;
            let label = text_anchored(
                px + offset,
                py - LABEL_RISE,
                &p.label,
                LABEL_SIZE,
                Rgb::BLACK,
                false,
            );
            items.push(keep_inside(label, width));
        }
    }
}
