//! Candidate sentences: the sentences of the body that hold a number, a
//! percentage, a rank (`a/b`), a date or a legal-instrument number, with
//! a first guess at what kind of fact they state, the value as written
//! and the date. Guesses only: the user confirms each fact and the
//! validator decides.

use std::ops::Range;

use serde::Serialize;

use super::body::detect_body;
use crate::data::number::parse_vietnamese_number;

/// The kind of fact a sentence most likely states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GuessedKind {
    Measurement,
    Target,
    Event,
    Statement,
}

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
    /// The date the sentence states: "2024-09-18", "2024-09" or "2024".
    pub date: Option<String>,
}

/// The candidate sentences of an article's detected body.
pub fn candidates(text: &str) -> Vec<Candidate> {
    candidates_in(text, &detect_body(text))
}

/// The candidate sentences of the given body lines (the user may have
/// adjusted the detected body).
pub fn candidates_in(text: &str, body: &[Range<usize>]) -> Vec<Candidate> {
    body.iter()
        .cloned()
        .flat_map(|line| sentences(text, line))
        .filter(|r| text[r.clone()].bytes().any(|b| b.is_ascii_digit()))
        .map(|r| candidate(text, r))
        .collect()
}

fn candidate(text: &str, r: Range<usize>) -> Candidate {
    let s = &text[r.clone()];
    let words = words(s);
    let value = value_text(&words);
    Candidate {
        text: s.to_string(),
        start: r.start,
        end: r.end,
        kind: guess_kind(s, value.as_deref()),
        number: value
            .as_deref()
            .and_then(parse_vietnamese_number)
            .map(|w| w.value),
        value,
        date: date_in(&words),
    }
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
        let after = chars.get(k + 2).map(|&(_, c)| c);
        let starts_sentence =
            |c: char| c.is_uppercase() || c.is_ascii_digit() || "“\"(".contains(c);
        if next == Some(' ') && after.is_some_and(starts_sentence) {
            let end = i + c.len_utf8();
            out.push(line.start + start..line.start + end);
            start = end + 1;
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

/// Whitespace-separated words without the punctuation around them.
fn words(s: &str) -> Vec<&str> {
    s.split_whitespace()
        .map(|w| w.trim_matches(|c: char| ",.;:!?“”\"()…".contains(c)))
        .filter(|w| !w.is_empty())
        .collect()
}

fn is_instrument(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit())
        && (w.contains('/') || w.contains('-'))
        && w.chars().filter(|c| c.is_uppercase()).count() >= 2
}

/// `a/b` read as a rank rather than a day and month: the total is past
/// 31, or countries follow.
fn is_rank(words: &[&str], i: usize) -> bool {
    let Some((a, b)) = words[i].split_once('/') else {
        return false;
    };
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    if !digits(a) || !digits(b) {
        return false;
    }
    let total: u32 = b.parse().unwrap_or(0);
    let next = words.get(i + 1).copied().unwrap_or_default();
    let before = if i > 0 { words[i - 1] } else { "" };
    before != "ngày" && (total > 31 || ["quốc", "nước", "nền"].contains(&next))
}

fn is_plain_number(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit())
        && w.chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',' || c == '%')
}

fn is_year(w: &str) -> bool {
    w.len() == 4 && w.parse::<u32>().is_ok_and(|y| (1990..=2100).contains(&y))
}

/// The figure of the sentence, as written: a rank, else a percentage,
/// else the first number that is not a year, a date or an instrument.
fn value_text(words: &[&str]) -> Option<String> {
    if let Some(i) = (0..words.len()).find(|&i| is_rank(words, i)) {
        return Some(words[i].to_string());
    }
    if let Some(w) = words
        .iter()
        .find(|w| is_plain_number(w) && w.ends_with('%'))
    {
        return Some(w.to_string());
    }
    let i = (0..words.len()).find(|&i| {
        let w = words[i];
        let before = if i > 0 { words[i - 1] } else { "" };
        is_plain_number(w) && !is_year(w) && !["ngày", "tháng", "năm"].contains(&before)
    })?;
    let scale = words
        .get(i + 1)
        .filter(|s| ["nghìn", "ngàn", "triệu", "tỷ", "tỉ"].contains(s));
    Some(match scale {
        Some(s) => format!("{} {s}", words[i]),
        None => words[i].to_string(),
    })
}

/// The first date the sentence states, most precise form first ("Năm
/// 2023" at the start of a sentence counts as "năm 2023").
fn date_in(words: &[&str]) -> Option<String> {
    let day_month_year = words.iter().find_map(|w| {
        let p: Vec<&str> = w.split('/').collect();
        let [d, m, y] = p[..] else { return None };
        let (d, m, y) = (
            d.parse::<u8>().ok()?,
            m.parse::<u8>().ok()?,
            y.parse::<i32>().ok()?,
        );
        ((1..=31).contains(&d) && (1..=12).contains(&m) && is_year(&y.to_string()))
            .then(|| format!("{y:04}-{m:02}-{d:02}"))
    });
    let month_year = || {
        words.windows(2).find_map(|w| {
            let (m, y) = w[1].split_once('/')?;
            let (m, y) = (m.parse::<u8>().ok()?, y.parse::<i32>().ok()?);
            (w[0].to_lowercase() == "tháng" && (1..=12).contains(&m) && is_year(&y.to_string()))
                .then(|| format!("{y:04}-{m:02}"))
        })
    };
    let year = || {
        words
            .windows(2)
            .find_map(|w| (w[0].to_lowercase() == "năm" && is_year(w[1])).then(|| w[1].to_string()))
    };
    day_month_year.or_else(month_year).or_else(year)
}

/// A rank or a percentage with a verb of measuring → measurement; "ban
/// hành", "đã ký" → event; "mục tiêu", "đến năm", "phấn đấu" → target;
/// an instrument number → event; a rank or percentage → measurement;
/// else statement.
fn guess_kind(s: &str, value: Option<&str>) -> GuessedKind {
    let lower = s.to_lowercase();
    let has = |ws: &[&str]| ws.iter().any(|w| lower.contains(w));
    let figure = value.is_some_and(|v| v.contains('/') || v.ends_with('%'));
    if figure && has(&["đạt", "xếp hạng", "xếp thứ", "tăng", "giảm", "ở mức"]) {
        GuessedKind::Measurement
    } else if has(&["ban hành", "đã ký", "ký quyết định", "ký nghị định"]) {
        GuessedKind::Event
    } else if has(&["mục tiêu", "đến năm", "phấn đấu"]) {
        GuessedKind::Target
    } else if has(&["quyết định số", "nghị định", "nghị quyết số"])
        || words(s).iter().any(|w| is_instrument(w))
    {
        GuessedKind::Event
    } else if figure {
        GuessedKind::Measurement
    } else {
        GuessedKind::Statement
    }
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
