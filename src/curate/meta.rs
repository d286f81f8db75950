//! What an article says about itself: its title line and its dateline
//! ("Thứ Tư, 18/09/2024 08:15"), to prefill the source details. Guesses
//! only; the user confirms them in the workbench.

use std::ops::Range;

use super::body::detect_body;
use crate::data::PartialDate;

/// The source details a page shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArticleMeta {
    /// The headline: the body's first line when it reads like one.
    pub title: Option<String>,
    /// The first full date written above the body.
    pub published: Option<PartialDate>,
    /// The line the date was read from, for the note.
    pub dateline: Option<String>,
    /// Who published the page, as its footer or byline names it, and the
    /// line it was read from.
    pub publisher: Option<(String, String)>,
}

impl ArticleMeta {
    /// The year the page was published, which tells a deadline still
    /// ahead from one passed.
    pub fn published_year(&self) -> Option<i32> {
        self.published.map(|d| d.year_value())
    }
}

/// Reads the title and dateline of an article's text.
pub fn article_meta(text: &str) -> ArticleMeta {
    article_meta_in(text, &detect_body(text))
}

/// [`article_meta`] with the body already detected.
pub fn article_meta_in(text: &str, body: &[Range<usize>]) -> ArticleMeta {
    let title = body.first().and_then(|r| title_line(text, r));
    let (published, dateline) = dateline(text, body)
        .map(|l| (day_in(l), l.trim().to_string()))
        .and_then(|(d, l)| d.map(|d| (d, l)))
        .unzip();
    ArticleMeta {
        title,
        published,
        dateline,
        publisher: super::publisher::publisher(text),
    }
}

/// Site furniture that may carry a date (today's date in the top bar,
/// next to the hotline and the login link).
fn is_furniture(line: &str) -> bool {
    let l = line.to_lowercase();
    [
        "hotline",
        "đường dây nóng",
        "đăng nhập",
        "đăng ký",
        "điện thoại",
        "email",
        "liên hệ",
    ]
    .iter()
    .any(|w| l.contains(w))
}

/// The dateline: the dated line between the title and the first paragraph,
/// else the dated line nearest above the title, never site furniture.
fn dateline<'a>(text: &'a str, body: &[Range<usize>]) -> Option<&'a str> {
    let title_start = body.first().map_or(text.len(), |r| r.start);
    let paragraph_start = body.get(1).map_or(title_start, |r| r.start);
    let usable = |l: &&str| day_in(l).is_some() && !is_furniture(l);
    let below = text[title_start..paragraph_start]
        .lines()
        .skip(1)
        .find(usable);
    below.or_else(|| text[..title_start].lines().rev().find(usable))
}

/// A headline is a short line that does not end like a sentence.
fn title_line(text: &str, r: &Range<usize>) -> Option<String> {
    let line = text[r.clone()].trim();
    let short = (10..=300).contains(&line.len());
    (short && !line.ends_with('.')).then(|| line.to_string())
}

/// The first `d/m/yyyy` in a line, as a day.
pub fn day_in(line: &str) -> Option<PartialDate> {
    line.split(|c: char| c.is_whitespace() || ",|()".contains(c))
        .find_map(parse_day)
}

/// `18/09/2024` or `18/9/2024`.
fn parse_day(word: &str) -> Option<PartialDate> {
    let p: Vec<&str> = word.split('/').collect();
    let [d, m, y] = p[..] else { return None };
    if y.len() != 4 {
        return None;
    }
    PartialDate::day(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_and_dateline_are_read_above_the_body() {
        let text = "Trang chủ | Thời sự\nThứ Tư, 18/09/2024 08:15\n\n\
            Việt Nam tăng 15 bậc về Chính phủ điện tử\n\n\
            Theo Báo cáo khảo sát Chính phủ điện tử năm 2024 của Liên Hợp Quốc, Việt Nam xếp \
            hạng 71/193 quốc gia, tăng 15 bậc so với năm 2022. Chỉ số dịch vụ trực tuyến cao.\n";
        let m = article_meta(text);
        assert_eq!(
            m.title.as_deref(),
            Some("Việt Nam tăng 15 bậc về Chính phủ điện tử")
        );
        assert_eq!(
            m.published.map(|d| d.to_string()).as_deref(),
            Some("2024-09-18")
        );
        assert_eq!(m.dateline.as_deref(), Some("Thứ Tư, 18/09/2024 08:15"));
        assert_eq!(article_meta("Một dòng.").published, None);
    }

    #[test]
    fn the_dateline_under_the_title_wins_over_the_top_bar() {
        let text = "Thứ Hai, 30/11/2026 | Hotline: 0243.123.4567 | Đăng nhập\n\
            Trang chủ | Thời sự\n\nViệt Nam tăng 15 bậc về Chính phủ điện tử\n\
            Thứ Tư, 18/09/2024 08:15 (GMT+7)\n\n\
            Theo Báo cáo khảo sát Chính phủ điện tử năm 2024 của Liên Hợp Quốc, Việt Nam xếp \
            hạng 71/193 quốc gia, tăng 15 bậc so với năm 2022. Chỉ số dịch vụ trực tuyến cao.\n";
        let m = article_meta(text);
        assert_eq!(
            m.dateline.as_deref(),
            Some("Thứ Tư, 18/09/2024 08:15 (GMT+7)")
        );
        let top_bar_only = text.replace("Thứ Tư, 18/09/2024 08:15 (GMT+7)", "");
        assert_eq!(article_meta(&top_bar_only).published, None);
    }
}
