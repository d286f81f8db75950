//! Candidate sentences: the sentences of the body that hold a number, a
//! percentage, a rank (`a/b`), a date or a legal-instrument number, with
//! a first guess at what kind of fact they state, the value as written
//! and the date. Guesses only: the user confirms each fact and the
//! validator decides.

use std::ops::Range;

use serde::Serialize;

use super::body::detect_body;
use super::figures::{Shape, figures};
use super::kind::{self, GuessedKind};
use super::when;
use super::words::words;
use crate::data::number::parse_vietnamese_number;

/// A sentence of the body worth a look.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Candidate {
    /// The sentence exactly as in the text: `text == article[start..end]`.
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub kind: GuessedKind,
    /// The figure as written ("71/193", "30,86%", "6,3 triệu").
    pub value: Option<String>,
    /// Its value, read the Vietnamese way.
    pub number: Option<f64>,
    /// The total of a rank or a share the words give ("thứ 71 trên 193").
    pub out_of: Option<u32>,
    /// The date the sentence states: "2024-09-18", "2024-09" or "2024".
    pub date: Option<String>,
    /// The figure is a level reached by that date ("tính đến", "lũy kế").
    pub as_of: bool,
    /// How the date was read when the words do not write it as a date
    /// ("8 tháng đầu năm 2024").
    pub date_note: Option<String>,
    /// The words of the clause that hold the figure, to guess its
    /// indicator.
    #[serde(skip)]
    pub context: String,
    /// The words right after the figure ("lượt truy cập").
    #[serde(skip)]
    pub after: String,
    /// What a share measures, as the clause words it ("tỷ lệ hồ sơ trực
    /// tuyến toàn trình trên cả nước trong 8 tháng đầu năm 2024 đạt").
    #[serde(skip)]
    pub measured: String,
    /// The figure is a ranking target's level ("nhóm 30").
    #[serde(skip)]
    pub group: bool,
    /// The figure is only a change ("tăng 15 bậc"): never the value of a
    /// rank or a share.
    pub change: bool,
    /// A day written without its year ("26/10", "ngày 17/9"): the form
    /// dates it with the page's year when that day is not after the page.
    pub day_without_year: Option<String>,
    /// The figure's shape, for the page-wide guesses (a survey's edition).
    #[serde(skip)]
    pub shape: Option<Shape>,
    /// The sentence counts within a period ("trong 9 tháng đầu năm",
    /// "riêng trong năm"), not a running total.
    #[serde(skip)]
    pub within_period: bool,
    /// The article reports on one province or city and the sentence does
    /// not speak of the country: the bundled indicators, all national,
    /// do not apply.
    #[serde(skip)]
    pub local: bool,
}

/// The candidate sentences of an article's detected body.
pub fn candidates(text: &str) -> Vec<Candidate> {
    let body = detect_body(text);
    let published = super::meta::article_meta_in(text, &body).published_year();
    candidates_in(text, &body, published)
}

/// The candidate sentences of the given body lines (the user may have
/// adjusted the detected body).
pub fn candidates_in(
    text: &str,
    body: &[Range<usize>],
    published_year: Option<i32>,
) -> Vec<Candidate> {
    let local = reports_on_a_locality(text, body);
    let items = super::page::goal_items(text, body);
    let mut out: Vec<Candidate> = body
        .iter()
        .cloned()
        .zip(items)
        .flat_map(|(line, item)| sentences(text, line).into_iter().map(move |r| (r, item)))
        .filter(|(r, _)| text[r.clone()].bytes().any(|b| b.is_ascii_digit()))
        .map(|(r, item)| {
            let mut c = candidate(text, r, published_year, item);
            c.local = local && !speaks_of_the_country(&c.text);
            c
        })
        .collect();
    date_from_the_page(&mut out, text, body);
    out
}

