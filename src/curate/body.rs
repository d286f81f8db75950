//! Finding the article body in a scraped page: from the title and the
//! first real paragraph to the first "related news", "read more", tags or
//! comments marker, leaving out menus, datelines, bylines, repeated
//! titles under pictures, lists of links and teasers of other articles.
//!
//! The rules were drawn from the five bundled articles (thoidai, TTXVN,
//! Tuổi trẻ Thủ đô, a spam re-post and a one-line scrape); each detected
//! body holds every quote the dataset takes from it and none of its chrome.

use std::ops::Range;

/// Lines that end the body (after trimming bullets and spaces).
const END_MARKERS: &[&str] = &[
    "Tin liên quan",
    "Tin bài liên quan",
    "Bài liên quan",
    "Tin cùng chuyên mục",
    "Đọc thêm",
    "Xem thêm",
    "Đọc nhiều",
    "Từ khóa",
    "Từ khoá",
    "Tags",
    "Tag",
    "Bình luận",
    "Chia sẻ",
    "Bản quyền",
    "相关内容",
    "推荐内容",
];

/// A paragraph is at least this long (bytes); shorter lines are headings,
/// captions, datelines or chrome.
const PARAGRAPH: usize = 150;
/// A line this long without a full stop is a list of links run together,
/// not prose (a picture caption without a full stop is shorter).
const PROSE_LINE: usize = 250;
/// Trailing lines shorter than this are bylines ("Chi Dân", "Theo TTXVN").
const BYLINE: usize = 40;

/// One line of the text: its byte range, without the line break.
fn lines(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            out.push(start..i);
            start = i + 1;
        }
    }
    out.push(start..text.len());
    out.into_iter()
        .map(|r| {
            let line = &text[r.clone()];
            let lead = line.len() - line.trim_start().len();
            if lead == line.len() {
                // Blank, or only spaces: an empty line where it starts
                // (trimming from both ends would cross over).
                return r.start..r.start;
            }
            let trail = line.len() - line.trim_end().len();
            r.start + lead..r.end - trail
        })
        .collect()
}

/// Footer lines: they end the body whatever their length.
const FOOTER_MARKERS: &[&str] = &[
    "©",
    "Bản quyền",
    "Copyright",
    "Cơ quan chủ quản",
    "Giấy phép",
    "Tổng biên tập",
    "Chịu trách nhiệm",
];

/// Page furniture inside or around the article, never body: share bars,
/// hot-news bars, hotlines, login links. (Picture captions stay: they are
/// the article's words, and the curated bodies keep them.)
fn is_furniture(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    [
        "chia sẻ",
        "tin nóng",
        "hotline",
        "đường dây nóng",
        "đăng nhập",
    ]
    .iter()
    .any(|m| lower.starts_with(m))
}

fn is_end_marker(line: &str) -> bool {
    let t = line
        .trim_start_matches(['•', '-', '*', ' ', '\u{a0}'])
        .trim();
    let labelled = |m: &&str| t.starts_with(*m) && t[m.len()..].trim_start().starts_with(':');
    (t.len() < BYLINE && END_MARKERS.iter().any(|m| t.starts_with(m)))
        || END_MARKERS
            .iter()
            .filter(|m| **m != "Chia sẻ")
            .any(labelled)
        || FOOTER_MARKERS.iter().any(|m| t.starts_with(m))
}

/// "X X": a teaser of another article repeats its title on one line.
fn is_doubled(line: &str) -> bool {
    let n = line.len();
    if n < 40 || n.is_multiple_of(2) {
        return false;
    }
    let half = n / 2;
    line.is_char_boundary(half)
        && line.is_char_boundary(half + 1)
        && line[..half] == line[half + 1..]
}

/// Prose ends its sentences.
fn ends_like_prose(line: &str) -> bool {
    line.ends_with(['.', '!', '?', '”', '"', ':', ')', '…']) || line.contains(". ")
}

fn is_paragraph(line: &str) -> bool {
    line.len() >= PARAGRAPH && ends_like_prose(line) && !has_cjk(line) && !is_furniture(line)
}

