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
}

/// Reads the title and dateline of an article's text.
pub fn article_meta(text: &str) -> ArticleMeta {
    let body = detect_body(text);
    let title = body.first().and_then(|r| title_line(text, r));
    let body_start = body.first().map_or(text.len(), |r| r.start);
    let (published, dateline) = text[..body_start]
        .lines()
        .find_map(|l| day_in(l).map(|d| (d, l.trim().to_string())))
        .unzip();
    ArticleMeta {
        title,
        published,
        dateline,
    }
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
}
