//! Charts as pictures: drawn from the same chart layout the PDF and the
//! preview draw (without the source line, which follows as text with
//! live `[n]`), placed inline with alt text that says what the chart
//! shows.

use super::raster::{Canvas, RasterError};
use super::xml::Xml;
use crate::brief::document::ChartSpec;
use crate::layout::chart::{CHART_HEIGHT, layout_chart};

/// Print resolution of the chart pictures: sharp on paper, small files.
pub const DPI: f32 = 170.0;
/// English Metric Units per point.
const EMU_PER_POINT: i64 = 12_700;

/// A chart drawn to PNG, with its size on the page and its description.
#[derive(Debug, Clone)]
pub struct ChartPicture {
    /// 1-based, unique in the document: the picture's id and file name.
    pub number: usize,
    pub png: Vec<u8>,
    /// Size on the page, in points.
    pub width: f32,
    pub height: f32,
    /// Alt text: title, axis, every point, targets and the key.
    pub description: String,
}

impl ChartPicture {
    /// Path inside the package.
    pub fn part_name(&self) -> String {
        format!("word/media/bieu-do-{}.png", self.number)
    }

    /// Relationship id from the document part.
    pub fn rel_id(&self) -> String {
        format!("rIdChart{}", self.number)
    }
}

/// Draws the chart `width` points wide at [`DPI`].
pub fn chart_picture(
    spec: &ChartSpec,
    number: usize,
    width: f32,
) -> Result<ChartPicture, RasterError> {
    let picture_only = ChartSpec {
        source_line: Vec::new(),
        ..spec.clone()
    };
    let items = layout_chart(&picture_only, width);
    // Cut the picture under its lowest item: the source line's room
    // stays empty when the source is set as text.
    let bottom = items
        .iter()
        .map(|i| i.bounds().bottom())
        .fold(0.0_f32, f32::max);
    let height = (bottom + 3.0).clamp(1.0, CHART_HEIGHT);
    let mut canvas = Canvas::new(width, height, DPI)?;
    for item in &items {
        canvas.draw(item);
    }
    Ok(ChartPicture {
        number,
        png: canvas.into_png()?,
        width,
        height,
        description: description(spec),
    })
}

/// What the chart shows, in its own words: "Title. Axis. 2014: 99;
/// 2016: 89. Target. Key."
pub fn description(spec: &ChartSpec) -> String {
    let mut parts = vec![spec.title.clone(), spec.axis_label.clone()];
    let points: Vec<String> = spec
        .points
        .iter()
        .map(|p| format!("{}: {}", p.x_label, p.label))
        .chain(
            spec.bars
                .iter()
                .map(|b| format!("{}: {}", b.label, b.value_label)),
        )
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

fn emu(points: f32) -> String {
    (points as f64 * EMU_PER_POINT as f64).round().to_string()
}

/// The inline `w:drawing` of a picture (inside a run).
pub fn drawing(x: &mut Xml, p: &ChartPicture) {
    let (cx, cy) = (emu(p.width), emu(p.height));
    let id = p.number.to_string();
    let name = format!("Biểu đồ {}", p.number);
    x.raw("<w:drawing>")
        .open(
            "wp:inline",
            &[("distT", "0"), ("distB", "0"), ("distL", "0"), ("distR", "0")],
        )
        .empty("wp:extent", &[("cx", &cx), ("cy", &cy)])
        .raw("<wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>")
        .empty(
            "wp:docPr",
            &[("id", &id), ("name", &name), ("descr", &p.description)],
        )
        .raw(
            "<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>\
             <a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">\
             <pic:pic><pic:nvPicPr>",
        )
        .empty(
            "pic:cNvPr",
            &[("id", &id), ("name", &name), ("descr", &p.description)],
        )
        .raw("<pic:cNvPicPr/></pic:nvPicPr><pic:blipFill>")
        .empty("a:blip", &[("r:embed", &p.rel_id())])
        .raw("<a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/>")
        .empty("a:ext", &[("cx", &cx), ("cy", &cy)])
        .raw("</a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>")
        .raw("</a:graphicData></a:graphic></wp:inline></w:drawing>");
}
