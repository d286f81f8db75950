//! The package around the parts: content types, relationships, document
//! properties (docProps/core.xml) and the zip itself, written with fixed
//! timestamps and in a fixed order so the same selection gives the same
//! bytes.

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, System, ZipWriter};

use super::picture::ChartPicture;
use super::xml::Xml;
use crate::brief::document::Metadata;

/// The relationship ids of the page headers.
pub const HEADER_DEFAULT_RID: &str = "rIdHeaderDefault";
pub const HEADER_FIRST_RID: &str = "rIdHeaderFirst";

const RELS_NS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
const DOC_REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WML: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml";

/// `[Content_Types].xml`.
pub fn content_types() -> String {
    let mut x = Xml::new();
    x.open(
        "Types",
        &[(
            "xmlns",
            "http://schemas.openxmlformats.org/package/2006/content-types",
        )],
    );
    x.empty(
        "Default",
        &[
            ("Extension", "rels"),
            (
                "ContentType",
                "application/vnd.openxmlformats-package.relationships+xml",
            ),
        ],
    );
    x.empty(
        "Default",
        &[("Extension", "xml"), ("ContentType", "application/xml")],
    );
    x.empty(
        "Default",
        &[("Extension", "emf"), ("ContentType", "image/x-emf")],
    );
    x.empty(
        "Default",
        &[("Extension", "svg"), ("ContentType", "image/svg+xml")],
    );
    let parts = [
        ("/word/document.xml", format!("{WML}.document.main+xml")),
        ("/word/styles.xml", format!("{WML}.styles+xml")),
        ("/word/numbering.xml", format!("{WML}.numbering+xml")),
        ("/word/settings.xml", format!("{WML}.settings+xml")),
        ("/word/header1.xml", format!("{WML}.header+xml")),
        ("/word/header2.xml", format!("{WML}.header+xml")),
        (
            "/docProps/core.xml",
            "application/vnd.openxmlformats-package.core-properties+xml".to_string(),
        ),
        (
            "/docProps/app.xml",
            "application/vnd.openxmlformats-officedocument.extended-properties+xml".to_string(),
        ),
    ];
    for (name, ty) in &parts {
        x.empty("Override", &[("PartName", name), ("ContentType", ty)]);
    }
    x.close("Types");
    x.finish()
}

fn relationships(rels: &[(String, String, String)]) -> String {
    let mut x = Xml::new();
    x.open("Relationships", &[("xmlns", RELS_NS)]);
    for (id, ty, target) in rels {
        x.empty(
            "Relationship",
            &[("Id", id), ("Type", ty), ("Target", target)],
        );
    }
    x.close("Relationships");
    x.finish()
}

/// `_rels/.rels`: the main document and the properties.
pub fn package_rels() -> String {
    let r = |id: &str, ty: &str, target: &str| (id.to_string(), ty.to_string(), target.to_string());
    relationships(&[
        r(
            "rId1",
            &format!("{DOC_REL}/officeDocument"),
            "word/document.xml",
        ),
        r(
            "rId2",
            "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
            "docProps/core.xml",
        ),
        r(
            "rId3",
            &format!("{DOC_REL}/extended-properties"),
            "docProps/app.xml",
        ),
    ])
}

/// `word/_rels/document.xml.rels`: styles, numbering, settings, the two
/// page headers and the chart pictures.
pub fn document_rels(charts: &[ChartPicture]) -> String {
    let r = |id: &str, ty: &str, target: &str| {
        (
            id.to_string(),
            format!("{DOC_REL}/{ty}"),
            target.to_string(),
        )
    };
    let mut rels = vec![
        r("rIdStyles", "styles", "styles.xml"),
        r("rIdNumbering", "numbering", "numbering.xml"),
        r("rIdSettings", "settings", "settings.xml"),
        r(HEADER_DEFAULT_RID, "header", "header1.xml"),
        r(HEADER_FIRST_RID, "header", "header2.xml"),
    ];
    for c in charts {
        let target = c.part_name().trim_start_matches("word/").to_string();
        rels.push(r(&c.rel_id(), "image", &target));
        let target = c.svg_part_name().trim_start_matches("word/").to_string();
        rels.push(r(&c.svg_rel_id(), "image", &target));
    }
    relationships(&rels)
}

/// `docProps/core.xml`: title, subject, author (the issuing body),
/// keywords (the topics), language, and the header date as the creation
/// and modification date.
pub fn core_xml(m: &Metadata) -> String {
    let date = format!(
        "{:04}-{:02}-{:02}T00:00:00Z",
        m.date.year_value(),
        m.date.month_value().unwrap_or(1),
        m.date.day_value().unwrap_or(1)
    );
    let w3cdtf = [("xsi:type", "dcterms:W3CDTF")];
    let mut x = Xml::new();
    x.open(
        "cp:coreProperties",
        &[
            (
                "xmlns:cp",
                "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
            ),
            ("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
            ("xmlns:dcterms", "http://purl.org/dc/terms/"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
        ],
    );
    x.element("dc:title", &[], &m.title)
        .element("dc:subject", &[], &m.subject)
        .element("dc:creator", &[], &m.author)
        .element("cp:keywords", &[], &m.keywords.join("; "))
        .element("dc:language", &[], super::styles::LANG)
        .element("dcterms:created", &w3cdtf, &date)
        .element("dcterms:modified", &w3cdtf, &date)
        .close("cp:coreProperties");
    x.finish()
}

/// `docProps/app.xml`: the program that wrote the file.
pub fn app_xml() -> String {
    let mut x = Xml::new();
    x.open(
        "Properties",
        &[(
            "xmlns",
            "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
        )],
    );
    x.element(
        "Application",
        &[],
        concat!("eGov Brief ", env!("CARGO_PKG_VERSION")),
    );
    x.close("Properties");
    x.finish()
}

/// The zip: every entry stamped with `date` (the header date), in the
/// order given, deflated.
pub fn zip(parts: &[(String, Vec<u8>)], m: &Metadata) -> zip::result::ZipResult<Vec<u8>> {
    let year = m.date.year_value().clamp(1980, 2107) as u16;
    let stamp = DateTime::from_date_and_time(
        year,
        m.date.month_value().unwrap_or(1),
        m.date.day_value().unwrap_or(1),
        0,
        0,
        0,
    )
    .unwrap_or_default();
    let base = SimpleFileOptions::default()
        .last_modified_time(stamp)
        .system(System::Unix)
        .unix_permissions(0o644);
    // The fastest level: the all-topics brief is a quarter larger than at
    // the default level, written in half the time.
    let options = base
        .compression_method(CompressionMethod::Deflated)
        .compression_level(Some(1));
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    for (name, bytes) in parts {
        zip.start_file(name.as_str(), options)?;
        zip.write_all(bytes)?;
    }
    Ok(zip.finish()?.into_inner())
}
