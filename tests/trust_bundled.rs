//! Issue 28 on the bundled data: the brief of all topics signed 7/12/2026
//! cites no untrustworthy source, names UN DESA and the copy for each UN
//! table and the outlet (not the domain) of each article, leads with no
//! self-contradictory figure, labels running totals and year-to-date
//! counts, names target groups and presents the two 2025 world targets
//! side by side; summaries say what their quotes say.

use egov_brief::brief::{Day, Selection, compose};
use egov_brief::data::{Catalog, StandingKind};

use crate::support::{all_topics, catalog, document_text, inline_text};

fn signed_7_12_2026(c: &Catalog) -> Selection {
    let mut s = Selection {
        topics: all_topics(c),
        from: 2014,
        to: 2030,
        ..Selection::default()
    };
    s.header.date = Day {
        year: 2026,
        month: 12,
        day: 7,
    };
    s
}

#[test]
fn every_bundled_source_has_a_standing_with_its_reason() {
    let c = catalog();
    for s in c.sources() {
        let st = s
            .standing
            .as_ref()
            .unwrap_or_else(|| panic!("{} has a standing", s.id));
        assert!(!st.reason.trim().is_empty(), "{}", s.id);
    }
    let kind = |id: &str| c.source(id).and_then(|s| s.standing_kind());
    assert_eq!(kind("S003"), Some(StandingKind::Untrustworthy));
    assert_eq!(kind("S000"), Some(StandingKind::Press));
    assert_eq!(kind("S001"), Some(StandingKind::RepostKnownOrigin));
    assert_eq!(kind("UN2024"), Some(StandingKind::OfficialData));
}

#[test]
fn the_brief_cites_no_untrustworthy_source_and_names_its_publishers() {
    let c = catalog();
    let doc = compose(&c, &signed_7_12_2026(&c)).unwrap();
    let entries = &doc.references.entries;
    assert!(
        entries.iter().all(|r| r.source_id != "S003"),
        "the spam re-post is cited"
    );
    let text = |id: &str| crate::support::reference(&doc, id).text.clone();
    assert_eq!(
        text("UN2024"),
        "Liên hợp quốc (UN DESA), Khảo sát Chính phủ điện tử năm 2024 (E-Government Survey 2024), \
         bảng số liệu, 17/9/2024; bản sao từ GitHub MaryliaCruzS/Estadistica1CienciaPolitica."
    );
    assert!(
        text("S000").starts_with(
            "Tạp chí Thời Đại, “Các chỉ số Chính phủ điện tử của Việt Nam thuộc nhóm quốc gia ở mức cao”"
        ),
        "{}",
        text("S000")
    );
    // OSI 76/193 in 2022 is in the UN's table and in an article: the
    // table alone is cited for it.
    let article_osi = c.fact_index("osi-2022-world-s002").unwrap();
    let table_osi = c.fact_index("un-osi-rank-2022").unwrap();
    assert!(entries.iter().all(|r| !r.facts.contains(&article_osi)));
    assert!(entries.iter().any(|r| r.facts.contains(&table_osi)));
    let all: String = entries.iter().map(|r| r.text.as_str()).collect();
    assert!(!all.contains("thoidai.com.vn"), "{all}");
    assert!(!all.contains("Liên Hợp Quốc"), "{all}");
}

#[test]
fn no_key_point_leads_with_the_self_contradictory_sentence() {
    let c = catalog();
    let doc = compose(&c, &signed_7_12_2026(&c)).unwrap();
    let points: Vec<String> = crate::support::key_points(&doc)
        .iter()
        .map(|p| inline_text(p))
        .collect();
    let dvc = points
        .iter()
        .find(|p| p.starts_with("-\u{a0}Tỷ lệ dịch vụ công trực tuyến mức độ 4 "))
        .unwrap_or_else(|| panic!("a point on online services: {points:?}"));
    // The 2020 figure, by its date: the newer one is doubtful.
    assert!(dvc.contains("mức độ 4 năm 2020 là 30,86%"), "{dvc}");
    assert!(!dvc.contains("43,40%"), "{dvc}");
    assert!(!dvc.contains("12,54"), "{dvc}");
}

