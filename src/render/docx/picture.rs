//! Charts as pictures: drawn from the charts the layout laid out for the
//! PDF and the preview (without the source line, which follows as text
//! with live `[n]`), placed inline with alt text that says what the
//! chart shows.
//!
//! Each chart is drawn twice from the same items, both as vectors: an
//! SVG in Office's `asvg:svgBlip` extension, which Word 2016+ draws, and
//! an EMF as the picture's own image, which every Word and LibreOffice
//! (7.4 reads no svgBlip) draw.

use super::emf::chart_emf;
use super::svg::chart_svg;
use super::units::emu;
use super::xml::Xml;
use crate::brief::document::ChartSpec;
use crate::brief::wording::{chart_alt_text, chart_name};
use crate::layout::chart::LaidChart;

/// The extension of `a:blip` that holds an SVG (MS-ODRAWXML 2.26.1.1).
const SVG_BLIP_URI: &str = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}";
const SVG_NS: &str = "http://schemas.microsoft.com/office/drawing/2016/SVG/main";

/// A chart as SVG and as EMF, its size on the page and its description.
#[derive(Debug, Clone)]
pub struct ChartPicture {
    /// 1-based, unique in the document: the picture's id and file name.
    pub number: usize,
    pub svg: Vec<u8>,
    /// The picture's own image, for readers without the SVG extension.
    pub emf: Vec<u8>,
    /// Size on the page, in points.
    pub width: f32,
    pub height: f32,
    /// The name Word shows ("Biểu đồ 1").
    pub name: String,
    /// Alt text: title, axis, every point, targets and the key.
    pub description: String,
}

impl ChartPicture {
    /// Path of the EMF inside the package.
    pub fn part_name(&self) -> String {
        format!("word/media/bieu-do-{}.emf", self.number)
    }

    /// Path of the SVG inside the package.
    pub fn svg_part_name(&self) -> String {
        format!("word/media/bieu-do-{}.svg", self.number)
    }

    /// Relationship id of the EMF from the document part.
    pub fn rel_id(&self) -> String {
        format!("rIdChart{}", self.number)
    }

    /// Relationship id of the SVG from the document part.
    pub fn svg_rel_id(&self) -> String {
        format!("rIdChartSvg{}", self.number)
    }
}

/// Writes the laid-out chart's picture as SVG and as EMF; `spec` gives
/// its name and alt text.
pub fn chart_picture(spec: &ChartSpec, chart: &LaidChart) -> ChartPicture {
    let items = chart.picture();
    let (width, height) = (chart.width, chart.picture_height());
    ChartPicture {
        number: chart.number,
        svg: chart_svg(items, width, height),
        emf: chart_emf(items, width, height),
        width,
        height,
        name: chart_name(chart.number),
        description: chart_alt_text(spec),
    }
}

/// The inline `w:drawing` of a picture (inside a run).
pub fn drawing(x: &mut Xml, p: &ChartPicture) {
    let (cx, cy) = (emu(p.width), emu(p.height));
    let id = p.number.to_string();
    let name = &p.name;
    x.raw("<w:drawing>")
        .open(
            "wp:inline",
            &[("distT", "0"), ("distB", "0"), ("distL", "0"), ("distR", "0")],
        )
        .empty("wp:extent", &[("cx", &cx), ("cy", &cy)])
        .raw("<wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>")
        .empty(
            "wp:docPr",
            &[("id", &id), ("name", name), ("descr", &p.description)],
        )
        .raw(
            "<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>\
             <a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">\
             <pic:pic><pic:nvPicPr>",
        )
        .empty(
            "pic:cNvPr",
            &[("id", &id), ("name", name), ("descr", &p.description)],
        )
        .raw("<pic:cNvPicPr/></pic:nvPicPr><pic:blipFill>")
        .open("a:blip", &[("r:embed", &p.rel_id())])
        .raw("<a:extLst>")
        .open("a:ext", &[("uri", SVG_BLIP_URI)])
        .empty(
            "asvg:svgBlip",
            &[("xmlns:asvg", SVG_NS), ("r:embed", &p.svg_rel_id())],
        )
        .raw("</a:ext></a:extLst></a:blip><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/>")
        .empty("a:ext", &[("cx", &cx), ("cy", &cy)])
        .raw("</a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>")
        .raw("</a:graphicData></a:graphic></wp:inline></w:drawing>");
}
