//! The window shows each source's standing and lets the official bring
//! back a fact from an untrustworthy source (issue 28).

use egui_kittest::kittest::Queryable;

use crate::app::{harness, open_first_citation};

#[test]
fn the_citation_shows_the_standing_and_the_left_panel_brings_back_a_spam_fact() {
    let mut h = harness();
    // [1] is the UN's 2024 table: official data, with why.
    open_first_citation(&mut h);
    h.get_by_label("Số liệu chính thức");
    h.get_by_label("Lý do mức tin cậy");
    assert!(
        h.query_by_label_contains(
            "Bảng số liệu Khảo sát Chính phủ điện tử của Liên hợp quốc (UN DESA) năm 2024; bản sao"
        )
        .is_some()
    );
    // The 20 facts of the spam re-post are listed, left out by default.
    h.get_by_label("Thông tin từ nguồn không đáng tin cậy");
    h.get_by_label("20 thông tin").click();
    h.run();
    assert!(
        h.state()
            .selection()
            .unwrap()
            .admitted_untrustworthy
            .is_empty()
    );
    let refs_before = h.state().references().len();
    h.get_all_by_label("Vẫn đưa vào").next().unwrap().click();
    h.run();
    let sel = h.state().selection().unwrap().clone();
    assert_eq!(
        sel.admitted_untrustworthy,
        vec!["workshop-legal-institute-s003"]
    );
    // The brief now cites the re-post, with its warning.
    let refs = h.state().references();
    assert_eq!(refs.len(), refs_before + 1);
    let spam = refs.iter().find(|r| r.source_id == "S003").unwrap();
    assert!(
        spam.text.contains("Cảnh báo: nguồn không đáng tin cậy"),
        "{}",
        spam.text
    );
    // And back out.
    h.get_by_label("Bỏ ra").click();
    h.run();
    assert!(
        h.state()
            .selection()
            .unwrap()
            .admitted_untrustworthy
            .is_empty()
    );
}
