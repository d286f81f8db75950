//! What "Sao chép trích dẫn" puts on the clipboard: the verbatim quote and
//! the line that names its source.

use crate::data::{Fact, Source};

/// `“quote” (Nguồn: reference)`; without a reference line (the fact left
/// the briefing), the publisher, title and date of the source.
pub fn quote_with_source(fact: &Fact, source: &Source, reference: Option<&str>) -> String {
    let line = match reference {
        Some(r) => r.to_string(),
        None => {
            let date = source
                .published
                .map(|d| d.to_vietnamese())
                .unwrap_or_else(|| "không rõ ngày".to_string());
            format!(
                "{}, \"{}\", {date}",
                source
                    .publisher
                    .as_deref()
                    .unwrap_or("Không rõ đơn vị đăng"),
                source.title.as_deref().unwrap_or("bài không có tiêu đề"),
            )
        }
    };
    format!("“{}” (Nguồn: {line})", fact.quote.text)
}