#[test]
fn counts_say_what_they_cover() {
    let c = catalog();
    let doc = compose(&c, &signed_7_12_2026(&c)).unwrap();
    let text = document_text(&doc);
    assert!(
        text.contains("| hơn 6,3 triệu | lũy kế từ 12/3/2019 đến 19/8/2021 |"),
        "{text}"
    );
    assert!(
        text.contains("| 117.158 | từ đầu năm đến 1/11/2022 |"),
        "{text}"
    );
}

#[test]
fn targets_name_their_group_and_the_2025_world_targets_stand_side_by_side() {
    let c = catalog();
    assert!(
        c.conflicts()
            .iter()
            .all(|x| x.id != "egdi-world-target-2025"),
        "two targets are not a disagreement of sources"
    );
    let doc = compose(&c, &signed_7_12_2026(&c)).unwrap();
    let text = document_text(&doc);
    assert!(text.contains("vào nhóm 4 nước dẫn đầu ASEAN"), "{text}");
    assert!(
        text.contains("xếp thứ 71, chưa vào nhóm 70, cách 1 bậc"),
        "{text}"
    );
    assert!(
        text.contains(
            "Mục tiêu thứ hạng Chính phủ điện tử (EGDI) trên thế giới vào nhóm 70 nước dẫn đầu thế \
             giới đến năm 2025 (nêu tại Hội thảo Quốc gia về Chính phủ điện tử (eGov) lần thứ 15, \
             17/9/2020)"
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "Mục tiêu thứ hạng Chính phủ điện tử (EGDI) trên thế giới vào nhóm 50 nước dẫn đầu thế \
             giới đến năm 2025 (nêu tại Hội thảo do Ban Kinh tế Trung ương tổ chức tại Hà Nội, \
             11/11/2021)"
        ),
        "{text}"
    );
    assert!(!text.contains("mục tiêu khác nhau về thứ hạng"), "{text}");
}

#[test]
fn summaries_say_what_their_quotes_say() {
    let c = catalog();
    let summary = |id: &str| c.fact(id).map(|f| f.summary.clone()).unwrap_or_default();
    // 25/10/2022 is the day of the request, not of the reply.
    let cv = summary("cv-1630-ttkqh-gs-s002");
    assert!(
        cv.starts_with("Tổng Thư ký Quốc hội có Công văn số 1630/TTKQH-GS"),
        "{cv}"
    );
    assert!(
        cv.ends_with("Bộ TT&TT sau đó đã trả lời bằng văn bản."),
        "{cv}"
    );
    assert!(!summary("nq-76-nq-cp-s002").contains("căn cứ để"));
    let vendor = c.fact("security-solutions-s000").unwrap();
    assert_eq!(vendor.vendor.as_deref(), Some("Fortinet"));
    // A vendor's promotion is not told among the results.
    let doc = compose(&c, &signed_7_12_2026(&c)).unwrap();
    let text = document_text(&doc);
    assert!(
        !text.contains("giới thiệu một số giải pháp bảo mật"),
        "{text}"
    );
}

#[test]
fn a_spam_figure_brought_back_prints_with_its_warning() {
    let c = catalog();
    let mut sel = signed_7_12_2026(&c);
    sel.admit_untrustworthy("institutions-first-s003");
    let doc = compose(&c, &sel).unwrap();
    let text = document_text(&doc);
    assert!(
        text.contains("(nguồn không đáng tin cậy, do người lập báo cáo đưa vào)"),
        "{text}"
    );
    // The spam re-post is cited for the fact brought back.
    let spam = crate::support::reference(&doc, "S003");
    assert!(
        spam.text
            .contains("Cảnh báo: nguồn không đáng tin cậy: Bản chép lại trên một trang rác"),
        "{}",
        spam.text
    );
}
