//! Drawing the laid-out pages with egui, for the app's preview.
//!
//! Nothing is laid out again here: every item of a [`Page`] becomes an
//! egui shape at the same place the PDF writer puts it, only scaled. Text
//! is drawn with the same Liberation Serif face the PDF embeds (installed in
//! egui under [`family`]), its baseline on the run's baseline; items are
//! drawn in the layout's paint order, as in the PDF.

use egui::epaint::CircleShape;
use egui::{Color32, FontFamily, FontId, Painter, Pos2, Shape, StrokeKind, pos2, vec2};

use crate::layout::page::{PageSize, Stroke};
use crate::layout::{FontStyle, Fonts, Item, Page, Rgb, TextRun};

/// The egui font family of a serif face: its stable name.
pub fn family(style: FontStyle) -> FontFamily {
    FontFamily::Name(style.name().into())
}

pub fn color(c: Rgb) -> Color32 {
    Color32::from_rgb(c.0, c.1, c.2)
}

/// Where a page sits on the screen and how big: page points to egui points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PageTransform {
    /// Screen position of the page's top-left corner.
    pub origin: Pos2,
    /// egui points per PDF point.
    pub scale: f32,
    /// The sheet, in PDF points.
    pub size: PageSize,
}

impl PageTransform {
    pub fn new(origin: Pos2, scale: f32, size: PageSize) -> Self {
        Self {
            origin,
            scale,
            size,
        }
    }

    pub fn point(&self, x: f32, y: f32) -> Pos2 {
        pos2(
            self.origin.x + x * self.scale,
            self.origin.y + y * self.scale,
        )
    }

    pub fn rect(&self, r: &crate::layout::Rect) -> egui::Rect {
        egui::Rect::from_min_size(self.point(r.x, r.y), vec2(r.w, r.h) * self.scale)
    }

    /// The whole sheet on screen.
    pub fn page_rect(&self) -> egui::Rect {
        egui::Rect::from_min_size(
            self.origin,
            vec2(self.size.width, self.size.height) * self.scale,
        )
    }

    fn stroke(&self, s: &Stroke) -> egui::Stroke {
        egui::Stroke::new(s.width * self.scale, color(s.color))
    }
}

/// Draws the white sheet with a thin border and a soft shadow.
pub fn paint_paper(painter: &Painter, t: PageTransform) {
    painter.extend(shadow_shapes(t));
    paint_sheet(painter, t);
}

/// The soft shadow under a sheet: three translucent layers, offset to the
/// bottom right. Only what shows beside the sheet needs painting.
pub fn shadow_shapes(t: PageTransform) -> [Shape; 3] {
    let rect = t.page_rect();
    [(4.0, 30), (2.5, 45), (1.2, 60)].map(|(offset, alpha)| {
        Shape::rect_filled(
            rect.translate(vec2(offset, offset)),
            0.0,
            Color32::from_black_alpha(alpha),
        )
    })
}

/// The white sheet (opaque) with a thin border.
pub fn paint_sheet(painter: &Painter, t: PageTransform) {
    let rect = t.page_rect();
    painter.rect_filled(rect, 0.0, Color32::WHITE);
    painter.rect_stroke(
        rect,
        0.0,
        egui::Stroke::new(1.0, Color32::from_gray(150)),
        StrokeKind::Outside,
    );
}

/// Draws a page's items in paint order (shapes, then the text on top).
/// Items outside the painter's clip rectangle are skipped.
pub fn paint_page(painter: &Painter, page: &Page, t: PageTransform) {
    let clip = painter.clip_rect();
    for item in &page.items {
        if !t.rect(&item.bounds()).intersects(clip) {
            continue;
        }
        match item {
            Item::Text(run) => paint_text(painter, run, t),
            shape => paint_shape(painter, shape, t),
        }
    }
}

fn paint_shape(painter: &Painter, item: &Item, t: PageTransform) {
    match item {
        Item::Polyline { points, stroke } => {
            let pts: Vec<Pos2> = points.iter().map(|&(x, y)| t.point(x, y)).collect();
            if pts.len() < 2 {
                return;
            }
            let s = t.stroke(stroke);
            match stroke.dash {
                Some((on, off)) if on > 0.0 => {
                    painter.extend(Shape::dashed_line(&pts, s, on * t.scale, off * t.scale));
                }
                _ => {
                    painter.add(Shape::line(pts, s));
                }
            }
        }
        Item::Dot {
            x,
            y,
            radius,
            fill,
            stroke,
        } => {
            painter.add(CircleShape {
                center: t.point(*x, *y),
                radius: radius * t.scale,
                fill: color(*fill),
                stroke: stroke.map(|s| t.stroke(&s)).unwrap_or(egui::Stroke::NONE),
            });
        }
        Item::Text(_) => {}
    }
}

/// Draws a run so that its baseline lands on `y * scale`.
fn paint_text(painter: &Painter, run: &TextRun, t: PageTransform) {
    if run.text.is_empty() {
        return;
    }
    let c = color(run.color);
    let font = FontId::new(run.size * t.scale, family(run.style));
    let galley = painter.layout_no_wrap(run.text.clone(), font, c);
    // The baseline inside the galley: the first glyph's, or the face's
    // ascent when the galley has no glyph.
    let baseline = galley
        .rows
        .first()
        .and_then(|row| row.glyphs.first().map(|g| row.pos.y + g.pos.y))
        .unwrap_or_else(|| Fonts::get().ascent(run.style, run.size) * t.scale);
    let at = t.point(run.x, run.y);
    painter.galley(pos2(at.x, at.y - baseline), galley, c);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::page::{PAGE_HEIGHT, PAGE_WIDTH};

    #[test]
    fn page_points_map_to_screen() {
        let a4 = PageSize {
            width: PAGE_WIDTH,
            height: PAGE_HEIGHT,
        };
        let t = PageTransform::new(pos2(10.0, 20.0), 2.0, a4);
        assert_eq!(t.point(1.0, 2.0), pos2(12.0, 24.0));
        let r = t.page_rect();
        assert!((r.width() - PAGE_WIDTH * 2.0).abs() < 1e-3);
        assert!((r.height() - PAGE_HEIGHT * 2.0).abs() < 1e-3);
    }
}
