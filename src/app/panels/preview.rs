//! The centre of the window: the laid-out pages stacked in a scroll area,
//! with zoom and page navigation. Drawing an item is
//! [`crate::render::egui`]'s job; this panel places the pages, follows the
//! scrolling and turns clicks on `[n]` into citations.

use egui::{Color32, CursorIcon, DragValue, RichText, Role, Sense, Vec2, pos2, vec2};

use super::backdrop::Backdrop;
use crate::app::hit::links;
use crate::app::style::{CARD_ERROR, LINK_HOVER, PREVIEW_BACKGROUND};
use crate::brief::ComposeError;
use crate::brief::document::Citation;
use crate::briefing::Briefing;
use crate::layout::Pages;
use crate::render::egui::{PageTransform, paint_page, paint_sheet};
/// Space around the stack of pages and between two pages, in egui points.
const MARGIN: f32 = 20.0;
const GAP: f32 = 18.0;
/// egui points per PDF point at 100%: a PDF point is 1/72 inch, an egui
/// point nominally 1/96 inch, so 100% shows the page at its printed size.
const SCALE_AT_100: f32 = 96.0 / 72.0;
/// The button that shows the page at its printed size (100%).
pub const ACTUAL_SIZE: &str = "Cỡ thật";
/// Shown over the preview while a newer briefing is being prepared.
pub const UPDATING_MARK: &str = "Đang cập nhật…";
const MIN_PERCENT: f32 = 25.0;
const MAX_PERCENT: f32 = 400.0;
const STEPS: [f32; 15] = [
    25.0, 33.0, 50.0, 67.0, 75.0, 90.0, 100.0, 110.0, 125.0, 150.0, 175.0, 200.0, 250.0, 300.0,
    400.0,
];

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Zoom {
    FitWidth,
    Percent(f32),
}

/// The preview panel: zoom and position of the pages.
#[derive(Debug, Clone)]
pub struct PreviewPanel {
    pub zoom: Zoom,
    /// 0-based page under the top third of the viewport.
    pub current_page: usize,
    /// The page number in the "go to page" field (1-based).
    goto: usize,
    /// A page to bring into view next frame.
    jump_to: Option<usize>,
    /// Scale of the last frame, to keep the place when the zoom changes.
    last_scale: f32,
    last_offset: Vec2,
    /// Point of the viewport (relative to its top-left) that stays put when
    /// the zoom changes.
    zoom_anchor: Vec2,
    /// A newer briefing is being prepared: the pages shown are the last
    /// finished ones.
    pub updating: bool,
}

impl Default for PreviewPanel {
    fn default() -> Self {
        Self {
            zoom: Zoom::FitWidth,
            current_page: 0,
            goto: 1,
            // egui remembers scroll offsets between runs: start at the top
            // of page 1 all the same.
            jump_to: Some(0),
            last_scale: 0.0,
            last_offset: Vec2::ZERO,
            zoom_anchor: Vec2::ZERO,
            updating: false,
        }
    }
}

impl PreviewPanel {
    /// The zoom as a percentage of the printed size (last frame's, for
    /// "fit width").
    pub fn percent(&self) -> f32 {
        match self.zoom {
            Zoom::Percent(p) => p,
            Zoom::FitWidth if self.last_scale > 0.0 => self.last_scale / SCALE_AT_100 * 100.0,
            Zoom::FitWidth => 100.0,
        }
    }

    fn set_percent(&mut self, p: f32) {
        // Tenths of a percent: fine enough for a trackpad's small steps.
        self.zoom = Zoom::Percent(((p * 10.0).round() / 10.0).clamp(MIN_PERCENT, MAX_PERCENT));
    }

    fn zoom_in(&mut self) {
        let p = self.percent();
        let next = STEPS.iter().copied().find(|&s| s > p + 0.5);
        self.set_percent(next.unwrap_or(MAX_PERCENT));
    }

    fn zoom_out(&mut self) {
        let p = self.percent();
        let prev = STEPS.iter().rev().copied().find(|&s| s < p - 0.5);
        self.set_percent(prev.unwrap_or(MIN_PERCENT));
    }

