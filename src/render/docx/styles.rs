//! The style sheet, the reference numbering, the settings and the page
//! headers of the .docx: the Decree 30 format as Word styles, so the
//! document stays editable in the same format.
//!
//! Headings are Word's built-in "heading 1" and "heading 2" (so Word's
//! navigation pane, outline and table of contents know them) with the
//! Vietnamese names as aliases; the rest are named in Vietnamese.

use super::masthead::RULE_PARAGRAPH;
use super::units::{half_points, tw};
use super::xml::Xml;
use crate::layout::PrintStyle;
use crate::layout::measures::*;

/// Font of every style: Times New Roman, as Decree 30 asks (LibreOffice
/// substitutes the metric-compatible Liberation Serif).
pub const FONT: &str = "Times New Roman";
/// Language of the text.
pub const LANG: &str = "vi-VN";
/// The numbering of the reference list.
pub const REFERENCE_NUM_ID: u32 = 1;

/// The namespaces of the WordprocessingML parts.
pub const W_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
pub const R_NS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// A paragraph style: id, name, aliases, what it is based on, and its
/// paragraph and run properties as markup.
struct ParaStyle {
    id: &'static str,
    name: &'static str,
    alias: Option<&'static str>,
    based_on: Option<&'static str>,
    /// Properties that end up inside `<w:pPr>`.
    ppr: String,
    /// Properties that end up inside `<w:rPr>`.
    rpr: String,
}

impl ParaStyle {
    fn new(id: &'static str, name: &'static str, ppr: String, rpr: String) -> Self {
        Self {
            id,
            name,
            alias: None,
            based_on: Some("Normal"),
            ppr,
            rpr,
        }
    }

    fn alias(self, alias: &'static str) -> Self {
        Self {
            alias: Some(alias),
            ..self
        }
    }
}

/// Space above a paragraph (the layout's gaps are all space above) and
/// its leading: at least the layout's, so the pages break alike.
fn spacing(before: f32, size: f32) -> String {
    format!(
        "<w:spacing w:before=\"{}\" w:after=\"0\" w:line=\"{}\" w:lineRule=\"atLeast\"/>",
        tw(before),
        tw(size * LEADING)
    )
}

fn indent(left: f32, first: f32) -> String {
    if first < 0.0 {
        format!(
            "<w:ind w:left=\"{}\" w:right=\"0\" w:hanging=\"{}\"/>",
            tw(left),
            tw(-first)
        )
    } else {
        format!(
            "<w:ind w:left=\"{}\" w:right=\"0\" w:firstLine=\"{}\"/>",
            tw(left),
            tw(first)
        )
    }
}

fn size(points: f32) -> String {
    let hp = half_points(points);
    format!("<w:sz w:val=\"{hp}\"/><w:szCs w:val=\"{hp}\"/>")
}

const CENTRE: &str = "<w:jc w:val=\"center\"/>";
const LEFT: &str = "<w:jc w:val=\"left\"/>";
const KEEP: &str = "<w:keepNext/><w:keepLines/>";
const BOLD: &str = "<w:b/><w:bCs/>";
const ITALIC: &str = "<w:i/><w:iCs/>";

