//! Word's units, converted from the layout's points: twentieths of a
//! point (twips) for lengths, half-points for type sizes, English Metric
//! Units for pictures.

/// Twentieths of a point.
pub fn twips(points: f32) -> i64 {
    (points * 20.0).round() as i64
}

/// Twips as an attribute value.
pub fn tw(points: f32) -> String {
    twips(points).to_string()
}

/// A type size in half-points.
pub fn half_points(points: f32) -> u32 {
    (points * 2.0).round() as u32
}

/// English Metric Units per point.
const EMU_PER_POINT: f64 = 12_700.0;

/// A picture's extent in EMU.
pub fn emu(points: f32) -> String {
    (points as f64 * EMU_PER_POINT).round().to_string()
}
