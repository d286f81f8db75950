//! The brief of all topics signed 7/12/2026 as a Vietnamese editor reads
//! it (issue 30): shortcomings apart from notes on the data, each phrase
//! the issue quoted gone, and the sentences that replace them compared
//! with sentences written by hand. Citations are left out of the
//! comparison ("[n]" depends on the order of first use).

use egov_brief::brief::document::{Block, Document};
use egov_brief::brief::selection::Day;
use egov_brief::brief::{Length, Selection, compose};

use crate::support::{all_topics_selection, catalog};

fn brief(length: Length) -> Document {
    let c = catalog();
    let mut sel: Selection = all_topics_selection(&c);
    sel.length = length;
    sel.header.date = Day {
        year: 2026,
        month: 12,
        day: 7,
    };
    compose(&c, &sel).unwrap()
}

/// Every block's words, one line each, without the `[n]` markers.
fn lines(blocks: &[Block]) -> Vec<String> {
    let words = |inl: &[egov_brief::brief::document::Inline]| -> String {
        // The ", " between two markers goes with them.
        let between = |k: usize| {
            inl[k].text == ", "
                && k > 0
                && inl[k - 1].cite.is_some()
                && inl.get(k + 1).is_some_and(|n| n.cite.is_some())
        };
        let t: String = inl
            .iter()
            .enumerate()
            .filter(|(k, i)| i.cite.is_none() && !between(*k))
            .map(|(_, i)| i.text.as_str())
            .collect();
        // "75/193 [1], thấp" → "75/193, thấp"; "[6], [7]." → "."
        let mut t = t;
        for (from, to) in [
            (" ,", ","),
            (" .", "."),
            (" )", ")"),
            (" ;", ";"),
            (" :", ":"),
        ] {
            while t.contains(from) {
                t = t.replace(from, to);
            }
        }
        while t.contains("  ") {
            t = t.replace("  ", " ");
        }
        t.trim().to_string()
    };
    let mut out = Vec::new();
    for b in blocks {
        match b {
            Block::Heading { text, .. } => out.push(text.clone()),
            Block::Paragraph(p) => out.push(words(&p.inlines)),
            Block::Chart(c) => out.push(c.title.clone()),
            Block::Table(t) => {
                for row in &t.rows {
                    let cells: Vec<String> = row.iter().map(|c| words(c)).collect();
                    out.push(cells.join(" | ").trim().to_string());
                }
                out.extend(t.notes.iter().map(|n| words(n)));
            }
        }
    }
    out
}

fn all_lines(doc: &Document) -> Vec<String> {
    let mut out = lines(&doc.blocks);
    if let Some(a) = &doc.appendix {
        out.push(a.attachment.clone());
        out.extend(lines(&a.blocks));
    }
    out
}

/// The lines of a section, from its heading to the next top heading.
fn section<'l>(lines: &'l [String], heading: &str) -> &'l [String] {
    let Some(start) = lines.iter().position(|l| l == heading) else {
        return &[];
    };
    let end = lines[start + 1..]
        .iter()
        .position(|l| {
            l.starts_with("II. ")
                || l.starts_with("III. ")
                || l.starts_with("IV. ")
                || l == "GHI CHÚ VỀ SỐ LIỆU"
        })
        .map_or(lines.len(), |k| start + 1 + k);
    &lines[start..end]
}

#[test]
fn shortcomings_are_of_the_programme_on_the_newest_data() {
    for length in [Length::Full, Length::Short] {
        let doc = brief(length);
        let all = lines(&doc.blocks);
        let ii = section(&all, "II. TỒN TẠI, HẠN CHẾ");
        assert_eq!(
            &ii[1..],
            [
                "-\u{a0}Mục tiêu thứ hạng Chính phủ điện tử trong ASEAN (10 nước) vào nhóm 4 nước dẫn đầu ASEAN đến năm 2025 đã hết thời hạn (chưa có số liệu năm 2025), chưa đạt theo số liệu gần nhất (năm 2024, xếp thứ 5, chưa vào nhóm 4, cách 1 bậc).",
                "-\u{a0}Thứ hạng chỉ số dịch vụ trực tuyến (OSI) trên thế giới theo số liệu gần nhất (năm 2024) là 75/193, thấp hơn 16 bậc so với 59/193 (năm 2018).",
            ],
            "{length:?}"
        );
    }
}

