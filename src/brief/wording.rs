//! The fixed words of the document: the Decree 30 header lines and the
//! labels the composer puts around the data. Layout never writes text of
//! its own; it takes these from the composed document.

/// The national name, first line of the right-hand header column.
pub const NATION: &str = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
/// The national motto, under the national name.
pub const MOTTO: &str = "Độc lập - Tự do - Hạnh phúc";
/// The title used when the user leaves it empty.
pub const DEFAULT_TITLE: &str = "Báo cáo tóm tắt";
/// Heading of the reference list.
pub const REFERENCES_HEADING: &str = "NGUỒN THAM KHẢO";
/// Label of the recipients' list in the closing block.
pub const RECIPIENTS_LABEL: &str = "Nơi nhận:";
/// The key under a chart that has derived (hollow) points.
pub const DERIVED_KEY: &str = "Chấm rỗng: giá trị suy ra (cách tính nêu trong phần diễn biến).";
/// The dash that opens a list item, tied to the first word by a
/// non-breaking space so justification never widens the gap after it.
pub const DASH: &str = "-\u{a0}";
/// Heading of the key points, right after the title.
pub const KEY_POINTS_HEADING: &str = "NHỮNG ĐIỂM CHÍNH";
/// Heading and subtitle of the short edition's appendix.
pub const APPENDIX_HEADING: &str = "PHỤ LỤC";
pub const APPENDIX_SUBTITLE: &str =
    "Biểu đồ, số liệu chi tiết, diễn biến và các điểm nguồn chưa thống nhất";
/// Opens a key point that states a disagreement between sources.
pub const DISAGREEMENT_LEAD: &str = "Các nguồn chưa thống nhất: ";
/// Opens the short edition's paragraph of key figures.
pub const KEY_FIGURES_LEAD: &str = "Số liệu chính: ";

/// What a source does not say, in one spelling everywhere: the reference
/// list, the citation panel, the clipboard, "Giới thiệu", the workbench.
pub const UNKNOWN_PUBLISHER: &str = "Không rõ đơn vị đăng";
pub const UNKNOWN_TITLE: &str = "không rõ tiêu đề";
pub const UNKNOWN_DATE: &str = "không rõ ngày";

/// What "Sao chép trích dẫn" copies: the verbatim quote and its source as
/// the reference list names it.
pub fn quote_with_source(quote: &str, reference: &str) -> String {
    format!("“{quote}” (Nguồn: {reference})")
}

/// The name of the `n`-th chart as Word's selection pane shows it.
pub fn chart_name(number: usize) -> String {
    format!("Biểu đồ {number}")
}

/// What a chart shows, in its own words, for readers who cannot see the
/// picture (the Word copy's alt text): "Title. Axis. 2014: 99; 2016: 89.
/// Target. Key."
pub fn chart_alt_text(spec: &super::document::ChartSpec) -> String {
    let mut parts = vec![spec.title.clone(), spec.axis_label.clone()];
    let points: Vec<String> = spec
        .points
        .iter()
        .map(|p| format!("{}: {}", p.x_label, p.label))
        .collect();
    parts.push(points.join("; "));
    parts.extend(spec.targets.iter().map(|t| t.label.clone()));
    parts.extend(spec.derived_key.clone());
    parts
        .into_iter()
        .map(|p| p.trim().trim_end_matches('.').to_string())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(". ")
        + "."
}
