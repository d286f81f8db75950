//! The Decree 30/2020/NĐ-CP page and type measures, in one place: the page
//! layout places text with them and the Word writer converts them into
//! its own units. A leaf module: it imports nothing from the rest of
//! `layout`, so every other module can depend on it.
//!
//! All lengths are PDF points (1/72 inch).

/// Millimetres to points.
pub const fn mm(v: f32) -> f32 {
    v * 72.0 / 25.4
}

/// A4 portrait, 210 × 297 mm.
pub const PAGE_WIDTH: f32 = 595.2756;
pub const PAGE_HEIGHT: f32 = 841.8898;

/// Page size and margins (Decree 30: top and bottom 20–25 mm, left
/// 30–35 mm, right 15–20 mm).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Geometry {
    pub width: f32,
    pub height: f32,
    pub top: f32,
    pub bottom: f32,
    pub left: f32,
    pub right: f32,
}

impl Geometry {
    pub const DECREE_30: Geometry = Geometry {
        width: PAGE_WIDTH,
        height: PAGE_HEIGHT,
        top: mm(20.0),
        bottom: mm(20.0),
        left: mm(30.0),
        right: mm(15.0),
    };

    pub fn content_width(&self) -> f32 {
        self.width - self.left - self.right
    }

    /// The height text and charts may occupy on a page.
    pub fn content_height(&self) -> f32 {
        self.height - self.top - self.bottom
    }
}

/// Baseline-to-baseline distance as a multiple of the type size.
pub const LEADING: f32 = 1.25;
/// The same inside a chart, whose small type sets its lines closer.
pub const CHART_LEADING: f32 = 1.2;

/// Body text (Decree 30: 13–14 pt).
pub const BODY_SIZE: f32 = 13.0;
pub const BODY_LEADING: f32 = BODY_SIZE * LEADING;
/// Page numbers (Decree 30: 13–14 pt, upright, centred in the top margin).
pub const PAGE_NUMBER_SIZE: f32 = 13.0;
/// Space above a paragraph of the body.
pub const PARAGRAPH_GAP: f32 = 4.0;
/// First-line indent of a body paragraph.
pub const FIRST_INDENT: f32 = mm(10.0);
/// How far a list item's dash hangs left of its text.
pub const ITEM_HANG: f32 = 9.0;
/// Space above a section heading ("I. …") and a sub-heading ("1. …").
pub const SECTION_GAP: f32 = 12.0;
pub const SUBSECTION_GAP: f32 = 6.0;

/// The header: the issuing body and the national name (12 pt), the
/// motto, the number and the place-and-date line (13 pt).
pub const ISSUER_SIZE: f32 = 12.0;
pub const MOTTO_SIZE: f32 = 13.0;
pub const NUMBER_SIZE: f32 = 13.0;
pub const PLACE_DATE_SIZE: f32 = 13.0;
/// Least width of the issuing body's column; the national name takes the
/// rest.
pub const ISSUER_COLUMN: f32 = mm(70.0);
/// Space between the issuing body's rule and the number line.
pub const NUMBER_GAP: f32 = 6.0;
/// Space between the motto's rule and the place and date line.
pub const MOTTO_TO_DATE: f32 = 14.0;
/// Distance from a header line's bottom to the rule under it.
pub const RULE_DROP: f32 = 2.0;
/// Thickness of the short rules under the issuing body, the motto and
/// the title.
pub const RULE_WIDTH: f32 = 0.6;

/// The title (14 pt bold) and the subject line under it (13 pt bold, set
/// in the middle 85% of the text width), then a short rule.
pub const TITLE_SIZE: f32 = 14.0;
pub const TITLE_GAP: f32 = 24.0;
pub const SUMMARY_SIZE: f32 = 13.0;
pub const SUMMARY_GAP: f32 = 2.0;
pub const SUMMARY_MARGIN: f32 = 0.075;
pub const TITLE_RULE: f32 = 80.0;
/// How far below the title's last line its rule sits: clear of the
/// descenders ("p", "y" of "Chính phủ số").
pub const TITLE_RULE_DROP: f32 = 4.0;

/// "Nguồn tham khảo": the heading's gap, the hanging "[n]" and the space
/// between entries.
pub const REFERENCES_GAP: f32 = 14.0;
pub const REFERENCE_INDENT: f32 = 24.0;
pub const REFERENCE_GAP: f32 = 3.0;

/// The closing block: "Nơi nhận:" (12 pt bold italic) and its list
/// (11 pt) on the left, the signer (13 pt bold) on the right.
pub const RECIPIENTS_LABEL_SIZE: f32 = 12.0;
pub const RECIPIENT_SIZE: f32 = 11.0;
pub const SIGNER_SIZE: f32 = 13.0;
/// Hanging indent of a recipient line.
pub const RECIPIENT_HANG: f32 = 7.0;
/// Room for the signature and the seal between title and name.
pub const SIGNATURE_SPACE: f32 = 62.0;
/// Space above the closing block.
pub const CLOSING_GAP: f32 = 18.0;

/// The short edition's appendix: "PHỤ LỤC" (14 pt bold) on a new page and
/// its italic subtitle.
pub const APPENDIX_HEADING_SIZE: f32 = 14.0;
pub const APPENDIX_SUBTITLE_SIZE: f32 = 13.0;
pub const APPENDIX_SUBTITLE_GAP: f32 = 2.0;

/// A chart: the space above it, and its source line's size.
pub const CHART_GAP: f32 = 8.0;
pub const CHART_SOURCE_SIZE: f32 = 10.5;

/// Tables: caption and cells (12 pt), notes under them (11 pt italic),
/// the space above and inside, the grid's thickness.
pub const TABLE_CAPTION_SIZE: f32 = 12.0;
pub const TABLE_SIZE: f32 = 12.0;
pub const TABLE_NOTE_SIZE: f32 = 11.0;
pub const TABLE_GAP: f32 = 8.0;
pub const TABLE_NOTE_GAP: f32 = 3.0;
pub const TABLE_CELL_PAD_X: f32 = 4.0;
pub const TABLE_CELL_PAD_Y: f32 = 2.5;
pub const TABLE_RULE_WIDTH: f32 = 0.5;
/// A part of a topic ("a) Diễn biến"): italic, a little space above.
pub const PART_GAP: f32 = 4.0;

/// Height of every chart block, in points.
pub const CHART_HEIGHT: f32 = 210.0;
