//! The date a sentence's fact is about, read the way Vietnamese news
//! writes it: "năm 2020", "Tính đến ngày 20/8/2021", "tính đến hết tháng 8
//! năm 2020", "8 tháng đầu năm 2024", "lũy kế đến 30/6/2024", "đến năm
//! 2030". Which mention counts depends on the kind of fact: a measurement
//! is not dated by the decree it beat, nor by the year it is compared
//! with ("so với năm 2022"); an event is dated by its instrument.

use super::figures::Figure;
use super::words::{Word, cue_before, is_year, phrase_at, phrase_before};
use crate::data::PartialDate;
use crate::data::date::Precision;

/// A date written in the sentence.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Mention {
    date: PartialDate,
    word: usize,
    /// "tính đến", "đến hết", "lũy kế", "N tháng đầu năm": a level reached
    /// by then.
    as_of: bool,
    /// "so với năm 2022", "cùng kỳ năm 2021": a date compared with.
    compared: bool,
    /// The date of an instrument ("Nghị quyết số 17/NQ-CP ngày 7/3/2019").
    of_instrument: bool,
    /// "đến năm 2030", "vào năm 2025", "tới năm": a deadline.
    deadline: bool,
    /// "8 tháng đầu năm 2024": a period, said in words.
    months_into_year: Option<u8>,
}

/// What the guess reads about the date.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct When {
    pub date: Option<PartialDate>,
    /// The fact gives a level reached by that date (role "tính đến").
    pub as_of: bool,
    /// How the date was read when it is not written as a date.
    pub note: Option<String>,
}

const AS_OF: &[&str] = &[
    "tính đến",
    "tính tới",
    "đến hết",
    "tới hết",
    "lũy kế",
    "luỹ kế",
    "đến ngày",
    "tới ngày",
];

fn mention(words: &[Word], i: usize) -> Option<Mention> {
    let w = &words[i];
    if w.quoted {
        return None;
    }
    let parts: Vec<&str> = w.clean.split('/').collect();
    let num = |k: usize| parts.get(k).and_then(|p| p.parse::<u32>().ok());
    let month_word = phrase_before(words, i, "tháng");
    let date = match parts.len() {
        3 if is_year(parts[2]) => {
            PartialDate::day(num(2)? as i32, num(1)? as u8, num(0)? as u8).ok()?
        }
        2 if month_word && is_year(parts[1]) => {
            PartialDate::month(num(1)? as i32, num(0)? as u8).ok()?
        }
        1 if is_year(w.clean) && !is_span_or_decade(words, i) && !names_an_edition(words, i) => {
            match month_before_year(words, i) {
                Some(m) => PartialDate::month(num(0)? as i32, m).ok()?,
                None => PartialDate::year(num(0)? as i32),
            }
        }
        _ => return None,
    };
    let months_into_year = months_into_year(words, i);
    Some(Mention {
        date: match months_into_year {
            Some(m) => PartialDate::month(date.year_value(), m).ok()?,
            None => date,
        },
        word: i,
        as_of: cue_before(words, i, 5, AS_OF) || months_into_year.is_some(),
        // "so với năm 2022", "kể từ", "từ năm 2019 đến nay": not the
        // date of the level.
        compared: cue_before(
            words,
            i,
            4,
            &["so với", "cùng kỳ", "so", "kể từ", "lần đầu"],
        ) || cue_before(words, i, 2, &["từ"])
            || after_a_start(words, i),
        of_instrument: cue_before(words, i, 3, &["số"])
            || (i >= 2
                && words[i - 2].clean.contains('/')
                && words[i - 2].clean.chars().any(char::is_uppercase)),
        deadline: cue_before(words, i, 2, &["đến", "tới", "vào", "trước"])
            && !cue_before(words, i, 5, AS_OF),
        months_into_year,
    })
}

/// "kể từ khi bắt đầu tham gia đánh giá … năm 2003", "lần đầu tiên …
/// năm …", "từ khi khai trương ngày 9/12/2019": a starting point named
/// earlier in the same clause, not the fact's date.
fn after_a_start(words: &[Word], i: usize) -> bool {
    let mut k = i;
    // A clause's words, at most 40 back: a sentence of many years stays
    // linear.
    while k > 0 && k + 40 > i && !words[k - 1].pause_after {
        k -= 1;
        // "Từ khi khai trương (12/3/2019) đến ngày 19/8/2021": the end of
        // the span is the level's date.
        if ["đến", "tới"].contains(&words[k].lower.as_str()) {
            return false;
        }
        if ["kể từ", "từ khi", "lần đầu", "bắt đầu từ"]
            .iter()
            .any(|p| phrase_at(words, k, p))
        {
            return true;
        }
    }
    false
}