/// The Decree 30 format as Word styles, converted from the layout's
/// measures ([`crate::layout::measures`]).
fn paragraph_styles() -> Vec<ParaStyle> {
    [
        body_and_heading_styles(),
        table_styles(),
        text_styles(),
        frame_styles(),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// The body text and the headings.
fn body_and_heading_styles() -> Vec<ParaStyle> {
    let body = spacing(PARAGRAPH_GAP, BODY_SIZE);
    vec![
        ParaStyle {
            based_on: None,
            ..ParaStyle::new(
                "Normal",
                "Normal",
                format!("{body}{}<w:jc w:val=\"both\"/>", indent(0.0, FIRST_INDENT)),
                String::new(),
            )
        }
        .alias("Văn bản"),
        ParaStyle::new(
            "Heading1",
            "heading 1",
            format!(
                "{KEEP}{}{}{LEFT}<w:outlineLvl w:val=\"0\"/>",
                spacing(SECTION_GAP, BODY_SIZE),
                indent(0.0, 0.0)
            ),
            BOLD.into(),
        )
        .alias("Đề mục 1"),
        ParaStyle::new(
            "Heading2",
            "heading 2",
            format!(
                "{KEEP}{}{}{LEFT}<w:outlineLvl w:val=\"1\"/>",
                spacing(SUBSECTION_GAP, BODY_SIZE),
                indent(0.0, FIRST_INDENT)
            ),
            BOLD.into(),
        )
        .alias("Đề mục 2"),
        ParaStyle::new(
            "Heading3",
            "heading 3",
            format!(
                "{KEEP}{}{}{LEFT}<w:outlineLvl w:val=\"2\"/>",
                spacing(PART_GAP, BODY_SIZE),
                indent(0.0, FIRST_INDENT)
            ),
            ITALIC.into(),
        )
        .alias("Đề mục 3"),
    ]
}

/// A table's caption, cells and notes.
fn table_styles() -> Vec<ParaStyle> {
    vec![
        ParaStyle::new(
            "TableCaption",
            "Tên bảng",
            format!(
                "<w:keepNext/>{}{}{CENTRE}",
                spacing(TABLE_GAP, TABLE_CAPTION_SIZE),
                indent(0.0, 0.0)
            ),
            format!("{BOLD}{}", size(TABLE_CAPTION_SIZE)),
        ),
        ParaStyle::new(
            "TableCell",
            "Ô bảng",
            format!(
                "{}{}{LEFT}",
                spacing(TABLE_CELL_PAD_Y, TABLE_SIZE),
                indent(0.0, 0.0)
            ),
            size(TABLE_SIZE),
        ),
        ParaStyle::new(
            "TableCellCentre",
            "Ô bảng, giữa",
            format!(
                "{}{}{CENTRE}",
                spacing(TABLE_CELL_PAD_Y, TABLE_SIZE),
                indent(0.0, 0.0)
            ),
            size(TABLE_SIZE),
        ),
        ParaStyle::new(
            "TableNote",
            "Ghi chú bảng",
            format!(
                "{}{}{LEFT}",
                spacing(TABLE_NOTE_GAP, TABLE_NOTE_SIZE),
                indent(0.0, 0.0)
            ),
            format!("{ITALIC}{}", size(TABLE_NOTE_SIZE)),
        ),
    ]
}

/// The title, lists, notes, references and charts.
fn text_styles() -> Vec<ParaStyle> {
    let summary_side = Geometry::DECREE_30.content_width() * SUMMARY_MARGIN;
    vec![
        ParaStyle::new(
            "Title",
            "Title",
            format!(
                "<w:keepNext/>{}{}{CENTRE}",
                spacing(TITLE_GAP, TITLE_SIZE),
                indent(0.0, 0.0)
            ),
            format!("{BOLD}{}", size(TITLE_SIZE)),
        )
        .alias("Tên loại văn bản"),
        ParaStyle::new(
            "Subtitle",
            "Subtitle",
            format!(
                "<w:keepNext/>{}<w:ind w:left=\"{side}\" w:right=\"{side}\" w:firstLine=\"0\"/>{CENTRE}",
                spacing(SUMMARY_GAP, SUMMARY_SIZE),
                side = tw(summary_side)
            ),
            format!("{BOLD}{}", size(SUMMARY_SIZE)),
        )
        .alias("Trích yếu nội dung"),
        ParaStyle::new(
            "ListDash",
            "Gạch đầu dòng",
            indent(FIRST_INDENT + ITEM_HANG, -ITEM_HANG),
            String::new(),
        ),
        ParaStyle::new("Note", "Ghi chú", String::new(), ITALIC.into()),
        ParaStyle::new(
            "Bibliography",
            "Bibliography",
            format!(
                "<w:numPr><w:numId w:val=\"{REFERENCE_NUM_ID}\"/></w:numPr>{}{}{LEFT}",
                spacing(REFERENCE_GAP, BODY_SIZE),
                indent(REFERENCE_INDENT, -REFERENCE_INDENT)
            ),
            String::new(),
        )
        .alias("Nguồn tham khảo"),
        ParaStyle::new(
            "Hanging",
            "Thụt treo",
            format!(
                "{}{LEFT}",
                indent(REFERENCE_INDENT, -REFERENCE_INDENT)
            ),
            String::new(),
        ),
        ParaStyle::new(
            "Figure",
            "Hình",
            format!(
                "<w:keepNext/><w:spacing w:before=\"{}\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>{}{CENTRE}",
                tw(CHART_GAP),
                indent(0.0, 0.0)
            ),
            String::new(),
        ),
        ParaStyle::new(
            "Caption",
            "caption",
            format!("{}{}{LEFT}", spacing(0.0, CHART_SOURCE_SIZE), indent(0.0, 0.0)),
            format!("{ITALIC}{}", size(CHART_SOURCE_SIZE)),
        )
        .alias("Nguồn biểu đồ"),
    ]
}

/// The appendix, the header and closing blocks, the page header.
fn frame_styles() -> Vec<ParaStyle> {
    vec![
        // The appendix starts a section of its own (a new page, numbered
        // from 1), so its heading needs no page break of its own.
        ParaStyle::new(
            "AppendixTitle",
            "Phụ lục",
            format!(
                "<w:keepNext/>{}{}{CENTRE}<w:outlineLvl w:val=\"0\"/>",
                spacing(0.0, APPENDIX_HEADING_SIZE),
                indent(0.0, 0.0)
            ),
            format!("{BOLD}{}", size(APPENDIX_HEADING_SIZE)),
        ),
        ParaStyle::new(
            "AppendixName",
            "Tên phụ lục",
            format!(
                "<w:keepNext/>{}{}{CENTRE}",
                spacing(APPENDIX_SUBTITLE_GAP, APPENDIX_HEADING_SIZE),
                indent(0.0, 0.0)
            ),
            format!("{BOLD}{}", size(APPENDIX_HEADING_SIZE)),
        ),
        ParaStyle::new(
            "AppendixSubtitle",
            "Phụ lục, dòng dưới",
            format!(
                "<w:keepNext/>{}{}{CENTRE}",
                spacing(APPENDIX_SUBTITLE_GAP, APPENDIX_SUBTITLE_SIZE),
                indent(0.0, 0.0)
            ),
            format!("{ITALIC}{}", size(APPENDIX_SUBTITLE_SIZE)),
        ),
        ParaStyle::new(
            "Masthead",
            "Thể thức đầu văn bản",
            format!(
                "<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>{}{CENTRE}",
                indent(0.0, 0.0)
            ),
            String::new(),
        ),
        ParaStyle::new(
            "Rule",
            "Đường kẻ",
            format!(
                "<w:spacing w:before=\"{}\" w:after=\"0\" w:line=\"{}\" w:lineRule=\"exact\"/>{CENTRE}",
                tw(RULE_DROP),
                tw(RULE_PARAGRAPH - RULE_DROP)
            ),
            size(1.0),
        ),
        ParaStyle::new(
            "TitleRule",
            "Đường kẻ dưới tên văn bản",
            format!(
                "<w:keepNext/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"{}\" w:lineRule=\"exact\"/>{CENTRE}",
                tw(TITLE_RULE_DROP)
            ),
            size(1.0),
        ),
        ParaStyle::new(
            "Recipients",
            "Nơi nhận",
            format!(
                "<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>{}{LEFT}",
                indent(RECIPIENT_HANG, -RECIPIENT_HANG)
            ),
            size(RECIPIENT_SIZE),
        ),
        ParaStyle::new(
            "Signature",
            "Chữ ký",
            format!(
                "<w:keepNext/><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>{}{CENTRE}",
                indent(0.0, 0.0)
            ),
            format!("{BOLD}{}", size(SIGNER_SIZE)),
        ),
        ParaStyle::new(
            "Header",
            "header",
            format!("<w:spacing w:after=\"0\"/>{}{CENTRE}", indent(0.0, 0.0)),
            size(PAGE_NUMBER_SIZE),
        )
        .alias("Đầu trang"),
    ]
}

/// `word/styles.xml`.
pub fn styles_xml(print: &PrintStyle) -> String {
    let mut x = Xml::new();
    x.open("w:styles", &[("xmlns:w", W_NS)]);
    doc_defaults(&mut x);
    for s in &paragraph_styles() {
        paragraph_style(&mut x, s);
    }
    // Citations: internal links, in the PDF's link colour (black in black
    // print).
    let c = print.link;
    let colour = format!("{:02X}{:02X}{:02X}", c.0, c.1, c.2);
    x.open(
        "w:style",
        &[("w:type", "character"), ("w:styleId", "CitationLink")],
    )
    .val("w:name", "Chỉ dẫn nguồn")
    .raw("<w:uiPriority w:val=\"1\"/><w:qFormat/><w:rPr>")
    .val("w:color", colour)
    .raw("</w:rPr>")
    .close("w:style");
    x.open(
        "w:style",
        &[
            ("w:type", "table"),
            ("w:default", "1"),
            ("w:styleId", "TableNormal"),
        ],
    )
    .val("w:name", "Normal Table")
    .raw(
        "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar>\
         <w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"0\" w:type=\"dxa\"/>\
         <w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/>\
         </w:tblCellMar></w:tblPr>",
    )
    .close("w:style");
    x.close("w:styles");
    x.finish()
}

fn doc_defaults(x: &mut Xml) {
    x.raw("<w:docDefaults><w:rPrDefault><w:rPr>");
    x.empty(
        "w:rFonts",
        &[
            ("w:ascii", FONT),
            ("w:hAnsi", FONT),
            ("w:eastAsia", FONT),
            ("w:cs", FONT),
        ],
    );
    x.val("w:sz", half_points(BODY_SIZE))
        .val("w:szCs", half_points(BODY_SIZE))
        .val("w:lang", LANG);
    x.raw("</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>");
    x.raw("<w:spacing w:after=\"0\"/>");
    x.raw("</w:pPr></w:pPrDefault></w:docDefaults>");
}

fn paragraph_style(x: &mut Xml, s: &ParaStyle) {
    let mut attrs = vec![("w:type", "paragraph"), ("w:styleId", s.id)];
    if s.id == "Normal" {
        attrs.push(("w:default", "1"));
    }
    x.open("w:style", &attrs).val("w:name", s.name);
    if let Some(a) = s.alias {
        x.val("w:aliases", a);
    }
    if let Some(b) = s.based_on {
        x.val("w:basedOn", b);
    }
    if s.id.starts_with("Heading") || s.id.contains("Title") {
        x.val("w:next", "Normal");
    }
    x.raw("<w:qFormat/>");
    if !s.ppr.is_empty() {
        x.raw("<w:pPr>").raw(&s.ppr).raw("</w:pPr>");
    }
    if !s.rpr.is_empty() {
        x.raw("<w:rPr>").raw(&s.rpr).raw("</w:rPr>");
    }
    x.close("w:style");
}

/// `word/numbering.xml`: the reference list numbered "[1]", "[2]", …
pub fn numbering_xml() -> String {
    let mut x = Xml::new();
    x.open("w:numbering", &[("xmlns:w", W_NS)]);
    let indent = tw(REFERENCE_INDENT);
    x.raw(
        "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"singleLevel\"/>\
         <w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>\
         <w:pStyle w:val=\"Bibliography\"/><w:suff w:val=\"tab\"/>\
         <w:lvlText w:val=\"[%1]\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:tabs>",
    );
    x.empty("w:tab", &[("w:val", "num"), ("w:pos", &indent)]);
    x.raw("</w:tabs>");
    x.empty("w:ind", &[("w:left", &indent), ("w:hanging", &indent)]);
    x.raw("</w:pPr></w:lvl></w:abstractNum>");
    x.open("w:num", &[("w:numId", &REFERENCE_NUM_ID.to_string())])
        .val("w:abstractNumId", 0)
        .close("w:num");
    x.close("w:numbering");
    x.finish()
}

/// `word/settings.xml`: a different first page (no page number on it),
/// Word 2013+ layout, Vietnamese.
pub fn settings_xml() -> String {
    let mut x = Xml::new();
    x.open("w:settings", &[("xmlns:w", W_NS)]);
    x.raw(
        "<w:defaultTabStop w:val=\"720\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>\
         <w:compat><w:compatSetting w:name=\"compatibilityMode\" \
         w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>",
    );
    x.val("w:themeFontLang", LANG);
    x.raw("<w:decimalSymbol w:val=\",\"/><w:listSeparator w:val=\";\"/>");
    x.close("w:settings");
    x.finish()
}

/// A page header: with `page_number`, the PAGE field centred (13 pt,
/// upright); without, empty (the first page).
pub fn header_xml(page_number: bool) -> String {
    let mut x = Xml::new();
    x.open("w:hdr", &[("xmlns:w", W_NS), ("xmlns:r", R_NS)]);
    x.raw("<w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr>");
    if page_number {
        x.raw(
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>\
             <w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>\
             <w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>\
             <w:r><w:t>2</w:t></w:r>\
             <w:r><w:fldChar w:fldCharType=\"end\"/></w:r>",
        );
    }
    x.raw("</w:p>");
    x.close("w:hdr");
    x.finish()
}