    fn go_to(&mut self, page: usize) {
        self.jump_to = Some(page);
        self.current_page = page;
        self.goto = page + 1;
    }
}

/// Page Up / Page Down / Home / End move between pages when no text field
/// has the keyboard.
impl PreviewPanel {
    pub fn keyboard(&mut self, ctx: &egui::Context, pages: usize) {
        let view = self;
        if pages == 0 || ctx.egui_wants_keyboard_input() {
            return;
        }
        let current = view.current_page.min(pages - 1);
        let target = ctx.input_mut(|i| {
            if i.consume_key(egui::Modifiers::NONE, egui::Key::PageDown) {
                Some((current + 1).min(pages - 1))
            } else if i.consume_key(egui::Modifiers::NONE, egui::Key::PageUp) {
                Some(current.saturating_sub(1))
            } else if i.consume_key(egui::Modifiers::NONE, egui::Key::Home) {
                Some(0)
            } else if i.consume_key(egui::Modifiers::NONE, egui::Key::End) {
                Some(pages - 1)
            } else {
                None
            }
        });
        if let Some(page) = target {
            view.go_to(page);
        }
    }

    /// Previous/next, the page counter and "go to page".
    pub fn navigation(&mut self, ui: &mut egui::Ui, pages: usize) {
        self.page_buttons(ui, pages, false);
        self.goto_field(ui, pages);
    }

    /// Previous/next and the page counter; `short`: arrows only (a narrow
    /// toolbar), the words in the tooltips.
    pub fn page_buttons(&mut self, ui: &mut egui::Ui, pages: usize, short: bool) {
        let view = self;
        let current = view.current_page.min(pages.saturating_sub(1));
        let (prev, next) = if short {
            ("←", "→")
        } else {
            ("← Trang trước", "Trang sau →")
        };
        if ui
            .add_enabled(pages > 0 && current > 0, egui::Button::new(prev))
            .on_hover_text("Về trang trước")
            .clicked()
        {
            view.go_to(current - 1);
        }
        let counter = if pages == 0 {
            "Trang 0/0".to_string()
        } else {
            format!("Trang {}/{}", current + 1, pages)
        };
        ui.label(RichText::new(counter).strong());
        if ui
            .add_enabled(pages > 0 && current + 1 < pages, egui::Button::new(next))
            .on_hover_text("Sang trang sau")
            .clicked()
        {
            view.go_to(current + 1);
        }
    }

    /// "Đến trang" and its number field.
    pub fn goto_field(&mut self, ui: &mut egui::Ui, pages: usize) {
        let view = self;
        let label = ui.label("Đến trang");
        if pages > 0 {
            view.goto = view.goto.clamp(1, pages);
            let response = ui
                .add_enabled(pages > 1, DragValue::new(&mut view.goto).range(1..=pages))
                .labelled_by(label.id)
                .on_hover_text("Gõ số trang rồi nhấn Enter, hoặc kéo");
            if response.changed() {
                let target = view.goto.clamp(1, pages) - 1;
                view.go_to(target);
            }
        }
    }

    pub fn zoom_controls(&mut self, ui: &mut egui::Ui) {
        let view = self;
        if ui
            .selectable_label(view.zoom == Zoom::FitWidth, "Vừa chiều rộng")
            .on_hover_text("Trang vừa khít chiều rộng khung xem")
            .clicked()
        {
            view.zoom = Zoom::FitWidth;
        }
        // Named by what it does: a "100%" beside the zoom shown ("108%")
        // read as two zooms at once.
        if ui
            .selectable_label(view.zoom == Zoom::Percent(100.0), ACTUAL_SIZE)
            .on_hover_text("Trang đúng cỡ khi in (100%)")
            .clicked()
        {
            view.zoom = Zoom::Percent(100.0);
        }
        if ui
            .button("−")
            .on_hover_text("Thu nhỏ (Ctrl + cuộn chuột)")
            .clicked()
        {
            view.zoom_out();
        }
        ui.label(format!("{:.0}%", view.percent()))
            .on_hover_text("Tỷ lệ so với cỡ thật khi in");
        if ui
            .button("+")
            .on_hover_text("Phóng to (Ctrl + cuộn chuột)")
            .clicked()
        {
            view.zoom_in();
        }
    }

