//! Guesses that need more than the sentence: the items of a list of
//! goals (a target each, with the deadline of the list's heading or the
//! article's title) and the edition of the periodic survey an article
//! reports ("Khảo sát … năm 2024"), which dates its ranks and scores
//! rather than the day the article came out.

use std::ops::Range;

use super::candidates::{Candidate, GuessedKind};
use super::figures::Shape;
use super::when;
use super::words::{Word, cue_before, is_year, words};

/// Words of a heading that opens a list of goals ("Kế hoạch đặt ra các
/// chỉ tiêu cụ thể như sau:").
const GOAL_HEADINGS: &[&str] = &["mục tiêu", "chỉ tiêu", "phấn đấu", "nhiệm vụ"];

/// For each body line: is it an item of a list of goals? A line after a
/// heading that names goals and ends with ':', and each line after an
/// item that ends with ';'.
pub fn goal_items(text: &str, body: &[Range<usize>]) -> Vec<bool> {
    let mut out = Vec::with_capacity(body.len());
    let mut open = false;
    for r in body {
        let line = text[r.clone()].trim();
        out.push(open);
        let lower = line.to_lowercase();
        open = if open {
            line.ends_with(';')
        } else {
            line.ends_with(':') && GOAL_HEADINGS.iter().any(|h| lower.contains(h))
        };
    }
    out
}

/// Dates the page gives a sentence that writes none: a target's deadline
/// from the heading of its list or the title, a survey figure's edition.
pub fn date_from_the_page(cands: &mut [Candidate], text: &str, body: &[Range<usize>]) {
    let title = body.first().map(|r| text[r.clone()].trim()).unwrap_or("");
    let title_deadline = when::for_target(&words(title), None).date;
    let edition = edition(text, body);
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

/// Words that name a periodic survey or ranking.
const SURVEYS: &[&str] = &[
    "khảo sát",
    "bảng xếp hạng",
    "xếp hạng",
    "bộ chỉ số",
    "egdi",
    "dti",
    "par index",
];

/// The edition of the survey the article reports: the first year written
/// within a few words after a survey's name ("Khảo sát Chính phủ điện tử
/// 2024", "Bộ chỉ số … (DTI) năm 2024"), with those words.
pub fn edition(text: &str, body: &[Range<usize>]) -> Option<(i32, String)> {
    body.iter().find_map(|r| {
        let line = &text[r.clone()];
        let w = words(line);
        (0..w.len()).find_map(|i| edition_at(line, &w, i))
    })
}

fn edition_at(line: &str, w: &[Word], i: usize) -> Option<(i32, String)> {
    if !is_year(w[i].clean) || w[i].quoted {
        return None;
    }
    let named = cue_before(w, i, 8, SURVEYS);
    let compared = cue_before(w, i, 4, &["so với", "kể từ", "từ", "cùng kỳ", "đến", "tới"]);
    if !named || compared {
        return None;
    }
    let from = (0..i)
        .rev()
        .take(8)
        .find(|&k| SURVEYS.iter().any(|s| super::words::phrase_at(w, k, s)))?;
    let year = w[i].clean.parse().ok()?;
    Some((year, line[w[from].start..w[i].end].to_string()))
}
