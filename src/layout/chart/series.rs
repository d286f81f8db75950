//! What a chart plots: target levels (dashed, one dash pattern each), the
//! series line (broken where sources disagree), points, and the labels of
//! values and targets, each placed where it overlaps no target line, no
//! point and no other label.

use super::axis::ValueScale;
use super::draw::{AXIS_LABEL_BASELINE, LABEL_SIZE, text};
use crate::brief::document::{ChartPoint, ChartTarget};
use crate::layout::fonts::{FontStyle, Fonts};
use crate::layout::page::{Item, PrintStyle, Rect, Rgb, Stroke};

/// Several values at one date fan out by this much.
const LABEL_FAN_OUT: f32 = 26.0;
/// Value labels sit this far from their point.
const LABEL_RISE: f32 = 5.0;
const POINT_RADIUS: f32 = 3.0;
/// Target labels are a little smaller than value labels.
const TARGET_LABEL_SIZE: f32 = 9.0;
/// A target label's baseline sits this far above its line.
const TARGET_LABEL_RISE: f32 = 2.8;
/// Dash patterns telling target levels apart in black print.
const DASHES: [(f32, f32); 4] = [(4.0, 3.0), (1.5, 2.0), (7.0, 2.5), (2.5, 4.0)];
const TARGET_WIDTH: f32 = 1.0;

/// Where things already are, so a new label goes where nothing is.
pub struct Placer {
    obstacles: Vec<Rect>,
    /// Labels must stay inside this box.
    bounds: Rect,
}

impl Placer {
    pub fn new(bounds: Rect) -> Self {
        Self {
            obstacles: Vec::new(),
            bounds,
        }
    }

    pub fn block(&mut self, r: Rect) {
        self.obstacles.push(r);
    }

    fn overlap(&self, r: &Rect) -> f32 {
        let outside = if r.x < self.bounds.x - 0.01
            || r.right() > self.bounds.right() + 0.01
            || r.y < self.bounds.y - 0.01
            || r.bottom() > self.bounds.bottom() + 0.01
        {
            1e6
        } else {
            0.0
        };
        outside
            + self
                .obstacles
                .iter()
                .filter(|o| o.intersects(r))
                .map(|o| {
                    let w = r.right().min(o.right()) - r.x.max(o.x);
                    let h = r.bottom().min(o.bottom()) - r.y.max(o.y);
                    w.max(0.0) * h.max(0.0) + 1.0
                })
                .sum::<f32>()
    }

    /// Puts `label` at the first candidate (left edge, baseline) where it
    /// overlaps nothing, or where it overlaps least.
    fn place(
        &mut self,
        items: &mut Vec<Item>,
        label: &str,
        style: FontStyle,
        size: f32,
        color: Rgb,
        at: &[(f32, f32)],
    ) {
        let fonts = Fonts::get();
        let w = fonts.width(style, size, label);
        let (asc, desc) = (fonts.ascent(style, size), fonts.descent(style, size));
        // Each candidate slid sideways into the chart's width; a label
        // wider than the chart starts at its left edge.
        let (left, right) = (self.bounds.x, self.bounds.right());
        let at: Vec<(f32, f32)> = at
            .iter()
            .map(|&(x, y)| (x.min(right - w).max(left), y))
            .collect();
        let rect = |&(x, y): &(f32, f32)| Rect {
            x,
            y: y - asc,
            w,
            h: asc + desc,
        };
        let mut best: Option<((f32, f32), f32)> = None;
        for c in &at {
            let o = self.overlap(&rect(c));
            if best.is_none_or(|(_, b)| o < b) {
                best = Some((*c, o));
            }
            if o == 0.0 {
                break;
            }
        }
        if let Some((c, _)) = best {
            self.obstacles.push(rect(&c));
            items.push(text(c.0, c.1, label, style, size, color));
        }
    }
}

/// Targets lowest value first, each with its height on the page.
fn sorted_targets<'t>(
    targets: &'t [ChartTarget],
    scale: &ValueScale,
) -> Vec<(&'t ChartTarget, f32)> {
    let mut sorted: Vec<_> = targets.iter().map(|t| (t, scale.y(t.y))).collect();
    sorted.sort_by(|a, b| a.0.y.total_cmp(&b.0.y));
    sorted
}