/// Chinese site frames (menus, "责任编辑", "相关内容") around a re-post:
/// a Vietnamese article has no CJK characters of its own.
fn has_cjk(line: &str) -> bool {
    line.chars().any(|c| {
        matches!(c, '\u{3000}'..='\u{303f}' | '\u{3400}'..='\u{9fff}' | '\u{ff00}'..='\u{ffef}')
    })
}

/// A dateline or timestamp ("10:00 | 12/11/2021", "Thứ 5, 23/12/2021").
fn is_dateline(line: &str) -> bool {
    let digits = line.chars().filter(char::is_ascii_digit).count();
    // A day or a time is written with digits around '/', '-' or ':'
    // ("12/11/2021", "10:00"); a headline's "2024: Việt Nam …" is not.
    let b = line.as_bytes();
    let dated = (1..b.len().saturating_sub(1))
        .any(|i| b"/:-".contains(&b[i]) && b[i - 1].is_ascii_digit() && b[i + 1].is_ascii_digit());
    line.len() < 80
        && digits >= 4
        && (((line.contains('|') || line.contains(':')) && dated) || digits * 4 > line.len())
}

/// A short paragraph or an item of a list before the first long
/// paragraph ("Ngày 9/1/2026, Thủ tướng ký …", "Tối thiểu 85% hồ sơ …;"):
/// a sentence of several words that ends as prose or a list item does.
fn is_short_prose(line: &str) -> bool {
    line.split_whitespace().count() >= 6
        && line.ends_with(['.', ';', ':', '!', '?'])
        && line.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && !is_dateline(line)
        && !is_furniture(line)
        && !is_end_marker(line)
        && !is_byline(line)
        && !has_cjk(line)
}

/// A byline: a person's name, alone or before " - " and an office ("Thu
/// Hà - Sở Thông tin và Truyền thông").
fn is_byline(line: &str) -> bool {
    let name = line.split(" - ").next().unwrap_or(line).trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    line.len() < 80
        && (2..=4).contains(&words.len())
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) && !w.contains(|c: char| c.is_ascii_digit()))
}

/// The title: the nearest line above the first paragraph that is neither
/// a dateline nor a short label.
fn title_before(text: &str, all: &[Range<usize>], first: usize) -> Option<usize> {
    (0..first).rev().find(|&i| {
        let l = &text[all[i].clone()];
        (20..=300).contains(&l.len())
            && !is_dateline(l)
            && !is_end_marker(l)
            && !has_cjk(l)
            && !is_furniture(l)
            && !is_byline(l)
    })
}

/// The byte ranges of the body's lines, in order.
pub fn detect_body(text: &str) -> Vec<Range<usize>> {
    let all = lines(text);
    let line = |i: usize| &text[all[i].clone()];
    let Some(mut first) = (0..all.len()).find(|&i| is_paragraph(line(i))) else {
        // No paragraph: a short text is all body.
        return all.into_iter().filter(|r| !r.is_empty()).collect();
    };
    // Short paragraphs and list items right above it belong to the body
    // (a short sapo, a list of goals).
    let mut k = first;
    while k > 0 && (line(k - 1).is_empty() || is_short_prose(line(k - 1))) {
        k -= 1;
        if !line(k).is_empty() {
            first = k;
        }
    }
    let end = (first + 1..all.len())
        .find(|&i| !is_furniture(line(i)) && (is_end_marker(line(i)) || is_doubled(line(i))))
        .unwrap_or(all.len());
    let title = title_before(text, &all, first);
    let title_text = title.map(line);
    let mut body: Vec<Range<usize>> = title.map(|t| all[t].clone()).into_iter().collect();
    for r in &all[first..end] {
        let l = &text[r.clone()];
        let repeated_title = Some(l) == title_text;
        let link_list = l.len() >= PROSE_LINE && !ends_like_prose(l);
        if !l.is_empty() && !repeated_title && !link_list && !has_cjk(l) && !is_furniture(l) {
            body.push(r.clone());
        }
    }
    while body.len() > 1 && body.last().is_some_and(|r| r.len() < BYLINE) {
        body.pop();
    }
    body
}

