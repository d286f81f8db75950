//! The brief's editions in the app, driven through the accessibility
//! tree: length and colour, the official's own sections, leaving a fact
//! out from the citation panel and putting it back.

use egov_brief::app::{self, EgovApp};
use egov_brief::brief::{Length, Selection, compose};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::app::{FakeDialog, first_run_selection, open_first_citation};
use crate::support::catalog;

/// The app in a window tall enough to show the whole left panel.
fn tall(saved: Option<Selection>) -> Harness<'static, EgovApp> {
    let catalog = catalog();
    let saved = Some(saved.unwrap_or_else(|| first_run_selection(&catalog)));
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 2400.0))
        .build_eframe(move |cc| {
            app::fonts::install(&cc.egui_ctx);
            cc.egui_ctx.set_theme(egui::Theme::Light);
            EgovApp::new(catalog, Box::new(FakeDialog::default()), saved)
        });
    harness.run();
    harness
}

fn harness() -> Harness<'static, EgovApp> {
    tall(None)
}

#[test]
fn length_and_colour_are_chosen_and_kept_in_the_selection() {
    let mut harness = harness();
    harness.get_by_label("Tóm tắt").click();
    harness.run();
    let sel = harness.state().selection().unwrap().clone();
    assert_eq!(sel.length, Length::Short);
    assert!(compose(&catalog(), &sel).unwrap().appendix.is_some());
    harness.get_by_label("In màu").click();
    harness.run();
    assert!(harness.state().selection().unwrap().color);
    harness.get_by_label("Đầy đủ").click();
    harness.run();
    assert_eq!(harness.state().selection().unwrap().length, Length::Full);
}

#[test]
fn the_officials_sections_are_typed_in_nfc_and_printed() {
    let mut harness = harness();
    harness.get_by_label("Nhận định").click();
    harness.run();
    harness
        .get_by_label("Nhận định")
        .type_text("Tie\u{302}\u{301}n độ tốt.");
    harness.run();
    let sel = harness.state().selection().unwrap().clone();
    let own = sel
        .own_sections
        .iter()
        .find(|s| s.title == "Nhận định")
        .unwrap();
    assert_eq!(own.text, "Tiến độ tốt.");
    let doc = compose(&catalog(), &sel).unwrap();
    // The official's assessment closes "II. TỒN TẠI, HẠN CHẾ", as typed.
    let printed = doc.blocks.iter().any(|b| {
        matches!(b, egov_brief::brief::document::Block::Paragraph(p)
            if p.inlines.iter().any(|i| i.text == "Tiến độ tốt."))
    });
    assert!(printed);
    assert!(doc.blocks.iter().any(|b| matches!(b,
        egov_brief::brief::document::Block::Heading { text, .. } if text == "II. TỒN TẠI, HẠN CHẾ")));
    // The number line is a field too.
    harness.get_by_label("Số, ký hiệu");
}

#[test]
fn a_fact_is_left_out_from_its_citation_and_restored() {
    let mut harness = harness();
    open_first_citation(&mut harness);
    let fact = harness.state().open_citation().unwrap().fact;
    let id = catalog().facts()[fact].id.clone();
    harness.get_by_label("Bỏ khỏi báo cáo").click();
    harness.run();
    assert_eq!(
        harness.state().selection().unwrap().excluded,
        vec![id.clone()]
    );
    assert_eq!(harness.state().open_citation(), None);
    harness.get_by_label("Khôi phục").click();
    harness.run();
    assert!(harness.state().selection().unwrap().excluded.is_empty());
    // Left-out facts are remembered with the selection.
    let mut saved = first_run_selection(&catalog());
    saved.exclude(&id);
    let harness = tall(Some(saved));
    assert_eq!(harness.state().selection().unwrap().excluded, vec![id]);
    harness.get_by_label("Khôi phục");
}

#[test]
fn the_opening_is_typed_and_old_figures_are_flagged_in_the_window() {
    // Signed 23/11/2026 (the tests' date): the key point on online public
    // services rests on 2021 figures, more than two years old.
    let mut harness = harness();
    let stale = harness
        .state()
        .briefing()
        .unwrap()
        .document
        .freshness
        .stale
        .clone();
    assert!(
        stale.iter().any(|(_, t)| t.contains("Dịch vụ công")),
        "{stale:?}"
    );
    assert!(
        harness
            .query_by_label_contains("Số liệu cũ hơn 2 năm so với ngày ký")
            .is_some()
    );
    harness.get_by_label("Đoạn mở đầu").click();
    harness.run();
    harness
        .get_by_label("Đoạn mở đầu")
        .type_text("Thực hiện Công văn số 12 của Bộ");
    harness.run();
    let b = harness.state().briefing().unwrap();
    let first = b.pages.pages[0].plain_text();
    assert!(
        first.contains("Thực hiện Công văn số 12 của Bộ."),
        "{first}"
    );
    assert!(first.contains("Số liệu tổng hợp từ"), "{first}");
}

#[test]
fn an_empty_proposals_section_is_said_to_be_left_out() {
    let mut harness = harness();
    let notice = "báo cáo sẽ không có mục III. ĐỀ XUẤT, KIẾN NGHỊ";
    assert!(harness.query_by_label_contains(notice).is_some());
    harness.get_by_label("Đề xuất, kiến nghị").click();
    harness.run();
    harness
        .get_by_label("Đề xuất, kiến nghị")
        .type_text("Bổ sung kinh phí.");
    harness.run();
    assert!(harness.query_by_label_contains(notice).is_none());
    let doc = &harness.state().briefing().unwrap().document;
    assert!(doc.blocks.iter().any(|b| matches!(b,
        egov_brief::brief::document::Block::Heading { text, .. } if text == "III. ĐỀ XUẤT, KIẾN NGHỊ")));
}

#[test]
fn a_backdated_brief_says_in_the_window_what_its_day_hides() {
    // Signed 1/3/2021 (pinned so the window does not move it to today):
    // thoidai.com.vn (12/11/2021), TTXVN (23/12/2021), Tuổi trẻ Thủ đô
    // (1/11/2022) and the UN tables of 2022 and 2024 were not out yet.
    let mut saved = first_run_selection(&catalog());
    saved.header.date = egov_brief::brief::Day {
        year: 2021,
        month: 3,
        day: 1,
    };
    saved.header.date_pinned = true;
    let back = tall(Some(saved));
    let notice = "Báo cáo ký ngày 1/3/2021 chỉ dùng thông tin đã công bố đến ngày đó";
    assert!(back.query_by_label_contains(notice).is_some());
    assert!(
        back.query_by_label_contains("Tạp chí Thời Đại (công bố 12/11/2021)")
            .is_some()
    );
    // Today's brief hides nothing and says nothing.
    let today = harness();
    assert!(
        today
            .query_by_label_contains("chỉ dùng thông tin đã công bố đến ngày đó")
            .is_none()
    );
}
