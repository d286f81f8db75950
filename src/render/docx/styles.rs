//! The style sheet, the reference numbering, the settings and the page
//! headers of the .docx: the Decree 30 format as Word styles, so the
//! document stays editable in the same format.
//!
//! Headings are Word's built-in "heading 1" and "heading 2" (so Word's
//! navigation pane, outline and table of contents know them) with the
//! Vietnamese names as aliases; the rest are named in Vietnamese.

use super::xml::Xml;

/// Body text: 13 pt (Decree 30: 13–14 pt), in half-points.
pub const BODY_HALF_POINTS: u32 = 26;
// Indents in the styles below, in twentieths of a point: body first line
// 567 (10 mm); a list item's dash hangs 180 left of its text; a reference
// number "[n]" hangs in 480 (24 pt), as in the PDF.
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
    ppr: &'static str,
    /// Properties that end up inside `<w:rPr>`.
    rpr: &'static str,
}

const PARAGRAPH_STYLES: &[ParaStyle] = &[
    ParaStyle {
        id: "Normal",
        name: "Normal",
        alias: Some("Văn bản"),
        based_on: None,
        ppr: "<w:spacing w:after=\"120\" w:line=\"264\" w:lineRule=\"auto\"/>\
              <w:ind w:firstLine=\"567\"/><w:jc w:val=\"both\"/>",
        rpr: "",
    },
    ParaStyle {
        id: "Heading1",
        name: "heading 1",
        alias: Some("Đề mục 1"),
        based_on: Some("Normal"),
        ppr: "<w:keepNext/><w:keepLines/><w:spacing w:before=\"240\" w:after=\"120\"/>\
              <w:ind w:firstLine=\"0\"/><w:jc w:val=\"left\"/><w:outlineLvl w:val=\"0\"/>",
        rpr: "<w:b/><w:bCs/>",
    },
    ParaStyle {
        id: "Heading2",
        name: "heading 2",
        alias: Some("Đề mục 2"),
        based_on: Some("Normal"),
        ppr: "<w:keepNext/><w:keepLines/><w:spacing w:before=\"120\" w:after=\"120\"/>\
              <w:jc w:val=\"left\"/><w:outlineLvl w:val=\"1\"/>",
        rpr: "<w:b/><w:bCs/><w:i/><w:iCs/>",
    },
    ParaStyle {
        id: "Title",
        name: "Title",
        alias: Some("Tên loại văn bản"),
        based_on: Some("Normal"),
        ppr: "<w:keepNext/><w:spacing w:before=\"480\" w:after=\"0\"/>\
              <w:ind w:firstLine=\"0\"/><w:jc w:val=\"center\"/>",
        rpr: "<w:b/><w:bCs/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>",
    },
    ParaStyle {
        id: "Subtitle",
        name: "Subtitle",
        alias: Some("Trích yếu nội dung"),
        based_on: Some("Normal"),
        ppr: "<w:keepNext/><w:spacing w:before=\"40\" w:after=\"0\"/>\
              <w:ind w:left=\"700\" w:right=\"700\" w:firstLine=\"0\"/><w:jc w:val=\"center\"/>",
        rpr: "<w:b/><w:bCs/>",
    },
    ParaStyle {
        id: "ListDash",
        name: "Gạch đầu dòng",
        alias: None,
        based_on: Some("Normal"),
        ppr: "<w:ind w:left=\"747\" w:hanging=\"180\"/>",
        rpr: "",
    },
    ParaStyle {
        id: "Note",
        name: "Ghi chú",
        alias: None,
        based_on: Some("Normal"),
        ppr: "",
        rpr: "<w:i/><w:iCs/>",
    },
    ParaStyle {
        id: "Bibliography",
        name: "Bibliography",
        alias: Some("Nguồn tham khảo"),
        based_on: Some("Normal"),
        ppr: "<w:numPr><w:numId w:val=\"1\"/></w:numPr><w:spacing w:after=\"60\"/>\
              <w:ind w:left=\"480\" w:hanging=\"480\"/><w:jc w:val=\"left\"/>",
        rpr: "",
    },
    ParaStyle {
        id: "Hanging",
        name: "Thụt treo",
        alias: None,
        based_on: Some("Normal"),
        ppr: "<w:ind w:left=\"480\" w:hanging=\"480\"/><w:jc w:val=\"left\"/>",
        rpr: "",
    },
    ParaStyle {
        id: "Figure",
        name: "Hình",
        alias: None,
        based_on: Some("Normal"),
        ppr: "<w:keepNext/><w:spacing w:before=\"160\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>\
              <w:ind w:firstLine=\"0\"/><w:jc w:val=\"center\"/>",
        rpr: "",
    },
    ParaStyle {
        id: "Caption",
        name: "caption",
        alias: Some("Nguồn biểu đồ"),
        based_on: Some("Normal"),
        ppr: "<w:spacing w:before=\"40\" w:after=\"160\"/><w:ind w:firstLine=\"0\"/><w:jc w:val=\"left\"/>",
        rpr: "<w:i/><w:iCs/><w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/>",
    },
    ParaStyle {
        id: "Masthead",
        name: "Thể thức đầu văn bản",
        alias: None,
        based_on: Some("Normal"),
        ppr: "<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>\
              <w:ind w:left=\"0\" w:right=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"center\"/>",
        rpr: "",
    },
    ParaStyle {
        id: "Rule",
        name: "Đường kẻ",
        alias: None,
        based_on: Some("Normal"),
        ppr: "<w:spacing w:before=\"60\" w:after=\"0\" w:line=\"20\" w:lineRule=\"exact\"/><w:jc w:val=\"center\"/>",
        rpr: "<w:sz w:val=\"2\"/><w:szCs w:val=\"2\"/>",
    },
    ParaStyle {
        id: "Recipients",
        name: "Nơi nhận",
        alias: None,
        based_on: Some("Normal"),
        ppr: "<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>\
              <w:ind w:left=\"140\" w:hanging=\"140\"/><w:jc w:val=\"left\"/>",
        rpr: "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>",
    },
    ParaStyle {
        id: "Signature",
        name: "Chữ ký",
        alias: None,
        based_on: Some("Normal"),
        ppr: "<w:keepNext/><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>\
              <w:ind w:left=\"0\" w:right=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"center\"/>",
        rpr: "<w:b/><w:bCs/>",
    },
    ParaStyle {
        id: "Header",
        name: "header",
        alias: Some("Đầu trang"),
        based_on: Some("Normal"),
        ppr: "<w:spacing w:after=\"0\"/><w:ind w:firstLine=\"0\"/><w:jc w:val=\"center\"/>",
        rpr: "",
    },
];

