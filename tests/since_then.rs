//! Since then: a brief reads the articles' older statements as of its
//! signing day through the register of official changes
//! (seeds/register/register.json). Expectations written by hand from the
//! register's rows: Luật 20/2023/QH15 passed 22/6/2023, in force 1/7/2024;
//! Bộ TT&TT merged into Bộ Khoa học và Công nghệ from 1/3/2025 (Nghị quyết
//! 176/2025/QH15); Ủy ban Quốc gia về Chính phủ điện tử renamed 24/9/2021
//! (Quyết định 1619/QĐ-TTg), merged into a steering committee 13/3/2025
//! (Quyết định 598/QĐ-TTg); district level ended 1/7/2025; Nghị định
//! 42/2022/NĐ-CP in force 15/8/2022.

use egov_brief::brief::document::Document;
use egov_brief::brief::{Day, compose};

use crate::support::{all_topics_selection, catalog, document_text};

fn signed(year: i32, month: u8, day: u8) -> (Document, String) {
    let c = catalog();
    let mut sel = all_topics_selection(&c);
    sel.header.date = Day { year, month, day };
    let doc = compose(&c, &sel).expect("the brief composes");
    let text = document_text(&doc).replace(['\u{a0}', '\n'], " ");
    (doc, text)
}

fn references(doc: &Document) -> String {
    doc.references
        .entries
        .iter()
        .map(|r| r.text.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_brief_of_2026_reads_every_older_statement_as_of_today() {
    let (doc, text) = signed(2026, 12, 7);
    // The expected law, with its outcome.
    assert!(
        text.contains(
            "đã được Quốc hội thông qua ngày 22/6/2023 (Luật số 20/2023/QH15), có hiệu lực từ 1/7/2024"
        ),
        "{text}"
    );
    // The merged ministry, once, at its first mention.
    assert_eq!(
        text.matches("(nay đã hợp nhất vào Bộ Khoa học và Công nghệ")
            .count(),
        1,
        "{text}"
    );
    // The committee, through both changes.
    assert!(
        text.contains("(nay đã hợp nhất vào Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06"),
        "{text}"
    );
    // Counts tied to the old structures say so under each topic whose
    // figures rest on them: the end of the district level (the
    // Constitution's amendment) under "Dịch vụ công trực tuyến" (4 cấp
    // chính quyền) and "Hạ tầng dữ liệu" (quận, huyện); the 34 provinces
    // (202/2025/QH15) under "Chỉ đạo, điều hành" (63 địa phương) and
    // "Tổ chức bộ máy" (63/63 tỉnh).
    assert_eq!(
        text.matches("theo đơn vị hành chính trước ngày 1/7/2025")
            .count(),
        4,
        "{text}"
    );
    assert_eq!(
        text.matches("trước ngày 1/7/2025 (Nghị quyết số 202/2025/QH15)")
            .count(),
        2,
        "{text}"
    );
    // The classification: in the key point, under the table of its
    // topic and in the note on the data that names "mức độ 3, 4".
    assert_eq!(
        text.matches("theo cách phân loại trước Nghị định số 42/2022/NĐ-CP")
            .count(),
        3,
        "{text}"
    );
    // The law's outcome in full once; the second statement expecting it
    // names the law only.
    assert_eq!(
        text.matches("đã được Quốc hội thông qua ngày 22/6/2023")
            .count(),
        1,
        "{text}"
    );
    assert_eq!(
        text.matches("; đã được thông qua (Luật số 20/2023/QH15) [")
            .count(),
        1,
        "{text}"
    );
    // Said where the level is first read: the key point.
    assert!(
        text.contains("là 30,86% [6] (theo cách phân loại trước Nghị định số 42/2022/NĐ-CP ["),
        "{text}"
    );
    // Each addition is cited to its instrument.
    let refs = references(&doc);
    for instrument in [
        "Quốc hội, Luật số 20/2023/QH15, 22/6/2023.",
        "Quốc hội, Nghị quyết số 176/2025/QH15, 18/2/2025.",
        "Chính phủ, Nghị định số 42/2022/NĐ-CP, 24/6/2022.",
        "Thủ tướng Chính phủ, Quyết định số 598/QĐ-TTg, 13/3/2025.",
    ] {
        assert!(refs.contains(instrument), "{instrument}: {refs}");
    }
}

#[test]
fn a_brief_of_december_2021_knows_none_of_the_later_changes() {
    let (doc, text) = signed(2021, 12, 1);
    for later in [
        "20/2023/QH15",
        "Bộ Khoa học và Công nghệ",
        "Ban Chỉ đạo của Chính phủ về phát triển khoa học",
        "đơn vị hành chính trước ngày",
        "phân loại trước Nghị định",
    ] {
        assert!(!text.contains(later), "{later}: {text}");
    }
    assert!(
        !text.contains("(nay là") && !text.contains("(nay đã"),
        "{text}"
    );
    let refs = references(&doc);
    assert!(!refs.contains("176/2025/QH15"), "{refs}");
}

#[test]
fn an_undated_event_the_register_dates_takes_the_instruments_day() {
    let (doc, text) = signed(2026, 12, 7);
    // The article (1/11/2022) gives no day for the committee's renaming;
    // Quyết định 1619/QĐ-TTg of 24/9/2021 does.
    assert!(
        text.contains("Ngày 24/9/2021: Theo tham mưu của Bộ TT&TT"),
        "{text}"
    );
    assert!(text.contains("(Quyết định số 1619/QĐ-TTg ["), "{text}");
    assert!(
        !text.contains("Không rõ thời điểm: Theo tham mưu của Bộ TT&TT"),
        "{text}"
    );
    assert!(references(&doc).contains("Quyết định số 1619/QĐ-TTg"));
}

/// The number under which the reference list names `text`.
fn number_of(doc: &Document, text: &str) -> u32 {
    doc.references
        .entries
        .iter()
        .find(|r| r.text == text)
        .unwrap_or_else(|| panic!("no reference {text}"))
        .number
}

#[test]
fn targets_are_cited_to_the_instruments_that_set_them() {
    // Checked on the register's pages: top 30 by 2030 (and top 50 by 2025)
    // in Quyết định 942/QĐ-TTg; top 70 by 2025 in Quyết định 749/QĐ-TTg;
    // top 4 in ASEAN by 2025 in Nghị quyết 52-NQ/TW.
    let (doc, text) = signed(2026, 12, 7);
    let item = |needle: &str| -> String {
        text.split("- Mục tiêu")
            .find(|s| s.contains(needle))
            .unwrap_or_else(|| panic!("{needle}: {text}"))
            .to_string()
    };
    let q942 = number_of(
        &doc,
        "Thủ tướng Chính phủ, Quyết định số 942/QĐ-TTg, 15/6/2021.",
    );
    let q749 = number_of(
        &doc,
        "Thủ tướng Chính phủ, Quyết định số 749/QĐ-TTg, 3/6/2020.",
    );
    let nq52 = number_of(&doc, "Bộ Chính trị, Nghị quyết số 52-NQ/TW, 27/9/2019.");
    assert!(item("nhóm 30 nước dẫn đầu thế giới đến năm 2030").contains(&format!("[{q942}]")));
    assert!(item("nhóm 70 nước dẫn đầu thế giới đến năm 2025").contains(&format!("[{q749}]")));
    assert!(item("nhóm 4 nước dẫn đầu ASEAN đến năm 2025").contains(&format!("[{nq52}]")));
    // The top 80 by 2022 was set at a ministry's conference: no instrument.
    let t80 = item("nhóm 80 nước dẫn đầu thế giới đến năm 2022");
    for n in [q942, q749, nq52] {
        assert!(!t80.contains(&format!("[{n}]")), "{t80}");
    }
}

/// What changed after the articles of a topic is told under that topic,
/// each cited to its instrument: the rows no article tells, dated after
/// the topic's newest article fact. A row an article already tells
/// (Nghị định 42/2022/NĐ-CP, 942/QĐ-TTg) or answers (Luật 20/2023/QH15)
/// is not told twice, and the rows of before the articles are not news.
#[test]
fn what_changed_after_the_articles_is_told_under_its_topic() {
    let (doc, text) = signed(2026, 12, 7);
    for news in [
        // The day, 30/11/2024, is now on two pages of the register (it was
        // the month, "Tháng 11/2024", while only one page gave the day).
        "Ngày 30/11/2024: Quốc hội thông qua Luật Dữ liệu (Luật số 60/2024/QH15), có hiệu lực từ 1/7/2025",
        "Ngày 22/12/2024: Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW",
        "Ngày 12/6/2025: Quốc hội thông qua Nghị quyết số 202/2025/QH15",
        "Ngày 18/2/2025: Quốc hội thông qua Nghị quyết số 176/2025/QH15",
        // Rows verified on 7/12/2026 (issue 27, reader's items 1 and 5):
        // Luật 72/2025/QH15 now has its day, the constitutional amendment
        // its number, and the Law on Digital Transformation is a row.
        "Ngày 16/6/2025: Quốc hội thông qua Luật Tổ chức chính quyền địa phương (Luật số 72/2025/QH15)",
        "Ngày 16/6/2025: Quốc hội thông qua Nghị quyết số 203/2025/QH15",
        // A law's name keeps its capital even without a number.
        "Ngày 11/12/2025: Quốc hội thông qua Luật Chuyển đổi số, có hiệu lực từ 1/7/2026",
    ] {
        assert!(text.contains(news), "{news}: {text}");
    }
    let refs = references(&doc);
    assert!(
        refs.contains("Quốc hội, Luật số 60/2024/QH15, 30/11/2024."),
        "{refs}"
    );
    // Told by an article already: once, in the article's words.
    assert_eq!(
        text.matches("ban hành Nghị định số 42/2022/NĐ-CP").count(),
        1,
        "{text}"
    );
    assert!(
        !text.contains("Quốc hội thông qua Luật Giao dịch điện tử"),
        "{text}"
    );
    // Before the articles: not news (the 2018 committee's founding).
    assert!(!text.contains("1072/QĐ-TTg"), "{text}");

    // The 2020 plan to submit the digital-government strategy reads its
    // outcome, Quyết định 942/QĐ-TTg (register row, 7/12/2026), not "no
    // outcome" two lines above the decision (reader's item 2).
    let plan = text
        .split(" - ")
        .find(|l| l.contains("đang chuẩn bị trình Thủ tướng Chính phủ ban hành Chiến lược"))
        .expect("the 2020 plan");
    assert!(
        plan.contains(
            "đã được Thủ tướng Chính phủ ban hành ngày 15/6/2021 (Quyết định số 942/QĐ-TTg)"
        ),
        "{plan}"
    );
    assert!(!plan.contains("chưa có thông tin về kết quả"), "{plan}");

    let (_, early) = signed(2024, 12, 1);
    assert!(early.contains("Luật Dữ liệu"), "{early}");
    assert!(!early.contains("57-NQ/TW"), "{early}");
    assert!(!early.contains("72/2025/QH15"), "{early}");
    assert!(!early.contains("Chuyển đổi số, có hiệu lực"), "{early}");
}

/// The short edition's body is what a leader reads: a topic's newest
/// development is the newest change the register adds when there is one
/// (not a 2022 letter), and a count of provinces in its finding says the
/// structure it counts at once.
#[test]
fn the_short_editions_findings_read_as_of_the_signing_day() {
    use egov_brief::brief::selection::Length;
    let c = catalog();
    let mut sel = all_topics_selection(&c);
    sel.header.date = Day {
        year: 2026,
        month: 12,
        day: 7,
    };
    sel.length = Length::Short;
    let doc = compose(&c, &sel).expect("the brief composes");
    // The body only: the appendix is `doc.appendix`.
    let body = &document_text(&doc).replace(['\u{a0}', '\n'], " ");
    // The newest change on legislation is the Law on Digital Transformation
    // of 11/12/2025 (a register row since 7/12/2026, reader's item 1), no
    // longer Luật 65/2025/QH15 of 19/2/2025, itself replaced in June 2025.
    assert!(
        body.contains("Diễn biến gần nhất, ngày 11/12/2025: Quốc hội thông qua"),
        "{body}"
    );
    assert!(
        body.contains("Chuyển đổi số, có hiệu lực từ 1/7/2026"),
        "{body}"
    );
    assert!(
        !body.contains("Diễn biến gần nhất, ngày 19/2/2025"),
        "{body}"
    );
    assert!(!body.contains("1630/TTKQH-GS"), "{body}");
    // A topic without figures says its open target before an opinion or
    // a definition; a statement only where there is nothing else.
    assert!(
        body.contains("Mục tiêu đến năm 2030 (còn thời hạn): Theo ông Phạm Anh Tuấn"),
        "{body}"
    );
    assert!(
        !body.contains("Chính phủ số sử dụng dữ liệu, công nghệ số để thiết kế lại"),
        "{body}"
    );
    assert!(body.contains("Fortinet"), "{body}");
    let at = body.find("là 63/63").expect("the provinces' count");
    let after: String = body[at..].chars().take(70).collect();
    assert!(
        after.starts_with("là 63/63 [")
            && after.contains("] (theo đơn vị hành chính trước ngày 1/7/2025 ["),
        "{after}"
    );
}
