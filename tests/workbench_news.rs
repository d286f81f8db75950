//! The workbench on a news page written the way Vietnamese sites write
//! (issue 19, item 5): the figure of "xếp Việt Nam thứ 71 trên 193 quốc
//! gia" is a measurement of the world EGDI rank, the publisher is offered
//! from the footer, the note holds the dateline and not the hotline bar, a
//! share of a narrower measure ("toàn trình") is left without an indicator
//! and cannot be saved, and the saved message names the fact by its words.

use egui_kittest::kittest::{NodeT, Queryable};

use egov_brief::app::EgovApp;
use egui_kittest::Harness;

use crate::workbench::{harness_for, replace_field, save_enabled};

/// The window with the news page open in the workbench.
fn news_page(folder: &std::path::Path) -> Harness<'static, EgovApp> {
    let mut h = harness_for(folder, "articles/tin-mau-1.html");
    h.get_by_label("Thêm bài viết…").click();
    h.run();
    h.get_by_label("Chọn tệp bài viết…").click();
    h.run();
    h.run();
    h
}

/// Scrolls to the candidate sentence holding `words` and clicks it.
fn pick(h: &mut Harness<'static, EgovApp>, words: &str) {
    h.get_by_label_contains(words).scroll_to_me();
    h.run();
    h.get_by_label_contains(words).click();
    h.run();
    h.run();
}

#[test]
fn a_news_page_is_guessed_right_or_left_for_the_user() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = news_page(dir.path());

    // The source as the page gives it: footer publisher, dateline note.
    assert_eq!(
        h.get_by_label("Nơi đăng").value().as_deref(),
        Some("Báo điện tử Tin Mẫu")
    );
    assert_eq!(
        h.get_by_label("Ngày đăng").value().as_deref(),
        Some("18/9/2024")
    );
    let note = h.get_by_label("Ghi chú").value().unwrap_or_default();
    assert!(note.contains("18/09/2024"), "{note}");
    for furniture in ["Hotline", "Đường dây nóng", "Đăng nhập", "30/11/2026"] {
        assert!(!note.contains(furniture), "{note}");
    }

    pick(&mut h, "xếp Việt Nam thứ 71 trên 193 quốc gia");
    assert_eq!(
        h.get_by_label("Giá trị (như trong bài)").value().as_deref(),
        Some("71")
    );
    assert_eq!(h.get_by_label("Ngày").value().as_deref(), Some("2024"));
    let indicator =
        |h: &Harness<'static, EgovApp>| h.get_by_label("Chỉ số").value().unwrap_or_default();
    assert_eq!(
        indicator(&h),
        "Thứ hạng Chính phủ điện tử (EGDI) trên thế giới"
    );
    assert!(save_enabled(&h));
    // A measurement is never saveable without its value.
    replace_field(&mut h, "Giá trị (như trong bài)", "");
    assert!(!save_enabled(&h), "no value, no save");
    replace_field(&mut h, "Giá trị (như trong bài)", "71");
    assert!(save_enabled(&h));
    h.get_by_label("Lưu").click();
    h.run();
    // Said in the workbench and on the status line, by the fact's words.
    let said: Vec<String> = h
        .query_all_by_label_contains("Đã lưu thông tin “")
        .map(|n| {
            n.value()
                .or_else(|| n.accesskit_node().label())
                .unwrap_or_default()
        })
        .collect();
    assert!(!said.is_empty());
    for saved in &said {
        assert!(
            saved.contains("“Báo cáo Khảo sát Chính phủ điện tử năm 2024"),
            "{saved}"
        );
        assert!(
            !saved.contains("egdi-rank-world-"),
            "no internal id: {saved}"
        );
    }

    pick(&mut h, "tỷ lệ hồ sơ trực tuyến toàn trình");
    assert_eq!(
        h.get_by_label("Giá trị (như trong bài)").value().as_deref(),
        Some("41,2%")
    );
    assert_eq!(h.get_by_label("Ngày").value().as_deref(), Some("8/2024"));
    assert_eq!(indicator(&h), "(không gắn chỉ số)");
    assert!(!save_enabled(&h), "a measurement without an indicator");
    assert!(
        h.query_by_label_contains("Số đo cần một chỉ số").is_some(),
        "the form says what is missing"
    );
}