/// Dates the page gives a sentence that writes none: a target's deadline
/// from the heading of its list or the title, a survey figure's edition.
fn date_from_the_page(cands: &mut [Candidate], text: &str, body: &[Range<usize>]) {
    let title = body.first().map(|r| text[r.clone()].trim()).unwrap_or("");
    let title_deadline = when::for_target(&words(title), None).date;
    let edition = super::page::edition(text, body);
    for c in cands.iter_mut().filter(|c| c.date.is_none()) {
        match c.kind {
            GuessedKind::Target => {
                if let Some(d) = title_deadline
                    && c.text != title
                {
                    c.date = Some(d.to_string());
                    c.date_note = Some(format!(
                        "Câu không ghi thời hạn; lấy thời hạn ở tiêu đề bài (“{title}”)."
                    ));
                }
            }
            GuessedKind::Measurement if c.day_without_year.is_none() => {
                let survey = matches!(c.shape, Some(Shape::Rank | Shape::Index | Shape::Change));
                if let (true, Some((year, phrase))) = (survey, &edition) {
                    c.date = Some(year.to_string());
                    c.date_note = Some(format!(
                        "Câu không ghi năm; lấy năm của kỳ đánh giá bài nói đến (“{phrase}”), không phải ngày đăng bài."
                    ));
                }
            }
            _ => {}
        }
    }
}

/// The title or the first paragraph names a province or city as its
/// subject ("Tỉnh Mẫu: …", "của tỉnh Mẫu", "UBND tỉnh").
fn reports_on_a_locality(text: &str, body: &[Range<usize>]) -> bool {
    body.iter().take(2).any(|r| {
        let w = words(&text[r.clone()]);
        w.windows(2).any(|p| {
            ["tỉnh", "thành phố", "huyện"].contains(&p[0].lower.as_str())
                && !p[0].pause_after
                && p[1].clean.starts_with(char::is_uppercase)
        }) || w.iter().any(|x| x.clean == "UBND")
    })
}

fn speaks_of_the_country(sentence: &str) -> bool {
    [
        "Việt Nam",
        "Liên Hợp Quốc",
        "Liên hợp quốc",
        "Cổng Dịch vụ công quốc gia",
    ]
    .iter()
    .any(|m| sentence.contains(m))
}

fn candidate(
    text: &str,
    r: Range<usize>,
    published_year: Option<i32>,
    goal_item: bool,
) -> Candidate {
    let s = &text[r.clone()];
    let words = words(s);
    let figures = figures(s, &words);
    let (kind, figure) = kind::guess(s, &words, &figures, published_year, goal_item);
    let when = match kind {
        GuessedKind::Measurement => when::for_measurement(&words, figure),
        GuessedKind::Target => when::for_target(&words, figure),
        // "Hàn Quốc, quốc gia dẫn đầu năm 2022, …": another country's
        // years do not date a statement for Việt Nam's brief.
        GuessedKind::Statement if super::cues::foreign_at(s, s.len()) => when::When::default(),
        GuessedKind::Event | GuessedKind::Statement => when::for_event(&words),
    };
    let value = figure.map(|f| f.text.clone());
    let (context, after, measured) = figure
        .map(|f| around(s, f.start, f.end, f.shape == Shape::Count))
        .unwrap_or_default();
    Candidate {
        text: s.to_string(),
        start: r.start,
        end: r.end,
        kind,
        number: value
            .as_deref()
            .and_then(parse_vietnamese_number)
            .map(|w| w.value),
        value,
        out_of: figure.and_then(|f| f.out_of),
        date: when.date.map(|d| d.to_string()),
        as_of: when.as_of || (when.date.is_none() && when::yearless_as_of(&words)),
        date_note: when.note,
        context,
        after,
        measured,
        group: figure.is_some_and(|f| f.shape == Shape::Group),
        change: figure.is_some_and(|f| f.shape == Shape::Change),
        day_without_year: when::day_without_year(&words),
        shape: figure.map(|f| f.shape),
        within_period: within_period(s),
        local: false,
    }
}

/// The sentence counts within a period ("trong 9 tháng đầu năm").
fn within_period(s: &str) -> bool {
    let lower = s.to_lowercase();
    [
        "tháng đầu năm",
        "riêng trong",
        "trong năm",
        "trong quý",
        "trong tháng",
    ]
    .iter()
    .any(|p| lower.contains(p))
}