/// A day written without its year, as "d/m" ("26/10", "ngày 17/9",
/// "Tính đến 28/2"), when the sentence writes no full date.
pub fn day_without_year(words: &[Word]) -> Option<String> {
    yearless_at(words).map(|(_, d, m)| format!("{d}/{m}"))
}

/// "Tính đến 26/10": the yearless day is a level reached by then.
pub fn yearless_as_of(words: &[Word]) -> bool {
    yearless_at(words)
        .is_some_and(|(i, _, _)| cue_before(words, i, 5, AS_OF) || phrase_before(words, i, "đến"))
}

fn yearless_at(words: &[Word]) -> Option<(usize, u8, u8)> {
    const LEADS: &[&str] = &[
        "ngày", "sáng", "chiều", "tối", "trưa", "đêm", "đến", "tới", "hết",
    ];
    if mentions(words)
        .iter()
        .any(|m| m.date.precision() == Precision::Day)
    {
        return None;
    }
    words.iter().enumerate().find_map(|(i, w)| {
        let (d, m) = w.clean.split_once('/')?;
        let (d, m) = (d.parse::<u8>().ok()?, m.parse::<u8>().ok()?);
        let led = i > 0 && LEADS.contains(&words[i - 1].lower.as_str());
        ((1..=31).contains(&d) && (1..=12).contains(&m) && led && !w.quoted).then_some((i, d, m))
    })
}

/// "giai đoạn 2021 – 2030", "2022 - 2025", "những năm 2000": not one year.
fn is_span_or_decade(words: &[Word], i: usize) -> bool {
    let dash = |k: usize| {
        words
            .get(k)
            .is_some_and(|w| ["-", "–", "—"].contains(&w.clean))
    };
    phrase_before(words, i, "giai đoạn")
        || phrase_before(words, i, "những năm")
        || phrase_before(words, i, "các năm")
        || phrase_before(words, i, "thập niên")
        || dash(i + 1)
        || (i > 0 && dash(i - 1))
}

/// A bare year after a name ("Khảo sát Chính phủ điện tử 2024") names an
/// edition, not a date; a date says "năm 2024", "đến 2025", "Năm 2022,".
fn names_an_edition(words: &[Word], i: usize) -> bool {
    const LEADS: &[&str] = &[
        "năm", "đến", "tới", "vào", "trong", "từ", "sau", "trước", "cuối", "đầu", "hết",
    ];
    i > 0 && !LEADS.contains(&words[i - 1].lower.as_str())
}

/// "tháng 8 năm 2020": the month written before "năm".
fn month_before_year(words: &[Word], i: usize) -> Option<u8> {
    (i >= 3 && phrase_at(words, i - 3, "tháng") && words[i - 1].lower == "năm")
        .then(|| words[i - 2].clean.parse().ok())
        .flatten()
        .filter(|m| (1..=12).contains(m))
}

/// "8 tháng đầu năm 2024" → 8; "Sáu tháng đầu năm 2024" → 6.
fn months_into_year(words: &[Word], i: usize) -> Option<u8> {
    const SPELLED: &[&str] = &[
        "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười",
    ];
    if i < 4 || !phrase_at(words, i - 3, "tháng đầu năm") {
        return None;
    }
    let n = &words[i - 4];
    n.clean
        .parse()
        .ok()
        .or_else(|| {
            SPELLED
                .iter()
                .position(|w| *w == n.lower)
                .map(|k| k as u8 + 1)
        })
        .filter(|m| (1..=12).contains(m))
}

fn mentions(words: &[Word]) -> Vec<Mention> {
    (0..words.len()).filter_map(|i| mention(words, i)).collect()
}

fn when_of(m: &Mention) -> When {
    When {
        date: Some(m.date),
        as_of: m.as_of,
        note: m.months_into_year.map(|n| {
            format!(
                "“{n} tháng đầu năm {y}”: số liệu tính đến hết tháng {n}/{y}.",
                y = m.date.year_value()
            )
        }),
    }
}