/// `word/styles.xml`.
pub fn styles_xml() -> String {
    let mut x = Xml::new();
    x.open("w:styles", &[("xmlns:w", W_NS)]);
    doc_defaults(&mut x);
    for s in PARAGRAPH_STYLES {
        paragraph_style(&mut x, s);
    }
    // Citations: internal links, in the PDF's link colour.
    x.open(
        "w:style",
        &[("w:type", "character"), ("w:styleId", "CitationLink")],
    )
    .val("w:name", "Chỉ dẫn nguồn")
    .raw("<w:uiPriority w:val=\"1\"/><w:qFormat/><w:rPr><w:color w:val=\"1F4E8C\"/></w:rPr>")
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
    x.val("w:sz", BODY_HALF_POINTS)
        .val("w:szCs", BODY_HALF_POINTS)
        .val("w:lang", LANG);
    x.raw("</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>");
    x.raw("<w:spacing w:after=\"120\"/>");
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
    if s.id.starts_with("Heading") || s.id == "Title" {
        x.val("w:next", "Normal");
    }
    x.raw("<w:qFormat/>");
    if !s.ppr.is_empty() {
        x.raw("<w:pPr>").raw(s.ppr).raw("</w:pPr>");
    }
    if !s.rpr.is_empty() {
        x.raw("<w:rPr>").raw(s.rpr).raw("</w:rPr>");
    }
    x.close("w:style");
}

/// `word/numbering.xml`: the reference list numbered "[1]", "[2]", …
pub fn numbering_xml() -> String {
    let mut x = Xml::new();
    x.open("w:numbering", &[("xmlns:w", W_NS)]);
    x.raw(
        "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"singleLevel\"/>\
         <w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>\
         <w:pStyle w:val=\"Bibliography\"/><w:suff w:val=\"tab\"/>\
         <w:lvlText w:val=\"[%1]\"/><w:lvlJc w:val=\"left\"/>\
         <w:pPr><w:tabs><w:tab w:val=\"num\" w:pos=\"480\"/></w:tabs>\
         <w:ind w:left=\"480\" w:hanging=\"480\"/></w:pPr></w:lvl></w:abstractNum>",
    );
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
