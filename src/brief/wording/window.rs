//! Words the window says (and copies to the clipboard), as plain text:
//! the window decides where they go, not what they say.

use crate::brief::selection::{Fitted, MAX_YEAR, MIN_YEAR};

/// What "Sao chép trích dẫn" copies: the verbatim quote and its source as
/// the reference list names it.
pub fn quote_with_source(quote: &str, reference: &str) -> String {
    format!("“{quote}” (Nguồn: {reference})")
}

/// What each stored field of the window's saved selection is called in a
/// notice saying it was reset ("header.issuer": the issuer in the header).
pub const SAVED_FIELD_LABELS: &[(&str, &str)] = &[
    ("topics", "các chủ đề đã chọn"),
    ("from", "năm đầu của giai đoạn"),
    ("to", "năm cuối của giai đoạn"),
    ("header", "phần đầu và phần cuối văn bản"),
    ("header.issuer", "cơ quan ban hành"),
    ("header.place", "địa danh"),
    ("header.date", "ngày trên văn bản"),
    ("header.date_pinned", "lựa chọn giữ ngày"),
    ("header.title", "tên văn bản"),
    ("header.recipients", "nơi nhận"),
    ("header.signer_title", "chức vụ người ký"),
    ("header.signer_name", "họ tên người ký"),
    ("header.number", "số, ký hiệu"),
    ("length", "độ dài báo cáo"),
    ("own_sections", "phần nhận định, đề xuất của đơn vị"),
    ("excluded", "các thông tin đã bỏ ra"),
    (
        "admitted_untrustworthy",
        "các thông tin từ nguồn không đáng tin cậy đã đưa vào",
    ),
    ("color", "lựa chọn in màu"),
];

/// A saved field's name in a notice; an unknown one as it is stored.
pub fn saved_field_label(key: &str) -> &str {
    SAVED_FIELD_LABELS
        .iter()
        .find(|(k, _)| *k == key)
        .map_or(key, |(_, label)| label)
}

/// The window's notice when key points rest on figures more than two
/// years older than the signing date (the preview marks them).
pub fn stale_window_notice(themes: &[String]) -> String {
    format!(
        "Số liệu cũ hơn 2 năm so với ngày ký ở điểm chính về: {}. Các điểm này được đánh dấu bên lề (không in ra).",
        themes.join("; ")
    )
}

/// Said in the window while "Đề xuất, kiến nghị" is empty.
pub const NO_PROPOSALS_NOTICE: &str =
    "Mục \"Đề xuất, kiến nghị\" đang trống: báo cáo sẽ không có mục III. ĐỀ XUẤT, KIẾN NGHỊ.";

/// A record of the workbench named by its own words, not its internal id:
/// “Việt Nam xếp hạng 71/193 quốc gia…”.
pub fn record_name(words: &str) -> String {
    const LONGEST: usize = 80;
    let words = words.trim();
    match words.char_indices().nth(LONGEST) {
        Some((at, _)) => format!("“{}…”", words[..at].trim_end()),
        None => format!("“{words}”"),
    }
}

/// Said after a fact was saved from the workbench.
pub fn fact_saved(summary: &str, file: &std::path::Path) -> String {
    format!(
        "Đã lưu thông tin {} vào {}.",
        record_name(summary),
        file.display()
    )
}

/// What fitting a selection to a dataset changed, each in a few words.
pub fn fitted_changes(f: &Fitted) -> Vec<String> {
    let mut changes = Vec::new();
    if f.topics_dropped > 0 {
        changes.push(format!(
            "bỏ {} chủ đề không còn trong dữ liệu",
            f.topics_dropped
        ));
    }
    if f.years_clamped {
        changes.push(format!("giai đoạn đưa về khoảng {MIN_YEAR}–{MAX_YEAR}"));
    }
    if f.excluded_dropped > 0 {
        changes.push(format!(
            "bỏ {} thông tin đã loại không còn trong dữ liệu",
            f.excluded_dropped
        ));
    }
    if f.admitted_dropped > 0 {
        changes.push(format!(
            "bỏ {} thông tin từ nguồn không đáng tin cậy đã đưa vào nhưng không còn trong dữ liệu",
            f.admitted_dropped
        ));
    }
    if f.date_reset {
        changes.push("ngày trên văn bản không hợp lệ, đã đặt lại là hôm nay".to_string());
    }
    changes
}

/// What "Hoàn tác" brings back after "Bỏ chọn".
pub const UNDO_TOPICS: &str = "bỏ chọn mọi chủ đề";

/// What "Hoàn tác" brings back after "Bỏ khỏi báo cáo": the fact by its
/// first words, so the button leaves room for the status beside it.
pub fn undo_left_out(summary: &str) -> String {
    const WORDS: usize = 6;
    let words: Vec<&str> = summary.split_whitespace().collect();
    let short = if words.len() > WORDS {
        format!("{} …", words[..WORDS].join(" "))
    } else {
        words.join(" ")
    };
    format!("bỏ “{short}” khỏi báo cáo")
}

/// The status line's button that steps back: "Hoàn tác: bỏ chọn mọi chủ đề".
pub fn undo_button(what: &str) -> String {
    format!("Hoàn tác: {what}")
}

/// The status line after stepping back.
pub fn undone(what: &str) -> String {
    format!("Đã hoàn tác: {what}.")
}

/// The status line after "Bỏ khỏi báo cáo".
pub const LEFT_OUT: &str =
    "Đã bỏ thông tin khỏi báo cáo (khôi phục ở khung bên trái, hoặc Ctrl+Z).";

/// Added when leaving a fact out makes an older figure of its indicator
/// show in its place.
pub fn older_figure_hint(indicator: &str, older: &str, newer: &str) -> String {
    format!("Lưu ý: “{indicator}” giờ hiện số liệu {older} thay cho {newer} — số liệu cũ hơn.")
}

/// The tooltip of "In…".
pub const PRINT_HINT: &str = "In báo cáo hiện tại (Ctrl+P), đã xuất hay chưa: Windows gửi tới máy in qua chương trình PDF \
     mặc định; Linux gửi tới máy in mặc định bằng lp, hoặc mở trong chương trình xem PDF nếu \
     máy không có lp.";