/// A measurement's date: the level reached by a date, else the year or
/// month nearest before the figure, else the day, else after it; never an instrument's
/// date or a date compared with.
pub fn for_measurement(words: &[Word], figure: Option<&Figure>) -> When {
    let all: Vec<Mention> = mentions(words)
        .into_iter()
        .filter(|m| !m.compared && !m.of_instrument)
        .collect();
    let at = figure.map_or(words.len(), |f| f.word);
    // A day without "tính đến" is often the report's release ("công bố
    // ngày 17/9/2024"), not the period measured ("năm 2024").
    let period = |m: &&Mention| m.date.precision() != Precision::Day;
    let chosen = all
        .iter()
        .find(|m| m.as_of)
        .or_else(|| all.iter().rev().filter(period).find(|m| m.word < at))
        .or_else(|| all.iter().rev().find(|m| m.word < at))
        .or_else(|| all.iter().find(|m| m.word > at));
    chosen.map(when_of).unwrap_or_default()
}

/// A target's deadline: the year after the figure ("nhóm 50 … vào năm
/// 2025"), else the first deadline written.
pub fn for_target(words: &[Word], figure: Option<&Figure>) -> When {
    let all: Vec<Mention> = mentions(words)
        .into_iter()
        .filter(|m| !m.compared && !m.of_instrument)
        .collect();
    let at = figure.map_or(0, |f| f.word);
    let chosen = all
        .iter()
        .find(|m| m.deadline && m.word > at)
        .or_else(|| all.iter().find(|m| m.deadline))
        .or_else(|| all.first());
    chosen
        .map(|m| When {
            date: Some(m.date),
            ..When::default()
        })
        .unwrap_or_default()
}

/// An event's or a statement's date: the first full date, else the first
/// month, else the first year (not compared with, and not a deadline:
/// "Chương trình … đến năm 2025" names a programme).
pub fn for_event(words: &[Word]) -> When {
    let all: Vec<Mention> = mentions(words)
        .into_iter()
        .filter(|m| !m.compared && !m.deadline)
        .collect();
    // "Sau khi A ban hành …, B đã …": the event is the main clause's.
    let after_clause = words.first().is_some_and(|w| w.lower == "sau")
        && words.get(1).is_some_and(|w| w.lower == "khi");
    let best = all.iter().min_by_key(|m| {
        let order = if after_clause {
            usize::MAX - m.word
        } else {
            m.word
        };
        (std::cmp::Reverse(m.date.precision()), order)
    });
    // "chiều 22-12" with no year: the years written elsewhere in the
    // sentence are not the day's.
    let yearless_day = words.windows(2).any(|w| {
        ["ngày", "sáng", "chiều", "tối", "trưa"].contains(&w[0].lower.as_str())
            && w[1].clean.contains(['/', '-'])
            && w[1].clean.split(['/', '-']).count() == 2
    });
    best.filter(|m| !yearless_day || m.date.precision() == Precision::Day)
        .map(|m| When {
            date: Some(m.date),
            ..When::default()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::super::figures::figures;
    use super::super::words::words;
    use super::*;

    fn measured(s: &str) -> (String, bool) {
        let w = words(s);
        let f = figures(s, &w);
        let when = for_measurement(&w, f.first());
        (
            when.date.map(|d| d.to_string()).unwrap_or_default(),
            when.as_of,
        )
    }

    #[test]
    fn a_measurement_is_dated_by_its_own_period() {
        assert_eq!(
            measured(
                "Tỉ lệ năm 2020 đạt 30,86%, vượt mục tiêu tại Nghị quyết số 17/NQ-CP ngày 7/3/2019."
            ),
            ("2020".into(), false)
        );
        assert_eq!(
            measured("Tính đến ngày 20/8/2021, tỉ lệ đạt 65,11%."),
            ("2021-08-20".into(), true)
        );
        assert_eq!(
            measured("tính đến hết tháng 8 năm 2020, Cổng đã cung cấp 1.039 dịch vụ."),
            ("2020-08".into(), true)
        );
        assert_eq!(
            measured("Tỷ lệ hồ sơ trong 8 tháng đầu năm 2024 đạt 41,2%."),
            ("2024-08".into(), true)
        );
        assert_eq!(
            measured("Tỷ lệ là 67,8%, cao gấp 2 lần so với cùng kỳ năm 2021."),
            (String::new(), false)
        );
    }

    #[test]
    fn targets_take_their_deadline_and_events_their_day() {
        let s =
            "Việt Nam thuộc nhóm 50 nước dẫn đầu vào năm 2025, thuộc nhóm 30 nước vào năm 2030.";
        let w = words(s);
        let f = figures(s, &w);
        assert_eq!(for_target(&w, f.first()).date.unwrap().to_string(), "2025");
        let s = "Năm 2022, Bộ ban hành Quyết định số 186/QĐ-BTTTT ngày 11/2/2022.";
        assert_eq!(for_event(&words(s)).date.unwrap().to_string(), "2022-02-11");
    }
}