#[test]
fn notes_on_the_data_close_the_brief_and_never_lead_a_key_point() {
    for length in [Length::Full, Length::Short] {
        let doc = brief(length);
        let all = all_lines(&doc);
        let at = all
            .iter()
            .position(|l| l == "GHI CHÚ VỀ SỐ LIỆU")
            .expect("the notes");
        let notes = &all[at + 1..];
        assert!(notes.contains(&"-\u{a0}Cùng một câu trong bài trên Tạp chí Thời Đại tự mâu thuẫn: tính đến ngày 20/8/2021, tỷ lệ dịch vụ công trực tuyến mức độ 3, 4 được ghi là 65,11%, “trong đó” mức độ 3 là 27,71% và mức độ 4 là 43,40%, nhưng 27,71% + 43,40% = 71,11%, không phải 65,11%. Không nguồn nào khác nêu các số này nên không xác định được số nào sai (theo cách phân loại trước Nghị định số 42/2022/NĐ-CP).".to_string()), "{notes:#?}");
        // The (**) mark explained once, as the last note.
        assert_eq!(
            notes.last().map(String::as_str),
            Some(
                "-\u{a0}Thời điểm có dấu (**): nguồn không ghi thời điểm, thời điểm được xác định theo ngày đăng bài hoặc theo câu liền trước trong bài."
            )
        );
        assert_eq!(
            all.iter()
                .filter(|l| l.contains("Thời điểm có dấu (**)"))
                .count(),
            1
        );
        let points = section(&all, "NHỮNG ĐIỂM CHÍNH").join("\n");
        assert!(
            !points.contains("chưa thống nhất") && !points.contains("chưa khớp"),
            "{points}"
        );
    }
}

#[test]
fn the_phrases_the_issue_quoted_are_gone() {
    for length in [Length::Full, Length::Short] {
        let text = all_lines(&brief(length)).join("\n");
        for phrase in [
            "vào ngày 12/12 của một năm mà bài không ghi",
            "Hội thảo là hội thảo",
            "Số liệu trong cùng một nguồn chưa khớp",
            "Các nguồn chưa thống nhất",
            "(đồng hạng:",
            "điểm cao đứng trước",
            "Thông tin không rõ thời điểm",
            "Thời hạn không rõ",
            "(đã quá thời hạn; chưa có số liệu để đánh giá)",
            "Điểm EGDI (phát triển Chính phủ điện tử)",
            "Lượt cán bộ được",
            "Liên Hợp Quốc",
            "cơ quan Nhà nước",
            "Nội dung mục",
            "CỤC CHUYỂN ĐỔI SỐ QUỐC GIA)",
        ] {
            assert!(!text.contains(phrase), "{length:?}: {phrase}");
        }
    }
}

#[test]
fn rewritten_sentences_read_as_written_by_hand() {
    let full = all_lines(&brief(Length::Full));
    for wanted in [
        "-\u{a0}Thứ hạng chỉ số dịch vụ trực tuyến (OSI) trên thế giới, năm 2024: Trong bảng số liệu năm 2024, 74 trong 193 nước có điểm OSI cao hơn Việt Nam (0,7081), nên Việt Nam đứng thứ 75/193.",
        // 2016 and 2018 too: the article that stated them directly is the
        // gambling-spam re-post, left out (issue 28).
        "-\u{a0}Thứ hạng chỉ số dịch vụ trực tuyến năm 2014, 2016, 2018 và 2022: tính theo cách tương tự, từ bảng số liệu cùng năm (năm 2014 và 2016 đồng hạng với 1 nước khác; năm 2018 đồng hạng với 5 nước khác).",
        "Các mục tiêu đã quá thời hạn, chưa có số liệu để đánh giá:",
        "Chỉ số phát triển Chính phủ điện tử (EGDI) | 0,7709 | 2024 |",
    ] {
        assert!(full.iter().any(|l| l == wanted), "{wanted}\n{full:#?}");
    }
    // A target two sources state is said once (the gambling-spam re-post
    // that also states it is left out, issue 28).
    let r52 = full
        .iter()
        .filter(|l| l.contains("đặt mục tiêu hoàn thành xây dựng Chính phủ số"))
        .count();
    assert_eq!(r52, 1, "{full:#?}");
    // An unknown time has one wording.
    assert!(
        full.iter()
            .any(|l| l.starts_with("-\u{a0}Không rõ thời điểm: "))
    );
}

#[test]
fn charts_earn_their_place() {
    for length in [Length::Full, Length::Short] {
        let doc = brief(length);
        for c in doc.charts().iter().map(|(_, c)| c) {
            if !c.bars.is_empty() {
                continue;
            }
            let mut xs: Vec<f64> = c.points.iter().map(|p| p.x).collect();
            xs.dedup();
            assert!(xs.len() >= 3, "{}: {xs:?}", c.title);
            assert!(
                c.points.iter().any(|p| p.y != c.points[0].y),
                "{} does not change",
                c.title
            );
        }
    }
    // A series of two points is a table row with its earlier value.
    let full = all_lines(&brief(Length::Full));
    for wanted in [
        // The figure from a sentence that contradicts itself is marked.
        "Tỷ lệ dịch vụ công trực tuyến mức độ 4 | 43,40% (xem Ghi chú; năm 2020: 30,86%) | 20/8/2021 |",
        "Tỷ lệ dịch vụ công đủ điều kiện được cung cấp trực tuyến mức độ 4 | 97,3% (ngày 15/12/2021: 96%) | 2022 (**) |",
    ] {
        assert!(full.iter().any(|l| l == wanted), "{wanted}\n{full:#?}");
    }
}