    /// The centre of the window: the pages, or why there are none; returns
    /// the citation clicked this frame, if any.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        briefing: &Result<Briefing, ComposeError>,
    ) -> Option<Citation> {
        // With pages, the backdrop is painted around them (see backdrop).
        let pages = briefing.as_ref().ok().filter(|b| !b.pages.is_empty());
        let fill = match pages {
            Some(_) => Color32::TRANSPARENT,
            None => PREVIEW_BACKGROUND,
        };
        egui::CentralPanel::default()
            .frame(egui::Frame::new().fill(fill))
            .show(ui, |ui| {
                let area = ui.max_rect();
                let clicked = match briefing {
                    Ok(b) => {
                        let stale: Vec<usize> =
                            b.document.freshness.stale.iter().map(|(i, _)| *i).collect();
                        stale_notice(ui, &b.document.freshness.stale);
                        unpublished_notice(ui, b.document.freshness.unpublished.as_deref());
                        with_backdrop_colour(ui, |ui| show(ui, &b.pages, &stale, self))
                    }
                    Err(e) => {
                        no_preview(ui, e);
                        None
                    }
                };
                if self.updating {
                    updating_mark(ui, area);
                }
                clicked
            })
            .inner
    }
}

/// Runs `add` in a child that tells its widgets the backdrop's colour,
/// which the panel no longer paints (the scroll area's fade at the edges
/// fades into it).
fn with_backdrop_colour<R>(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    let info = egui::UiStackInfo::new(egui::UiKind::Frame)
        .with_frame(egui::Frame::new().fill(PREVIEW_BACKGROUND));
    ui.scope_builder(egui::UiBuilder::new().ui_stack_info(info), add)
        .inner
}

/// A small, quiet label at the top right of the preview.
/// A bar in the margin beside each key point resting on old figures:
/// drawn in the preview only, never printed.
fn mark_stale(
    painter: &egui::Painter,
    page: &crate::layout::Page,
    t: PageTransform,
    stale: &[usize],
) {
    for b in &page.blocks {
        if b.block.is_some_and(|i| stale.contains(&i)) {
            let r = t.rect(&b.area);
            let bar = egui::Rect::from_min_max(
                pos2(r.left() - 10.0 * t.scale, r.top()),
                pos2(r.left() - 6.0 * t.scale, r.bottom()),
            );
            painter.rect_filled(bar, 0.0, STALE_MARK);
        }
    }
}

/// The colour of the old-figures mark.
const STALE_MARK: Color32 = Color32::from_rgb(230, 140, 0);

/// "Số liệu cũ …": what the marks mean, in a strip above the preview that
/// takes its own room (laid over the page it hid the page's top lines).
fn stale_notice(ui: &mut egui::Ui, stale: &[(usize, String)]) {
    if stale.is_empty() {
        return;
    }
    let themes: Vec<String> = stale.iter().map(|(_, t)| t.clone()).collect();
    egui::Frame::new()
        .fill(Color32::from_rgb(255, 243, 214))
        .inner_margin(egui::Margin::symmetric(10, 4))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(
                RichText::new(crate::brief::wording::window::stale_window_notice(&themes))
                    .small()
                    .color(Color32::from_gray(40)),
            );
        });
}

/// "Báo cáo ký ngày … chỉ dùng thông tin đã công bố đến ngày đó …": why a
/// backdated brief is shorter, in a strip above the preview.
fn unpublished_notice(ui: &mut egui::Ui, notice: Option<&str>) {
    let Some(notice) = notice else {
        return;
    };
    egui::Frame::new()
        .fill(Color32::from_rgb(226, 236, 250))
        .inner_margin(egui::Margin::symmetric(10, 4))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(notice).small().color(Color32::from_gray(40)));
        });
}