/// Whether a byte range lies inside one of the body's lines.
pub fn in_body(body: &[Range<usize>], start: usize, end: usize) -> bool {
    body.iter().any(|r| r.start <= start && end <= r.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chrome_around_a_short_article_is_left_out() {
        let text = "Trang chủ | Thời sự\n10:00 | 18/09/2024\n\nViệt Nam tăng 15 bậc về Chính phủ điện tử\n\n\
            Theo Báo cáo khảo sát Chính phủ điện tử năm 2024 của Liên Hợp Quốc, Việt Nam xếp hạng 71/193 quốc gia, \
            tăng 15 bậc so với năm 2022. Chỉ số dịch vụ trực tuyến đạt mức rất cao.\n\
            Việt Nam tăng 15 bậc về Chính phủ điện tử\nKết quả này phản ánh nỗ lực chuyển đổi số.\n\
            Minh Anh\nTin liên quan\nHà Nội mưa lớn kéo dài\n";
        let body: Vec<&str> = detect_body(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(body[0], "Việt Nam tăng 15 bậc về Chính phủ điện tử");
        assert!(body[1].starts_with("Theo Báo cáo"));
        assert_eq!(
            body.last().unwrap(),
            &"Kết quả này phản ánh nỗ lực chuyển đổi số."
        );
        assert_eq!(body.len(), 3, "{body:?}");
    }

    #[test]
    fn share_bars_tags_and_footers_are_not_body() {
        let text = "Tin nóng: Hơn 2.000 doanh nghiệp tham gia Ngày hội việc làm | Cảnh báo lừa đảo\n\
            Việt Nam tăng 15 bậc về Chính phủ điện tử\nThứ Tư, 18/09/2024 08:15\n\
            Chia sẻ: Facebook | Zalo | Sao chép liên kết\n\
            Theo Báo cáo khảo sát Chính phủ điện tử năm 2024 của Liên Hợp Quốc, Việt Nam xếp hạng \
            71/193 quốc gia, tăng 15 bậc so với năm 2022. Chỉ số dịch vụ trực tuyến đạt mức rất cao.\n\
            Chia sẻ: Facebook | Zalo | Sao chép liên kết\n\
            Kết quả này phản ánh nỗ lực chuyển đổi số của cả nước trong nhiều năm qua.\n\
            Từ khoá: chuyển đổi số, chính phủ điện tử, Liên Hợp Quốc, EGDI\n\
            © Bản quyền thuộc Báo điện tử Tin Mẫu. Giấy phép số 123/GP-BTTTT cấp ngày 12/3/2020\n";
        let body: Vec<&str> = detect_body(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(body[0], "Việt Nam tăng 15 bậc về Chính phủ điện tử");
        assert!(body[1].starts_with("Theo Báo cáo"));
        assert_eq!(body.len(), 3, "{body:?}");
        assert!(body[2].starts_with("Kết quả này"));
    }

    #[test]
    fn a_short_sapo_and_a_list_of_goals_are_body() {
        let text = "Trang chủ › Chuyển đổi số\nKhảo sát năm 2026: đặt mục tiêu 85% hồ sơ trực tuyến\n\
            Thứ Hai, 12/1/2026 - 10:05 (GMT+7) Hoài Nam\nChia sẻ: Facebook | Zalo\n\
            Ngày 9/1/2026, Thủ tướng ký Quyết định ban hành Kế hoạch chuyển đổi số.\n\
            Kế hoạch đặt ra các chỉ tiêu cụ thể như sau:\n\
            Tối thiểu 85% hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến;\n\
            Năm 2025, tỷ lệ hồ sơ xử lý trực tuyến cả nước đạt 52,3%, chưa đạt chỉ tiêu 80% đề ra \
            cho năm ấy, theo báo cáo tổng kết của Văn phòng Chính phủ.\nTừ khoá: chỉ tiêu\n";
        let body: Vec<&str> = detect_body(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            body[0],
            "Khảo sát năm 2026: đặt mục tiêu 85% hồ sơ trực tuyến"
        );
        assert!(body[1].starts_with("Ngày 9/1/2026"), "{body:?}");
        assert!(body[3].starts_with("Tối thiểu 85%"), "{body:?}");
        assert_eq!(body.len(), 5, "{body:?}");
    }

    #[test]
    fn a_doubled_title_starts_the_teasers() {
        assert!(is_doubled(
            "Tin khác về chuyển đổi số quốc gia Tin khác về chuyển đổi số quốc gia"
        ));
        assert!(!is_doubled("Một câu bình thường có độ dài vừa phải."));
    }
}
