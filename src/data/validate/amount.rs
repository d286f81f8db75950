//! Checks of a stated number: its range for the unit, its unit, how it
//! is written, and that the quote holds it.

use super::*;

/// The value is a number a brief can print and chart for its unit: finite
/// and of a sane magnitude; a share between 0 and 100%; a rank between 1
/// and the number ranked.
pub(super) fn check_range(c: &mut Checker, rec: &str, a: &Amount, unit: &Unit) {
    let v = a.value;
    if !v.is_finite() || v.abs() > MAX_MAGNITUDE {
        c.report(
            rec,
            format!(
                "giá trị \"{}\" nằm ngoài khoảng hợp lý (tối đa {MAX_MAGNITUDE:e})",
                a.text
            ),
        );
        return;
    }
    match unit {
        Unit::Percent if !(0.0..=100.0).contains(&v) => c.report(
            rec,
            format!("tỷ lệ \"{}\" phải nằm trong khoảng 0–100%", a.text),
        ),
        Unit::Index if !(0.0..=1.0).contains(&v) => c.report(
            rec,
            format!("điểm chỉ số \"{}\" phải nằm trong khoảng 0–1", a.text),
        ),
        Unit::Rank { out_of } => {
            let total = a.out_of.or(*out_of);
            if v < 1.0 {
                c.report(rec, format!("thứ hạng \"{}\" phải từ 1 trở lên", a.text));
            } else if let Some(n) = total
                && v > n as f64
            {
                c.report(
                    rec,
                    format!("thứ hạng \"{}\" lớn hơn số được xếp hạng ({n})", a.text),
                );
            }
        }
        _ => {}
    }
}

pub(super) fn check_unit(c: &mut Checker, rec: &str, a: &Amount, unit: &Unit) {
    check_range(c, rec, a, unit);
    let Some(w) = parse_vietnamese_number(&a.text) else {
        return; // reported by the text check
    };
    match unit {
        Unit::Percent if !w.percent => c.report(
            rec,
            format!("chỉ số tính bằng % nhưng \"{}\" không có dấu %", a.text),
        ),
        Unit::Rank { .. } | Unit::Count { .. } | Unit::Index if w.percent => c.report(
            rec,
            format!("\"{}\" là phần trăm nhưng chỉ số không tính bằng %", a.text),
        ),
        Unit::Rank {
            out_of: Some(total),
        } if a.out_of.is_some_and(|o| o != *total) => c.report(
            rec,
            format!(
                "thứ hạng trên {} nhưng chỉ số xếp trên {total}",
                a.out_of.unwrap_or_default()
            ),
        ),
        _ => {}
    }
}

/// The written number parses to the stored value (and total).
pub(super) fn check_amount_text(c: &mut Checker, rec: &str, field: &str, a: &Amount) {
    match parse_vietnamese_number(&a.text) {
        None => c.report(
            rec,
            format!(
                "{field}: \"{}\" không phải một số viết kiểu Việt Nam",
                a.text
            ),
        ),
        Some(w) => {
            if !same_number(w.value, a.value) {
                c.report(
                    rec,
                    format!(
                        "{field}: \"{}\" là {} chứ không phải {}",
                        a.text, w.value, a.value
                    ),
                );
            }
            if let Some(total) = w.out_of
                && a.out_of != Some(total as u32)
            {
                c.report(rec, format!("{field}: \"{}\" cần out_of = {total}", a.text));
            }
        }
    }
}

pub(super) fn check_amount_in_quote(
    c: &mut Checker,
    rec: &str,
    field: &str,
    a: &Amount,
    quote: &str,
) {
    check_amount_text(c, rec, field, a);
    if !contains_number(quote, &a.text) {
        c.report(
            rec,
            format!("{field}: \"{}\" không có trong trích dẫn", a.text),
        );
    }
    if let Some(total) = a.out_of
        && !a.text.contains('/')
        && !contains_number(quote, &total.to_string())
    {
        c.report(
            rec,
            format!("{field}: tổng {total} không có trong trích dẫn"),
        );
    }
}
