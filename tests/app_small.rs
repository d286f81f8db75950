//! Small screens: the window shrinks to fit a 1280×672 or 960×560 screen
//! with a title bar and a task bar, and at that size the status line,
//! page navigation and export stay inside the window; the left panel
//! folds away, and folds by itself while a citation is open on a narrow
//! window; "Xem thêm" stays open while its number and −/+ are used.

use egov_brief::app::EgovApp;
use egui::{Rect, ViewportId, pos2, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

use crate::app::{FakeDialog, build, counter, open_first_citation};

/// The window as it opens (1280×672) on a screen of `monitor` points.
fn on_screen(monitor: egui::Vec2) -> Harness<'static, EgovApp> {
    let builder = Harness::builder()
        .with_size(vec2(1280.0, 672.0))
        .allow_missing_glyphs();
    let mut harness = build(builder, FakeDialog::default(), None);
    harness.set_size(vec2(1280.0, 672.0));
    let vp = harness
        .input_mut()
        .viewports
        .entry(ViewportId::ROOT)
        .or_default();
    vp.monitor_size = Some(monitor);
    vp.inner_rect = Some(Rect::from_min_size(pos2(0.0, 0.0), vec2(1280.0, 672.0)));
    harness.run();
    harness
}

fn window_rect(harness: &Harness<'static, EgovApp>) -> Rect {
    harness.ctx.content_rect()
}

/// The "next page" button: "→" when the toolbar is compact, else
/// "Trang sau →".
fn next_page(harness: &Harness<'static, EgovApp>) -> Rect {
    harness
        .query_by_label("→")
        .unwrap_or_else(|| harness.get_by_label("Trang sau →"))
        .rect()
}

/// The status line, the page counter and both export buttons are wholly
/// inside the window.
fn essentials_visible(harness: &Harness<'static, EgovApp>, what: &str) {
    let window = window_rect(harness);
    let status = harness
        .query_by_label_contains("Sẵn sàng")
        .unwrap_or_else(|| panic!("{what}: no status line"));
    let nodes = [
        ("status", status.rect()),
        ("Xuất PDF…", harness.get_by_label("Xuất PDF…").rect()),
        ("Xuất Word…", harness.get_by_label("Xuất Word…").rect()),
        ("next page", next_page(harness)),
        (
            "Nguồn tham khảo",
            harness.get_by_label("Nguồn tham khảo").rect(),
        ),
    ];
    for (name, r) in nodes {
        assert!(
            window.contains_rect(r),
            "{what}: {name} at {r:?} outside {window:?}"
        );
    }
    assert!(counter(harness).1 > 1);
}

#[test]
fn on_a_960_by_560_screen_the_window_fits_and_keeps_its_essentials() {
    let mut harness = on_screen(vec2(960.0, 560.0));
    let window = window_rect(&harness);
    // 560 − 48 (task bar) − 36 (title bar): 476 points high.
    assert!(window.height() <= 476.0 + 0.5, "{window:?}");
    assert!(window.width() <= 960.0, "{window:?}");
    essentials_visible(&harness, "960×560");
    // With the citation panel open too.
    open_first_citation(&mut harness);
    essentials_visible(&harness, "960×560 with a citation");
}

#[test]
fn on_a_1280_by_672_screen_the_window_fits_above_the_task_bar() {
    let harness = on_screen(vec2(1280.0, 672.0));
    let window = window_rect(&harness);
    assert!(window.height() <= 672.0 - 48.0 - 36.0 + 0.5, "{window:?}");
    essentials_visible(&harness, "1280×672");
}

#[test]
fn a_large_screen_keeps_the_asked_size() {
    let harness = on_screen(vec2(1920.0, 1080.0));
    assert_eq!(window_rect(&harness).size(), vec2(1280.0, 672.0));
}

#[test]
fn the_left_panel_folds_away_and_the_page_gets_wider() {
    let mut harness = on_screen(vec2(960.0, 560.0));
    assert!(harness.query_by_label("Chọn tất cả").is_some());
    // At fit-width zoom a wider preview draws a bigger page: a marker at
    // the top of page 2 (page 1 opens with the header and the opening
    // paragraph, which cite nothing) grows with it.
    harness.key_press(egui::Key::PageDown);
    harness.run();
    let marker = |h: &Harness<'static, EgovApp>| {
        h.get_all_by(|n| n.label().is_some_and(|l| l.starts_with("Trích dẫn [")))
            .next()
            .unwrap()
            .rect()
            .width()
    };
    let before = marker(&harness);
    harness.get_by_label("Khung chọn").click();
    harness.run();
    assert!(harness.query_by_label("Chọn tất cả").is_none());
    assert!(
        marker(&harness) > before * 1.3,
        "{before} → {}",
        marker(&harness)
    );
    harness.get_by_label("Khung chọn").click();
    harness.run();
    assert!(harness.query_by_label("Chọn tất cả").is_some());
}

#[test]
fn a_citation_on_a_narrow_window_folds_the_selection_until_it_closes() {
    let mut harness = on_screen(vec2(960.0, 560.0));
    assert!(harness.query_by_label("Chọn tất cả").is_some());
    open_first_citation(&mut harness);
    harness.run();
    assert!(
        harness.query_by_label("Chọn tất cả").is_none(),
        "the page keeps room beside the citation"
    );
    harness.get_by_label("Đóng").click();
    harness.run();
    harness.run();
    assert!(harness.query_by_label("Chọn tất cả").is_some(), "back");

    // A wide window keeps both panels.
    let mut wide = on_screen(vec2(1920.0, 1080.0));
    open_first_citation(&mut wide);
    wide.run();
    assert!(wide.query_by_label("Chọn tất cả").is_some());
}

#[test]
fn xem_them_stays_open_while_zooming_and_choosing_a_page() {
    let mut harness = on_screen(vec2(960.0, 560.0));
    open_first_citation(&mut harness);
    harness.get_by_label("Xem thêm").click();
    harness.run();
    // The label that ends in "%": the zoom shown.
    let zoom_label = |h: &Harness<'static, EgovApp>| {
        let text = |n: &egui_kittest::Node<'_>| {
            let a = n.accesskit_node();
            a.label().or_else(|| a.value()).unwrap_or_default()
        };
        h.get_all_by(|n| n.label().or(n.value()).is_some_and(|l| l.ends_with('%')))
            .map(|n| text(&n))
            .collect::<Vec<_>>()
    };
    let before = zoom_label(&harness);
    harness.get_by_label("+").click();
    harness.run();
    harness.get_by_label("+").click();
    harness.run();
    assert_ne!(zoom_label(&harness), before, "zoomed");
    harness.get_by_label("−").click();
    harness.run();
    // Still open: the page number can be used next.
    harness.get_by_label("−");
    harness.get_by_label("Đến trang").click();
    harness.run();
    assert!(
        harness.query_by_label("+").is_some(),
        "closed by the page number"
    );
}
