//! Fixtures shared by the test modules: the bundled catalog, the fixed
//! header date every test uses, selections and briefings made from them.

use egov_brief::brief::{Day, Selection};
use egov_brief::briefing::Briefing;
use egov_brief::data::{Catalog, load_bundled};

/// The header date of every test briefing: 23/11/2026.
pub const DATE: Day = Day {
    year: 2026,
    month: 11,
    day: 23,
};

pub fn catalog() -> Catalog {
    load_bundled().expect("the bundled dataset loads")
}

/// The given topics over a period, dated [`DATE`].
pub fn selection(topics: &[&str], from: i32, to: i32) -> Selection {
    let mut s = Selection {
        topics: topics.iter().map(|t| t.to_string()).collect(),
        from,
        to,
        ..Selection::default()
    };
    s.header.date = DATE;
    s
}

pub fn all_topics(c: &Catalog) -> Vec<String> {
    c.topic_ids()
}

/// Every topic over 2014–2030, dated [`DATE`].
#[allow(dead_code)]
pub fn all_topics_selection(c: &Catalog) -> Selection {
    let mut s = selection(&[], 2014, 2030);
    s.topics = all_topics(c);
    s
}

/// The PDF of a briefing.
pub fn pdf_bytes(b: &Briefing) -> Vec<u8> {
    egov_brief::render::pdf::write_pdf(&b.pages).expect("the PDF renders")
}

/// The items under "NHỮNG ĐIỂM CHÍNH", each as its inlines.
pub fn key_points(
    doc: &egov_brief::brief::Document,
) -> Vec<Vec<egov_brief::brief::document::Inline>> {
    use egov_brief::brief::document::{Block, ParagraphStyle};
    let mut out = Vec::new();
    let mut inside = false;
    for b in &doc.blocks {
        match b {
            Block::Heading { text, .. } => inside = text == "NHỮNG ĐIỂM CHÍNH",
            Block::Paragraph(p) if inside && p.style == ParagraphStyle::Item => {
                out.push(p.inlines.clone())
            }
            _ => inside = false,
        }
    }
    out
}

/// Plain text of some inlines.
pub fn inline_text(inlines: &[egov_brief::brief::document::Inline]) -> String {
    inlines.iter().map(|i| i.text.as_str()).collect()
}

/// The text of a PDF, all pages, as lopdf extracts it.
pub fn pdf_text(bytes: &[u8]) -> String {
    let doc = lopdf::Document::load_mem(bytes).expect("the PDF loads");
    let n = doc.get_pages().len() as u32;
    doc.extract_text(&(1..=n).collect::<Vec<_>>())
        .expect("text extracts")
}

/// `egov-brief export` of the UN topic over 2014–2030: add the rest.
#[allow(dead_code)]
pub fn export_command() -> std::process::Command {
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_egov-brief"));
    c.args([
        "export",
        "--topic",
        "xep-hang-lhq",
        "--from",
        "2014",
        "--to",
        "2030",
    ]);
    c
}

/// The charts of a composed document, in order.
#[allow(dead_code)]
pub fn charts(
    doc: &egov_brief::brief::document::Document,
) -> Vec<&egov_brief::brief::document::ChartSpec> {
    doc.blocks
        .iter()
        .filter_map(|b| match b {
            egov_brief::brief::document::Block::Chart(ch) => Some(ch),
            _ => None,
        })
        .collect()
}

/// The document's words, block by block, tables row by row.
pub fn document_text(doc: &egov_brief::brief::Document) -> String {
    use egov_brief::brief::document::Block;
    doc.blocks
        .iter()
        .map(|b| match b {
            Block::Heading { text, .. } => text.clone(),
            Block::Paragraph(p) => p.inlines.iter().map(|i| i.text.as_str()).collect(),
            Block::Chart(c) => c.title.clone(),
            Block::Table(t) => {
                let mut lines = vec![t.caption.clone()];
                for row in t
                    .rows
                    .iter()
                    .chain(&t.notes.iter().map(|n| vec![n.clone()]).collect::<Vec<_>>())
                {
                    let cells: Vec<String> = row
                        .iter()
                        .map(|c| c.iter().map(|i| i.text.as_str()).collect())
                        .collect();
                    lines.push(cells.join(" | "));
                }
                lines.join("\n")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Whether `tool` runs; a failure when CI requires it.
#[allow(dead_code)]
pub fn tool_present(tool: &str) -> bool {
    let present = std::process::Command::new(tool).arg("-v").output().is_ok();
    if !present && std::env::var_os("EGOV_REQUIRE_TOOLS").is_some() {
        panic!("{tool} is required (EGOV_REQUIRE_TOOLS) but not installed");
    }
    if !present {
        eprintln!("{tool} is not installed: skipped");
    }
    present
}

/// The reference list's entry for the source `id`; a failure when it is
/// not cited.
#[allow(dead_code)]
pub fn reference<'d>(
    doc: &'d egov_brief::brief::Document,
    id: &str,
) -> &'d egov_brief::brief::document::Reference {
    doc.references
        .entries
        .iter()
        .find(|r| r.source_id == id)
        .unwrap_or_else(|| panic!("{id} is not cited"))
}
