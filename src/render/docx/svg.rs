//! Chart items (text runs, polylines, dots) as an SVG picture: the
//! vector copy of a chart that Word 2016+ and LibreOffice draw, from the
//! very items the PDF draws.
//!
//! Text stays text, in "Times New Roman" with Liberation Serif (its
//! metric-compatible twin, the face the layout measured) as the next
//! choice: every run starts at the x the layout gave it and the two faces
//! have the same advance widths, so the labels sit where they sit in the
//! PDF, while a reader can still search them and, after Word's "Convert
//! to Shape", correct a figure. Outlines would be exact to the glyph, but
//! ten times larger, and a figure drawn as a path can no longer be edited.

use std::fmt::Write;

use super::xml::escape;
use crate::layout::FontStyle;
use crate::layout::page::{Item, Rgb, Stroke, TextRun};

/// The font list of every text: Word's and the layout's serif faces.
pub const FONT_FAMILY: &str = "'Times New Roman', 'Liberation Serif', serif";

/// A number of points with at most two decimals and no trailing zeros
/// (the same input always gives the same text).
struct Num(f32);

impl std::fmt::Display for Num {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let hundredths = (self.0 as f64 * 100.0).round() as i64;
        let (sign, abs) = if hundredths < 0 {
            ("-", -hundredths)
        } else {
            ("", hundredths)
        };
        let (whole, frac) = (abs / 100, abs % 100);
        match frac {
            0 => write!(f, "{sign}{whole}"),
            f2 if f2 % 10 == 0 => write!(f, "{sign}{whole}.{}", f2 / 10),
            f2 => write!(f, "{sign}{whole}.{f2:02}"),
        }
    }
}

fn hex(c: Rgb) -> String {
    format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2)
}

/// The SVG document of `items`, `width` × `height` points, on white.
pub fn chart_svg(items: &[Item], width: f32, height: f32) -> Vec<u8> {
    let (w, h) = (Num(width), Num(height));
    let mut out = String::with_capacity(8192);
    let _ = write!(
        out,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" \
         width=\"{w}pt\" height=\"{h}pt\" viewBox=\"0 0 {w} {h}\">\
         <rect width=\"{w}\" height=\"{h}\" fill=\"#ffffff\"/>"
    );
    for item in items {
        match item {
            Item::Text(run) => text(&mut out, run),
            Item::Polyline { points, stroke } => {
                out.push_str("<polyline points=\"");
                for (i, &(x, y)) in points.iter().enumerate() {
                    let sep = if i == 0 { "" } else { " " };
                    let _ = write!(out, "{sep}{},{}", Num(x), Num(y));
                }
                out.push_str("\" fill=\"none\"");
                stroke_attrs(&mut out, stroke);
                out.push_str("/>");
            }
            Item::Dot {
                x,
                y,
                radius,
                fill,
                stroke,
            } => {
                let _ = write!(
                    out,
                    "<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{}\"",
                    Num(*x),
                    Num(*y),
                    Num(*radius),
                    hex(*fill)
                );
                if let Some(s) = stroke {
                    stroke_attrs(&mut out, s);
                }
                out.push_str("/>");
            }
        }
    }
    out.push_str("</svg>\n");
    out.into_bytes()
}

fn stroke_attrs(out: &mut String, s: &Stroke) {
    let _ = write!(
        out,
        " stroke=\"{}\" stroke-width=\"{}\"",
        hex(s.color),
        Num(s.width)
    );
    if let Some((on, off)) = s.dash {
        let _ = write!(out, " stroke-dasharray=\"{} {}\"", Num(on), Num(off));
    }
}

/// One run at its left edge and baseline. Spaces a reader would
/// collapse (leading, trailing, doubled) are kept.
fn text(out: &mut String, run: &TextRun) {
    if run.text.trim().is_empty() {
        return;
    }
    let _ = write!(
        out,
        "<text x=\"{}\" y=\"{}\" font-family=\"{FONT_FAMILY}\" font-size=\"{}\"",
        Num(run.x),
        Num(run.y),
        Num(run.size)
    );
    if matches!(run.style, FontStyle::Bold | FontStyle::BoldItalic) {
        out.push_str(" font-weight=\"bold\"");
    }
    if matches!(run.style, FontStyle::Italic | FontStyle::BoldItalic) {
        out.push_str(" font-style=\"italic\"");
    }
    if run.color != Rgb::BLACK {
        let _ = write!(out, " fill=\"{}\"", hex(run.color));
    }
    let t = &run.text;
    if t.starts_with(' ') || t.ends_with(' ') || t.contains("  ") {
        out.push_str(" xml:space=\"preserve\"");
    }
    let _ = write!(out, ">{}</text>", escape(t));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_have_at_most_two_decimals_and_no_trailing_zeros() {
        let s = |v: f32| Num(v).to_string();
        assert_eq!(s(48.0), "48");
        assert_eq!(s(3.5), "3.5");
        assert_eq!(s(162.004), "162");
        assert_eq!(s(0.456), "0.46");
        assert_eq!(s(-2.25), "-2.25");
        assert_eq!(s(-0.001), "0");
    }

    #[test]
    fn items_become_svg_shapes_and_text() {
        let items = vec![
            Item::Polyline {
                points: vec![(48.0, 44.0), (48.0, 162.0)],
                stroke: Stroke {
                    width: 0.8,
                    color: Rgb::BLACK,
                    dash: Some((3.0, 2.0)),
                },
            },
            Item::Dot {
                x: 10.0,
                y: 20.0,
                radius: 2.5,
                fill: Rgb(255, 255, 255),
                stroke: None,
            },
            Item::Text(TextRun {
                x: 5.0,
                y: 13.0,
                text: "Hà Nội <30,86%>".into(),
                style: FontStyle::BoldItalic,
                size: 9.5,
                color: Rgb::GREY,
                width: 60.0,
                link: None,
            }),
        ];
        let svg = String::from_utf8(chart_svg(&items, 453.54, 170.0)).unwrap();
        assert!(svg.contains("width=\"453.54pt\" height=\"170pt\" viewBox=\"0 0 453.54 170\""));
        assert!(svg.contains(
            "<polyline points=\"48,44 48,162\" fill=\"none\" stroke=\"#000000\" \
             stroke-width=\"0.8\" stroke-dasharray=\"3 2\"/>"
        ));
        assert!(svg.contains("<circle cx=\"10\" cy=\"20\" r=\"2.5\" fill=\"#ffffff\"/>"));
        assert!(svg.contains(
            "font-size=\"9.5\" font-weight=\"bold\" font-style=\"italic\" \
             fill=\"#6e6e6e\">Hà Nội &lt;30,86%&gt;</text>"
        ));
        assert!(svg.contains("font-family=\"'Times New Roman', 'Liberation Serif', serif\""));
        roxmltree::Document::parse(&svg).unwrap();
    }
}