fn updating_mark(ui: &mut egui::Ui, area: egui::Rect) {
    let size = vec2(120.0, 22.0);
    let at = pos2(area.right() - size.x - 28.0, area.top() + 6.0);
    ui.put(egui::Rect::from_min_size(at, size), |ui: &mut egui::Ui| {
        egui::Frame::new()
            .fill(Color32::from_white_alpha(220))
            .corner_radius(4.0)
            .inner_margin(egui::Margin::symmetric(8, 3))
            .show(ui, |ui| {
                ui.label(
                    RichText::new(UPDATING_MARK)
                        .small()
                        .color(Color32::from_gray(70)),
                )
            })
            .inner
    });
}

/// What the centre shows when there is no briefing.
fn no_preview(ui: &mut egui::Ui, error: &ComposeError) {
    ui.add_space((ui.available_height() * 0.2).min(140.0));
    ui.vertical_centered(|ui| {
        egui::Frame::new()
            .fill(Color32::WHITE)
            .stroke(egui::Stroke::new(1.0, Color32::from_gray(150)))
            .inner_margin(24.0)
            .show(ui, |ui| {
                ui.set_max_width(440.0);
                ui.vertical_centered(|ui| {
                    ui.label(
                        RichText::new("Chưa có bản xem trước")
                            .heading()
                            .color(Color32::from_gray(30)),
                    );
                    ui.add_space(8.0);
                    ui.label(RichText::new(error.to_string()).color(CARD_ERROR));
                    ui.add_space(8.0);
                    ui.label(
                        RichText::new("Không thể xuất PDF cho đến khi lựa chọn hợp lệ.")
                            .color(Color32::from_gray(70)),
                    );
                });
            });
    });
}

/// Ctrl + wheel over the preview zooms around the pointer.
fn wheel_zoom(ui: &egui::Ui, area_rect: egui::Rect, view: &mut PreviewPanel) {
    let Some(pointer) = ui.ctx().pointer_hover_pos() else {
        return;
    };
    if !area_rect.contains(pointer) {
        return;
    }
    // egui makes one wheel notch about ×1.5; a gentler step suits a
    // document.
    let factor = ui.input(|i| i.zoom_delta()).powf(0.4);
    if (factor - 1.0).abs() > 1e-4 {
        let p = view.percent() * factor;
        view.set_percent(p);
        view.zoom_anchor = pointer - area_rect.min;
    }
}

/// Where to scroll this frame: to the page asked for, or after a zoom so
/// the anchor point stays over the same spot of the page.
fn scroll_target(view: &mut PreviewPanel, scale: f32, pitch: f32, n: usize) -> Option<Vec2> {
    let mut target = None;
    if let Some(page) = view.jump_to.take() {
        target = Some(vec2(view.last_offset.x, page.min(n - 1) as f32 * pitch));
    } else if view.last_scale > 0.0 && (scale - view.last_scale).abs() > 1e-4 {
        let ratio = scale / view.last_scale;
        let a = view.zoom_anchor;
        let m = Vec2::splat(MARGIN);
        target = Some(((view.last_offset + a - m) * ratio + m - a).max(Vec2::ZERO));
    }
    view.zoom_anchor = Vec2::ZERO;
    target
}

