//! What the page says beyond one sentence: the items of a list of goals
//! (a target each) and the edition of the periodic survey an article
//! reports ("Khảo sát … năm 2024"), which dates its ranks and scores
//! rather than the day the article came out. [`super::candidates`] applies
//! them.

use std::ops::Range;

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

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut at = 0;
        for l in text.split('\n') {
            out.push(at..at + l.len());
            at += l.len() + 1;
        }
        out
    }

    #[test]
    fn the_survey_edition_and_a_list_of_goals_are_read() {
        // The year compared with is not the edition.
        let text = "Xếp hạng tăng 15 bậc so với năm 2022\nTheo Khảo sát Chính phủ điện tử năm 2024 của Liên Hợp Quốc, Việt Nam xếp thứ 71.";
        let (year, phrase) = edition(text, &lines(text)).unwrap();
        assert_eq!(year, 2024);
        assert_eq!(phrase, "Khảo sát Chính phủ điện tử năm 2024");
        let text = "Kế hoạch đặt ra các chỉ tiêu như sau:\nTối thiểu 80% hồ sơ;\n100% dịch vụ.\nNăm 2025, tỷ lệ đạt 52%.";
        assert_eq!(goal_items(text, &lines(text)), [false, true, true, false]);
    }
}
