//! The chart of an indicator: its points on a time axis, the target
//! levels due in the period, and the source line with its citations.

use super::Composer;
use super::figures::Point;
use crate::brief::document::*;
use crate::brief::notation;
use crate::brief::wording::{DERIVED_KEY, INDEX_AXIS};
use crate::data::*;

/// Position of a date on the chart's time axis, in years: the middle of
/// the period the date names (a year at its middle, a month at its middle).
fn time_x(d: &PartialDate) -> f64 {
    let y = d.year_value() as f64;
    match (d.month_value(), d.day_value()) {
        (Some(m), Some(day)) => y + (m as f64 - 1.0) / 12.0 + (day as f64 - 0.5) / 365.0,
        (Some(m), None) => y + (m as f64 - 0.5) / 12.0,
        _ => y + 0.5,
    }
}

fn axis_label(unit: &Unit) -> String {
    match unit {
        Unit::Rank { out_of: Some(n) } => {
            format!("Thứ hạng trên {n} (trục đảo: hạng tốt hơn ở trên)")
        }
        Unit::Rank { out_of: None } => "Thứ hạng (trục đảo: hạng tốt hơn ở trên)".into(),
        Unit::Percent => "Tỷ lệ (%)".into(),
        Unit::Count { noun } => format!("Số {noun}"),
        Unit::Index => INDEX_AXIS.into(),
    }
}

/// "Mục tiêu 2025: nhóm 50", "Mục tiêu 2025: ≥ 80%".
fn target_label(unit: &Unit, when: &str, goal: &Goal) -> String {
    let level = match (unit, goal.comparison) {
        (Unit::Rank { .. }, _) => format!("nhóm {}", notation::number(goal.value.value, 0)),
        (_, Comparison::AtLeast) => format!("≥ {}", notation::amount(&goal.value)),
        (_, Comparison::AtMost) => format!("≤ {}", notation::amount(&goal.value)),
    };
    format!("Mục tiêu {when}: {level}")
}

/// A series needs this many dates to be drawn; fewer is a table row.
const CHART_MIN_DATES: usize = 3;

impl<'a> Composer<'a> {
    /// Whether a series earns a chart: three dates or more, and a value
    /// that changes. Two points (96% → 97,3%) or a flat line (100% →
    /// 100%) say no more than the table row, which then gives the earlier
    /// values.
    pub(super) fn charted(points: &[Point<'a>]) -> bool {
        let groups = Self::by_date(points);
        let first = points.first().map(|p| p.value.value);
        groups.len() >= CHART_MIN_DATES
            && points
                .iter()
                .any(|p| first.is_some_and(|f| !number::same_number(f, p.value.value)))
    }

    pub(super) fn chart(&mut self, ind: &Indicator, points: &[Point<'a>]) -> ChartSpec {
        // One point per date where the sources agree; every value where
        // they do not (the layout then breaks the line there).
        let mut chart_points: Vec<ChartPoint> = Vec::new();
        for group in Self::by_date(points) {
            // One source stating the value makes it stated, not derived.
            let all_derived = group.iter().all(|p| p.is_derived());
            let shown: Vec<&Point> = match Self::single_value(&group) {
                Some(p) => vec![p],
                None => group,
            };
            for p in shown {
                chart_points.push(ChartPoint {
                    x: time_x(&p.when),
                    x_label: p.when.to_short(),
                    y: p.value.value,
                    label: Self::chart_label(ind, p.value),
                    derived: p.is_derived() && all_derived,
                });
            }
        }
        let mut cited: Vec<usize> = points.iter().map(|p| p.index).collect();
        let mut targets = Vec::new();
        for (index, f) in self.facts() {
            if let FactKind::Target {
                indicator: Some(i),
                goal: Some(goal),
            } = &f.kind
                && *i == ind.id
                && f.date.when.is_some_and(|w| self.in_period(w.year_value()))
            {
                let when = f.date.when.map(|w| w.to_short()).unwrap_or_default();
                let target = ChartTarget {
                    y: goal.value.value,
                    label: target_label(&ind.unit, &when, goal),
                };
                // Two sources stating the same goal: one level, both cited.
                if !targets.contains(&target) {
                    targets.push(target);
                }
                cited.push(index);
            }
        }
        let mut source_line = vec![Inline::plain("Nguồn: ")];
        source_line.extend(self.cite_all(&cited));
        let any_derived = chart_points.iter().any(|p| p.derived);
        ChartSpec {
            title: ind.name.clone(),
            axis_label: axis_label(&ind.unit),
            axis: match ind.unit {
                Unit::Rank { .. } => ValueAxis::Rank,
                Unit::Percent => ValueAxis::Percent,
                Unit::Count { .. } => ValueAxis::Count,
                Unit::Index => ValueAxis::Index,
            },
            points: chart_points,
            targets,
            source_line,
            derived_key: any_derived.then(|| DERIVED_KEY.to_string()),
            bars: Vec::new(),
        }
    }
}
