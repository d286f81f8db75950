//! The figures a sentence states, read the way Vietnamese news writes
//! them: "71/193", "thứ 71 trên 193 quốc gia", "đứng thứ 5", "vị trí thứ 6
//! trong tổng số 10 nước", "41,2%", "0,7709 điểm", "6,3 triệu", "nhóm 30
//! quốc gia". Not figures: years, dates, instrument numbers, ordinals of
//! names ("lần thứ 15", "Kỳ họp thứ 4", "4.0"), changes ("tăng 15 bậc",
//! "tăng 14,57%", "gấp 2 lần"), durations ("8 tháng đầu năm", "5 năm")
//! and numbers inside quoted titles.

use super::words::{Word, cue_before, is_year, phrase_at, phrase_before};
use crate::data::number::parse_vietnamese_number;

/// What kind of figure it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// A place in a ranking ("71/193", "thứ 6").
    Rank,
    /// The level of a ranking target ("nhóm 30", "top 4").
    Group,
    Percent,
    /// A score on a 0–1 scale ("0,7709").
    Index,
    /// A number of things, possibly out of a total ("94/94 bộ, ngành").
    Count,
    /// A change of rank ("tăng 15 bậc"): a figure of its own, but never
    /// the value of a rank indicator.
    Change,
}

/// One figure of a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// As written: "71/193", "71", "6,3 triệu", "41,2%".
    pub text: String,
    pub shape: Shape,
    /// The total ranked or counted, when the sentence gives it.
    pub out_of: Option<u32>,
    /// Index of the figure's (first) word.
    pub word: usize,
    /// Byte offsets in the sentence.
    pub start: usize,
    pub end: usize,
    /// A word of amount before it: "hơn", "trên", "gần", "khoảng".
    pub qualified: bool,
}

const RANK_CUES: &[&str] = &["xếp", "hạng", "đứng", "vị trí", "xếp hạng", "thứ hạng"];
const DATE_WORDS: &[&str] = &["ngày", "tháng", "sáng", "chiều", "tối", "trưa", "đêm", "từ"];
const NOT_AMOUNTS: &[&str] = &[
    "lần", "năm", "tháng", "ngày", "giờ", "phút", "tuần", "quý", "kỳ", "khóa", "khoá",
];
const SCALES: &[&str] = &["nghìn", "ngàn", "triệu", "tỷ", "tỉ"];
/// Words after which a number names a level or a date, not an amount:
/// "mức độ 4", "cấp 3", "tháng 3", "Điều 5".
const NAMING: &[&str] = &[
    "độ", "mức", "tháng", "ngày", "quý", "phiên", "điều", "khoản", "chương", "lần", "kỳ", "khóa",
    "khoá",
];

/// The figures of a sentence, in order.
pub fn figures(s: &str, words: &[Word]) -> Vec<Figure> {
    let mut out: Vec<Figure> = Vec::new();
    // Words that are the totals of ranks already read; a set, so a
    // sentence of a thousand ranks stays linear.
    let mut totals = std::collections::HashSet::new();
    let runs = name_runs(words);
    for i in 0..words.len() {
        if totals.contains(&i) {
            continue;
        }
        if let Some(f) = figure_at(s, words, i, &runs) {
            if f.shape == Shape::Rank && f.out_of.is_some() && !f.text.contains('/') {
                totals.extend([i + 2, i + 4]);
            }
            out.push(f);
        }
    }
    out
}

fn is_instrument(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit())
        && (w.contains('/') || w.contains('-'))
        && w.chars().filter(|c| c.is_uppercase()).count() >= 2
}

/// `a/b` read as a date ("ngày 17/9", "17/9") rather than a figure.
fn is_day_and_month(words: &[Word], i: usize, a: u32, b: u32) -> bool {
    let before = i.checked_sub(1).map(|k| words[k].lower.as_str());
    before.is_some_and(|w| DATE_WORDS.contains(&w)) || (a > b && b <= 12)
}

fn figure_at(s: &str, words: &[Word], i: usize, runs: &[usize]) -> Option<Figure> {
    let w = &words[i];
    if !w.clean.starts_with(|c: char| c.is_ascii_digit())
        || w.quoted
        || is_instrument(w.clean)
        || is_year(w.clean)
        || w.clean.contains('-')
        || w.clean.matches('/').count() > 1
    {
        return None;
    }
    let next = words.get(i + 1).map(|w| w.lower.as_str()).unwrap_or("");
    let prev = i.checked_sub(1).map_or("", |k| words[k].lower.as_str());
    // "tăng 15 bậc", "tăng 12,4 điểm phần trăm": a change, kept apart.
    let change_unit = ["điểm", "hạng", "vị trí"].contains(&next) && is_change(words, i);
    if (next == "bậc" && w.clean.bytes().all(|b| b.is_ascii_digit())) || change_unit {
        return Some(Figure {
            text: w.clean.to_string(),
            shape: Shape::Change,
            out_of: None,
            word: i,
            start: w.start,
            end: w.end,
            qualified: false,
        });
    }
    if NOT_AMOUNTS.contains(&next)
        || NAMING.contains(&prev)
        || continues_a_name(words, i, runs)
        || is_ordinal(words, i)
        || is_change(words, i)
    {
        return None;
    }
    let number = parse_vietnamese_number(w.clean)?;
    let qualified =
        i > 0 && ["hơn", "trên", "gần", "khoảng"].contains(&words[i - 1].lower.as_str());
    let rank_context = cue_before(words, i, 12, RANK_CUES) && !number.percent;
    let (shape, out_of, end) = if let Some(total) = number.out_of {
        if is_day_and_month(words, i, number.value as u32, total as u32) {
            return None;
        }
        let shape = if rank_context {
            Shape::Rank
        } else {
            Shape::Count
        };
        (shape, Some(total as u32), w.end)
    } else if number.percent {
        (Shape::Percent, None, w.end)
    } else if i > 0 && ["nhóm", "top"].contains(&words[i - 1].lower.as_str()) {
        (Shape::Group, None, w.end)
    } else if phrase_before(words, i, "thứ") || phrase_before(words, i, "hạng") {
        (Shape::Rank, total_after(words, i), w.end)
    } else if w.clean.starts_with("0,") {
        (Shape::Index, None, w.end)
    } else {
        let end = if SCALES.contains(&next) {
            words[i + 1].end
        } else {
            w.end
        };
        (Shape::Count, None, end)
    };
    Some(Figure {
        text: s[w.start..end].to_string(),
        shape,
        out_of,
        word: i,
        start: w.start,
        end,
        qualified,
    })
}

