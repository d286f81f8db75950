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
/// The value axis of index scores (0–1).
pub const INDEX_AXIS: &str = "Điểm chỉ số (thang 0–1)";
/// The value axis of a comparison of states.
pub const COMPARISON_AXIS: &str = "Điểm chỉ số (thang 0–1); Việt Nam tô đen";

/// Vietnamese names of the states the UN tables name in English (the
/// Southeast Asian ones a comparison chart shows); `None` for others.
pub fn state_name(table_name: &str) -> Option<&'static str> {
    Some(match table_name {
        "Brunei Darussalam" => "Bru-nây",
        "Cambodia" => "Cam-pu-chia",
        "Indonesia" => "In-đô-nê-xi-a",
        "Lao People's Democratic Republic" => "Lào",
        "Malaysia" => "Ma-lai-xi-a",
        "Myanmar" => "Mi-an-ma",
        "Philippines" => "Phi-líp-pin",
        "Singapore" => "Xin-ga-po",
        "Thailand" => "Thái Lan",
        "Viet Nam" => "Việt Nam",
        "Timor-Leste" => "Đông Ti-mo",
        _ => return None,
    })
}
