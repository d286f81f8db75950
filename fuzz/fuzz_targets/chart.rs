//! Charts on arbitrary series: any values (within the validator's
//! magnitude limit), dates and targets lay out finite, inside the chart
//! box, with a bounded number of ticks, in bounded time.
#![no_main]

use egov_brief::brief::document::{ChartPoint, ChartSpec, ChartTarget, Inline, ValueAxis};
use egov_brief::data::validate::MAX_MAGNITUDE;
use egov_brief::layout::chart::{CHART_HEIGHT, MAX_TICKS, ValueScale, layout_chart};
use libfuzzer_sys::fuzz_target;

fn value(bytes: &[u8]) -> f64 {
    let mut b = [0u8; 8];
    b[..bytes.len().min(8)].copy_from_slice(&bytes[..bytes.len().min(8)]);
    let v = f64::from_le_bytes(b);
    if v.is_finite() { v.clamp(-MAX_MAGNITUDE, MAX_MAGNITUDE) } else { 0.0 }
}

fuzz_target!(|data: &[u8]| {
    if data.len() < 2 {
        return;
    }
    let axis = match data[0] % 3 {
        0 => ValueAxis::Rank,
        1 => ValueAxis::Percent,
        _ => ValueAxis::Count,
    };
    let targets_n = (data[1] % 4) as usize;
    let mut chunks = data[2..].chunks(10);
    let mut points = Vec::new();
    let mut targets = Vec::new();
    for (i, c) in chunks.by_ref().enumerate().take(40) {
        let y = value(c.get(2..).unwrap_or_default());
        let year = 1990.0 + f64::from(u16::from_le_bytes([c[0], *c.get(1).unwrap_or(&0)]) % 1100) / 10.0;
        if i < targets_n {
            targets.push(ChartTarget { y, label: format!("Mục tiêu: {y}") });
        } else {
            points.push(ChartPoint {
                x: year,
                x_label: format!("{year:.0}"),
                y,
                label: format!("{y}"),
                derived: c[0] % 2 == 0,
            });
        }
    }
    let spec = ChartSpec {
        title: "Chỉ số".into(),
        axis_label: "Giá trị".into(),
        axis,
        points,
        targets,
        source_line: vec![Inline::plain("Nguồn: [1]")],
        derived_key: Some("Chấm rỗng: giá trị suy ra.".into()),
        bars: Vec::new(),
    };
    assert!(ValueScale::new(&spec, 44.0, 162.0).ticks().len() <= MAX_TICKS + 1);
    let width = 460.0;
    for item in layout_chart(&spec, width) {
        let b = item.bounds();
        assert!(b.x.is_finite() && b.y.is_finite() && b.w.is_finite() && b.h.is_finite());
        assert!(b.x >= -0.01 && b.y >= -0.01 && b.bottom() <= CHART_HEIGHT + 0.01, "{item:?}");
        // Point labels and the time axis stay inside; a long target label
        // may only start inside the plot.
        assert!(b.x <= width, "{item:?}");
    }
});
