//! Drawing chart items (text runs, polylines, dots) onto a bitmap with
//! tiny-skia, text as the bundled fonts' glyph outlines (read with
//! ttf-parser), and encoding it as a small PNG: grey levels for black
//! print, else a palette of the few colours a chart uses whenever they
//! fit in 256.

use std::collections::HashMap;
use std::sync::OnceLock;

use tiny_skia::{Color, FillRule, Paint, PathBuilder, Pixmap, Transform};
use ttf_parser::Face;

use crate::layout::FontStyle;
use crate::layout::page::{Item, Rgb, Stroke, TextRun};

#[derive(Debug, thiserror::Error)]
pub enum RasterError {
    #[error("biểu đồ có kích thước không vẽ được ({0} × {1} điểm ảnh)")]
    Size(u32, u32),
    #[error("không mã hoá được ảnh biểu đồ: {0}")]
    Png(String),
}

/// The four serif faces, parsed once per process.
fn face(style: FontStyle) -> Option<&'static Face<'static>> {
    static FACES: OnceLock<Vec<Option<Face<'static>>>> = OnceLock::new();
    FACES
        .get_or_init(|| {
            FontStyle::ALL
                .iter()
                .map(|s| Face::parse(s.bytes(), 0).ok())
                .collect()
        })
        .get(style.index())?
        .as_ref()
}

/// A white bitmap in page points scaled to the print resolution.
pub struct Canvas {
    pixmap: Pixmap,
    scale: f32,
    dpi: f32,
}

impl Canvas {
    /// A canvas `width` × `height` points at `dpi`.
    pub fn new(width: f32, height: f32, dpi: f32) -> Result<Self, RasterError> {
        let scale = dpi / 72.0;
        let (w, h) = (
            (width * scale).ceil().max(1.0) as u32,
            (height * scale).ceil().max(1.0) as u32,
        );
        if w > 8000 || h > 8000 {
            return Err(RasterError::Size(w, h));
        }
        let mut pixmap = Pixmap::new(w, h).ok_or(RasterError::Size(w, h))?;
        pixmap.fill(Color::WHITE);
        Ok(Self { pixmap, scale, dpi })
    }

    fn transform(&self) -> Transform {
        Transform::from_scale(self.scale, self.scale)
    }

    pub fn draw(&mut self, item: &Item) {
        match item {
            Item::Text(run) => self.text(run),
            Item::Polyline { points, stroke } => {
                let mut pb = PathBuilder::new();
                for (i, &(x, y)) in points.iter().enumerate() {
                    if i == 0 {
                        pb.move_to(x, y);
                    } else {
                        pb.line_to(x, y);
                    }
                }
                if let Some(path) = pb.finish() {
                    self.stroke(&path, stroke);
                }
            }
            Item::Dot {
                x,
                y,
                radius,
                fill,
                stroke,
            } => {
                if let Some(path) = PathBuilder::from_circle(*x, *y, *radius) {
                    let t = self.transform();
                    self.pixmap
                        .fill_path(&path, &paint(*fill), FillRule::Winding, t, None);
                    if let Some(s) = stroke {
                        self.stroke(&path, s);
                    }
                }
            }
        }
    }

    fn stroke(&mut self, path: &tiny_skia::Path, s: &Stroke) {
        let stroke = tiny_skia::Stroke {
            width: s.width,
            dash: s
                .dash
                .and_then(|(on, off)| tiny_skia::StrokeDash::new(vec![on, off], 0.0)),
            ..tiny_skia::Stroke::default()
        };
        let t = self.transform();
        self.pixmap
            .stroke_path(path, &paint(s.color), &stroke, t, None);
    }

    /// The run's glyph outlines, advanced by the fonts' own widths (as the
    /// layout measured them), filled in the run's colour.
    fn text(&mut self, run: &TextRun) {
        let Some(face) = face(run.style) else {
            return;
        };
        let em = run.size / face.units_per_em() as f32;
        let mut pb = PathBuilder::new();
        let mut x = run.x;
        for ch in run.text.chars() {
            let gid = face.glyph_index(ch).unwrap_or(ttf_parser::GlyphId(0));
            let mut outline = Outline {
                pb: &mut pb,
                x,
                y: run.y,
                em,
            };
            face.outline_glyph(gid, &mut outline);
            x += face.glyph_hor_advance(gid).unwrap_or(0) as f32 * em;
        }
        if let Some(path) = pb.finish() {
            let t = self.transform();
            self.pixmap
                .fill_path(&path, &paint(run.color), FillRule::Winding, t, None);
        }
    }

    /// The bitmap as PNG, with its resolution recorded.
    pub fn into_png(self) -> Result<Vec<u8>, RasterError> {
        let (w, h) = (self.pixmap.width(), self.pixmap.height());
        // Opaque white under everything: premultiplied equals straight.
        let rgb: Vec<[u8; 3]> = self
            .pixmap
            .pixels()
            .iter()
            .map(|p| [p.red(), p.green(), p.blue()])
            .collect();
        let ppm = (self.dpi / 0.0254).round() as u32;
        encode_png(&rgb, w, h, ppm).map_err(|e| RasterError::Png(e.to_string()))
    }
}

fn paint(c: Rgb) -> Paint<'static> {
    let mut p = Paint::default();
    p.set_color_rgba8(c.0, c.1, c.2, 255);
    p.anti_alias = true;
    p
}

/// Glyph outlines in font units to page points: scaled, the y axis
/// flipped, the origin on the baseline at `x`.
struct Outline<'a> {
    pb: &'a mut PathBuilder,
    x: f32,
    y: f32,
    em: f32,
}