/// For each word, where the run of small numbers and "và" right before
/// it starts (itself if there is none): computed once for the sentence,
/// so each figure looks back in constant time.
fn name_runs(words: &[Word]) -> Vec<usize> {
    let small = |w: &Word| w.clean.len() <= 2 && w.clean.bytes().all(|b| b.is_ascii_digit());
    let mut runs = Vec::with_capacity(words.len());
    for i in 0..words.len() {
        let start = match i.checked_sub(1) {
            Some(k) if words[k].lower == "và" || small(&words[k]) => runs[k],
            _ => i,
        };
        runs.push(start);
    }
    runs
}

/// "mức độ 3, 4", "mức độ 3 và 4": the 4 names a level too.
fn continues_a_name(words: &[Word], i: usize, runs: &[usize]) -> bool {
    let k = runs[i];
    k > 0 && k < i && NAMING.contains(&words[k - 1].lower.as_str())
}

/// "thứ N" naming something ("lần thứ 15", "Kỳ họp thứ 4", "Thứ 5, 23/12")
/// rather than a place in a ranking ("xếp thứ 6", "đứng thứ 5").
fn is_ordinal(words: &[Word], i: usize) -> bool {
    if !phrase_before(words, i, "thứ") {
        return false;
    }
    let ranked = cue_before(words, i - 1, 6, RANK_CUES)
        || phrase_at(words, i + 1, "trên")
        || phrase_at(words, i + 1, "trong");
    !ranked || cue_before(words, i - 1, 2, &["lần", "kỳ họp", "khóa", "khoá", "kỳ"])
}

/// A change rather than a level: "tăng 15", "giảm khoảng 3,2%".
fn is_change(words: &[Word], i: usize) -> bool {
    cue_before(words, i, 2, &["tăng", "giảm", "gấp"])
        && !cue_before(words, i, 2, &["tăng lên", "giảm xuống"])
}

/// The total after "thứ 71": "trên 193", "/193", "trong tổng số 10",
/// "trong 47".
fn total_after(words: &[Word], i: usize) -> Option<u32> {
    let number = |k: usize| words.get(k).and_then(|w| w.clean.parse::<u32>().ok());
    if phrase_at(words, i + 1, "trên") || phrase_at(words, i + 1, "trong") {
        if phrase_at(words, i + 2, "tổng số") {
            return number(i + 4);
        }
        return number(i + 2);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::words::words;
    use super::*;

    fn read(s: &str) -> Vec<(String, Shape, Option<u32>)> {
        figures(s, &words(s))
            .into_iter()
            .map(|f| (f.text, f.shape, f.out_of))
            .collect()
    }

    #[test]
    fn ranks_are_read_in_each_form() {
        assert_eq!(
            read("Báo cáo xếp Việt Nam thứ 71 trên 193 quốc gia, tăng 15 bậc."),
            [
                ("71".into(), Shape::Rank, Some(193)),
                ("15".into(), Shape::Change, None)
            ]
        );
        assert_eq!(
            read("Việt Nam xếp hạng ở vị trí thứ 6 trong tổng số 10 nước."),
            [("6".into(), Shape::Rank, Some(10))]
        );
        assert_eq!(
            read("Tỉnh đứng thứ 12/63 tỉnh, thành phố."),
            [("12/63".into(), Shape::Rank, Some(63))]
        );
        assert_eq!(
            read("Đã kết nối 94/94 bộ, ngành, địa phương."),
            [("94/94".into(), Shape::Count, Some(94))]
        );
    }

    #[test]
    fn names_dates_changes_and_durations_are_not_figures() {
        for s in [
            "Hội thảo lần thứ 15 tổ chức ngày 17/9 tại TPHCM.",
            "Tại Kỳ họp thứ 4, Quốc hội khóa XV đã họp.",
            "Cuộc cách mạng công nghiệp 4.0 mở ra thời đại số.",
            "Chỉ số OSI cao gấp 2 lần, tăng khoảng 14,57% so với năm 2020.",
            "Trong 8 tháng đầu năm 2024 và 5 năm tới, theo Nghị quyết số 17/NQ-CP.",
            "Chính phủ điện tử có “4 không” trong giai đoạn 2018-2020.",
        ] {
            assert_eq!(read(s), [], "{s}");
        }
    }

    #[test]
    fn amounts_keep_their_scale_and_shape() {
        assert_eq!(
            read("Cổng đạt trên 60 triệu lượt truy cập và 41,2% hồ sơ, điểm 0,7709."),
            [
                ("60 triệu".into(), Shape::Count, None),
                ("41,2%".into(), Shape::Percent, None),
                ("0,7709".into(), Shape::Index, None)
            ]
        );
        assert_eq!(
            read("Phấn đấu vào nhóm 30 quốc gia dẫn đầu."),
            [("30".into(), Shape::Group, None)]
        );
    }
}