/// Dashed target levels across the plot; each blocks labels.
pub fn target_lines(
    items: &mut Vec<Item>,
    placer: &mut Placer,
    targets: &[ChartTarget],
    plot: Rect,
    scale: &ValueScale,
    print: &PrintStyle,
) {
    for (k, (_, y)) in sorted_targets(targets, scale).into_iter().enumerate() {
        items.push(Item::Polyline {
            points: vec![(plot.x, y), (plot.right(), y)],
            stroke: Stroke {
                width: TARGET_WIDTH,
                color: print.target,
                dash: Some(DASHES[k % DASHES.len()]),
            },
        });
        placer.block(Rect {
            x: plot.x,
            y: y - TARGET_WIDTH / 2.0,
            w: plot.w,
            h: TARGET_WIDTH,
        });
    }
}

/// Target labels above or below their line, right, left or centre.
pub fn target_labels(
    items: &mut Vec<Item>,
    placer: &mut Placer,
    targets: &[ChartTarget],
    plot: Rect,
    scale: &ValueScale,
    print: &PrintStyle,
) {
    let fonts = Fonts::get();
    let asc = fonts.ascent(FontStyle::Italic, TARGET_LABEL_SIZE);
    for (t, y) in sorted_targets(targets, scale) {
        let w = fonts.width(FontStyle::Italic, TARGET_LABEL_SIZE, &t.label);
        let xs = [
            (plot.right() - w - 2.0).max(plot.x),
            plot.x + 4.0,
            plot.x + (plot.w - w) / 2.0,
        ];
        let above = y - TARGET_LABEL_RISE;
        let below = y + TARGET_LABEL_RISE + asc;
        let mut at = Vec::new();
        for base in [above, below] {
            at.extend(xs.iter().map(|&x| (x, base)));
        }
        placer.place(
            items,
            &t.label,
            FontStyle::Italic,
            TARGET_LABEL_SIZE,
            print.target,
            &at,
        );
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
    print: &PrintStyle,
) {
    let stroke = Stroke {
        width: 1.6,
        color: print.series,
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

/// Dots (hollow for derived values); each blocks labels.
pub fn points(
    items: &mut Vec<Item>,
    placer: &mut Placer,
    groups: &[(f64, Vec<&ChartPoint>)],
    sx: &dyn Fn(f64) -> f32,
    scale: &ValueScale,
    print: &PrintStyle,
) {
    let ring = Stroke {
        width: 1.2,
        color: print.series,
        dash: None,
    };
    for (x, g) in groups {
        for p in g {
            let (px, py) = (sx(*x), scale.y(p.y));
            items.push(Item::Dot {
                x: px,
                y: py,
                radius: POINT_RADIUS,
                fill: if p.derived {
                    Rgb(255, 255, 255)
                } else {
                    print.series
                },
                stroke: Some(ring),
            });
            let r = POINT_RADIUS + 0.6;
            placer.block(Rect {
                x: px - r,
                y: py - r,
                w: 2.0 * r,
                h: 2.0 * r,
            });
        }
    }
}

/// Value labels above their point, else below, right or left of it;
/// several values at one date fan out.
pub fn value_labels(
    items: &mut Vec<Item>,
    placer: &mut Placer,
    groups: &[(f64, Vec<&ChartPoint>)],
    sx: &dyn Fn(f64) -> f32,
    scale: &ValueScale,
) {
    let fonts = Fonts::get();
    let asc = fonts.ascent(FontStyle::Regular, LABEL_SIZE);
    for (x, g) in groups {
        let n = g.len() as f32;
        for (k, p) in g.iter().enumerate() {
            let (px, py) = (sx(*x), scale.y(p.y));
            let w = fonts.width(FontStyle::Regular, LABEL_SIZE, &p.label);
            let cx = px + (k as f32 - (n - 1.0) / 2.0) * LABEL_FAN_OUT - w / 2.0;
            let above = py - LABEL_RISE;
            let below = py + LABEL_RISE + asc;
            let middle = py + asc / 2.0 - 1.0;
            let side = POINT_RADIUS + 3.0;
            let at = [
                (cx, above),
                (cx, below),
                (px + side, middle),
                (px - side - w, middle),
                (cx + w / 2.0 + 2.0, above),
                (cx - w / 2.0 - 2.0, above),
                (cx + w / 2.0 + 2.0, below),
                (cx - w / 2.0 - 2.0, below),
            ];
            placer.place(
                items,
                &p.label,
                FontStyle::Regular,
                LABEL_SIZE,
                Rgb::BLACK,
                &at,
            );
        }
    }
}

/// Where labels may go: the plot, a little room above it (below the axis
/// label) and the chart's width.
pub fn label_bounds(plot: Rect, width: f32) -> Rect {
    let top = AXIS_LABEL_BASELINE + 3.0;
    Rect {
        x: 0.0,
        y: top,
        w: width,
        h: plot.bottom() - top,
    }
}
