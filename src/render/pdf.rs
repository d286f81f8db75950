//! Writing the page list as a PDF with printpdf: the four serif faces
//! embedded and subset (with ToUnicode maps, so the Vietnamese text can be
//! searched and copied), charts as vector paths, and document metadata.
//!
//! Every `[n]` links to its reference, the sections form an outline and
//! the language is vi-VN (`nav`). The output is deterministic: font resource names are fixed, the
//! creation date is the document's date and the file identifier is a hash
//! of the content, so the same selection gives the same bytes.

mod nav;

use std::collections::BTreeSet;
use std::sync::OnceLock;

use printpdf::{
    Color, FontId, Line, LineDashPattern, LinePoint, Mm, Op, PaintMode, ParsedFont, PdfDocument,
    PdfFont, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Polygon, PolygonRing, Pt, TextItem,
    TextMatrix, WindingOrder,
};

use sha2::{Digest, Sha256};

use crate::brief::document::Metadata;
use crate::layout::FontStyle;
use crate::layout::page::{Item, Pages, Rgb, Stroke, TextRun};

#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("không đọc được phông chữ {0} đi kèm chương trình")]
    Font(&'static str),
    #[error("không tạo được tệp PDF: {0}")]
    Write(String),
}

/// Fonts parsed once per process: parsing costs more than writing a brief.
fn parsed_font(style: FontStyle) -> Result<&'static ParsedFont, PdfError> {
    static FONTS: OnceLock<Vec<Option<ParsedFont>>> = OnceLock::new();
    let fonts = FONTS.get_or_init(|| {
        FontStyle::ALL
            .iter()
            .map(|s| ParsedFont::from_bytes(s.bytes(), 0, &mut Vec::new()))
            .collect()
    });
    fonts[style.index()]
        .as_ref()
        .ok_or(PdfError::Font(style.name()))
}

/// Fixed resource name per face; its first six letters become the subset
/// tag ("EGBREG+LiberationSerif"), so they are upper-case letters.
fn font_id(style: FontStyle) -> FontId {
    FontId(
        match style {
            FontStyle::Regular => "EGBREG",
            FontStyle::Bold => "EGBBLD",
            FontStyle::Italic => "EGBITA",
            FontStyle::BoldItalic => "EGBBIT",
        }
        .to_string(),
    )
}

fn color(c: Rgb) -> Color {
    Color::Rgb(printpdf::Rgb {
        r: c.0 as f32 / 255.0,
        g: c.1 as f32 / 255.0,
        b: c.2 as f32 / 255.0,
        icc_profile: None,
    })
}

/// Page coordinates (top-left origin) to PDF coordinates (bottom-left)
/// on a page `height` points high.
fn pt(x: f32, y: f32, height: f32) -> Point {
    Point {
        x: Pt(x),
        y: Pt(height - y),
    }
}

/// A length in points as whole hundredths of a millimetre (paper sizes
/// are named in millimetres: 210 × 297 for A4).
fn mm(points: f32) -> Mm {
    Mm((points * 25.4 / 72.0 * 100.0).round() / 100.0)
}

fn stroke_ops(ops: &mut Vec<Op>, s: &Stroke) {
    ops.push(Op::SetOutlineColor {
        col: color(s.color),
    });
    ops.push(Op::SetOutlineThickness { pt: Pt(s.width) });
    ops.push(Op::SetLineDashPattern {
        dash: match s.dash {
            Some((on, off)) => LineDashPattern::new(0.0, &[on, off]),
            None => LineDashPattern::new(0.0, &[]),
        },
    });
}

/// A circle as four Bézier arcs.
fn circle(x: f32, y: f32, r: f32, height: f32) -> Vec<LinePoint> {
    const K: f32 = 0.552_284_8;
    let k = K * r;
    let p = |dx: f32, dy: f32, bezier: bool| LinePoint {
        p: pt(x + dx, y + dy, height),
        bezier,
    };
    vec![
        p(r, 0.0, false),
        p(r, k, true),
        p(k, r, true),
        p(0.0, r, false),
        p(-k, r, true),
        p(-r, k, true),
        p(-r, 0.0, false),
        p(-r, -k, true),
        p(-k, -r, true),
        p(0.0, -r, false),
        p(k, -r, true),
        p(r, -k, true),
        p(r, 0.0, false),
    ]
}

