//! The composed briefing, before layout: every word of the document, in
//! which order, with which citation. Layout measures and places it; the
//! Word export writes it as a flow; neither decides content.

use crate::data::PartialDate;

/// A `[n]` citation: the reference number and the fact behind it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Citation {
    /// Number in the reference list (1-based, in order of first use).
    pub number: u32,
    /// Index of the fact in the catalog's fact list.
    pub fact: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Emphasis {
    #[default]
    Normal,
    Bold,
    Italic,
    BoldItalic,
}

/// A piece of running text.
#[derive(Debug, Clone, PartialEq)]
pub struct Inline {
    pub text: String,
    pub emphasis: Emphasis,
    /// Set on the `[n]` marker itself.
    pub cite: Option<Citation>,
}

impl Inline {
    pub fn plain(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            emphasis: Emphasis::Normal,
            cite: None,
        }
    }

    pub fn styled(text: impl Into<String>, emphasis: Emphasis) -> Self {
        Self {
            text: text.into(),
            emphasis,
            cite: None,
        }
    }

    pub fn citation(c: Citation) -> Self {
        Self {
            text: format!("[{}]", c.number),
            emphasis: Emphasis::Normal,
            cite: Some(c),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParagraphStyle {
    /// Justified body text with a first-line indent.
    Body,
    /// A dash item ("- …"), justified, hanging.
    Item,
    /// A numbered reference ("[1] …") with a hanging indent.
    Reference,
    /// Smaller italic text (notes under a section).
    Note,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Paragraph {
    pub style: ParagraphStyle,
    pub inlines: Vec<Inline>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeadingLevel {
    /// "I. XẾP HẠNG …": a topic.
    Section,
    /// "1. Xếp hạng …": a topic inside a section.
    Subsection,
    /// "a) Diễn biến": a part of a topic.
    Part,
}

/// A line chart of one indicator over time.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartSpec {
    pub title: String,
    /// What the vertical axis measures, e.g. "Thứ hạng (1 là cao nhất)".
    pub axis_label: String,
    pub axis: ValueAxis,
    pub points: Vec<ChartPoint>,
    /// Target levels on the same indicator (several when sources differ).
    pub targets: Vec<ChartTarget>,
    /// "Nguồn: [1], [4]" with clickable citations.
    pub source_line: Vec<Inline>,
    /// The key for hollow points, when a value is derived.
    pub derived_key: Option<String>,
    /// A comparison of states in one edition, one bar each, instead of a
    /// series over time (then `points` is empty).
    pub bars: Vec<ChartBar>,
}

/// One state's bar in a comparison chart.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartBar {
    /// The state's name, in Vietnamese.
    pub label: String,
    pub value: f64,
    /// The value as printed at the bar's end ("0,7709").
    pub value_label: String,
    /// The state the brief is about: drawn black with a bold name, the
    /// others grey, so it stands out in black print.
    pub marked: bool,
}

/// What the vertical axis shows, which decides its direction and range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueAxis {
    /// A place in a ranking: inverted, the best (smallest) at the top.
    Rank,
    /// A share: from 0 to 100%, so small changes are not blown up.
    Percent,
    /// A count: from 0.
    Count,
    /// An index score: from 0 to 1.
    Index,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChartPoint {
    /// Position on the time axis, in fractional years.
    pub x: f64,
    pub x_label: String,
    pub y: f64,
    /// The value as printed next to the point ("86", "30,86%").
    pub label: String,
    /// A derived value is drawn hollow and explained in the text.
    pub derived: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChartTarget {
    pub y: f64,
    pub label: String,
}

/// How a column's cells sit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CellAlign {
    Left,
    Center,
}

/// A column of a table: its heading, its share of the text width and how
/// its cells sit.
#[derive(Debug, Clone, PartialEq)]
pub struct TableColumn {
    pub title: String,
    /// Share of the table's width (the shares add up to 1).
    pub share: f32,
    pub align: CellAlign,
}

/// A numbered table ("Bảng 1. …"): a caption, a header row, rows of
/// cells (each cell its inlines, citations included) and notes under it
/// ("(*) tính từ …").
#[derive(Debug, Clone, PartialEq)]
pub struct TableSpec {
    pub caption: String,
    pub columns: Vec<TableColumn>,
    pub rows: Vec<Vec<Vec<Inline>>>,
    pub notes: Vec<Vec<Inline>>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Heading { level: HeadingLevel, text: String },
    Paragraph(Paragraph),
    Chart(ChartSpec),
    Table(TableSpec),
}

/// Header of an administrative document (Decree 30/2020/NĐ-CP).
#[derive(Debug, Clone, PartialEq)]
pub struct Header {
    /// Issuing body, one line per level, upper-cased; the last line is the
    /// body itself (bold), the ones before are its parent bodies.
    pub issuer_lines: Vec<String>,
    /// "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".
    pub nation: String,
    /// "Độc lập - Tự do - Hạnh phúc".
    pub motto: String,
    /// "Hà Nội, ngày 27 tháng 11 năm 2026".
    pub place_date: String,
    /// "Số:      /BC-CĐSQG", under the issuing body; `None` when the user
    /// cleared the field.
    pub number: Option<String>,
}

/// One entry of "Nguồn tham khảo".
#[derive(Debug, Clone, PartialEq)]
pub struct Reference {
    pub number: u32,
    /// "[1]", hanging in front of the text.
    pub label: String,
    pub source_id: String,
    pub text: String,
    /// Facts cited under this number, in order of first citation.
    pub facts: Vec<usize>,
}

/// "NGUỒN THAM KHẢO" and its entries, in order of first citation.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct References {
    pub heading: String,
    pub entries: Vec<Reference>,
}

impl References {
    /// The entry a citation points to.
    pub fn get(&self, number: u32) -> Option<&Reference> {
        self.entries.iter().find(|r| r.number == number)
    }

    /// The entry under which a fact is cited.
    pub fn of_fact(&self, fact: usize) -> Option<&Reference> {
        self.entries.iter().find(|r| r.facts.contains(&fact))
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Signer {
    /// Position, upper-cased, one entry per line ("KT. CỤC TRƯỞNG").
    pub title_lines: Vec<String>,
    pub name: String,
}

/// "Nơi nhận" and the signature block at the end of the document.
#[derive(Debug, Clone, PartialEq)]
pub struct Closing {
    /// "Nơi nhận:".
    pub recipients_label: String,
    /// "- Lãnh đạo Bộ (để báo cáo);", the last one ending with a full stop.
    pub recipients: Vec<String>,
    pub signer: Option<Signer>,
}

impl Closing {
    pub fn is_empty(&self) -> bool {
        self.recipients.is_empty() && self.signer.is_none()
    }
}

/// Document information written into the PDF.
#[derive(Debug, Clone, PartialEq)]
pub struct Metadata {
    pub title: String,
    pub author: String,
    pub subject: String,
    pub keywords: Vec<String>,
    /// The header date; fixes the PDF creation date so the same selection
    /// gives the same bytes.
    pub date: PartialDate,
}

/// "PHỤ LỤC" after the signature block of the short edition: the tables,
/// charts, developments and targets of each topic under the appendix's
/// own numbers, then the notes on the data. Its pages are numbered on
/// their own (Decree 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục III, khoản 1).
#[derive(Debug, Clone, PartialEq)]
pub struct Appendix {
    /// "PHỤ LỤC".
    pub heading: String,
    /// The appendix's name, in capitals ("SỐ LIỆU CHI TIẾT, …").
    pub title: String,
    /// "(Kèm theo Báo cáo số …/BC-… ngày … của Cục …)", the issuing body
    /// in sentence case.
    pub attachment: String,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub metadata: Metadata,
    pub header: Header,
    /// The title as printed, upper-cased ("BÁO CÁO TÓM TẮT").
    pub title: String,
    /// One line: topics and period.
    pub summary: String,
    pub blocks: Vec<Block>,
    pub references: References,
    pub closing: Closing,
    /// The short edition's appendix, after the closing block.
    pub appendix: Option<Appendix>,
    /// How new the data behind the brief is, for the window's notice.
    pub freshness: Freshness,
}

/// How new the figures are against the signing date.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Freshness {
    /// The newest measurement cited anywhere in the brief.
    pub newest: Option<PartialDate>,
    /// Key points whose newest figure is more than two years older than
    /// the signing date: their block indices and their themes.
    pub stale: Vec<(usize, String)>,
    /// The window's notice when the signing day hides facts published
    /// later ("Báo cáo ký ngày 1/3/2021 chỉ dùng …"); `None` when it hides
    /// nothing.
    pub unpublished: Option<String>,
}
