//! Findings of an official's reading of the brief signed 7/12/2026
//! (docs/reviews/reader-2026-12-07.md, items 4, 6 and 12), with the
//! sentences written by hand. The brief signed 1/12/2021 reads as it did.
//! Expectations from the bundled data: EGDI 0,7709 in the 2024 table and
//! 0,6787 in the 2022 one (the UN's very high group is above 0,75, the
//! high group from 0,50); mức độ 4: 30,86% in 2020, 43,40% on 20/8/2021
//! from a sentence that contradicts itself; Bộ Thông tin và Truyền thông
//! merged into Bộ Khoa học và Công nghệ from 1/3/2025.

use egov_brief::brief::selection::Length;
use egov_brief::brief::{Day, compose};

use crate::support::{all_topics_selection, catalog, document_text, inline_text, key_points};

fn brief(year: i32, month: u8, day: u8, length: Length) -> (Vec<String>, String) {
    let c = catalog();
    let mut sel = all_topics_selection(&c);
    sel.header.date = Day { year, month, day };
    sel.length = length;
    let doc = compose(&c, &sel).expect("the brief composes");
    let points = key_points(&doc)
        .iter()
        .map(|p| inline_text(p).replace('\u{a0}', " "))
        .collect();
    let text = document_text(&doc).replace(['\u{a0}', '\n'], " ");
    (points, text)
}

#[test]
fn a_brief_of_2026_says_the_new_un_group() {
    let (_, text) = brief(2026, 12, 7, Length::Full);
    assert!(
        text.contains("- Năm 2024: Điểm EGDI của Việt Nam là 0,7709 [1] (năm 2022: 0,6787 [4]); theo cách phân nhóm của Liên hợp quốc (mức rất cao: điểm trên 0,75), Việt Nam chuyển từ nhóm quốc gia có chỉ số EGDI ở mức cao lên nhóm ở mức rất cao."),
        "{text}"
    );
    // In 2021 the newest score (2018: 0,5931) is in the same group as the
    // one before (2016: 0,5143): no change to tell.
    let (_, then) = brief(2021, 12, 1, Length::Full);
    assert!(!then.contains("phân nhóm của Liên hợp quốc"), "{then}");
}

#[test]
fn the_level_4_point_says_why_its_figure_is_not_the_newest() {
    let (points, text) = brief(2026, 12, 7, Length::Full);
    let level4 = points
        .iter()
        .find(|p| p.contains("mức độ 4"))
        .expect("a point on mức độ 4");
    assert_eq!(
        level4,
        "- Tỷ lệ dịch vụ công trực tuyến mức độ 4 năm 2020 là 30,86% [6] (theo cách phân loại trước Nghị định số 42/2022/NĐ-CP [9]); số liệu ngày 20/8/2021 [6] có mâu thuẫn, xem Ghi chú về số liệu."
    );
    // The table marks the doubtful figures; the classification is said
    // under the table, in the notes on the data and in the key point.
    assert!(
        text.contains("43,40% (xem Ghi chú; năm 2020: 30,86%)"),
        "{text}"
    );
    assert!(text.contains("27,71% (xem Ghi chú)"), "{text}");
    assert!(text.contains("65,11% (xem Ghi chú)"), "{text}");
    assert!(
        text.contains("không xác định được số nào sai [6] (theo cách phân loại trước Nghị định số 42/2022/NĐ-CP [9])."),
        "{text}"
    );
    // The short edition's section 2 says it too.
    let (_, short) = brief(2026, 12, 7, Length::Short);
    assert!(
        short.contains(
            "mức độ 4 là 97,3% [11] (theo cách phân loại trước Nghị định số 42/2022/NĐ-CP [9])"
        ),
        "{short}"
    );
}

#[test]
fn words_of_2022_read_as_of_their_day_in_2026() {
    let (_, text) = brief(2026, 12, 7, Length::Full);
    assert!(
        text.contains("nhờ các Nghị định của Chính phủ ban hành trong khoảng 3 năm trở lại đây (tính đến năm 2022) [11]."),
        "{text}"
    );
    assert!(
        text.contains("Theo ông Phạm Anh Tuấn, khi đó là Thứ trưởng Bộ Thông tin và Truyền thông"),
        "{text}"
    );
    assert!(
        text.contains(
            "Nguyễn Mạnh Hùng, khi đó là Bộ trưởng Bộ TT&TT, phát biểu tại phiên họp [11]."
        ),
        "{text}"
    );
    // The brief's own words, not the app's.
    assert!(!text.contains("bộ dữ liệu"), "{text}");
    assert!(
        text.contains("đang được khẩn trương hoàn thiện, nâng cấp để phục vụ chỉ đạo, điều hành dựa trên dữ liệu [11]; chưa có thông tin về kết quả."),
        "{text}"
    );
    // A forum's plenary expected on 6/12/2021, of which nothing is known,
    // is no development of 2026; in 2023 it was one that had passed.
    assert!(!text.contains("dự kiến tổ chức ngày 6/12"), "{text}");
    let (_, in_2023) = brief(2023, 6, 1, Length::Full);
    assert!(
        in_2023.contains("phiên toàn thể của Diễn đàn dự kiến tổ chức ngày 6/12 [5]; đã quá thời điểm dự kiến, chưa có thông tin về kết quả."),
        "{in_2023}"
    );
}

#[test]
fn a_brief_of_2021_reads_its_words_as_written() {
    let (_, text) = brief(2021, 12, 1, Length::Full);
    assert!(
        text.contains("Theo ông Phạm Anh Tuấn, Thứ trưởng Bộ Thông tin và Truyền thông"),
        "{text}"
    );
    assert!(!text.contains("khi đó là"), "{text}");
    assert!(!text.contains("tính đến năm"), "{text}");
    // The forum's plenary was still ahead.
    assert!(
        text.contains("phiên toàn thể của Diễn đàn dự kiến tổ chức ngày 6/12 [")
            && !text.contains("đã quá thời điểm dự kiến"),
        "{text}"
    );
}
