//! The smaller items of issue 31 (item 6), each seen in the window.

use egov_brief::app::EgovApp;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

use crate::app::harness;

/// The labels and values on screen that end in "%".
fn percentages(h: &Harness<'_, EgovApp>) -> Vec<String> {
    h.get_all_by(|n| n.label().or(n.value()).is_some_and(|l| l.ends_with('%')))
        .map(|n| {
            let a = n.accesskit_node();
            a.label().or_else(|| a.value()).unwrap_or_default()
        })
        .collect()
}

#[test]
fn the_toolbar_shows_one_zoom_not_100_beside_it() {
    let mut h = harness();
    // Fit width: one percentage, the zoom shown (not "100%" beside it).
    let mut shown = percentages(&h);
    shown.dedup();
    assert_eq!(shown.len(), 1, "{shown:?}");
    assert_ne!(shown[0], "100%");
    h.get_by_label("Cỡ thật").click();
    h.run();
    let mut shown = percentages(&h);
    shown.dedup();
    assert_eq!(shown, ["100%"]);
}

#[test]
fn bo_chon_can_be_undone_from_the_status_line_and_with_ctrl_z() {
    let mut h = harness();
    let all = h.state().selection().unwrap().topics.clone();
    assert!(all.len() > 1);
    for by_key in [false, true] {
        h.get_by_label("Bỏ chọn").click();
        h.run();
        assert!(h.state().selection().unwrap().topics.is_empty());
        if by_key {
            h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
        } else {
            h.get_by_label("Hoàn tác: bỏ chọn mọi chủ đề").click();
        }
        h.run();
        assert_eq!(h.state().selection().unwrap().topics, all);
        h.get_by_label("Đã hoàn tác: bỏ chọn mọi chủ đề.");
        // Nothing left to undo.
        assert!(h.query_by_label_contains("Hoàn tác:").is_none());
    }
}

#[test]
fn leaving_out_the_newest_figure_says_an_older_one_shows_and_can_be_undone() {
    let mut h = harness();
    // [1] of the first key point: the UN's 2024 world rank, 71/193.
    crate::app::open_first_citation(&mut h);
    h.get_by_label("Bỏ khỏi báo cáo").click();
    h.run();
    let left_out = h.state().selection().unwrap().excluded.clone();
    assert_eq!(left_out, ["un-egdi-rank-2024"]);
    let said = h.state().status().unwrap().text.clone();
    assert_eq!(
        said,
        "Đã bỏ thông tin khỏi báo cáo (khôi phục ở khung bên trái, hoặc Ctrl+Z). \
         Lưu ý: “Thứ hạng Chính phủ điện tử (EGDI) trên thế giới” giờ hiện số liệu \
         năm 2022 thay cho năm 2024 — số liệu cũ hơn."
    );
    h.get_by_label_contains("Hoàn tác: bỏ “").click();
    h.run();
    assert!(h.state().selection().unwrap().excluded.is_empty());
}