impl Outline<'_> {
    fn p(&self, x: f32, y: f32) -> (f32, f32) {
        (self.x + x * self.em, self.y - y * self.em)
    }
}

impl ttf_parser::OutlineBuilder for Outline<'_> {
    fn move_to(&mut self, x: f32, y: f32) {
        let (x, y) = self.p(x, y);
        self.pb.move_to(x, y);
    }
    fn line_to(&mut self, x: f32, y: f32) {
        let (x, y) = self.p(x, y);
        self.pb.line_to(x, y);
    }
    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        let (x1, y1) = self.p(x1, y1);
        let (x, y) = self.p(x, y);
        self.pb.quad_to(x1, y1, x, y);
    }
    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        let (x1, y1) = self.p(x1, y1);
        let (x2, y2) = self.p(x2, y2);
        let (x, y) = self.p(x, y);
        self.pb.cubic_to(x1, y1, x2, y2, x, y);
    }
    fn close(&mut self) {
        self.pb.close();
    }
}

/// The palette of an image, in order of first use, when it has at most
/// 256 colours; `quantum` > 1 rounds each channel to its multiples first.
fn palette(rgb: &[[u8; 3]], quantum: u8) -> Option<(Vec<[u8; 3]>, Vec<u8>)> {
    let q = |v: u8| -> u8 {
        if quantum <= 1 {
            return v;
        }
        let q = quantum as u16;
        (((v as u16 + q / 2) / q) * q).min(255) as u8
    };
    let mut index: HashMap<[u8; 3], u8> = HashMap::new();
    let mut colours = Vec::new();
    let mut data = Vec::with_capacity(rgb.len());
    // Runs of one colour (mostly the white ground) skip the look-up.
    let mut last: Option<([u8; 3], u8)> = None;
    for p in rgb {
        if let Some((c, i)) = last
            && c == *p
        {
            data.push(i);
            continue;
        }
        let c = [q(p[0]), q(p[1]), q(p[2])];
        let i = match index.get(&c) {
            Some(&i) => i,
            None => {
                if colours.len() == 256 {
                    return None;
                }
                let i = colours.len() as u8;
                index.insert(c, i);
                colours.push(c);
                i
            }
        };
        data.push(i);
        last = Some((*p, i));
    }
    Some((colours, data))
}

fn encode_png(rgb: &[[u8; 3]], w: u32, h: u32, ppm: u32) -> Result<Vec<u8>, png::EncodingError> {
    let mut out = Vec::new();
    let mut enc = png::Encoder::new(&mut out, w, h);
    enc.set_depth(png::BitDepth::Eight);
    // Palette and grey images of a few colours: fast compression is
    // nearly as small and several times quicker (the fastest setting
    // made the stand-ins twice as large for no time saved).
    enc.set_compression(png::Compression::Fast);
    enc.set_pixel_dims(Some(png::PixelDimensions {
        xppu: ppm,
        yppu: ppm,
        unit: png::Unit::Meter,
    }));
    // Black print is all greys: one byte a pixel, nothing to look up.
    if rgb.iter().all(|p| p[0] == p[1] && p[1] == p[2]) {
        enc.set_color(png::ColorType::Grayscale);
        let mut writer = enc.write_header()?;
        writer.write_image_data(&rgb.iter().map(|p| p[0]).collect::<Vec<u8>>())?;
        writer.finish()?;
        return Ok(out);
    }
    let indexed = palette(rgb, 1).or_else(|| palette(rgb, 17));
    let data = match indexed {
        Some((colours, data)) => {
            enc.set_color(png::ColorType::Indexed);
            enc.set_palette(colours.concat());
            data
        }
        None => {
            enc.set_color(png::ColorType::Rgb);
            rgb.concat()
        }
    };
    let mut writer = enc.write_header()?;
    writer.write_image_data(&data)?;
    writer.finish()?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn few_colours_make_an_indexed_png_and_many_an_rgb_one() {
        let few: Vec<[u8; 3]> = (0..64).map(|i| [(i % 4) as u8 * 60, 0, 0]).collect();
        let png = encode_png(&few, 8, 8, 6693).unwrap();
        assert_eq!(&png[1..4], b"PNG");
        assert_eq!(png[25], 3, "colour type: indexed");
        let many: Vec<[u8; 3]> = (0..4096)
            .map(|i| [(i % 256) as u8, (i / 16) as u8, (i * 7 % 256) as u8])
            .collect();
        let png = encode_png(&many, 64, 64, 6693).unwrap();
        assert_eq!(png[25], 2, "colour type: RGB");
        let greys: Vec<[u8; 3]> = (0..64).map(|i| [i as u8 * 3; 3]).collect();
        let png = encode_png(&greys, 8, 8, 6693).unwrap();
        assert_eq!(png[25], 0, "colour type: grey");
    }

    #[test]
    fn text_is_drawn_in_ink() {
        let mut c = Canvas::new(100.0, 30.0, 150.0).unwrap();
        c.draw(&Item::Text(TextRun {
            x: 5.0,
            y: 20.0,
            text: "Hà Nội 30,86%".into(),
            style: FontStyle::Bold,
            size: 12.0,
            color: Rgb::BLACK,
            width: 80.0,
            link: None,
        }));
        let dark = c.pixmap.pixels().iter().filter(|p| p.red() < 100).count();
        assert!(dark > 200, "{dark} dark pixels");
    }
}
