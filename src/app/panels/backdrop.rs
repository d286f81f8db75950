//! The grey backdrop and the pages' shadows, painted only where they can
//! be seen. Under a software OpenGL (Mesa llvmpipe: virtual machines,
//! remote desktops) a repaint costs what the pixels shaded cost, and the
//! backdrop and three shadow layers under each page were most of them.
//!
//! Each shape is the one painted before (same rectangle, same colour), but
//! clipped to pixel-aligned pieces of the panel that leave out the inside
//! of each visible page, which its opaque white sheet covers anyway: the
//! screen shows the same pixels, and the hidden ones are not shaded.

use egui::{Color32, LayerId, Painter, Rect, Shape, pos2};

use crate::render::egui::{PageTransform, shadow_shapes};

/// Where the backdrop goes: the panel's rectangle and clip, its layer.
#[derive(Debug, Clone, Copy)]
pub struct Backdrop {
    pub rect: Rect,
    pub clip: Rect,
    pub layer: LayerId,
    pub fill: Color32,
}

impl Backdrop {
    /// Paints the backdrop and the shadows of the pages at `pages` around
    /// the pages' insides; `view_clip` is the scroll area's clip (the
    /// shadows were clipped to it).
    pub fn paint(&self, ctx: &egui::Context, pages: &[PageTransform], view_clip: Rect) {
        let ppp = ctx.pixels_per_point();
        let holes: Vec<Rect> = pages
            .iter()
            .filter_map(|t| opaque_inside(t.page_rect(), view_clip, ppp))
            .collect();
        let backdrop = Shape::Rect(egui::epaint::RectShape::new(
            self.rect,
            0.0,
            self.fill,
            egui::Stroke::NONE,
            egui::StrokeKind::Inside,
        ));
        let shadows: Vec<Shape> = pages.iter().flat_map(|&t| shadow_shapes(t)).collect();
        for piece in pieces(self.clip, &holes) {
            let painter = Painter::new(ctx.clone(), self.layer, piece);
            painter.add(backdrop.clone());
            let shadow_clip = piece.intersect(view_clip);
            if shadow_clip.is_positive() {
                let painter = painter.with_clip_rect(shadow_clip);
                for s in &shadows {
                    if s.visual_bounding_rect().intersects(shadow_clip) {
                        painter.add(s.clone());
                    }
                }
            }
        }
    }
}

/// The part of a page on screen that its white sheet covers opaquely, in
/// whole pixels: one pixel in from each edge (the sheet's edge is
/// anti-aliased), and within the scroll area's clip (rounded inwards, so
/// the rows the sheet cannot reach keep the backdrop).
fn opaque_inside(page: Rect, view_clip: Rect, ppp: f32) -> Option<Rect> {
    let r = page.intersect(view_clip);
    let inner = |v: f32, edge: f32, inwards: f32| {
        let px = if inwards > 0.0 {
            (v * ppp).ceil()
        } else {
            (v * ppp).floor()
        };
        // One pixel away from the page's own edge, none from the clip's.
        if (v - edge).abs() < f32::EPSILON {
            (px + inwards) / ppp
        } else {
            px / ppp
        }
    };
    let hole = Rect::from_min_max(
        pos2(
            inner(r.left(), page.left(), 1.0),
            inner(r.top(), page.top(), 1.0),
        ),
        pos2(
            inner(r.right(), page.right(), -1.0),
            inner(r.bottom(), page.bottom(), -1.0),
        ),
    );
    hole.is_positive().then_some(hole)
}

/// `clip` less the `holes` (stacked top to bottom, not overlapping), as
/// disjoint rectangles: bands between the holes, and the parts left and
/// right of each.
fn pieces(clip: Rect, holes: &[Rect]) -> Vec<Rect> {
    let mut out = Vec::new();
    let mut y = clip.top();
    let mut push = |r: Rect| {
        if r.is_positive() {
            out.push(r);
        }
    };
    for h in holes {
        let h = h.intersect(clip);
        if !h.is_positive() {
            continue;
        }
        push(Rect::from_x_y_ranges(clip.x_range(), y..=h.top()));
        push(Rect::from_x_y_ranges(clip.left()..=h.left(), h.y_range()));
        push(Rect::from_x_y_ranges(h.right()..=clip.right(), h.y_range()));
        y = h.bottom();
    }
    push(Rect::from_x_y_ranges(clip.x_range(), y..=clip.bottom()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pieces_cover_the_clip_less_the_holes_once() {
        let clip = Rect::from_min_max(pos2(0.0, 0.0), pos2(100.0, 100.0));
        let holes = [
            Rect::from_min_max(pos2(10.0, -20.0), pos2(90.0, 40.0)),
            Rect::from_min_max(pos2(10.0, 60.0), pos2(90.0, 130.0)),
        ];
        let p = pieces(clip, &holes);
        let area: f32 = p.iter().map(|r| r.area()).sum();
        assert_eq!(area, 100.0 * 100.0 - 80.0 * 40.0 - 80.0 * 40.0);
        for (i, a) in p.iter().enumerate() {
            for b in &p[i + 1..] {
                assert!(!a.intersect(*b).is_positive(), "{a:?} overlaps {b:?}");
            }
        }
    }

    #[test]
    fn the_hole_stays_a_pixel_inside_the_page() {
        let page = Rect::from_min_max(pos2(10.3, 20.6), pos2(500.2, 700.9));
        let view = Rect::from_min_max(pos2(0.0, 0.0), pos2(800.0, 600.5));
        let h = opaque_inside(page, view, 1.0).unwrap();
        assert_eq!(h, Rect::from_min_max(pos2(12.0, 22.0), pos2(499.0, 600.0)));
    }
}