/// The clause that holds a figure (from the last ";" or "trong đó" before
/// it), the words after it up to the next pause, or for a count up to
/// the next figure (its noun: "15 bộ, cơ quan, tập đoàn"), and what the clause says is measured
/// ("tỷ lệ … trực tuyến toàn trình …", up to the figure).
fn around(s: &str, start: usize, end: usize, count: bool) -> (String, String, String) {
    let before = &s[..start];
    let from = ["; ", "trong đó", "Trong đó"]
        .iter()
        .filter_map(|m| before.rfind(m).map(|at| at + m.len()))
        .max()
        .unwrap_or(0);
    let rest = &s[end..];
    let stop = rest
        .find(|c: char| c == ';' || if count { c.is_ascii_digit() } else { c == ',' })
        .unwrap_or(rest.len());
    let after: String = rest[..stop]
        .split_whitespace()
        .take(10)
        .collect::<Vec<_>>()
        .join(" ");
    let after = after.trim_end_matches([',', ' ']).to_string();
    let clause = &s[from..start];
    let lower = clause.to_lowercase();
    let measured = ["tỷ lệ", "tỉ lệ"]
        .iter()
        .filter_map(|m| lower.rfind(m))
        .max()
        .map(|at| clause[at..].to_string())
        .unwrap_or_default();
    // "100% dịch vụ công … toàn trình": a share opening its clause says
    // what it measures after it.
    let opens = lower
        .trim()
        .trim_start_matches(['-', '•', ' '])
        .split_whitespace()
        .all(|w| ["tối", "thiểu", "ít", "nhất", "có", "đạt", "và"].contains(&w));
    let measured = if measured.is_empty() && opens && s[..end].ends_with('%') {
        let to = rest.find([';', '.', ',']).unwrap_or(rest.len());
        rest[..to].trim().to_string()
    } else {
        measured
    };
    (format!("{} {after}", &s[from..end]), after, measured)
}

/// The sentences of one line: split after `.`, `!`, `?` or `…` followed
/// by a space and a capital, a digit or an opening quote.
fn sentences(text: &str, line: Range<usize>) -> Vec<Range<usize>> {
    let s = &text[line.clone()];
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '!' | '?' | '…') {
            continue;
        }
        let next = chars.get(k + 1).map(|&(_, c)| c);
        // The next sentence's first letter, past spaces (a no-break space
        // too: pages write ". \u{a0}Định hướng").
        let after = chars[k + 1..]
            .iter()
            .map(|&(_, c)| c)
            .find(|c| !c.is_whitespace());
        let starts_sentence =
            |c: char| c.is_uppercase() || c.is_ascii_digit() || "“\"(".contains(c);
        if next.is_some_and(char::is_whitespace) && after.is_some_and(starts_sentence) {
            let end = i + c.len_utf8();
            out.push(line.start + start..line.start + end);
            start = end;
        }
    }
    if start < s.len() {
        out.push(line.start + start..line.end);
    }
    out.into_iter()
        .map(|r| {
            let t = &text[r.clone()];
            let lead = t.len() - t.trim_start().len();
            r.start + lead..r.end - (t.len() - t.trim_end().len())
        })
        .filter(|r| !r.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_dates_and_kinds_are_guessed() {
        let text = "Tiêu đề bài viết về chính phủ số\n\nTheo khảo sát năm 2024 của Liên Hợp Quốc, \
            Việt Nam xếp hạng 71/193 quốc gia, tăng 15 bậc. Mục tiêu đến năm 2030 là vào nhóm 30 \
            quốc gia dẫn đầu. Ngày 18/9/2024, Thủ tướng ký Quyết định số 942/QĐ-TTg. Tỷ lệ hồ sơ \
            trực tuyến đạt 45,5%. Chính phủ số là xu thế tất yếu của thời đại mới hiện nay.\n";
        let c = candidates(text);
        assert_eq!(c.len(), 4, "{c:#?}");
        for x in &c {
            assert_eq!(&text[x.start..x.end], x.text);
        }
        assert_eq!(c[0].kind, GuessedKind::Measurement);
        assert_eq!(c[0].value.as_deref(), Some("71/193"));
        assert_eq!(c[0].number, Some(71.0));
        assert_eq!(c[0].date.as_deref(), Some("2024"));
        assert_eq!(c[1].kind, GuessedKind::Target);
        assert_eq!(c[2].kind, GuessedKind::Event);
        assert_eq!(c[2].date.as_deref(), Some("2024-09-18"));
        assert_eq!(c[3].value.as_deref(), Some("45,5%"));
        assert_eq!(c[3].number, Some(45.5));
    }
}