/// A save over a file changed outside since it was read is refused with
/// "Nạp lại tệp"; reloading keeps the form, and the next save keeps both
/// the outside change and the new fact.
#[test]
fn a_file_changed_outside_is_reloaded_and_the_form_kept() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = news_page(dir.path());
    pick(&mut h, "xếp Việt Nam thứ 71 trên 193 quốc gia");
    h.get_by_label("Lưu").click();
    h.run();
    let file = dir.path().join("du-lieu-bo-sung.json");
    // Another window rewrites the file (same records, other bytes).
    let mut text = std::fs::read_to_string(&file).unwrap();
    text.push('\n');
    std::fs::write(&file, &text).unwrap();

    pick(&mut h, "Việt Nam đạt 0,7709 điểm");
    assert!(save_enabled(&h));
    h.get_by_label("Lưu").click();
    h.run();
    assert!(h.query_by_label_contains("thay đổi từ bên ngoài").is_some());
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        text,
        "not written over"
    );
    h.get_by_label("Nạp lại tệp").click();
    h.run();
    assert!(
        h.query_by_label_contains("Đã nạp lại tệp dữ liệu")
            .is_some()
    );
    assert_eq!(
        h.get_by_label("Giá trị (như trong bài)").value().as_deref(),
        Some("0,7709"),
        "the form is kept"
    );
    h.get_by_label("Lưu").click();
    h.run();
    let saved = egov_brief::data::load_dataset_file(&file).unwrap();
    let own: Vec<_> = saved
        .facts()
        .iter()
        .filter(|f| !catalog_ids().contains(&f.id))
        .collect();
    assert_eq!(own.len(), 2, "both facts kept");
}

fn catalog_ids() -> Vec<String> {
    crate::support::catalog()
        .facts()
        .iter()
        .map(|f| f.id.clone())
        .collect()
}

/// Issue 31 in the window: "26/10" on a page of 7/11/2025 is prefilled as
/// 26/10/2025 and the form says why; the EPI rank picked as the EGDI rank
/// is refused, with the reason beside the form.
#[test]
fn the_form_says_a_days_year_and_refuses_another_indicators_rank() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_for(dir.path(), "articles/tin-mau-6.html");
    h.get_by_label("Thêm bài viết…").click();
    h.run();
    h.get_by_label("Chọn tệp bài viết…").click();
    h.run();
    h.run();
    pick(&mut h, "Tính đến 26/10");
    assert_eq!(
        h.get_by_label("Ngày").value().as_deref(),
        Some("26/10/2025")
    );
    let why = h
        .get_by_label("Lý do suy ra ngày (để trống nếu câu ghi ngày)")
        .value()
        .unwrap_or_default();
    assert!(
        why.contains("“26/10”") && why.contains("7/11/2025"),
        "{why}"
    );

    let dir = tempfile::tempdir().unwrap();
    let mut h = harness_for(dir.path(), "articles/tin-mau-5.html");
    h.get_by_label("Thêm bài viết…").click();
    h.run();
    h.get_by_label("Chọn tệp bài viết…").click();
    h.run();
    h.run();
    pick(&mut h, "Ở bảng Chỉ số tham gia điện tử (EPI)");
    assert_eq!(
        h.get_by_label("Chỉ số").value().as_deref(),
        Some("Điểm EPI (tham gia điện tử)")
    );
    assert!(save_enabled(&h));
    replace_field(&mut h, "Giá trị (như trong bài)", "72");
    h.get_by_label("Chỉ số").click();
    h.run();
    h.get_by_label("Thứ hạng Chính phủ điện tử (EGDI) trên thế giới")
        .click();
    h.run();
    h.run();
    assert!(!save_enabled(&h), "the EPI rank is not the EGDI rank");
    assert!(
        h.query_by_label_contains("Câu nói về chỉ số EPI").is_some(),
        "the form says why"
    );
}
