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
    ("color", "lựa chọn in màu"),
];

/// A saved field's name in a notice; an unknown one as it is stored.
pub fn saved_field_label(key: &str) -> &str {
    SAVED_FIELD_LABELS
        .iter()
        .find(|(k, _)| *k == key)
        .map_or(key, |(_, label)| label)
}

/// The fields a block taller than a page is blamed on, as the window and
/// the command line call them.
pub const ISSUER_FIELD: (&str, &str) = ("Cơ quan ban hành", "--issuer");
pub const RECIPIENTS_FIELD: (&str, &str) = ("Nơi nhận", "--recipient");
pub const SIGNER_FIELD: (&str, &str) = ("Chức vụ người ký", "--signer-title");