/// The operations of one page, in the layout's paint order (shapes, then
/// the text on top in one text section).
fn page_ops(items: &[Item], height: f32) -> Vec<Op> {
    let mut ops = Vec::new();
    let mut text = TextState::default();
    for item in items {
        match item {
            Item::Text(run) => text.show(&mut ops, run, height),
            shape => {
                text.end(&mut ops);
                shape_ops(&mut ops, shape, height);
            }
        }
    }
    text.end(&mut ops);
    ops
}

fn shape_ops(ops: &mut Vec<Op>, item: &Item, height: f32) {
    match item {
        Item::Polyline { points, stroke } => {
            stroke_ops(ops, stroke);
            ops.push(Op::DrawLine {
                line: Line {
                    points: points
                        .iter()
                        .map(|&(x, y)| LinePoint {
                            p: pt(x, y, height),
                            bezier: false,
                        })
                        .collect(),
                    is_closed: false,
                },
            });
        }
        Item::Dot {
            x,
            y,
            radius,
            fill,
            stroke,
        } => {
            ops.push(Op::SetFillColor { col: color(*fill) });
            if let Some(s) = stroke {
                stroke_ops(ops, s);
            }
            ops.push(Op::DrawPolygon {
                polygon: Polygon {
                    rings: vec![PolygonRing {
                        points: circle(*x, *y, *radius, height),
                    }],
                    mode: if stroke.is_some() {
                        PaintMode::FillStroke
                    } else {
                        PaintMode::Fill
                    },
                    winding_order: WindingOrder::NonZero,
                },
            });
        }
        Item::Text(_) => {}
    }
}

/// The open text section and the font and colour already set in it, so
/// each is written only when it changes.
#[derive(Default)]
struct TextState {
    open: bool,
    font: Option<(FontStyle, f32)>,
    fill: Option<Rgb>,
}

impl TextState {
    fn show(&mut self, ops: &mut Vec<Op>, run: &TextRun, height: f32) {
        if run.text.is_empty() {
            return;
        }
        if !self.open {
            ops.push(Op::StartTextSection);
            self.open = true;
        }
        if self.font != Some((run.style, run.size)) {
            ops.push(Op::SetFont {
                font: PdfFontHandle::External(font_id(run.style)),
                size: Pt(run.size),
            });
            self.font = Some((run.style, run.size));
        }
        if self.fill != Some(run.color) {
            ops.push(Op::SetFillColor {
                col: color(run.color),
            });
            self.fill = Some(run.color);
        }
        let p = pt(run.x, run.y, height);
        ops.push(Op::SetTextMatrix {
            matrix: TextMatrix::Translate(p.x, p.y),
        });
        ops.push(Op::ShowText {
            items: vec![TextItem::Text(run.text.clone())],
        });
    }

    fn end(&mut self, ops: &mut Vec<Op>) {
        if self.open {
            ops.push(Op::EndTextSection);
            self.open = false;
        }
    }
}

fn pdf_date(m: &Metadata) -> printpdf::DateTime {
    printpdf::DateTime {
        date: printpdf::Date {
            year: m.date.year_value(),
            month: m.date.month_value().unwrap_or(1),
            day: m.date.day_value().unwrap_or(1),
        },
        time: printpdf::Time {
            hour: 0,
            minute: 0,
            second: 0,
            millisecond: 0,
        },
        offset: printpdf::Offset {
            hours: 0,
            minutes: 0,
            seconds: 0,
            milliseconds: 0,
        },
    }
}

/// Deflates every stream that allows it at level 3 (lopdf's own
/// `compress` uses the best level: under 1 % smaller here, and it took
/// half of the export time; the default level 6 makes the all-topics
/// brief 4 % smaller than level 3 and took a quarter of the export)
/// and feeds every stream's content to `hash`, for the file identifier.
/// One compressor serves every stream: a new one per stream zeroed
/// about 300 KB of tables each time (a twentieth of an export's
/// instructions, and fresh pages for the kernel to fault in).
fn compress_streams(doc: &mut lopdf::Document, hash: &mut Sha256) -> Result<(), PdfError> {
    let mut z = flate2::Compress::new(flate2::Compression::new(3), true);
    for object in doc.objects.values_mut() {
        let lopdf::Object::Stream(stream) = object else {
            continue;
        };
        if stream.allows_compression && stream.dict.get(b"Filter").is_err() {
            let deflated = deflate(&mut z, &stream.content)?;
            if deflated.len() + 19 < stream.content.len() {
                stream.dict.set("Filter", "FlateDecode");
                stream.set_content(deflated);
            }
        }
        hash.update(&stream.content);
    }
    Ok(())
}

