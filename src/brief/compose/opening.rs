//! The opening paragraph: what the report is based on (the official's
//! words, or a default from the selection), then the cut-off: how many
//! sources and how new the newest figure is, and a warning when figures
//! behind the key points are more than two years old.

use crate::brief::document::{Inline, Paragraph, ParagraphStyle};
use crate::brief::wording::{DEFAULT_OPENING, stale_notice};
use crate::data::{PartialDate, Precision};

/// "tháng 11/2022", "năm 2024".
fn month_or_year(d: &PartialDate) -> String {
    match (d.precision(), d.month_value()) {
        (Precision::Year, _) | (_, None) => format!("năm {}", d.year_value()),
        (_, Some(m)) => format!("tháng {m}/{}", d.year_value()),
    }
}

/// The opening paragraph: `typed` when the official wrote one.
pub(super) fn opening(
    typed: &str,
    period: &str,
    sources: usize,
    newest: Option<PartialDate>,
    stale_years: Option<(i32, i32)>,
    missing_edition: Option<String>,
) -> Paragraph {
    let typed = super::nfc(typed.trim());
    let mut text = if typed.is_empty() {
        DEFAULT_OPENING.replace("{period}", period)
    } else {
        typed
    };
    if !text.ends_with(['.', '!', '?', ':', ';']) {
        text.push('.');
    }
    text.push_str(&format!(" Số liệu tổng hợp từ {sources} nguồn"));
    match newest {
        Some(d) => text.push_str(&format!("; số liệu mới nhất đến {}.", month_or_year(&d))),
        None => text.push('.'),
    }
    if let Some(note) = missing_edition {
        text.push(' ');
        text.push_str(&note);
    }
    if let Some((from, to)) = stale_years {
        text.push(' ');
        text.push_str(&stale_notice(from, to));
    }
    Paragraph {
        style: ParagraphStyle::Body,
        inlines: vec![Inline::plain(text)],
    }
}