/// Draws the pages; returns the citation clicked this frame, if any.
fn show(
    ui: &mut egui::Ui,
    pages: &Pages,
    stale: &[usize],
    view: &mut PreviewPanel,
) -> Option<Citation> {
    let n = pages.len();
    if n == 0 {
        return None;
    }
    let bar = ui.spacing().scroll.bar_width + ui.spacing().scroll.bar_outer_margin;
    let backdrop = Backdrop {
        rect: ui.max_rect(),
        clip: ui.clip_rect(),
        layer: ui.layer_id(),
        fill: PREVIEW_BACKGROUND,
    };

    let area_rect = ui.max_rect();
    wheel_zoom(ui, area_rect, view);

    let sheet = vec2(pages.size.width, pages.size.height);
    let scale = match view.zoom {
        Zoom::FitWidth => ((area_rect.width() - 2.0 * MARGIN - bar) / sheet.x).max(0.1),
        Zoom::Percent(p) => p / 100.0 * SCALE_AT_100,
    };
    let page_size = sheet * scale;
    let pitch = page_size.y + GAP;
    let content_h = n as f32 * pitch - GAP + 2.0 * MARGIN;

    // No rubber-banding: a zoom sets an offset for the new, larger content
    // that the scroll area would otherwise spring back from.
    // Solid scroll bars beside the pages, not floating over them: a
    // floating bar covers the bottom line of the view, and a `[n]` drawn
    // there could not be clicked.
    ui.spacing_mut().scroll = egui::style::ScrollStyle::solid();
    ui.spacing_mut().scroll.kinetic.rubber_band = false;
    let mut area = egui::ScrollArea::both()
        .id_salt("preview-scroll")
        .auto_shrink([false, false])
        .content_margin(0.0);
    if let Some(t) = scroll_target(view, scale, pitch, n) {
        // Within the content: an offset past the end springs back over
        // several frames.
        let content_w = page_size.x + 2.0 * MARGIN;
        let max = vec2(content_w, content_h) - area_rect.size();
        area = area.scroll_offset(t.min(max.max(Vec2::ZERO)));
    }
    view.last_scale = scale;

    let mut clicked = None;
    let output = area.show_viewport(ui, |ui, viewport| {
        let content_w = (page_size.x + 2.0 * MARGIN).max(ui.available_width());
        let (rect, _) = ui.allocate_exact_size(vec2(content_w, content_h), Sense::hover());
        let x = rect.min.x + ((content_w - page_size.x) / 2.0).max(MARGIN);
        let first = ((viewport.min.y - MARGIN) / pitch).floor().max(0.0) as usize;
        let last = (((viewport.max.y - MARGIN) / pitch).floor().max(0.0) as usize).min(n - 1);
        let painter = ui.painter().clone();
        let at = |i: usize| {
            let origin = pos2(x, rect.min.y + MARGIN + i as f32 * pitch);
            PageTransform::new(origin, scale, pages.size)
        };
        let shown: Vec<PageTransform> = (first..=last).map(at).collect();
        backdrop.paint(ui.ctx(), &shown, ui.clip_rect());
        for (i, page) in pages.pages.iter().enumerate().take(last + 1).skip(first) {
            let t = at(i);
            paint_sheet(&painter, t);
            paint_page(&painter, page, t);
            mark_stale(&painter, page, t, stale);
            if let Some(c) = citation_widgets(ui, i, page, t) {
                clicked = Some(c);
            }
        }
        // The page under the top third of the viewport, or the last one
        // when scrolled to the end.
        let probe = viewport.min.y + viewport.height() / 3.0;
        if viewport.max.y >= content_h - 1.0 {
            n - 1
        } else {
            (((probe - MARGIN) / pitch).floor().max(0.0) as usize).min(n - 1)
        }
    });
    view.last_offset = output.state.clamped_offset();
    if output.inner != view.current_page {
        view.current_page = output.inner;
        view.goto = output.inner + 1;
        // The counter was drawn before the scroll moved: show it again.
        ui.ctx().request_repaint();
    }
    if view.current_page >= n {
        view.current_page = n - 1;
    }
    clicked
}

/// A clickable, accessible widget over each visible `[n]` marker.
fn citation_widgets(
    ui: &egui::Ui,
    page_index: usize,
    page: &crate::layout::Page,
    t: PageTransform,
) -> Option<Citation> {
    let clip = ui.clip_rect();
    let mut clicked = None;
    for (item, rect, citation) in links(page, t) {
        if !rect.intersects(clip) {
            continue;
        }
        let id = ui.scope_id().with(("citation", page_index, item));
        let response = ui
            .interact(rect, id, Sense::click())
            .on_hover_cursor(CursorIcon::PointingHand);
        response.widget_info(|| {
            egui::WidgetInfo::labeled(Role::Link, true, format!("Trích dẫn [{}]", citation.number))
        });
        if response.hovered() {
            let y = rect.bottom() - rect.height() * 0.12;
            ui.painter().line_segment(
                [pos2(rect.left(), y), pos2(rect.right(), y)],
                egui::Stroke::new(1.0, LINK_HOVER),
            );
        }
        let response = response.on_hover_text(format!(
            "Bấm để xem trích dẫn nguyên văn và nguồn [{}]",
            citation.number
        ));
        if response.clicked() {
            clicked = Some(citation);
        }
    }
    clicked
}