/// `data` deflated in the zlib format by `z`, which starts afresh.
fn deflate(z: &mut flate2::Compress, data: &[u8]) -> Result<Vec<u8>, PdfError> {
    z.reset();
    let mut out = Vec::with_capacity(data.len() / 2 + 64);
    loop {
        let read = usize::try_from(z.total_in()).unwrap_or(data.len());
        let status = z
            .compress_vec(&data[read..], &mut out, flate2::FlushCompress::Finish)
            .map_err(|e| PdfError::Write(e.to_string()))?;
        if status == flate2::Status::StreamEnd {
            return Ok(out);
        }
        out.reserve(out.capacity().max(4096));
    }
}

/// printpdf writes a PDF/X version into the document information whatever
/// the file is; the brief makes no such claim, and an empty identifier says
/// nothing either.
fn drop_false_claims(doc: &mut lopdf::Document) {
    let Ok(info_id) = doc.trailer.get(b"Info").and_then(|o| o.as_reference()) else {
        return;
    };
    if let Ok(info) = doc.get_dictionary_mut(info_id) {
        info.remove(b"GTS_PDFXVersion");
        info.remove(b"Identifier");
    }
}

/// Renders the pages to PDF bytes.
pub fn write_pdf(pages: &Pages) -> Result<Vec<u8>, PdfError> {
    let meta = &pages.metadata;
    let mut doc = PdfDocument::new(&meta.title);
    let info = &mut doc.metadata.info;
    info.author = meta.author.clone();
    info.subject = meta.subject.clone();
    info.keywords = meta.keywords.clone();
    info.creator = format!("eGov Brief {}", env!("CARGO_PKG_VERSION"));
    info.producer = format!("eGov Brief {} (printpdf)", env!("CARGO_PKG_VERSION"));
    info.creation_date = pdf_date(meta);
    info.modification_date = pdf_date(meta);
    info.metadata_date = pdf_date(meta);
    info.identifier = String::new();

    let used: BTreeSet<FontStyle> = pages
        .pages
        .iter()
        .flat_map(|p| p.texts().map(|t| t.style))
        .collect();
    for style in used {
        doc.resources
            .fonts
            .map
            .insert(font_id(style), PdfFont::new(parsed_font(style)?.clone()));
    }

    let size = pages.size;
    let pdf_pages = pages
        .pages
        .iter()
        .map(|p| {
            let ops = page_ops(&p.items, size.height);
            PdfPage::new(mm(size.width), mm(size.height), ops)
        })
        .collect();
    doc.with_pages(pdf_pages);

    let opts = PdfSaveOptions {
        optimize: true,
        subset_fonts: true,
        secure: true,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    let mut lo = doc.to_lopdf_document(&opts, &mut warnings);
    drop_false_claims(&mut lo);
    nav::add_navigation(&mut lo, pages)?;
    // A hash of the content and the title (SHA-256, the first 16 bytes in
    // hex) instead of printpdf's random identifier: the same brief gets
    // the same identifier.
    let mut hash = Sha256::new();
    compress_streams(&mut lo, &mut hash)?;
    hash.update(meta.title.as_bytes());
    let id = hex::encode(&hash.finalize()[..16]);
    lo.trailer.set(
        "ID",
        lopdf::Object::Array(vec![
            lopdf::Object::String(id.clone().into_bytes(), lopdf::StringFormat::Literal),
            lopdf::Object::String(id.into_bytes(), lopdf::StringFormat::Literal),
        ]),
    );
    let mut bytes = Vec::new();
    // Object streams (PDF 1.5): the page dictionaries, with ~200 citation
    // links on a full brief, are compressed too (148 → 124 KB).
    lo.save_modern(&mut bytes)
        .map_err(|e| PdfError::Write(e.to_string()))?;
    Ok(bytes)
}
