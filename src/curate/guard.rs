//! What the "new fact" form refuses whatever the user picks: a reading of
//! the quoted sentence that its own words contradict. A change saved as a
//! rank or a share, a threshold saved as a measurement, another country's
//! or another indicator's figure saved as Việt Nam's, a starting year
//! saved as the fact's date: each would put a wrong figure in a brief.

use super::cues::{
    change_at, clause_at, foreign_at, named_families, names_another_indicator, since_spans,
    threshold_at,
};
use super::draft::{FactForm, IndicatorChoice, UnitKind, parse_date_input};
use super::kind::GuessedKind;
use crate::data::Catalog;
use crate::data::model::Unit;

/// Why the form cannot be saved as filled, in Vietnamese; empty when the
/// sentence does not contradict it.
pub fn refusals(form: &FactForm, catalog: &Catalog) -> Vec<String> {
    let mut out = Vec::new();
    let figure = matches!(form.kind, GuessedKind::Measurement | GuessedKind::Target);
    let value = form.value.trim();
    let at = (!value.is_empty())
        .then(|| form.quote.find(value))
        .flatten();
    if figure && let Some(at) = at {
        value_refusals(form, catalog, at, &mut out);
    }
    if figure && let IndicatorChoice::Existing(id) = &form.indicator {
        let text = at.map_or(form.quote.as_str(), |at| clause_at(&form.quote, at));
        if names_another_indicator(text, id) {
            let name = catalog
                .indicator(id)
                .map_or(id.as_str(), |i| i.name.as_str());
            out.push(format!(
                "Câu nói về chỉ số {}, không phải “{name}”: chọn chỉ số khác hoặc tạo chỉ số mới.",
                named_families(text).join(", ").to_uppercase()
            ));
        }
    }
    if let Some(span) = date_from_a_start(form) {
        out.push(format!(
            "Ngày {} lấy từ “{span}”: đó là mốc bắt đầu, không phải thời điểm của thông tin. Để trống ngày hoặc ghi thời điểm câu nói đến.",
            form.date.trim()
        ));
    }
    out
}

/// Refusals about the value itself: a change, a threshold, another
/// country's figure.
fn value_refusals(form: &FactForm, catalog: &Catalog, at: usize, out: &mut Vec<String>) {
    let q = &form.quote;
    let value = form.value.trim();
    let end = at + value.len();
    let level_unit = match &form.indicator {
        IndicatorChoice::Existing(id) => catalog
            .indicator(id)
            .is_none_or(|i| !matches!(i.unit, Unit::Count { .. })),
        IndicatorChoice::New => form.new_indicator.unit != UnitKind::Count,
        IndicatorChoice::None => false,
    };
    if change_at(q, at, end) && level_unit {
        out.push(format!(
            "“{}” là mức thay đổi, không phải thứ hạng, tỷ lệ hay điểm số: ghi mức đạt được, hoặc ghi con số này thành một chỉ số mới đếm mức thay đổi.",
            phrase_around(q, at, end)
        ));
    }
    if form.kind == GuessedKind::Measurement && threshold_at(q, at, end) {
        out.push(format!(
            "“{}” là ngưỡng trong một định nghĩa, không phải số đo: câu này là một nhận định.",
            phrase_around(q, at, end)
        ));
    }
    if foreign_at(q, at) {
        let country = super::cues::country_of(q, at).unwrap_or_default();
        out.push(format!(
            "Số {value} nói về {country}, không phải Việt Nam: chọn loại “nhận định” hoặc một con số của Việt Nam."
        ));
    }
}

/// The figure with the word before and the word after it ("tăng 15 bậc").
fn phrase_around(q: &str, start: usize, end: usize) -> String {
    let from = q[..start].trim_end().rfind(' ').map_or(0, |k| k + 1);
    let to = q[end..].trim_start().find(' ').map_or(q.len(), |k| {
        end + (q[end..].len() - q[end..].trim_start().len()) + k
    });
    q[from..to].trim().to_string()
}

/// The form's date is written in the sentence only inside a "kể từ …",
/// "lần đầu …" or "từ khi …" clause: the span, when so.
fn date_from_a_start(form: &FactForm) -> Option<String> {
    let date = parse_date_input(&form.date).ok().flatten()?;
    let year = date.year_value().to_string();
    let q = &form.quote;
    let hits: Vec<usize> = q
        .match_indices(&year)
        .map(|(k, _)| k)
        .filter(|&k| {
            let before = q[..k].chars().next_back();
            let after = q[k + year.len()..].chars().next();
            !before.is_some_and(|c| c.is_ascii_digit())
                && !after.is_some_and(|c| c.is_ascii_digit())
        })
        .collect();
    let spans = since_spans(q);
    let inside = |k: &usize| spans.iter().find(|r| r.contains(k));
    if hits.is_empty() || !hits.iter().all(|k| inside(k).is_some()) {
        return None;
    }
    inside(&hits[0]).map(|r| q[r.clone()].to_string())
}
