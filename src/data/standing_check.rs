//! The checks of what issue 28 added to the format: a source's standing
//! has a reason; a measurement's basis fits its date; a target's setter
//! is named. Kept apart from `validate.rs`, which calls them.

use super::model::*;

/// Problems of a source's standing (none when it has none).
pub fn source(s: &Source) -> Vec<String> {
    match &s.standing {
        Some(st) if st.reason.trim().is_empty() => {
            vec!["mức tin cậy (standing) cần nêu lý do (reason)".to_string()]
        }
        _ => Vec::new(),
    }
}

/// Problems of a fact's basis and setter.
pub fn fact(f: &Fact) -> Vec<String> {
    let mut out = Vec::new();
    let measurement = matches!(f.kind, FactKind::Measurement { .. });
    if let Some(basis) = &f.date.basis {
        if !measurement {
            out.push("chỉ số đo (measurement) mới có cách tính theo thời gian (basis)".into());
        }
        let start = match basis {
            Basis::RunningTotal { since } => *since,
            Basis::Period { from } => *from,
            Basis::PointInTime | Basis::YearToDate => None,
        };
        match (start, f.date.when) {
            (_, None) if *basis != Basis::PointInTime => {
                out.push("số lũy kế hay theo kỳ cần ngày của số liệu (date.when)".into())
            }
            (Some(s), Some(w)) if s.sort_key() >= w.sort_key() => out.push(format!(
                "ngày bắt đầu tính ({}) phải trước ngày của số liệu ({})",
                s.to_short(),
                w.to_short()
            )),
            _ => {}
        }
    }
    if let Some(set) = &f.set_by {
        if !matches!(f.kind, FactKind::Target { .. }) {
            out.push("chỉ mục tiêu (target) mới có nơi đặt ra (set_by)".into());
        }
        if set.by.trim().is_empty() {
            out.push("set_by cần nêu ai đặt ra hoặc nêu mục tiêu (by)".into());
        }
    }
    if let Some(v) = &f.vendor {
        if !matches!(f.kind, FactKind::Statement) {
            out.push(
                "chỉ phát biểu (statement) mới có thể là quảng bá của doanh nghiệp (vendor)".into(),
            );
        }
        if v.trim().is_empty() || !f.summary.contains(v.trim()) {
            out.push("tóm tắt của lời quảng bá phải nêu tên doanh nghiệp (vendor)".into());
        }
    }
    out
}
