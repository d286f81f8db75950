//! The value axis of a chart: its range, "nice" tick steps and the map
//! from a value to a height in the plot.

use crate::brief::document::{ChartSpec, ValueAxis};

/// No axis gets more gridlines than this, whatever the values.
pub const MAX_TICKS: usize = 20;

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

/// A whole-number step of 1, 2 or 5 times a power of ten, giving 3–6
/// ticks, so every rank label is exact.
fn nice_rank_step(span: f64) -> f64 {
    let raw = (span / 4.0).max(1.0);
    let mag = 10f64.powf(raw.log10().floor());
    for m in [1.0, 2.0, 5.0, 10.0] {
        if m * mag >= raw {
            return m * mag;
        }
    }
    10.0 * mag
}

/// The smallest and largest finite value of the points, targets and bars.
fn value_range(spec: &ChartSpec) -> (f64, f64) {
    let values = spec
        .points
        .iter()
        .map(|p| p.y)
        .chain(spec.targets.iter().map(|t| t.y))
        .chain(spec.bars.iter().map(|b| b.value))
        .filter(|v| v.is_finite());
    let (lo, hi) = values.fold((f64::MAX, f64::MIN), |(a, b), v| (a.min(v), b.max(v)));
    if lo > hi { (0.0, 1.0) } else { (lo, hi) }
}

/// The value axis: range, step and where it sits on the page.
#[derive(Debug, Clone, Copy)]
pub struct ValueScale {
    pub lo: f64,
    pub hi: f64,
    pub step: f64,
    top: f32,
    bottom: f32,
    /// Ranks: the best (smallest) value at the top.
    pub inverted: bool,
}

impl ValueScale {
    /// The axis for a chart's values, drawn between `top` and `bottom`.
    pub fn new(spec: &ChartSpec, top: f32, bottom: f32) -> Self {
        let (lo, hi) = value_range(spec);
        let (lo_t, hi_t, step) = match spec.axis {
            // Shares from 0 to 100%, so small changes are not blown up.
            ValueAxis::Percent => from_zero(lo, if hi <= 100.0 { 100.0 } else { hi }, 0.0),
            // Counts from 0, one step of room above the largest.
            ValueAxis::Count => from_zero(lo, hi.max(1.0), 1.0),
            ValueAxis::Rank => rank_range(lo, hi),
            // Index scores from 0 to 1, like shares.
            ValueAxis::Index => from_zero(lo, if hi <= 1.0 { 1.0 } else { hi }, 0.0),
        };
        Self {
            lo: lo_t,
            hi: hi_t,
            step,
            top,
            bottom,
            inverted: spec.axis == ValueAxis::Rank,
        }
    }

    /// Height of a value on the page, kept inside the plot.
    pub fn y(&self, v: f64) -> f32 {
        let span = self.hi - self.lo;
        let t = if span > 0.0 && span.is_finite() {
            (((v - self.lo) / span) as f32).clamp(0.0, 1.0)
        } else {
            0.5
        };
        if self.inverted {
            self.top + t * (self.bottom - self.top)
        } else {
            self.bottom - t * (self.bottom - self.top)
        }
    }

    /// The gridline values, counted by index (a step below one float ulp
    /// of the values cannot loop forever), at most [`MAX_TICKS`] + 1.
    pub fn ticks(&self) -> Vec<f64> {
        let count = ((self.hi - self.lo) / self.step + 0.01).floor();
        let count = if count.is_finite() && count >= 0.0 {
            (count as usize).min(MAX_TICKS)
        } else {
            0
        };
        (0..=count)
            .map(|i| self.lo + i as f64 * self.step)
            .collect()
    }
}

/// An axis from 0 (or below, for negative values) to past `top`, with
/// `extra` steps of room above.
fn from_zero(lo: f64, top: f64, extra: f64) -> (f64, f64, f64) {
    let bottom = if lo < 0.0 { lo } else { 0.0 };
    let step = nice_step(top - bottom);
    let lo_t = if lo < 0.0 {
        (lo / step).floor() * step
    } else {
        0.0
    };
    (lo_t, (top / step).ceil() * step + extra * step, step)
}

/// Ranks: a step of room above and below the values, never below 0.
fn rank_range(lo: f64, hi: f64) -> (f64, f64, f64) {
    let step = nice_rank_step((hi - lo).max(1.0));
    let mut lo_t = (lo / step).floor() * step;
    let mut hi_t = (hi / step).ceil() * step;
    if lo_t >= lo - step * 0.1 {
        lo_t -= step;
    }
    if hi_t <= hi + step * 0.1 {
        hi_t += step;
    }
    let lo_t = if lo >= 0.0 { lo_t.max(0.0) } else { lo_t };
    (lo_t, hi_t, step)
}
